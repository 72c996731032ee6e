'use strict';
// Hash commands newer than the test server (Redis 7.0.15) — field expiration (7.4), HGETDEL,
// HGETEX, HSETEX (8.0), HSCAN NOVALUES (7.4) — live, side by side (helpers/differential.js), on a
// newer server installed by scripts/install-test-servers.sh: Redis 8, and Valkey 9 (which has the
// same commands). Skipped, saying so, when none is installed. Their encoding: hash.wire.test.js.
const redis = require('redis');
const { differential } = require('../helpers/differential');

const seconds = (promise) => promise.then((times) => times.map((ms) => (ms > 0 ? Math.round(ms / 1000) : ms)));
const FUTURE = 4102444800; // 2100-01-01, in seconds

const SCENARIOS = {
  'hExpire, hpExpire, hTTL, hpTTL, hPersist': (c) => [
    c.hSet('h', { a: '1', b: '2', c: '3' }), c.hExpire('h', 'a', 100), c.hExpire('h', ['a', 'b', 'z'], 50, 'GT'), c.hpExpire('h', ['b', 'c'], 200000, 'NX'), c.hExpire('h', 'a', 0),
    c.hTTL('h', ['a', 'b', 'c', 'z']), seconds(c.hpTTL('h', ['b', 'c'])), c.hExpire('nope', 'a', 10), c.hTTL('nope', 'a'), c.hPersist('h', ['b', 'z']), c.hPersist('h', 'b'), c.hTTL('h', 'b'),
    c.hGetAll('h'),
  ],
  'hExpireAt, hpExpireAt, hExpireTime, hpExpireTime': (c) => [
    c.hSet('h', { a: '1', b: '2' }), c.hExpireAt('h', 'a', FUTURE), c.hpExpireAt('h', ['b'], new Date(FUTURE * 1000 + 500)), c.hExpireAt('h', ['a', 'b'], new Date(FUTURE * 1000), 'LT'),
    c.hExpireTime('h', ['a', 'b', 'z']), c.hpExpireTime('h', ['a', 'b']), c.hpExpireAt('h', 'a', 1000), c.hGetAll('h'),
  ],
  'hGetDel, hGetEx': (c) => [
    c.hSet('h', { a: '1', b: '2', c: '3', d: '4' }), c.hGetDel('h', ['a', 'z']), c.hGetDel('h', 'b'), c.hGetEx('h', ['c', 'z'], { expiration: { type: 'EX', value: 100 } }), c.hTTL('h', 'c'),
    c.hGetEx('h', 'c', { expiration: 'PERSIST' }), c.hTTL('h', 'c'), c.hGetEx('h', 'd', { expiration: { type: 'EXAT', value: FUTURE } }), c.hExpireTime('h', 'd'), c.hGetEx('h', 'd'),
    c.hGetDel('nope', 'a'), c.withTypeMapping({ [redis.RESP_TYPES.BLOB_STRING]: Buffer }).hGetEx('h', ['d', 'z']),
  ],
  'hSetEx': (c) => [
    c.hSetEx('h', { a: '1', b: '2' }, { expiration: { type: 'EX', value: 100 } }), c.hSetEx('h', new Map([['a', 'x']]), { mode: 'FNX' }), c.hSetEx('h', [['a', 'y'], ['b', 'z']], { mode: 'FXX', expiration: 'KEEPTTL' }),
    c.hTTL('h', ['a', 'b']), c.hSetEx('h', ['c', '3'], { expiration: { type: 'PXAT', value: FUTURE * 1000 } }), c.hExpireTime('h', 'c'), c.hGetAll('h'),
  ],
  'hScanNoValues': (c) => [c.hSet('h', { a1: '1', a2: '2', b: '3' }), c.hScanNoValues('h', '0'), c.hScanNoValues('h', '0', { MATCH: 'a*', COUNT: 10 }), c.hScanNoValues('nope', '0')],
  'errors': (c) => [c.set('s', 'v'), c.hExpire('s', 'a', 10), c.hGetEx('s', 'a'), c.hSetEx('s', { a: '1' }), c.hSet('h', 'a', '1'), c.hExpire('h', 'a', 10, 'XX'), c.hGetEx('h', 'a', { expiration: { type: 'EX', value: -1 } })],
};

differential('hash field expiration on Redis 8', SCENARIOS, { newer: { flavor: 'redis', minVersion: '8.0' } });
differential('hash field expiration on Valkey 9', SCENARIOS, { newer: { flavor: 'valkey', minVersion: '9.0' } });
