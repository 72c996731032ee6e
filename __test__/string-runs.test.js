'use strict';
// String runs (docs/REPLY_STREAM.md): the engine writes an aggregate of short strings or nulls
// as one JSON array, and the decoder shapes it as the element-by-element form would be. These
// replies sit on both sides of every condition of a run — element count, element length,
// escapes, UTF-8 validity, nulls, simple vs blob strings — under each type mapping, and must
// come out exactly as node-redis gives them.
const redis = require('redis');
const { differential } = require('./helpers/differential');

const { BLOB_STRING, SIMPLE_STRING, MAP, SET } = redis.RESP_TYPES;
const MAPPINGS = {
  default: {},
  'Buffer strings': { [BLOB_STRING]: Buffer, [SIMPLE_STRING]: Buffer },
  'Map and Set': { [MAP]: Map, [SET]: Set },
  'Map with Buffer strings': { [MAP]: Map, [BLOB_STRING]: Buffer },
  'Array maps with Buffer strings': { [MAP]: Array, [BLOB_STRING]: Buffer },
};

const many = (n, f) => Array.from({ length: n }, (_, i) => f(i));
const TRICKY = [
  '', 'plain', 'quote " inside', 'back\\slash', 'ctl \u0000\u0001\u001f end', 'lines\r\n\ttab', 'del \u007f',
  'ünïcödé', '日本語', 'emoji 😀 𝄞', '\u2028\u2029', '"', '\\', '\\"', '{"json":[1]}', 'x'.repeat(256),
];
const TOO_LONG = 'y'.repeat(257);
const INVALID_UTF8 = Buffer.from([0x61, 0xc3, 0x28, 0xff]);

const scenario = (build) => Object.fromEntries(
  Object.entries(MAPPINGS).map(([name, mapping]) => [name, (c) => build(c.withTypeMapping(mapping), c)]),
);

describe.each([
  ['lists', (c, plain) => [
    plain.rPush('tricky', TRICKY), c.lRange('tricky', 0, -1),
    plain.rPush('sixteen', many(16, (i) => `s${i}`)), c.lRange('sixteen', 0, -1), c.lRange('sixteen', 0, 14),
    plain.rPush('long', [...many(16, (i) => `l${i}`), TOO_LONG]), c.lRange('long', 0, -1),
    plain.rPush('binary', [...many(16, (i) => `b${i}`), INVALID_UTF8]), c.lRange('binary', 0, -1),
    plain.rPush('numbers', many(20, (i) => String(i))), c.lRange('numbers', 0, -1), c.sort('numbers'),
  ]],
  ['nulls', (c, plain) => [
    plain.mSet(Object.fromEntries(many(10, (i) => [`k${i}`, `v${i}`]))),
    c.mGet(many(20, (i) => `k${i * 2}`)), c.mGet(many(20, (i) => `missing${i}`)),
    plain.hSet('h', 'f', 'v'), c.hmGet('h', many(20, (i) => (i === 7 ? 'f' : `nope${i}`))),
  ]],
  ['maps', (c, plain) => [
    plain.hSet('h', Object.fromEntries(TRICKY.map((value, i) => [`field:${i}`, value]))), c.hGetAll('h'),
    plain.hSet('proto', Object.fromEntries(many(20, (i) => [i === 3 ? '__proto__' : `p${i}`, `v${i}`]))), c.hGetAll('proto'),
    plain.hSet('keys', Object.fromEntries(TRICKY.map((key, i) => [key || 'empty', String(i)]))), c.hGetAll('keys'),
    plain.hSet('small', { a: '1', b: '2' }), c.hGetAll('small'),
    c.configGet('*max-*-entries*'),
  ]],
  ['sets and sorted sets', (c, plain) => [
    plain.sAdd('s', many(30, (i) => `member:${i}`)), c.sMembers('s').then((m) => (Array.isArray(m) ? m.sort() : new Set([...m].sort()))),
    plain.zAdd('z', many(20, (i) => ({ score: i, value: `z${i}` }))), c.zRange('z', 0, -1), c.zRangeWithScores('z', 0, 4), c.zRangeWithScores('z', 0, -1),
  ]],
  // (node-redis ignores a type mapping in multi and sendCommand; README, "Differences".)
  ['simple strings', (c, plain) => {
    const multi = plain.multi();
    for (let i = 0; i < 20; i++) multi.set(`m${i}`, 'v');
    return [multi.exec(), plain.sendCommand(['LRANGE', 'nope', '0', '-1'])];
  }],
  ['nested', (c, plain) => [
    plain.xAdd('x', '1-1', Object.fromEntries(many(10, (i) => [`f${i}`, `v${i}`]))), plain.xAdd('x', '2-1', { a: 'b' }), c.xRange('x', '-', '+'),
    plain.rPush('l', many(40, (i) => `e${i}`)), plain.sendCommand(['LRANGE', 'l', '0', '-1']), c.scan('0', { COUNT: 1000 }).then((r) => r.keys.map(String).sort()),
  ]],
])('string runs: %s', (name, build) => {
  differential(`string runs: ${name}`, scenario(build));
});
