'use strict';
// The hash commands through ferrodis and node-redis side by side (helpers/differential.js), on
// the test server (Redis 7.0.15). Field expiration and HSCAN NOVALUES are newer: see
// hash.newer.test.js (live on Redis 8 / Valkey 9) and hash.wire.test.js. Small hashes are listpacks, so field order (HKEYS, HSCAN...) is insertion
// order on both clients.
const redis = require('redis');
const { differential } = require('../helpers/differential');
const { rejectsBeforeSending } = require('../helpers/bad-arguments');

const { BLOB_STRING, MAP, DOUBLE } = redis.RESP_TYPES;
const asBuffers = (c) => c.withTypeMapping({ [BLOB_STRING]: Buffer });
const asMaps = (c) => c.withTypeMapping({ [MAP]: Map });

differential('hash commands', {
  'hSet forms, hGet, hGetAll': (c) => [
    c.hSet('h', 'f', 'v'), c.hSet('h', { a: 1, b: '2' }), c.hSet('h', new Map([['c', 3]])), c.hSet('h', [['d', '4'], ['e', 5]]), c.hSet('h', ['x', 'y']),
    c.hSet(Buffer.from('h'), Buffer.from('bf'), Buffer.from([0, 255])), c.hGet('h', 'a'), c.hGet('h', 'nope'), c.hGet('nope', 'a'), c.hGetAll('h'), c.hGetAll('nope'),
  ],
  'hGetAll with type mappings': (c) => [c.hSet('h', { a: '1', b: '2' }), asBuffers(c).hGetAll('h'), asMaps(c).hGetAll('h'), c.withTypeMapping({ [MAP]: Array }).hGetAll('h'), asMaps(c).hGetAll('nope')],
  'hDel, hExists, hLen, hStrLen': (c) => [
    c.hSet('h', { a: '1', b: '22', c: '333' }), c.hExists('h', 'a'), c.hExists('h', 'z'), c.hStrLen('h', 'c'), c.hStrLen('h', 'z'), c.hLen('h'),
    c.hDel('h', 'a'), c.hDel('h', ['b', 'z']), c.hDel('nope', 'a'), c.hLen('h'), c.hLen('nope'),
  ],
  'hKeys, hVals, hmGet': (c) => [
    c.hSet('h', { a: '1', b: '2', c: '3' }), c.hKeys('h'), c.hVals('h'), c.hmGet('h', ['a', 'z', 'c']), c.hmGet('h', 'b'), c.hKeys('nope'), c.hVals('nope'),
    asBuffers(c).hmGet('h', ['a', 'z']), asBuffers(c).hKeys('h'),
  ],
  'hSetNX': (c) => [c.hSetNX('h', 'f', 'v'), c.hSetNX('h', 'f', 'w'), c.hGet('h', 'f')],
  'hIncrBy, hIncrByFloat': (c) => [
    c.hIncrBy('h', 'n', 5), c.hIncrBy('h', 'n', -7), c.hIncrBy('h', 'n', '3'), c.hIncrByFloat('h', 'f', 0.1), c.hIncrByFloat('h', 'f', '1.5'), c.hIncrByFloat('h', 'f', -2),
    c.withTypeMapping({ [DOUBLE]: String }).hIncrByFloat('h', 'f', 1), c.hSet('h', 's', 'text'), c.hIncrBy('h', 's', 1), c.hIncrByFloat('h', 's', 1), c.hIncrByFloat('h', 'f', Infinity),
  ],
  'hRandField family on a one-field hash': (c) => [
    c.hSet('h', 'only', 'one'), c.hRandField('h'), c.hRandField('nope'), c.hRandFieldCount('h', 1), c.hRandFieldCount('h', -3), c.hRandFieldCount('nope', 2),
    c.hRandFieldCountWithValues('h', 1), c.hRandFieldCountWithValues('h', -2), c.hRandFieldCountWithValues('nope', 2), asBuffers(c).hRandFieldCountWithValues('h', 1),
  ],
  'hScan': (c) => [
    c.hSet('h', { a1: '1', a2: '2', b1: '3' }), c.hScan('h', '0'), c.hScan('h', '0', { MATCH: 'a*' }), c.hScan('h', '0', { COUNT: 100, MATCH: 'b*' }), c.hScan('nope', '0'),
    asBuffers(c).hScan('h', '0', { MATCH: 'b*' }),
  ],
  'hScanNoValues (an error before Redis 7.4)': (c) => [c.hSet('h', 'a', '1'), c.hScanNoValues('h', '0')],
  'errors': (c) => [c.set('s', 'v'), c.hSet('s', 'f', 'v'), c.hGetAll('s'), c.hScan('s', '0'), c.hRandFieldCountWithValues('s', 1), c.hIncrBy('s', 'f', 1)],
});

rejectsBeforeSending('hash commands', [
  ['hSet without fields', (c) => c.hSet('h', null)],
  ['hSet with an empty object', (c) => c.hSet('h', {})],
  ['hSet with a field lacking its value', (c) => c.hSet('h', ['a', 'b', 'c'])],
  ['hIncrBy with a non-integer', (c) => c.hIncrBy('h', 'f', 1.5)],
  ['hIncrByFloat with text', (c) => c.hIncrByFloat('h', 'f', 'abc')],
  ['hRandFieldCount with NaN', (c) => c.hRandFieldCount('h', NaN)],
  ['hScan with options that are not an object', (c) => c.hScan('h', '0', 'MATCH')],
  ['hScan with a non-integer COUNT', (c) => c.hScan('h', '0', { COUNT: 'ten' })],
  ['hExpire with a bad mode', (c) => c.hExpire('h', 'f', 10, 'SOMETIMES')],
  ['hExpireAt with an invalid Date', (c) => c.hExpireAt('h', 'f', new Date(NaN))],
  ['hGetEx with an unknown expiration type', (c) => c.hGetEx('h', 'f', { expiration: { type: 'KEEPTTL' } })],
  ['hSetEx with an empty object', (c) => c.hSetEx('h', {})],
  ['hSetEx with a bad mode', (c) => c.hSetEx('h', { a: 1 }, { mode: 'NX' })],
]);
