'use strict';
// `client.bf` (RedisBloom's Bloom filters) through ferrodis and node-redis side by side
// (helpers/differential.js), on Redis Stack 7.4.1 (RedisBloom 2.8), RESP2 and RESP3. The other
// RedisBloom namespaces: cuckoo, count-min-sketch, top-k and t-digest .test.js; the commands
// written for every option: bloom.wire.test.js.
//
// Where ferrodis deliberately differs from node-redis 5.12.1 (tested below, on their own):
// - ADD/EXISTS/MADD... on RESP2 with NUMBER mapped to String (or BigInt): node-redis compares the
//   reply with `=== 1` and answers false for every item; ferrodis reads the number.
// - the read-only marks (replica routing) are the server's flags for all five namespaces.
const redis = require('redis');
const ferrodis = require('../..');
const { differential } = require('../helpers/differential');
const { rejectsBeforeSending } = require('../helpers/bad-arguments');
const { startRedis } = require('../helpers/redis-server');
const { stackServerOptions } = require('../helpers/servers');
const { MODULES } = require('../../lib/commands');

/** The command a RedisBloom definition builds: the first of these argument lists it accepts. */
const SAMPLES = [[], [[1]], [['a']], [1], [1, 1], [1, 'x'], [{ item: 'a', incrementBy: 1 }]];
function commandName(definition) {
  for (const args of SAMPLES) {
    try {
      return definition.build('k', ...args)[0];
    } catch {
      // not these arguments
    }
  }
  throw new Error(`no sample arguments for ${definition.method}`);
}

const { BLOB_STRING, MAP, NUMBER } = redis.RESP_TYPES;
const asBuffers = (c) => c.withTypeMapping({ [BLOB_STRING]: Buffer });
const asMaps = (c) => c.withTypeMapping({ [MAP]: Map });
const asArrays = (c) => c.withTypeMapping({ [MAP]: Array });

/** Every chunk of a SCANDUMP walk of `key`, then the restored copy's answers. */
async function dumpAndRestore(c, namespace, key, copy, items) {
  const chunks = [];
  for (let iterator = 0; ;) {
    const chunk = await asBuffers(c)[namespace].scanDump(key, iterator);
    if (chunk.iterator === 0) {
      chunks.push(chunk);
      break;
    }
    chunks.push(chunk);
    iterator = chunk.iterator;
  }
  const loaded = [];
  for (const { iterator, chunk } of chunks.slice(0, -1)) loaded.push(await c[namespace].loadChunk(copy, iterator, chunk));
  return [chunks.map((x) => ({ iterator: x.iterator, bytes: x.chunk === null ? null : x.chunk.length })), loaded, await Promise.all(items.map((item) => c[namespace].exists(copy, item)))];
}

