'use strict';
// `client.tDigest` (RedisBloom's t-digest) through ferrodis and node-redis side by side
// (helpers/differential.js), on Redis Stack 7.4.1 (RedisBloom 2.8), RESP2 and RESP3: doubles
// ('nan', 'inf', '-inf' included) with and without DOUBLE mapped to String. The commands written
// for every option: t-digest.wire.test.js.
const redis = require('redis');
const { differential } = require('../helpers/differential');
const { rejectsBeforeSending } = require('../helpers/bad-arguments');

const { BLOB_STRING, MAP, NUMBER, DOUBLE } = redis.RESP_TYPES;
const asMaps = (c) => c.withTypeMapping({ [MAP]: Map });
const asArrays = (c) => c.withTypeMapping({ [MAP]: Array });
const asText = (c) => c.withTypeMapping({ [DOUBLE]: String });

const seed = (c) => [c.tDigest.create('d'), c.tDigest.add('d', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10.5])];

differential('tDigest (RedisBloom t-digest)', {
  'create and its option, add, info': (c) => [
    c.tDigest.create('d'), c.tDigest.create('small', { COMPRESSION: 50 }), c.tDigest.CREATE('str', { COMPRESSION: '200' }), c.tDigest.create('empty', {}),
    c.tDigest.add('d', [1, 2.5, -3]), c.tDigest.ADD('d', ['4', 1e-3]), c.tDigest.info('d'), c.tDigest.info('small'), c.tDigest.INFO('str'), c.tDigest.info('empty'), c.tDigest.create('d'),
  ],
  'min, max, trimmedMean': (c) => [
    ...seed(c), c.tDigest.min('d'), c.tDigest.max('d'), c.tDigest.MIN('d'), c.tDigest.MAX('d'), c.tDigest.trimmedMean('d', 0.1, 0.9), c.tDigest.TRIMMED_MEAN('d', 0, 1), c.tDigest.trimmedMean('d', '0.2', '0.5'),
  ],
  'quantile, cdf, rank, revRank, byRank, byRevRank': (c) => [
    ...seed(c), c.tDigest.quantile('d', [0, 0.5, 1]), c.tDigest.QUANTILE('d', [0.25]), c.tDigest.cdf('d', [0, 5, 100]), c.tDigest.CDF('d', [Infinity, -Infinity]),
    c.tDigest.rank('d', [0, 5, 100]), c.tDigest.RANK('d', [Infinity]), c.tDigest.revRank('d', [0, 5, 100]), c.tDigest.REVRANK('d', [-Infinity]),
    c.tDigest.byRank('d', [0, 5, 9, 10, 100]), c.tDigest.BYRANK('d', ['3']), c.tDigest.byRevRank('d', [0, 5, 9, 10, 100]), c.tDigest.BYREVRANK('d', [1]),
  ],
  'an empty t-digest: nan, and ranks -2': (c) => [
    c.tDigest.create('d'), c.tDigest.min('d'), c.tDigest.max('d'), c.tDigest.trimmedMean('d', 0.1, 0.9), c.tDigest.quantile('d', [0.5, 1]), c.tDigest.cdf('d', [1]),
    c.tDigest.rank('d', [1, 2]), c.tDigest.revRank('d', [1]), c.tDigest.byRank('d', [0]), c.tDigest.byRevRank('d', [0, 1]),
  ],
  'doubles with DOUBLE mapped to String': (c) => [
    ...seed(c), c.tDigest.create('empty'), asText(c).tDigest.min('d'), asText(c).tDigest.max('d'), asText(c).tDigest.min('empty'), asText(c).tDigest.trimmedMean('d', 0.1, 0.9),
    asText(c).tDigest.quantile('d', [0, 0.5]), asText(c).tDigest.cdf('d', [5]), asText(c).tDigest.byRank('d', [0, 100]), asText(c).tDigest.byRevRank('d', [100]), asText(c).tDigest.quantile('empty', [0.5]),
    c.withTypeMapping({ [BLOB_STRING]: Buffer }).tDigest.min('d'), c.withTypeMapping({ [BLOB_STRING]: Buffer, [DOUBLE]: String }).tDigest.quantile('d', [0.5]),
  ],
  'merge and its options': (c) => [
    ...seed(c), c.tDigest.create('e', { COMPRESSION: 50 }), c.tDigest.add('e', [100, 200]), c.tDigest.merge('all', ['d', 'e']), c.tDigest.merge('one', 'd'),
    c.tDigest.merge('compressed', ['d'], { COMPRESSION: 40 }), c.tDigest.merge('all', 'e', { OVERRIDE: true }), c.tDigest.MERGE('all2', ['d', 'e'], { COMPRESSION: 300, OVERRIDE: true }),
    c.tDigest.merge('e', ['d'], { OVERRIDE: false }), c.tDigest.merge('x', ['d'], {}), c.tDigest.info('all'), c.tDigest.info('one'), c.tDigest.info('compressed'), c.tDigest.info('all2'), c.tDigest.max('e'),
    c.tDigest.merge('bad', ['nope']),
  ],
  'reset': (c) => [...seed(c), c.tDigest.reset('d'), c.tDigest.min('d'), c.tDigest.info('d'), c.tDigest.RESET('d'), c.tDigest.reset('nope')],
  'info with type mappings': (c) => [
    ...seed(c), asMaps(c).tDigest.info('d'), asArrays(c).tDigest.info('d'), c.withTypeMapping({ [BLOB_STRING]: Buffer }).tDigest.info('d'), c.withTypeMapping({ [NUMBER]: String }).tDigest.info('d'),
    c.withTypeMapping({ [NUMBER]: String }).tDigest.rank('d', [5]),
  ],
  'errors: wrong type, missing key, bad values': (c) => [
    c.set('s', 'x'), c.tDigest.add('s', [1]), c.tDigest.min('s'), c.tDigest.info('s'), c.tDigest.min('nope'), c.tDigest.quantile('nope', [0.5]), c.tDigest.info('nope'),
    c.tDigest.create('d'), c.tDigest.add('d', [Infinity]), c.tDigest.add('d', []), c.tDigest.quantile('d', [2]), c.tDigest.trimmedMean('d', 0.9, 0.1), c.tDigest.byRank('d', [-1]),
    c.tDigest.create('bad', { COMPRESSION: 0 }),
  ],
  'in a transaction and a pipeline': async (c) => [
    await c.multi().tDigest.create('d').tDigest.add('d', [1, 2, 3]).tDigest.min('d').tDigest.max('d').tDigest.quantile('d', [0.5]).tDigest.cdf('d', [2]).tDigest.rank('d', [2])
      .tDigest.revRank('d', [2]).tDigest.byRank('d', [0]).tDigest.byRevRank('d', [0]).tDigest.trimmedMean('d', 0, 1).tDigest.info('d').tDigest.merge('m', 'd').tDigest.reset('d').tDigest.min('d').exec(),
    await c.multi().tDigest.add('d', [5]).tDigest.min('nope').tDigest.max('d').execAsPipeline(),
    await asText(c).multi().tDigest.min('d').tDigest.quantile('d', [1]).exec(),
  ],
}, { stack: true });

rejectsBeforeSending('tDigest commands', [
  ['add with one number, not an array', (c) => c.tDigest.add('d', 5)],
  ['add with a NaN value', (c) => c.tDigest.add('d', [1, NaN])],
  ['add with text', (c) => c.tDigest.add('d', ['many'])],
  ['byRank with a fractional rank', (c) => c.tDigest.byRank('d', [1.5])],
  ['byRevRank without ranks', (c) => c.tDigest.byRevRank('d')],
  ['quantile with a null quantile', (c) => c.tDigest.quantile('d', [null])],
  ['cdf with an object', (c) => c.tDigest.cdf('d', [{}])],
  ['rank with a string, not an array', (c) => c.tDigest.rank('d', '5')],
  ['trimmedMean without a high cut', (c) => c.tDigest.trimmedMean('d', 0.1)],
  ['create with a fractional COMPRESSION', (c) => c.tDigest.create('d', { COMPRESSION: 1.5 })],
  ['create with options that are not an object', (c) => c.tDigest.create('d', 100)],
  ['merge with a text COMPRESSION', (c) => c.tDigest.merge('d', ['a'], { COMPRESSION: 'high' })],
]);
