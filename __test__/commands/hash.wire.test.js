'use strict';
// Hash commands newer than the test server (Redis 7.0.15): field expiration (7.4), HGETDEL,
// HGETEX, HSETEX (8.0) and HSCAN NOVALUES (7.4). Both clients must write the same commands,
// and, when a Redis 8 server is installed, get the same replies from it.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const redis = require('redis');
const { differential, wireDifferential } = require('../helpers/differential');

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

// The same commands live, side by side, when a Redis 8 server is installed
// (scripts/install-test-servers.sh writes servers.json); skipped otherwise.
const redis8 = newerRedis(8);
const seconds = (promise) => promise.then((times) => times.map((ms) => (ms > 0 ? Math.round(ms / 1000) : ms)));
const FUTURE = 4102444800; // 2100-01-01, in seconds

(redis8 ? differential : describe.skip)('hash field expiration on Redis 8', {
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
}, { server: { binary: redis8 } });

/** The path of an installed Redis server of at least this major version, from servers.json. */
function newerRedis(major) {
  const dir = process.env.FERRODIS_SERVERS_DIR || path.join(os.homedir(), '.cache', 'ferrodis-servers');
  let servers = [];
  try {
    servers = JSON.parse(fs.readFileSync(path.join(dir, 'servers.json'), 'utf8'));
  } catch {
    return undefined;
  }
  return servers.find((s) => s.flavor === 'redis' && Number(s.version.split('.')[0]) >= major && fs.existsSync(s.path))?.path;
}