differential('bf (RedisBloom Bloom filters)', {
  'add, exists, card': (c) => [
    c.bf.add('b', 'a'), c.bf.add('b', 'a'), c.bf.add('b', Buffer.from([0, 255])), c.bf.exists('b', 'a'), c.bf.exists('b', Buffer.from([0, 255])), c.bf.exists('b', 'zz'),
    c.bf.exists('nope', 'a'), c.bf.card('b'), c.bf.card('nope'), c.bf.ADD('b', 'c'), c.bf.EXISTS('b', 'c'), c.bf.CARD('b'),
  ],
  'mAdd, mExists (one item or many)': (c) => [
    c.bf.mAdd('b', ['a', 'b', 'a']), c.bf.mAdd('b', 'c'), c.bf.mExists('b', ['a', 'z', 'c']), c.bf.mExists('b', 'b'), c.bf.mExists('nope', ['a', 'b']),
    c.bf.MADD('b', ['d']), c.bf.MEXISTS('b', ['d']),
  ],
  'reserve and its options, info': (c) => [
    c.bf.reserve('plain', 0.01, 100), c.bf.reserve('expands', 0.001, 1000, { EXPANSION: 4 }), c.bf.reserve('fixed', 0.1, 50, { NONSCALING: true }),
    c.bf.reserve('both', 0.05, 10, { EXPANSION: 2, NONSCALING: true }), c.bf.reserve('zero', 0.05, 10, { EXPANSION: 0, NONSCALING: false }), c.bf.reserve('empty', 0.5, 10, {}),
    c.bf.info('plain'), c.bf.info('expands'), c.bf.info('fixed'), c.bf.info('both'), c.bf.info('zero'), c.bf.INFO('empty'), c.bf.RESERVE('plain', 0.01, 100),
  ],
  'insert and its options': (c) => [
    c.bf.insert('b', ['a', 'b', 'a']), c.bf.insert('b', 'c'), c.bf.insert('cap', ['x'], { CAPACITY: 500 }), c.bf.insert('err', ['x'], { ERROR: 0.001 }),
    c.bf.insert('exp', ['x'], { EXPANSION: 3 }), c.bf.insert('b', ['d'], { NOCREATE: true }), c.bf.insert('nope', ['x'], { NOCREATE: true }),
    c.bf.insert('fixed', ['x', 'y'], { NONSCALING: true, CAPACITY: 10, ERROR: 0.01 }), c.bf.insert('all', 'x', { CAPACITY: 20, ERROR: 0.1, EXPANSION: 2, NOCREATE: false, NONSCALING: false }),
    c.bf.info('cap'), c.bf.info('err'), c.bf.info('exp'), c.bf.info('fixed'), c.bf.info('all'), c.bf.INSERT('b', ['e'], {}),
  ],
  'info with type mappings': (c) => [
    c.bf.reserve('b', 0.01, 100), c.bf.reserve('fixed', 0.01, 100, { NONSCALING: true }), c.bf.mAdd('b', ['a', 'b']),
    asMaps(c).bf.info('b'), asArrays(c).bf.info('b'), asArrays(c).bf.info('fixed'), asBuffers(c).bf.info('b'), c.withTypeMapping({ [NUMBER]: String }).bf.info('b'),
  ],
  'scanDump and loadChunk: a filter copied chunk by chunk': async (c) => {
    await c.bf.reserve('b', 0.01, 200);
    await c.bf.mAdd('b', ['a', 'b', 'c']);
    return dumpAndRestore(c, 'bf', 'b', 'copy', ['a', 'b', 'c']);
  },
  'scanDump without a Buffer mapping, and past the end': (c) => [
    c.bf.reserve('b', 0.5, 2), c.bf.add('b', 'a'), c.bf.scanDump('b', 0), c.bf.SCANDUMP('b', 1), c.bf.scanDump('b', 1000000), c.bf.scanDump('nope', 0),
  ],
  'loadChunk with a bad chunk or iterator': (c) => [c.bf.loadChunk('b', 1, 'garbage'), c.bf.LOADCHUNK('b', 0, Buffer.from('x')), c.bf.exists('b', 'a')],
  'errors: wrong type, missing key, bad values': (c) => [
    c.set('s', 'x'), c.bf.add('s', 'a'), c.bf.exists('s', 'a'), c.bf.mAdd('s', ['a']), c.bf.info('s'), c.bf.card('s'), c.bf.info('nope'),
    c.bf.reserve('bad', 2, 100), c.bf.reserve('bad', 0.01, 0), c.bf.insert('bad', ['a'], { ERROR: 5 }), c.bf.insert('bad', ['a'], { CAPACITY: 0 }),
  ],
  'in a transaction and a pipeline': async (c) => [
    await c.multi().bf.reserve('b', 0.01, 100).bf.add('b', 'a').bf.mAdd('b', ['a', 'x']).bf.exists('b', 'x').bf.mExists('b', ['a', 'q']).bf.insert('b', 'y').bf.card('b').bf.info('b').exec(),
    await c.multi().bf.add('b', 'z').bf.info('nope').bf.scanDump('b', 0).execAsPipeline().then((replies) => replies.map((r) => (r && r.chunk !== undefined ? r.iterator : r))),
    await asMaps(c).multi().bf.info('b').bf.exists('b', 'z').exec(),
  ],
}, { stack: true });

