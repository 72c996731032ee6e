'use strict';
// `client.topK`: RedisBloom's top-k commands (TOPK.*), as node-redis' @redis/bloom has them.
const { int, decimal, options, keyThenItems, incrByItems } = require('./support/bloom-args');
const { TOPK_INFO, BOOLEANS, itemsWithCount } = require('./support/bloom-replies');

const K = 'key: RedisArgument';

/** TOPK.RESERVE key topk [width depth decay]: the three come together, or not at all. */
function reserve(key, topK, opts) {
  const args = ['TOPK.RESERVE', key, int(topK, 'TOPK.RESERVE topK')];
  if (options(opts, 'TOPK.RESERVE options')) {
    args.push(int(opts.width, 'TOPK.RESERVE width'), int(opts.depth, 'TOPK.RESERVE depth'), decimal(opts.decay, 'TOPK.RESERVE decay'));
  }
  return args;
}

const EXPELLED = 'Promise<Array<string | null>>';

module.exports = {
  namespace: 'topK',
  commands: {
    ADD: { method: 'add', doc: 'Adds `items` to the top-k at `key`; for each, the item it pushed out of the list, or null. TOPK.ADD key item [item ...].', ts: `(${K}, items: RedisVariadicArgument): ${EXPELLED}`, build: keyThenItems('TOPK.ADD') },
    // node-redis marks TOPK.COUNT read-only; the server flags it as a write.
    COUNT: { method: 'count', doc: 'The estimated counts of `items` in the top-k at `key`. TOPK.COUNT key item [item ...].', ts: `(${K}, items: RedisVariadicArgument): Promise<number[]>`, build: keyThenItems('TOPK.COUNT') },
    INCRBY: { method: 'incrBy', doc: 'Adds each `incrementBy` to the score of its `item`; for each, the item it pushed out of the list, or null. TOPK.INCRBY key item increment [item increment ...].', ts: `(${K}, items: TopKIncrByItem | Array<TopKIncrByItem>): ${EXPELLED}`, build: incrByItems('TOPK.INCRBY') },
    INFO: { method: 'info', doc: 'k, width, depth and decay of the top-k at `key`. TOPK.INFO key.', ts: `(${K}): Promise<TopKInfoReply>`, readonly: true, build: (key) => ['TOPK.INFO', key], reply: TOPK_INFO },
    LIST: { method: 'list', doc: 'The items of the top-k at `key`, highest first. TOPK.LIST key.', ts: `(${K}): Promise<string[]>`, readonly: true, build: (key) => ['TOPK.LIST', key] },
    LIST_WITHCOUNT: { method: 'listWithCount', doc: 'The items of the top-k at `key` with their counts, highest first. TOPK.LIST key WITHCOUNT.', ts: `(${K}): Promise<Array<{ item: string; count: number }>>`, readonly: true, build: (key) => ['TOPK.LIST', key, 'WITHCOUNT'], reply: itemsWithCount },
    // node-redis leaves TOPK.QUERY unmarked; it reads (the server's flag).
    QUERY: { method: 'query', doc: 'Whether each of `items` is in the top-k at `key`. TOPK.QUERY key item [item ...].', ts: `(${K}, items: RedisVariadicArgument): Promise<boolean[]>`, readonly: true, build: keyThenItems('TOPK.QUERY'), reply: BOOLEANS },
    RESERVE: { method: 'reserve', doc: 'Creates an empty top-k of `topK` items at `key`. TOPK.RESERVE key topk [width depth decay].', ts: `(${K}, topK: number, options?: TopKReserveOptions): Promise<'OK'>`, build: reserve },
  },
};
