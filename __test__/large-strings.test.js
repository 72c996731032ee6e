'use strict';
// Large strings (docs/REPLY_STREAM.md, "Large strings"): a string of 16 KiB or more is not copied
// while parsing; an ASCII blob string is made into a JS string by the bridge (copied by V8, or
// from 128 KiB on, a JS string over the very bytes the socket read: an external string), anything
// else is copied once into JS's buffer. Each side of those conditions, under the type mappings
// and inside aggregates, must come out exactly as node-redis gives it.
const redis = require('redis');
const { createClient } = require('..');
const { differential } = require('./helpers/differential');
const { startRedis } = require('./helpers/redis-server');

const { BLOB_STRING, MAP } = redis.RESP_TYPES;
const SHARE_MIN = 16 * 1024;
const LEND_MIN = 128 * 1024;
const ascii = (length, seed = 0) => Array.from({ length }, (_, i) => String.fromCharCode(32 + ((i * 7 + seed) % 95))).join('');
const UNICODE = 'é'.repeat(SHARE_MIN); // 32 KiB of UTF-8
const BINARY = Buffer.from(Array.from({ length: SHARE_MIN + 1 }, (_, i) => (i * 31) % 256));

const MAPPINGS = {
  default: {},
  'Buffer strings': { [BLOB_STRING]: Buffer },
  'Map with Buffer strings': { [MAP]: Map, [BLOB_STRING]: Buffer },
};

const scenario = (build) => Object.fromEntries(
  Object.entries(MAPPINGS).map(([name, mapping]) => [name, (c) => build(c.withTypeMapping(mapping), c)]),
);

differential('large strings', {
  ...scenario((c, plain) => [
    plain.set('below', ascii(SHARE_MIN - 1)), c.get('below'),
    plain.set('at', ascii(SHARE_MIN)), c.get('at'),
    plain.set('big', ascii(100 * 1024, 3)), c.get('big'), c.getRange('big', 0, SHARE_MIN + 10),
    plain.set('lent', ascii(LEND_MIN, 8)), c.get('lent'), plain.set('below lent', ascii(LEND_MIN - 1, 2)), c.get('below lent'),
    plain.set('unicode', UNICODE), c.get('unicode'),
    plain.set('binary', BINARY), c.get('binary'),
    c.mGet(['big', 'unicode', 'nope', 'at', 'lent', 'binary', 'below']),
    plain.hSet('h', { small: 'v', big: ascii(SHARE_MIN * 2, 5), [ascii(SHARE_MIN + 1, 9)]: 'a large field name' }), c.hGetAll('h'), c.hGet('h', 'big'),
    plain.rPush('l', [ascii(SHARE_MIN, 1), 'x', ascii(SHARE_MIN, 2)]), c.lRange('l', 0, -1),
    c.eval('return {ARGV[1], {ARGV[2], 1}}', { arguments: [ascii(SHARE_MIN, 4), ascii(SHARE_MIN + 2, 6)] }),
  ]),
});

describe('large strings held alive', () => {
  let server;
  let client;
  beforeAll(async () => {
    server = await startRedis();
    client = await createClient({ socket: { port: server.port } }).connect();
  });
  afterAll(async () => {
    await client?.quit();
    await server?.stop();
  });

  test('more than the engine lends as external strings at once, all intact', async () => {
    // 200 distinct 200 KiB values kept alive (40 MB): past 16 MiB the engine copies instead.
    const value = (i) => `${i}:`.padEnd(LEND_MIN + 72 * 1024, String.fromCharCode(65 + (i % 26)));
    await Promise.all(Array.from({ length: 50 }, (_, i) => client.set(`v${i}`, value(i))));
    const kept = [];
    for (let round = 0; round < 4; round++) {
      kept.push(...(await Promise.all(Array.from({ length: 50 }, (_, i) => client.get(`v${i}`)))));
    }
    expect(kept).toHaveLength(200);
    kept.forEach((text, n) => expect(text === value(n % 50)).toBe(true));
    expect(await client.ping()).toBe('PONG');
  });
});
