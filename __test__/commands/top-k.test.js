'use strict';
// `client.topK` (RedisBloom's top-k) through ferrodis and node-redis side by side
// (helpers/differential.js), on Redis Stack 7.4.1 (RedisBloom 2.8), RESP2 and RESP3; the commands
// written for every argument form: top-k.wire.test.js. Items are counted with distinct counts so
// that the list's order is the same every time.
const redis = require('redis');
const { differential } = require('../helpers/differential');
const { rejectsBeforeSending } = require('../helpers/bad-arguments');

const { BLOB_STRING, MAP, NUMBER, DOUBLE } = redis.RESP_TYPES;
const asBuffers = (c) => c.withTypeMapping({ [BLOB_STRING]: Buffer });
const asMaps = (c) => c.withTypeMapping({ [MAP]: Map });
const asArrays = (c) => c.withTypeMapping({ [MAP]: Array });

const seed = (c) => [
  c.topK.reserve('t', 3), c.topK.incrBy('t', [{ item: 'a', incrementBy: 30 }, { item: 'b', incrementBy: 20 }, { item: 'c', incrementBy: 10 }]),
];

differential('topK (RedisBloom top-k)', {
  'reserve and its options, info': (c) => [
    c.topK.reserve('plain', 5), c.topK.reserve('tuned', 10, { width: 50, depth: 4, decay: 0.95 }), c.topK.RESERVE('strings', '2', { width: '8', depth: '3', decay: '0.5' }),
    c.topK.info('plain'), c.topK.info('tuned'), c.topK.INFO('strings'), c.topK.reserve('plain', 5),
  ],
  'add (one item or many), query, count': (c) => [
    c.topK.reserve('t', 2), c.topK.add('t', ['a', 'b', 'a']), c.topK.add('t', 'c'), c.topK.ADD('t', [Buffer.from([0, 255])]), c.topK.query('t', ['a', 'z']), c.topK.query('t', 'a'),
    c.topK.QUERY('t', ['b']), c.topK.count('t', ['a', 'b', 'z']), c.topK.COUNT('t', 'a'),
  ],
  'incrBy (one item or many): the items pushed out': (c) => [
    c.topK.reserve('t', 2), c.topK.incrBy('t', { item: 'a', incrementBy: 5 }), c.topK.incrBy('t', [{ item: 'b', incrementBy: 3 }, { item: 'c', incrementBy: 50 }]),
    c.topK.INCRBY('t', [{ item: 'd', incrementBy: '100' }]), c.topK.list('t'), c.topK.count('t', ['a', 'c', 'd']),
  ],
  'list, listWithCount': (c) => [
    ...seed(c), c.topK.list('t'), c.topK.LIST('t'), c.topK.listWithCount('t'), c.topK.LIST_WITHCOUNT('t'), asBuffers(c).topK.list('t'), asBuffers(c).topK.listWithCount('t'),
    c.topK.reserve('empty', 3), c.topK.list('empty'), c.topK.listWithCount('empty'), c.withTypeMapping({ [NUMBER]: String }).topK.listWithCount('t'),
  ],
  'info with type mappings': (c) => [
    c.topK.reserve('t', 3, { width: 10, depth: 3, decay: 0.925 }), asMaps(c).topK.info('t'), asArrays(c).topK.info('t'), asBuffers(c).topK.info('t'),
    c.withTypeMapping({ [DOUBLE]: String }).topK.info('t'), c.withTypeMapping({ [DOUBLE]: String, [MAP]: Array }).topK.info('t'), c.withTypeMapping({ [NUMBER]: String, [MAP]: Map }).topK.info('t'),
    asBuffers(c).topK.add('t', ['x', 'y']), c.withTypeMapping({ [NUMBER]: String }).topK.count('t', 'x'),
  ],
  'errors: wrong type, missing key, bad values': (c) => [
    c.set('s', 'x'), c.topK.add('s', 'a'), c.topK.query('s', 'a'), c.topK.count('s', 'a'), c.topK.list('s'), c.topK.info('s'), c.topK.listWithCount('s'),
    c.topK.add('nope', 'a'), c.topK.info('nope'), c.topK.list('nope'), c.topK.reserve('bad', 0), c.topK.reserve('bad', 2, { width: 8, depth: 7, decay: 2 }),
    c.topK.reserve('t', 2), c.topK.incrBy('t', { item: 'a', incrementBy: -1 }),
  ],
  'in a transaction and a pipeline': async (c) => [
    await c.multi().topK.reserve('t', 2).topK.add('t', ['a', 'a', 'b']).topK.incrBy('t', { item: 'c', incrementBy: 9 }).topK.query('t', ['a', 'c']).topK.count('t', 'c')
      .topK.list('t').topK.listWithCount('t').topK.info('t').exec(),
    await c.multi().topK.add('t', 'd').topK.info('nope').topK.listWithCount('t').execAsPipeline(),
    await asArrays(c).multi().topK.info('t').exec(),
  ],
}, { stack: true });

rejectsBeforeSending('topK commands', [
  ['reserve with a fractional k', (c) => c.topK.reserve('t', 2.5)],
  ['reserve with an empty options object', (c) => c.topK.reserve('t', 2, {})],
  ['reserve with a text decay', (c) => c.topK.reserve('t', 2, { width: 8, depth: 7, decay: 'slow' })],
  ['reserve with options that are not an object', (c) => c.topK.reserve('t', 2, 8)],
  ['incrBy with a missing incrementBy', (c) => c.topK.incrBy('t', { item: 'a' })],
  ['incrBy with a string, not an item', (c) => c.topK.incrBy('t', 'a')],
]);
