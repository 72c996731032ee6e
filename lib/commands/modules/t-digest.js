'use strict';
// `client.tDigest`: RedisBloom's t-digest commands (TDIGEST.*), as node-redis' @redis/bloom has
// them. Doubles come back as numbers ('nan', 'inf', '-inf' as NaN and ±Infinity) unless DOUBLE
// maps to String.
const { int, decimal, options, withVariadic, keyThenNumbers, pushValued, pushFlags } = require('./support/bloom-args');
const { INFO, DOUBLE, DOUBLES } = require('./support/bloom-replies');

const K = 'key: RedisArgument';

function create(key, opts) {
  const args = ['TDIGEST.CREATE', key];
  if (options(opts, 'TDIGEST.CREATE options')) pushValued(args, opts, ['COMPRESSION'], int, 'TDIGEST.CREATE');
  return args;
}

/** TDIGEST.MERGE destination numKeys source... [COMPRESSION c] [OVERRIDE]. */
function merge(destination, sources, opts) {
  const keys = withVariadic([], sources);
  const args = ['TDIGEST.MERGE', destination, String(keys.length), ...keys];
  if (options(opts, 'TDIGEST.MERGE options')) {
    pushValued(args, opts, ['COMPRESSION'], int, 'TDIGEST.MERGE');
    pushFlags(args, opts, ['OVERRIDE']);
  }
  return args;
}

const readonly = true;
const numbers = (what) => `(${K}, ${what}: Array<number>)`;

module.exports = {
  namespace: 'tDigest',
  commands: {
    ADD: { method: 'add', doc: 'Adds observations to the t-digest at `key`. TDIGEST.ADD key value [value ...].', ts: `${numbers('values')}: Promise<'OK'>`, build: keyThenNumbers('TDIGEST.ADD', 'values') },
    BYRANK: { method: 'byRank', doc: 'The value of each rank (0: the smallest; inf past the last). TDIGEST.BYRANK key rank [rank ...].', ts: `${numbers('ranks')}: Promise<DoubleReply[]>`, readonly, build: keyThenNumbers('TDIGEST.BYRANK', 'ranks', int), reply: DOUBLES },
    BYREVRANK: { method: 'byRevRank', doc: 'The value of each reverse rank (0: the largest; -inf past the last). TDIGEST.BYREVRANK key reverse_rank [reverse_rank ...].', ts: `${numbers('ranks')}: Promise<DoubleReply[]>`, readonly, build: keyThenNumbers('TDIGEST.BYREVRANK', 'ranks', int), reply: DOUBLES },
    CDF: { method: 'cdf', doc: 'The fraction of observations at or below each value (NaN when empty). TDIGEST.CDF key value [value ...].', ts: `${numbers('values')}: Promise<DoubleReply[]>`, readonly, build: keyThenNumbers('TDIGEST.CDF', 'values'), reply: DOUBLES },
    CREATE: { method: 'create', doc: 'Creates an empty t-digest at `key`. TDIGEST.CREATE key [COMPRESSION c].', ts: `(${K}, options?: TDigestCreateOptions): Promise<'OK'>`, build: create },
    INFO: { method: 'info', doc: 'Compression, capacity, nodes, weights, observations... of the t-digest at `key`. TDIGEST.INFO key.', ts: `(${K}): Promise<TDigestInfoReply>`, readonly, build: (key) => ['TDIGEST.INFO', key], reply: INFO },
    MAX: { method: 'max', doc: 'The largest observation (NaN when empty). TDIGEST.MAX key.', ts: `(${K}): Promise<DoubleReply>`, readonly, build: (key) => ['TDIGEST.MAX', key], reply: DOUBLE },
    MERGE: { method: 'merge', doc: 'Merges the `source` t-digests into `destination`. TDIGEST.MERGE destination numKeys source [source ...] [COMPRESSION c] [OVERRIDE].', ts: '(destination: RedisArgument, source: RedisVariadicArgument, options?: TDigestMergeOptions): Promise<\'OK\'>', build: merge },
    MIN: { method: 'min', doc: 'The smallest observation (NaN when empty). TDIGEST.MIN key.', ts: `(${K}): Promise<DoubleReply>`, readonly, build: (key) => ['TDIGEST.MIN', key], reply: DOUBLE },
    QUANTILE: { method: 'quantile', doc: 'The estimated value at each quantile (0 to 1). TDIGEST.QUANTILE key quantile [quantile ...].', ts: `${numbers('quantiles')}: Promise<DoubleReply[]>`, readonly, build: keyThenNumbers('TDIGEST.QUANTILE', 'quantiles'), reply: DOUBLES },
    RANK: { method: 'rank', doc: 'The estimated rank of each value (-1 below the smallest, -2 when empty). TDIGEST.RANK key value [value ...].', ts: `${numbers('values')}: Promise<number[]>`, readonly, build: keyThenNumbers('TDIGEST.RANK', 'values') },
    RESET: { method: 'reset', doc: 'Empties the t-digest at `key`. TDIGEST.RESET key.', ts: `(${K}): Promise<'OK'>`, build: (key) => ['TDIGEST.RESET', key] },
    REVRANK: { method: 'revRank', doc: 'The estimated reverse rank of each value. TDIGEST.REVRANK key value [value ...].', ts: `${numbers('values')}: Promise<number[]>`, readonly, build: keyThenNumbers('TDIGEST.REVRANK', 'values') },
    TRIMMED_MEAN: {
      method: 'trimmedMean',
      doc: 'The mean of the observations between two quantiles (0 to 1). TDIGEST.TRIMMED_MEAN key low_cut_quantile high_cut_quantile.',
      ts: `(${K}, lowCutPercentile: number, highCutPercentile: number): Promise<DoubleReply>`,
      readonly,
      build: (key, low, high) => ['TDIGEST.TRIMMED_MEAN', key, decimal(low, 'TDIGEST.TRIMMED_MEAN lowCutPercentile'), decimal(high, 'TDIGEST.TRIMMED_MEAN highCutPercentile')],
      reply: DOUBLE,
    },
  },
};