const stack = stackServerOptions();
(stack ? describe : describe.skip)('RedisBloom commands on their own', () => {
  let server;
  let client;
  beforeAll(async () => {
    server = await startRedis({ binary: stack.binary, config: { loadmodule: stack.config.loadmodule } });
    client = ferrodis.createClient({ socket: { host: server.host, port: server.port }, RESP: 2 });
    await client.connect();
  });
  afterAll(async () => {
    await client?.quit().catch(() => {});
    await server?.stop();
  });

  // Replica routing (useReplicas) follows `readonly`. node-redis marks BF.RESERVE and TOPK.COUNT
  // read-only and leaves CF.EXISTS and TOPK.QUERY unmarked; the server's flags say otherwise.
  test('a command is read-only exactly when the server flags it so', async () => {
    const definitions = ['bf', 'cf', 'cms', 'topK', 'tDigest'].flatMap((namespace) => Object.values(MODULES[namespace])).map((d) => ({ d, name: commandName(d) }));
    expect(definitions.length).toBe(49);
    const names = [...new Set(definitions.map(({ name }) => name))];
    const infos = await client.sendCommand(['COMMAND', 'INFO', ...names]);
    const serverReadonly = new Map(infos.map((info) => [info[0].toUpperCase(), info[2].includes('readonly')]));
    expect(definitions.map(({ d, name }) => [d.method, name, d.readonly === true])).toEqual(definitions.map(({ d, name }) => [d.method, name, serverReadonly.get(name)]));
  });

  test.each([['String', String], ['BigInt', BigInt]])('bf, cf, topK on RESP2 with NUMBER mapped to %s: booleans still read the number', async (_, type) => {
    await client.flushAll();
    const mapped = client.withTypeMapping({ [NUMBER]: type });
    expect(await mapped.bf.add('b', 'a')).toBe(true); // node-redis: false
    expect(await mapped.bf.add('b', 'a')).toBe(false);
    expect(await mapped.bf.exists('b', 'a')).toBe(true); // node-redis: false
    expect(await mapped.bf.mExists('b', ['a', 'z'])).toEqual([true, false]); // node-redis: [false, false]
    expect(await mapped.cf.add('c', 'a')).toBe(true);
    expect(await mapped.topK.reserve('t', 2)).toBe('OK');
    await mapped.topK.add('t', 'a');
    expect(await mapped.topK.query('t', ['a', 'z'])).toEqual([true, false]);
  });
});

rejectsBeforeSending('bf commands', [
  ['reserve with a text error rate', (c) => c.bf.reserve('b', 'low', 100)],
  ['reserve with a fractional capacity', (c) => c.bf.reserve('b', 0.01, 10.5)],
  ['reserve with a missing capacity', (c) => c.bf.reserve('b', 0.01)],
  ['reserve with options that are not an object', (c) => c.bf.reserve('b', 0.01, 100, 'NONSCALING')],
  ['reserve with a fractional EXPANSION', (c) => c.bf.reserve('b', 0.01, 100, { EXPANSION: 1.5 })],
  ['insert with a null CAPACITY', (c) => c.bf.insert('b', ['a'], { CAPACITY: null })],
  ['insert with a text ERROR', (c) => c.bf.insert('b', ['a'], { ERROR: 'high' })],
  ['scanDump without an iterator', (c) => c.bf.scanDump('b')],
  ['loadChunk without a chunk', (c) => c.bf.loadChunk('b', 1)],
  ['loadChunk with a NaN iterator', (c) => c.bf.loadChunk('b', NaN, 'x')],
  ['a bad command in a transaction', (c) => c.multi().bf.add('b', 'a').bf.reserve('b', 0.01, 'many').exec()],
]);
