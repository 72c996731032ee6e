'use strict';
// Keyspace argument forms the live tests cannot reach (MIGRATE's AUTH/AUTH2 need a password
// on the destination), written on the wire by both clients (helpers/differential.js).
const { wireDifferential } = require('../helpers/differential');

wireDifferential('keyspace commands on the wire', {
  'MIGRATE forms': (c) => [c.migrate('10.0.0.1', 6380, 'k', 2, 1000), c.migrate('h', 1, ['a', 'b'], 0, 10, { COPY: true, REPLACE: true, AUTH: { password: 'pw' } }),
    c.migrate('h', 1, 'k', 0, 10, { AUTH: { username: 'u', password: 'KEYS' } }), c.migrate(Buffer.from('h'), 1, [Buffer.from('k')], 0, 10, { REPLACE: true })],
  'RESTORE, COPY and expiry options': (c) => [c.restore('k', 0, Buffer.from([0, 1, 2]), { REPLACE: true, ABSTTL: true, IDLETIME: 5, FREQ: 9 }), c.copy('a', 'b', { DB: 3, REPLACE: true }),
    c.expireAt('k', new Date(4102444800999), 'NX'), c.pExpireAt('k', new Date(4102444800999), 'GT'), c.expire('k', 5, 'XX'), c.pExpire('k', 5, 'LT')],
  'SCAN and SORT forms': (c) => [c.scan('17'), c.scan('0', { MATCH: 'a*', COUNT: 5, TYPE: 'zset' }), c.sort('k', { BY: 'nosort', GET: ['#', 'h_*->f'], DIRECTION: 'ASC', ALPHA: true }),
    c.sortRo('k', { LIMIT: { offset: 5, count: 10 } }), c.sortStore('k', 'dest'), c.wait(2, 100), c.restoreAsking()],
});
