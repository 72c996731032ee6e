'use strict';
// The CLIENT subcommands through ferrodis and node-redis side by side. What differs between two
// connections (ids, addresses, ages, buffer sizes) is blanked by `normalize`, keeping the fields
// and their types. CLIENT NO-TOUCH and CLIENT KILL MAXAGE are newer than the test server: see
// client-admin.wire.test.js. Tracking is switched on and off again without reading a key, so
// that no invalidation message is pushed (client-side caching comes with its own issue).
const redis = require('redis');
const ferrodis = require('../..');
const { differential } = require('../helpers/differential');
const { normalizer, CLIENT_VOLATILE } = require('./server.normalize');

const { BLOB_STRING, MAP, VERBATIM_STRING } = redis.RESP_TYPES;

/** Runs `call(other)` with a second connection of the same client, closed afterwards. */
async function withOtherConnection(c, call) {
  const other = c.duplicate();
  other.on('error', () => {});
  await other.connect();
  try {
    const replies = await call(other);
    await Promise.allSettled(replies);
    return replies;
  } finally {
    try {
      other.destroy();
    } catch {
      /* already closed */
    }
  }
}

differential('CLIENT commands', {
  'clientId, clientSetName, clientGetName': (c) => [
    c.clientId(), c.clientSetName('me'), c.clientGetName(), c.CLIENT_GETNAME(), c.clientSetName('has space'), c.clientSetName(''), c.clientGetName(),
  ],
  'clientInfo': (c) => [c.clientInfo(), c.CLIENT_INFO()],
  'clientInfo with type mappings': (c, lib) => [
    c.withTypeMapping({ [BLOB_STRING]: Buffer }).clientInfo(), c.withTypeMapping({ [VERBATIM_STRING]: lib.VerbatimString }).clientInfo(),
    c.withTypeMapping({ [VERBATIM_STRING]: Buffer }).clientInfo(),
  ],
  'clientList filters': async (c) => {
    const id = await c.clientId();
    return [c.clientList({ ID: [String(id)] }), c.clientList({ ID: String(id) }), c.clientList({ ID: [String(id), '999999'] }), c.clientList({ TYPE: 'PUBSUB' }),
      c.clientList().then((list) => list.length), c.clientList({ TYPE: 'NORMAL' }).then((list) => list.length), c.clientList({ TYPE: 'bogus' })];
  },
  'clientKill filters': (c) => withOtherConnection(c, async (other) => {
    const id = await other.clientId();
    return [c.clientKill({ filter: 'ID', id }), c.clientKill({ filter: 'ID', id: '999999' }), c.clientKill([{ filter: 'TYPE', type: 'pubsub' }, { filter: 'SKIPME', skipMe: true }]),
      c.clientKill({ filter: 'ADDR', address: '1.2.3.4:5' }), c.clientKill({ filter: 'LADDR', localAddress: '1.2.3.4:5' }), c.clientKill({ filter: 'USER', username: 'ghost' }),
      c.clientKill('SKIPME'), c.CLIENT_KILL([{ filter: 'TYPE', type: 'master' }, { filter: 'SKIPME', skipMe: false }])];
  }),
  'clientPause, clientUnpause (10 ms)': (c) => [c.clientPause(10), c.clientPause(10, 'WRITE'), c.set('k', 'v'), c.clientUnpause(), c.CLIENT_PAUSE(10, 'ALL'), c.get('k'), c.clientUnpause(), c.clientPause(-1)],
  'clientNoEvict': (c) => [c.clientNoEvict(true), c['CLIENT_NO-EVICT'](false), c.clientNoEvict(0)],
  'clientTracking, clientTrackingInfo, clientGetRedir, clientCaching': (c) => [
    c.clientTrackingInfo(), c.clientGetRedir(), c.clientCaching(true), c.clientTracking(true, { OPTIN: true }), c.clientTrackingInfo(), c.clientCaching(true), c.clientGetRedir(),
    c.clientTracking(false), c.clientTracking(true, { BCAST: true, PREFIX: ['p:', 'q:'], NOLOOP: true }), c.withTypeMapping({ [MAP]: Map }).clientTrackingInfo(),
    c.CLIENT_TRACKING(false), c.clientTracking(true, { OPTOUT: true }), c.clientCaching(false), c.CLIENT_TRACKINGINFO(), c.clientTracking(false), c.clientTracking(true, { REDIRECT: 999999 }),
    c.clientTrackingInfo(),
  ],
}, { normalize: normalizer({ fields: CLIENT_VOLATILE, whole: { 'clientId, clientSetName, clientGetName': [0] } }) });

describe('CLIENT commands reject bad arguments before sending', () => {
  const client = ferrodis.createClient(); // never connected: nothing may reach a socket
  test.each([
    ['clientKill without a filter', () => client.clientKill()],
    ['clientKill with an unknown filter', () => client.clientKill({ filter: 'NAME', name: 'x' })],
    ['clientKill with a non-integer id', () => client.clientKill({ filter: 'ID', id: 'abc' })],
    ['clientKill with a non-integer maxAge', () => client.clientKill([{ filter: 'MAXAGE', maxAge: 1.5 }])],
    ['clientList with a filter that is not an object', () => client.clientList('NORMAL')],
    ['clientPause with a non-integer timeout', () => client.clientPause('soon')],
    ['clientPause with an unknown mode', () => client.clientPause(10, 'READ')],
    ['clientTracking with options that are not an object', () => client.clientTracking(true, 'BCAST')],
    ['clientTracking with a non-integer REDIRECT', () => client.clientTracking(true, { REDIRECT: 'me' })],
  ])('%s', async (_, call) => {
    await expect(call()).rejects.toThrow(TypeError);
  });
});
