'use strict';
// String runs (docs/REPLY_STREAM.md): the engine writes an aggregate of short strings or nulls
// as one JSON array, and the decoder shapes it as the element-by-element form would be. These
// replies sit on both sides of every condition of a run — element count, element length,
// escapes, UTF-8 validity, nulls, simple vs blob strings — under each type mapping, and must
// come out exactly as node-redis gives them, also when their strings are known (read again).
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
  // Reply runs: 16 or more consecutive replies that are each a short string of one type or
  // null, a quarter of them longer than JS builds itself, read together; each command keeps its
  // own type mapping (c and plain alternate in one batch). Runs of 15 and 16, each ended by a
  // reply that cannot join one.
  ['reply runs', (c, plain) => {
    const values = many(16, (i) => (i % 2 ? TRICKY[i] : `${TRICKY[i]}, and longer than 12 bytes`));
    const gets = (n, client = c) => many(n, (i) => client.get(`t${i % 16}`));
    return [
      plain.mSet(Object.fromEntries(values.map((v, i) => [`t${i}`, v]))), plain.hSet('h', 'f', 'v'),
      plain.set('long', TOO_LONG), plain.set('binary', INVALID_UTF8), plain.rPush('list', 'x'),
      ...many(40, (i) => (i % 2 ? c : plain).get(i % 5 ? `t${i % 16}` : `missing${i}`)),
      ...gets(15), plain.incr('n'),
      ...gets(16), c.ping(),
      ...gets(16, plain), c.get('long'),
      ...gets(16), c.get('binary'),
      ...gets(16), c.get('list'),
      ...gets(16), c.lRange('list', 0, -1),
      ...many(20, (i) => (i % 3 ? c : plain).set(`s${i}`, 'v')),
      ...many(20, (i) => c.type(i % 2 ? 'h' : 'list')),
      ...many(20, (i) => c.hGet('h', i % 2 ? 'f' : 'nope')),
    ];
  }],
  // Known strings: a run's short keys (map keys, and every other element of an even-length
  // array) enter the engine's table on their second sighting, are defined to JS then, and are
  // referenced by slot after that. Every read is taken three times
  // and must come out the same each time.
  ['known strings', (c, plain) => {
    const thrice = (read) => [read(), read(), read()];
    const fields = Object.fromEntries(many(300, (i) => [`field:${i}`, i % 3 ? `value:${i}` : TRICKY[i % TRICKY.length]]));
    const twenty = many(20, (i) => `w${i}`);
    return [
      plain.hSet('h', fields), ...thrice(() => c.hGetAll('h')),
      // More distinct strings than the table has slots (4,096), then the hash again.
      plain.rPush('churn', many(6000, (i) => `churn:${i}`)), ...thrice(() => c.lRange('churn', 0, -1).then((l) => l.join())), ...thrice(() => c.hGetAll('h')),
      // A run that defines strings and then turns out not to be one (a number after them, in
      // an array of even length, whose every other element is a key candidate): JS never sees
      // those definitions, so the engine must define them again.
      plain.rPush('twenty', twenty), c.lRange('twenty', 0, -1),
      c.eval("local t = {} for i, v in ipairs(ARGV) do t[i] = v end t[#t + 1] = 1 t[#t + 1] = 'end' return t", { arguments: twenty }),
      ...thrice(() => c.lRange('twenty', 0, -1)),
    ];
  }],
])('string runs: %s', (name, build) => {
  differential(`string runs: ${name}`, scenario(build));
});

describe('known strings across a reconnect', () => {
  const { startRedis } = require('./helpers/redis-server');
  const { createClient } = require('..');
  let server;
  beforeAll(async () => {
    server = await startRedis();
  });
  afterAll(async () => {
    await server.stop();
  });

  // A new connection's engine table starts empty and hands out slots from 0 again, while JS
  // still holds the old connection's strings in those slots: every one must be defined anew
  // before it is referenced, or the second hash would come back with the first one's fields.
  test('the new connection defines its strings again before it references them', async () => {
    const c = createClient({ socket: { port: server.port } });
    c.on('error', () => {});
    await c.connect();
    const first = Object.fromEntries(many(40, (i) => [`first:${i}`, `one ${i}`]));
    const second = Object.fromEntries(many(40, (i) => [`second:${i}`, `two ${i}`]));
    await c.hSet('first', first);
    await c.hSet('second', second);
    for (let i = 0; i < 3; i++) expect({ ...(await c.hGetAll('first')) }).toEqual(first);
    const killer = c.duplicate();
    await killer.connect();
    const ready = new Promise((resolve) => c.once('ready', resolve));
    await killer.sendCommand(['CLIENT', 'KILL', 'TYPE', 'normal', 'SKIPME', 'yes']);
    await ready;
    for (let i = 0; i < 3; i++) expect({ ...(await c.hGetAll('second')) }).toEqual(second);
    for (let i = 0; i < 2; i++) expect({ ...(await c.hGetAll('first')) }).toEqual(first);
    await killer.quit();
    await c.quit();
  });
});
