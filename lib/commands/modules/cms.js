'use strict';
// `client.cms`: RedisBloom's count-min sketch commands (CMS.*), as node-redis' @redis/bloom has them.
const { Buffer } = require('buffer');
const { value, int, decimal, list, keyThenItems, incrByItems } = require('./support/bloom-args');
const { object } = require('../transforms/required-objects');
const { INFO } = require('./support/bloom-replies');

const K = 'key: RedisArgument';

const isName = (v) => typeof v === 'string' || Buffer.isBuffer(v);

/**
 * CMS.MERGE destination numKeys source... [WEIGHTS weight...]: `sources` are names, or
 * `{ name, weight }` objects (node-redis tells them apart by the first one).
 */
function merge(destination, sources) {
  list(sources, 'CMS.MERGE sources');
  const args = ['CMS.MERGE', destination, String(sources.length)];
  if (isName(sources[0])) {
    for (const name of sources) {
      if (!isName(name)) throw new TypeError('CMS.MERGE sources must be all names or all { name, weight } objects');
      args.push(name);
    }
    return args;
  }
  const weights = [];
  for (const source of sources) {
    object(source, 'CMS.MERGE source');
    args.push(value(source.name));
    weights.push(int(source.weight, 'CMS.MERGE source weight'));
  }
  return [...args, 'WEIGHTS', ...weights];
}

module.exports = {
  namespace: 'cms',
  commands: {
    INCRBY: { method: 'incrBy', doc: 'Adds each `incrementBy` to the count of its `item` in the sketch at `key`; the new counts. CMS.INCRBY key item increment [item increment ...].', ts: `(${K}, items: BfIncrByItem | Array<BfIncrByItem>): Promise<number[]>`, build: incrByItems('CMS.INCRBY') },
    INFO: { method: 'info', doc: 'Width, depth and total count of the sketch at `key`. CMS.INFO key.', ts: `(${K}): Promise<CmsInfoReply>`, readonly: true, build: (key) => ['CMS.INFO', key], reply: INFO },
    INITBYDIM: { method: 'initByDim', doc: 'Creates a sketch of `width` counters × `depth` rows at `key`. CMS.INITBYDIM key width depth.', ts: `(${K}, width: number, depth: number): Promise<'OK'>`, build: (key, width, depth) => ['CMS.INITBYDIM', key, int(width, 'CMS.INITBYDIM width'), int(depth, 'CMS.INITBYDIM depth')] },
    INITBYPROB: {
      method: 'initByProb',
      doc: 'Creates a sketch at `key` sized for an overestimation `error` (a fraction of the total) with `probability` of exceeding it. CMS.INITBYPROB key error probability.',
      ts: `(${K}, error: number, probability: number): Promise<'OK'>`,
      build: (key, error, probability) => ['CMS.INITBYPROB', key, decimal(error, 'CMS.INITBYPROB error'), decimal(probability, 'CMS.INITBYPROB probability')],
    },
    MERGE: { method: 'merge', doc: 'Merges the `source` sketches (weighted or not) into the existing sketch `destination`. CMS.MERGE destination numKeys source [source ...] [WEIGHTS weight [weight ...]].', ts: '(destination: RedisArgument, source: BfMergeSketches): Promise<\'OK\'>', build: merge },
    QUERY: { method: 'query', doc: 'The counts of `items` in the sketch at `key`. CMS.QUERY key item [item ...].', ts: `(${K}, items: RedisVariadicArgument): Promise<number[]>`, readonly: true, build: keyThenItems('CMS.QUERY') },
  },
};
