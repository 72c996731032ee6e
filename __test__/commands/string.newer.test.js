'use strict';
// String commands newer than the test server (Redis 7.0.15) that an installed newer server runs,
// live, side by side (helpers/differential.js): MSETEX, on Valkey 9.1 (Redis has it from 8.4,
// newer than the installed 8.2; Valkey's syntax is node-redis': MSETEX numkeys key value ...
// [NX | XX] [EX | PX | EXAT | PXAT | KEEPTTL]). Skipped, saying so, when no such server is
// installed (scripts/install-test-servers.sh). DELEX and DIGEST (Redis 8.4): string.wire.test.js.
const { differential } = require('../helpers/differential');

const FUTURE = 4102444800; // 2100-01-01, in seconds
/** A relative TTL, as "about right": the second may turn between setting it and reading it. */
const about = (expected) => (promise) => promise.then((ttl) => (ttl <= expected && ttl > expected * 0.9 ? `~${expected}` : ttl));

differential('MSETEX on Valkey 9.1', {
  'mSetEx pair forms': (c) => [
    c.mSetEx({ a: '1', b: '2' }), c.mSetEx([['c', '3'], ['d', Buffer.from([0, 255])]]), c.mSetEx(['e', '5']), c.mSetEx(['f', '6', 'g', '7']), c.mGet(['a', 'b', 'c', 'd', 'e', 'f', 'g']),
    c.ttl('a'), c.mSetEx({ a: 'x' }),
  ],
  'mSetEx modes': (c) => [
    c.mSetEx({ a: '1' }, { mode: 'NX' }), c.mSetEx([['a', '1'], ['b', '2']], { mode: 'NX' }), c.mSetEx({ b: '2', c: '3' }, { mode: 'NX' }),
    c.mSetEx({ a: 'x', z: 'y' }, { mode: 'XX' }), c.mSetEx({ a: 'x', b: 'y' }, { mode: 'XX' }), c.mGet(['a', 'b', 'c', 'z']),
  ],
  'mSetEx expirations': (c) => [
    c.mSetEx({ a: '1', b: '2' }, { expiration: { type: 'EX', value: 100 } }), about(100)(c.ttl('a')), about(100)(c.ttl('b')),
    c.mSetEx({ c: '3' }, { mode: 'NX', expiration: { type: 'PX', value: 100000 } }), about(100000)(c.pTTL('c')),
    c.mSetEx({ a: 'k' }, { expiration: { type: 'KEEPTTL' } }), about(100)(c.ttl('a')), c.get('a'), c.mSetEx({ a: 'k' }), c.ttl('a'),
    c.mSetEx({ e: '1' }, { expiration: { type: 'EXAT', value: FUTURE } }), c.expireTime('e'), c.mSetEx({ e: '1' }, { expiration: { type: 'EXAT', value: new Date(FUTURE * 1000 + 999) } }), c.expireTime('e'),
    c.mSetEx({ e: '1' }, { expiration: { type: 'PXAT', value: FUTURE * 1000 + 123 } }), c.pExpireTime('e'), c.mSetEx({ e: '1' }, { expiration: { type: 'PXAT', value: new Date(FUTURE * 1000 + 456) } }), c.pExpireTime('e'),
    c.mSetEx({ f: '1' }, { mode: 'XX', expiration: { type: 'EX', value: 10 } }), c.exists('f'),
  ],
  'errors': (c) => [
    c.mSetEx({ e: '1' }, { expiration: { type: 'EX', value: 0 } }), c.mSetEx({ e: '1' }, { expiration: { type: 'PX', value: -5 } }), c.hSet('h', 'f', 'v'), c.mSetEx({ h: '1' }), c.type('h'),
  ],
}, { newer: { flavor: 'valkey', minVersion: '9.1' } });
