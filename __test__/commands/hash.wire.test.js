'use strict';
// Hash commands newer than the test server (Redis 7.0.15): field expiration (7.4), HGETDEL,
// HGETEX, HSETEX (8.0) and HSCAN NOVALUES (7.4). Both clients must write the same commands; their
// replies from a Redis 8 server are compared in hash.newer.test.js.
const { wireDifferential } = require('../helpers/differential');

const WHEN = new Date(Date.UTC(2030, 0, 1, 0, 0, 0, 789));

wireDifferential('hash commands newer than Redis 7.0', {
  'hExpire, hpExpire': (c) => [c.hExpire('h', 'f', 10), c.hExpire('h', ['a', 'b'], 20, 'NX'), c.hpExpire('h', 'f', 1500), c.hpExpire('h', ['a', 'b'], 100, 'GT')],
  'hExpireAt, hpExpireAt with numbers and Dates': (c) => [
    c.hExpireAt('h', 'f', 1900000000), c.hExpireAt('h', ['a', 'b'], WHEN, 'XX'), c.hpExpireAt('h', 'f', 1900000000123), c.hpExpireAt('h', ['a'], WHEN, 'LT'),
  ],
  'hTTL, hpTTL, hExpireTime, hpExpireTime, hPersist': (c) => [
    c.hTTL('h', 'f'), c.hTTL('h', ['a', 'b']), c.hpTTL('h', ['a', 'b', 'c']), c.hExpireTime('h', 'f'), c.hpExpireTime('h', ['a', 'b']), c.hPersist('h', ['a', 'b']), c.hPersist('h', 'f'),
  ],
  'hGetDel': (c) => [c.hGetDel('h', 'f'), c.hGetDel('h', ['a', 'b'])],
  'hGetEx options': (c) => [
    c.hGetEx('h', 'f'), c.hGetEx('h', ['a', 'b'], { expiration: { type: 'EX', value: 10 } }), c.hGetEx('h', 'a', { expiration: { type: 'PXAT', value: 1900000000123 } }),
    c.hGetEx('h', 'a', { expiration: 'PERSIST' }), c.hGetEx('h', ['a'], { expiration: { type: 'PERSIST' } }), c.hGetEx('h', 'a', {}),
  ],
  'hSetEx forms and options': (c) => [
    c.hSetEx('h', { a: 1, b: 'x' }), c.hSetEx('h', new Map([['a', 1], [2, 'y']]), { mode: 'FNX' }), c.hSetEx('h', [['a', '1'], ['b', '2']], { mode: 'FXX', expiration: { type: 'EX', value: 5 } }),
    c.hSetEx('h', ['a', '1', 'b', '2'], { expiration: 'KEEPTTL' }), c.hSetEx('h', { a: '1' }, { expiration: { type: 'KEEPTTL' } }), c.hSetEx('h', { a: '1' }, { expiration: { type: 'PXAT', value: 1900000000123 } }),
  ],
  'hScanNoValues': (c) => [c.hScanNoValues('h', '0'), c.hScanNoValues('h', '42', { MATCH: 'a*', COUNT: 5 })],
});
