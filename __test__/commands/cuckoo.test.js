'use strict';
// `client.cf` (RedisBloom's cuckoo filters) through ferrodis and node-redis side by side
// (helpers/differential.js), on Redis Stack 7.4.1 (RedisBloom 2.8), RESP2 and RESP3; the commands
// written for every option: cuckoo.wire.test.js. CF.INSERTNX's RESP3 reply stays integers, as
// node-redis leaves it.
const redis = require('redis');
const { differential } = require('../helpers/differential');
const { rejectsBeforeSending } = require('../helpers/bad-arguments');

const { BLOB_STRING, MAP, NUMBER } = redis.RESP_TYPES;
const asBuffers = (c) => c.withTypeMapping({ [BLOB_STRING]: Buffer });
const asMaps = (c) => c.withTypeMapping({ [MAP]: Map });
const asArrays = (c) => c.withTypeMapping({ [MAP]: Array });

differential('cf (RedisBloom cuckoo filters)', {
  'add, addNX, exists, count, del': (c) => [
    c.cf.add('c', 'a'), c.cf.add('c', 'a'), c.cf.addNX('c', 'a'), c.cf.addNX('c', 'b'), c.cf.add('c', Buffer.from([0, 255])), c.cf.exists('c', 'a'), c.cf.exists('c', 'z'),
    c.cf.exists('nope', 'a'), c.cf.count('c', 'a'), c.cf.count('c', 'z'), c.cf.count('nope', 'a'), c.cf.del('c', 'a'), c.cf.del('c', 'z'), c.cf.count('c', 'a'),
    c.cf.ADD('c', 'x'), c.cf.ADDNX('c', 'x'), c.cf.EXISTS('c', 'x'), c.cf.COUNT('c', 'x'), c.cf.DEL('c', 'x'), c.cf.del('nope', 'a'),
  ],
  'reserve and its options, info': (c) => [
    c.cf.reserve('plain', 100), c.cf.reserve('buckets', 1000, { BUCKETSIZE: 4 }), c.cf.reserve('iterations', 200, { MAXITERATIONS: 50 }),
    c.cf.reserve('expands', 200, { EXPANSION: 2 }), c.cf.reserve('all', 500, { BUCKETSIZE: 3, MAXITERATIONS: 10, EXPANSION: 0 }), c.cf.reserve('empty', 64, {}),
    c.cf.info('plain'), c.cf.info('buckets'), c.cf.info('iterations'), c.cf.info('expands'), c.cf.info('all'), c.cf.INFO('empty'), c.cf.RESERVE('plain', 100),
  ],
  'insert, insertNX and their options': (c) => [
    c.cf.insert('c', ['a', 'b', 'a']), c.cf.insert('c', 'x'), c.cf.insertNX('c', ['a', 'q', 'q']), c.cf.insertNX('c', 'y'), c.cf.insert('cap', ['a'], { CAPACITY: 1000 }),
    c.cf.insertNX('capnx', 'a', { CAPACITY: 2000 }), c.cf.insert('c', ['n'], { NOCREATE: true }), c.cf.insert('nope', ['n'], { NOCREATE: true }), c.cf.insertNX('nope', ['n'], { NOCREATE: true }),
    c.cf.insertNX('c', ['m'], { CAPACITY: 10, NOCREATE: false }), c.cf.info('cap'), c.cf.info('capnx'), c.cf.INSERT('c', ['z'], {}), c.cf.INSERTNX('c', ['z'], {}), c.cf.count('c', 'a'),
  ],
  'a full filter: add, insert and insertNX fail': (c) => [
    c.cf.reserve('full', 2, { BUCKETSIZE: 1, MAXITERATIONS: 1, EXPANSION: 0 }), c.cf.insert('full', ['a', 'b', 'c', 'd', 'e', 'f']), c.cf.insertNX('full', ['g', 'h', 'i', 'j']), c.cf.add('full', 'k'), c.cf.info('full'),
  ],
  'info with type mappings': (c) => [
    c.cf.reserve('c', 100), c.cf.add('c', 'a'), asMaps(c).cf.info('c'), asArrays(c).cf.info('c'), asBuffers(c).cf.info('c'), c.withTypeMapping({ [NUMBER]: String }).cf.info('c'),
  ],
  'scanDump and loadChunk: a filter copied chunk by chunk': async (c) => {
    await c.cf.reserve('c', 100);
    await c.cf.insert('c', ['a', 'b', 'c']);
    const chunks = [];
    for (let iterator = 0; ;) {
      const chunk = await asBuffers(c).cf.scanDump('c', iterator);
      chunks.push(chunk);
      if (chunk.iterator === 0) break;
      iterator = chunk.iterator;
    }
    const loaded = [];
    for (const { iterator, chunk } of chunks.slice(0, -1)) loaded.push(await c.cf.loadChunk('copy', iterator, chunk));
    return [chunks.map((x) => ({ iterator: x.iterator, bytes: x.chunk === null ? null : x.chunk.length })), loaded, await c.cf.exists('copy', 'a'), await c.cf.count('copy', 'b'), await c.cf.info('copy')];
  },
  'scanDump without a Buffer mapping, and past the end': (c) => [
    c.cf.reserve('c', 4), c.cf.add('c', 'a'), c.cf.scanDump('c', 0), c.cf.SCANDUMP('c', 1), c.cf.scanDump('c', 1000000), c.cf.scanDump('nope', 0),
  ],
  'loadChunk with a bad chunk or iterator': (c) => [c.cf.loadChunk('c', 1, 'garbage'), c.cf.LOADCHUNK('c', 0, Buffer.from('x')), c.cf.exists('c', 'a')],
  'errors: wrong type, missing key, bad values': (c) => [
    c.set('s', 'x'), c.cf.add('s', 'a'), c.cf.addNX('s', 'a'), c.cf.exists('s', 'a'), c.cf.count('s', 'a'), c.cf.del('s', 'a'), c.cf.insert('s', ['a']), c.cf.info('s'), c.cf.info('nope'),
    c.cf.reserve('bad', 0), c.cf.reserve('bad', 100, { BUCKETSIZE: 1000 }), c.cf.insert('bad', ['a'], { CAPACITY: 0 }),
  ],
  'in a transaction and a pipeline': async (c) => [
    await c.multi().cf.reserve('c', 100).cf.add('c', 'a').cf.addNX('c', 'a').cf.insert('c', ['b', 'c']).cf.insertNX('c', ['b', 'd']).cf.exists('c', 'd').cf.count('c', 'b').cf.del('c', 'b').cf.info('c').exec(),
    await c.multi().cf.add('c', 'z').cf.info('nope').cf.scanDump('c', 0).execAsPipeline().then((replies) => replies.map((r) => (r && r.chunk !== undefined ? r.iterator : r))),
    await asArrays(c).multi().cf.info('c').cf.exists('c', 'z').exec(),
  ],
}, { stack: true });

rejectsBeforeSending('cf commands', [
  ['reserve with a text capacity', (c) => c.cf.reserve('c', 'big')],
  ['reserve with a fractional BUCKETSIZE', (c) => c.cf.reserve('c', 100, { BUCKETSIZE: 2.5 })],
  ['reserve with a null MAXITERATIONS', (c) => c.cf.reserve('c', 100, { MAXITERATIONS: null })],
  ['reserve with options that are not an object', (c) => c.cf.reserve('c', 100, ['EXPANSION', 2])],
  ['insert with a text CAPACITY', (c) => c.cf.insert('c', ['a'], { CAPACITY: 'many' })],
  ['insertNX with a NaN CAPACITY', (c) => c.cf.insertNX('c', ['a'], { CAPACITY: NaN })],
  ['scanDump with a fractional iterator', (c) => c.cf.scanDump('c', 0.5)],
  ['loadChunk with an object chunk', (c) => c.cf.loadChunk('c', 1, { data: 'x' })],
]);
