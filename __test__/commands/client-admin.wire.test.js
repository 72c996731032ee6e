'use strict';
// CLIENT subcommands and forms the test server (Redis 7.0.15) cannot run — CLIENT NO-TOUCH (7.2),
// CLIENT KILL MAXAGE (7.4) — and every option form of the client-side-caching commands (CLIENT
// TRACKING, CLIENT CACHING): both clients must write the same command arrays.
const { wireDifferential } = require('../helpers/differential');

wireDifferential('CLIENT commands on the wire', {
  'clientNoTouch': (c) => [c.clientNoTouch(true), c.clientNoTouch(false), c['CLIENT_NO-TOUCH'](1)],
  'clientKill MAXAGE and every filter': (c) => [
    c.clientKill({ filter: 'MAXAGE', maxAge: 60 }),
    c.clientKill([{ filter: 'ADDR', address: '10.0.0.1:6379' }, { filter: 'LADDR', localAddress: '10.0.0.2:6379' }, { filter: 'ID', id: '42' }, { filter: 'TYPE', type: 'replica' },
      { filter: 'USER', username: 'alice' }, { filter: 'SKIPME', skipMe: false }, { filter: 'MAXAGE', maxAge: 5 }, 'SKIPME']),
  ],
  'clientTracking option forms': (c) => [
    c.clientTracking(true), c.clientTracking(false, { BCAST: true }), c.clientTracking(true, { REDIRECT: 7, BCAST: true, PREFIX: 'a:', NOLOOP: true }),
    c.clientTracking(true, { BCAST: true, PREFIX: ['a:', Buffer.from('b:')] }), c.clientTracking(true, { OPTIN: true }), c.clientTracking(true, { OPTOUT: true, NOLOOP: true }),
    c.clientTracking(true, { BCAST: false, OPTIN: true }), c.CLIENT_TRACKING(true, {}),
  ],
  'clientCaching': (c) => [c.clientCaching(true), c.clientCaching(false), c.CLIENT_CACHING(1)],
  'clientList and clientPause forms': (c) => [c.clientList({ ID: ['1', '2'] }), c.clientList({ TYPE: 'REPLICA' }), c.clientPause(5, 'ALL'), c.clientPause(0)],
});
