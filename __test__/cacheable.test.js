'use strict';
// The client-side cache's table (lib/commands/cacheable.json): generated from a server's
// COMMAND INFO by scripts/gen-cacheable.js, checked here against a live Redis 8 (the newest the
// tests have), with the keys our reading of the key specs finds checked against the server's own
// COMMAND GETKEYS, and the difference from node-redis 5.12.1's hand-typed list written down.
const fs = require('node:fs');
const path = require('node:path');
const { COMMANDS } = require('../lib/commands');
const { cacheableKeys, writtenKeys, tableOf } = require('../lib/commands/cacheable');
const { createClient } = require('..');
const { startRedis } = require('./helpers/redis-server');
const { newerServerBinary, SKIP_HINT } = require('./helpers/servers');

const redis8 = newerServerBinary({ flavor: 'redis', minVersion: '8.0' });
let server;
let client;

beforeAll(async () => {
  server = await startRedis(redis8 === null ? {} : { binary: redis8.path });
  client = createClient({ socket: { host: server.host, port: server.port }, RESP: 3 });
  await client.connect();
});

afterAll(async () => {
  await client?.close();
  await server?.stop();
});

(redis8 === null ? test.skip : test)(`cacheable.json and writes.json are what Redis 8's COMMAND INFO gives${redis8 === null ? SKIP_HINT : ''}`, async () => {
  const info = await client.sendCommand(['COMMAND', 'INFO']);
  for (const [kind, file] of [['read', 'cacheable.json'], ['write', 'writes.json']]) {
    const checkedIn = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'lib', 'commands', file), 'utf8'));
    expect(tableOf(info, kind)).toEqual(checkedIn);
  }
});

// Writes: by index, ranges, numkeys and keywords (STORE, STREAMS), as the table builds them.
const WRITE_SAMPLES = [
  ['SET', ['k', 'v']],
  ['MSET', [[['a', '1'], ['b', '2']]]],
  ['DEL', [['a', 'b', 'c']]],
  ['LMOVE', ['src', 'dst', 'LEFT', 'RIGHT']],
  ['BITOP', ['AND', 'dest', ['s1', 's2']]],
  ['ZUNIONSTORE', ['dest', ['z1', 'z2']]],
  ['GEORADIUS_STORE', ['g', { longitude: 1, latitude: 2 }, 10, 'km', 'dest']],
  ['XREADGROUP', ['group', 'consumer', [{ key: 's1', id: '>' }, { key: 's2', id: '>' }]]],
  ['RENAME', ['from', 'to']],
];

test.each(WRITE_SAMPLES)('%s: the keys written are COMMAND GETKEYS\'', async (name, args) => {
  const built = COMMANDS[name].build(...args);
  const keys = writtenKeys(built);
  expect(keys).toBeDefined();
  expect(keys).toEqual(await client.sendCommand(['COMMAND', 'GETKEYS', ...built]));
});

// A call of each shape of key spec (one key, ranges to the end, numkeys, a container's
// subcommand), as the table builds it.
const SAMPLES = [
  ['GET', ['k']],
  ['MGET', [['a', 'b', 'c']]],
  ['EXISTS', [['a', 'b']]],
  ['HMGET', ['h', ['f1', 'f2']]],
  ['SINTER', [['s1', 's2']]],
  ['SINTERCARD', [['s1', 's2', 's3'], { LIMIT: 1 }]],
  ['ZDIFF', [['z1', 'z2']]],
  ['ZINTER', [['z1', 'z2']]],
  ['ZUNION', [[{ key: 'z1', weight: 2 }, { key: 'z2', weight: 3 }]]],
  ['LCS', ['a', 'b']],
  ['PFCOUNT', [['p1', 'p2']]],
  ['MEMORY_USAGE', ['k']],
  ['GEOSEARCH', ['g', 'member', { radius: 1, unit: 'km' }]],
  ['BITCOUNT', ['b', { start: 0, end: 1 }]],
  ['ZRANGE', ['z', 0, -1]],
];

test.each(SAMPLES)('%s: the keys found are COMMAND GETKEYS\'', async (name, args) => {
  const built = COMMANDS[name].build(...args);
  const keys = cacheableKeys(built);
  expect(keys).toBeDefined();
  expect(keys).toEqual(await client.sendCommand(['COMMAND', 'GETKEYS', ...built]));
});

test('not cacheable: writes, blocking reads, scripts, time-dependent and random replies, TOUCH, SORT_RO, XINFO', () => {
  const calls = [
    ['SET', ['k', 'v']],
    ['TTL', ['k']],
    ['PTTL', ['k']],
    ['SRANDMEMBER', ['s']],
    ['TOUCH', ['k']],
    ['SORT_RO', ['list']],
    ['EVAL_RO', ['return 1', { keys: ['k'] }]],
    ['XREAD', [{ key: 's', id: '0' }]],
    ['XPENDING', ['s', 'group']],
    ['KEYS', ['*']],
    ['OBJECT_IDLETIME', ['k']],
    ['XINFO_STREAM', ['s']], // consumer group changes are not invalidated
    ['XINFO_GROUPS', ['s']],
  ];
  for (const [name, args] of calls) expect([name, cacheableKeys(COMMANDS[name].build(...args))]).toEqual([name, undefined]);
});

test('beside node-redis 5.12.1\'s hand-typed CACHEABLE list: all of it but XPENDING, and more', () => {
  const dir = path.dirname(require.resolve('@redis/client/dist/lib/commands/GET.js'));
  const table = require('../lib/commands/cacheable.json');
  // node-redis' command files by the server command they send (ZRANGE_WITHSCORES: ZRANGE).
  const theirs = new Set(fs.readdirSync(dir).filter((f) => f.endsWith('.js') && require(path.join(dir, f)).default?.CACHEABLE)
    .map((f) => f.slice(0, -3).replace(/_(WITH.*|COUNT|RANGE)$/, '')));
  // XPENDING's reply has idle times: the server marks it nondeterministic_output, and node-redis'
  // cached XPENDING goes stale without any write.
  expect([...theirs].filter((name) => !(name in table)).sort()).toEqual(['XPENDING']);
  expect(Object.keys(table).length).toBeGreaterThan(theirs.size);
});
