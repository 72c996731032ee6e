'use strict';
// `client.cms` (RedisBloom's count-min sketches) through ferrodis and node-redis side by side
// (helpers/differential.js), on Redis Stack 7.4.1 (RedisBloom 2.8), RESP2 and RESP3; the commands
// written for every argument form: count-min-sketch.wire.test.js.
const redis = require('redis');
const { differential } = require('../helpers/differential');
const { rejectsBeforeSending } = require('../helpers/bad-arguments');

const { BLOB_STRING, MAP, NUMBER } = redis.RESP_TYPES;
const asMaps = (c) => c.withTypeMapping({ [MAP]: Map });
const asArrays = (c) => c.withTypeMapping({ [MAP]: Array });

differential('cms (RedisBloom count-min sketches)', {
  'initByDim, initByProb, info': (c) => [
    c.cms.initByDim('dim', 100, 5), c.cms.initByProb('prob', 0.001, 0.01), c.cms.INITBYDIM('dim2', '20', '3'), c.cms.INITBYPROB('prob2', '0.1', 0.5),
    c.cms.info('dim'), c.cms.info('prob'), c.cms.INFO('dim2'), c.cms.info('prob2'), c.cms.initByDim('dim', 10, 2),
  ],
  'incrBy (one item or many), query': (c) => [
    c.cms.initByDim('m', 100, 5), c.cms.incrBy('m', { item: 'a', incrementBy: 3 }), c.cms.incrBy('m', [{ item: 'a', incrementBy: 2 }, { item: 'b', incrementBy: 10 }, { item: Buffer.from([0, 255]), incrementBy: 1 }]),
    c.cms.INCRBY('m', [{ item: 'c', incrementBy: '4' }]), c.cms.query('m', ['a', 'b', 'z']), c.cms.query('m', 'c'), c.cms.QUERY('m', [Buffer.from([0, 255])]), c.cms.info('m'),
    c.cms.incrBy('nope', { item: 'a', incrementBy: 1 }), c.cms.query('nope', 'a'),
  ],
  'merge: plain and weighted sources': (c) => [
    c.cms.initByDim('a', 50, 4), c.cms.initByDim('b', 50, 4), c.cms.initByDim('sum', 50, 4), c.cms.initByDim('weighted', 50, 4), c.cms.initByDim('bufs', 50, 4),
    c.cms.incrBy('a', [{ item: 'x', incrementBy: 1 }, { item: 'y', incrementBy: 2 }]), c.cms.incrBy('b', { item: 'x', incrementBy: 5 }),
    c.cms.merge('sum', ['a', 'b']), c.cms.merge('weighted', [{ name: 'a', weight: 3 }, { name: 'b', weight: '-1' }]), c.cms.MERGE('bufs', [Buffer.from('a')]),
    c.cms.query('sum', ['x', 'y']), c.cms.query('weighted', ['x', 'y']), c.cms.query('bufs', 'y'), c.cms.info('sum'),
    c.cms.merge('nope', ['a']), c.cms.merge('sum', ['a', 'nope']), c.cms.merge('sum', []),
  ],
  'info with type mappings': (c) => [
    c.cms.initByDim('m', 10, 2), c.cms.incrBy('m', { item: 'a', incrementBy: 7 }),
    asMaps(c).cms.info('m'), asArrays(c).cms.info('m'), c.withTypeMapping({ [BLOB_STRING]: Buffer }).cms.info('m'), c.withTypeMapping({ [NUMBER]: String }).cms.info('m'),
    c.withTypeMapping({ [NUMBER]: String }).cms.query('m', 'a'), c.withTypeMapping({ [BLOB_STRING]: Buffer }).cms.incrBy('m', { item: 'a', incrementBy: 1 }),
  ],
  'errors: wrong type, missing key, bad values': (c) => [
    c.set('s', 'x'), c.cms.incrBy('s', { item: 'a', incrementBy: 1 }), c.cms.query('s', 'a'), c.cms.info('s'), c.cms.info('nope'), c.cms.initByDim('bad', 0, 5), c.cms.initByProb('bad', 2, 0.5),
    c.cms.initByDim('m', 10, 2), c.cms.initByDim('other', 20, 2), c.cms.merge('m', ['other']), c.cms.incrBy('m', { item: 'a', incrementBy: -1 }),
  ],
  'in a transaction and a pipeline': async (c) => [
    await c.multi().cms.initByDim('m', 10, 2).cms.incrBy('m', [{ item: 'a', incrementBy: 2 }]).cms.query('m', ['a', 'b']).cms.info('m').cms.initByProb('p', 0.01, 0.01).cms.merge('p', ['m']).exec(),
    await c.multi().cms.incrBy('m', { item: 'b', incrementBy: 1 }).cms.info('nope').cms.query('m', 'b').execAsPipeline(),
    await asMaps(c).multi().cms.info('m').exec(),
  ],
}, { stack: true });

rejectsBeforeSending('cms commands', [
  ['initByDim with a fractional width', (c) => c.cms.initByDim('m', 10.5, 2)],
  ['initByDim without a depth', (c) => c.cms.initByDim('m', 10)],
  ['initByProb with a text error', (c) => c.cms.initByProb('m', 'tiny', 0.1)],
  ['incrBy without items', (c) => c.cms.incrBy('m')],
  ['incrBy with a fractional incrementBy', (c) => c.cms.incrBy('m', { item: 'a', incrementBy: 1.5 })],
  ['incrBy with a null item in the list', (c) => c.cms.incrBy('m', [{ item: 'a', incrementBy: 1 }, null])],
  ['merge with one name, not an array', (c) => c.cms.merge('m', 'src')],
  ['merge mixing names and weighted sources', (c) => c.cms.merge('m', ['a', { name: 'b', weight: 1 }])],
  ['merge with a fractional weight', (c) => c.cms.merge('m', [{ name: 'a', weight: 0.5 }])],
]);
