'use strict';
const { Buffer } = require('buffer');
const { value, int, double, bound, oneOf, options, choice, variadic, withVariadic } = require('./args');
const replies = require('./replies');
const { decimal, blockingPop, scanArguments, scanReply } = require('./transforms/collections');
const { object } = require('./transforms/required-objects');

// ---- arguments ----------------------------------------------------------------------------

function pushMember(args, member) {
  args.push(double(object(member, 'ZADD member').score, 'ZADD member score'), value(member.value));
}

function pushMembers(args, members) {
  if (Array.isArray(members)) members.forEach((m) => pushMember(args, m));
  else pushMember(args, members);
  return args;
}

function zAdd(key, members, opts) {
  const args = ['ZADD', key];
  if (options(opts, 'ZADD options')) {
    const condition = choice(opts, 'condition', ['NX', 'XX'], 'ZADD');
    const comparison = choice(opts, 'comparison', ['LT', 'GT'], 'ZADD');
    if (condition) args.push(condition);
    if (comparison) args.push(comparison);
    if (opts.CH) args.push('CH');
  }
  return pushMembers(args, members);
}

// ZADD ... INCR takes only the `condition`/`comparison` spellings, as in node-redis.
function zAddIncr(key, members, opts) {
  const args = ['ZADD', key];
  if (options(opts, 'ZADD options')) {
    if (opts.condition) args.push(oneOf(opts.condition, ['NX', 'XX'], 'ZADD condition'));
    if (opts.comparison) args.push(oneOf(opts.comparison, ['LT', 'GT'], 'ZADD comparison'));
    if (opts.CH) args.push('CH');
  }
  args.push('INCR');
  return pushMembers(args, members);
}

/** `numkeys key...` (ZDIFF, ZMPOP, ZINTERCARD...). */
function keysWithLength(keys) {
  const list = variadic(keys);
  return [String(list.length), ...list];
}

function isPlainKey(key) {
  return typeof key === 'string' || Buffer.isBuffer(key);
}

/**
 * ZINTER/ZUNION keys: `key | [key...]` or `{ key, weight } | [{ key, weight }...]` → `numkeys
 * key... [WEIGHTS w...]`. As in node-redis, the first element decides which form a list is.
 */
function zKeys(keys, what) {
  const list = Array.isArray(keys) ? keys : [keys];
  const args = [String(list.length)];
  if (list.length === 0) return args;
  if (isPlainKey(list[0])) return args.concat(list);
  const items = list.map((item) => object(item, `${what} key`));
  return args.concat(items.map((i) => i.key), 'WEIGHTS', items.map((i) => double(i.weight, `${what} weight`)));
}

function zCombine(name, destination, keys, opts) {
  const args = destination === undefined ? [name] : [name, destination];
  args.push(...zKeys(keys, name));
  if (options(opts, `${name} options`) && opts.AGGREGATE) args.push('AGGREGATE', oneOf(opts.AGGREGATE, ['SUM', 'MIN', 'MAX'], `${name} AGGREGATE`));
  return args;
}

function pushLimit(args, limit, what) {
  if (!limit) return args;
  options(limit, `${what} LIMIT`);
  args.push('LIMIT', int(limit.offset, `${what} LIMIT.offset`), int(limit.count, `${what} LIMIT.count`));
  return args;
}

/** ZRANGE and ZRANGESTORE: `min max [BYSCORE|BYLEX] [REV] [LIMIT offset count]`. */
function rangeArgs(args, min, max, opts, what) {
  args.push(bound(min, `${what} min`), bound(max, `${what} max`));
  if (!options(opts, `${what} options`)) return args;
  if (opts.BY) args.push(`BY${oneOf(opts.BY, ['SCORE', 'LEX'], `${what} BY`)}`);
  if (opts.REV) args.push('REV');
  return pushLimit(args, opts.LIMIT, what);
}

/** ZRANGEBYSCORE and ZRANGEBYLEX: `min max [LIMIT offset count]`. */
function rangeBy(name) {
  return (key, min, max, opts) => {
    const args = [name, key, bound(min, `${name} min`), bound(max, `${name} max`)];
    return pushLimit(args, options(opts, `${name} options`)?.LIMIT, name);
  };
}

function zMPopArgs(keys, side, opts) {
  const args = [...keysWithLength(keys), oneOf(side, ['MIN', 'MAX'], 'ZMPOP side')];
  if (options(opts, 'ZMPOP options')?.COUNT) args.push('COUNT', int(opts.COUNT, 'ZMPOP COUNT'));
  return args;
}

function zInterCard(keys, opts) {
  const args = ['ZINTERCARD', ...keysWithLength(keys)];
  // node-redis still accepts the limit as a bare number (its v4 form).
  if (typeof opts === 'number') args.push('LIMIT', int(opts, 'ZINTERCARD limit'));
  else if (options(opts, 'ZINTERCARD options')?.LIMIT) args.push('LIMIT', int(opts.LIMIT, 'ZINTERCARD LIMIT'));
  return args;
}

// ---- replies ------------------------------------------------------------------------------

const identity = (x) => x;

/**
 * `{ 2, 3 }` transforms for replies holding scores: RESP2 sends a score as text (a number
 * unless DOUBLE maps to String), RESP3 as a double the decoder has already read.
 */
function scored(shape, resp2Score = replies.double) {
  return { 2: (reply, typeMapping) => shape(reply, (s) => resp2Score(s, typeMapping)), 3: (reply) => shape(reply, identity) };
}

const memberScore = (score) => ([value, s]) => ({ value, score: score(s) });

/** `{ value, score }[]`: RESP2 sends WITHSCORES as a flat list, RESP3 as [member, score] pairs. */
const SORTED_SET = {
  2: (reply, typeMapping) => {
    const members = [];
    for (let i = 0; i < reply.length; i += 2) members.push({ value: reply[i], score: replies.double(reply[i + 1], typeMapping) });
    return members;
  },
  3: (reply) => reply.map(memberScore(identity)),
};

const POPPED = scored((reply, score) => (reply.length === 0 ? null : { value: reply[0], score: score(reply[1]) }));
const BLOCK_POPPED = scored((reply, score) => (reply === null ? null : { key: reply[0], value: reply[1], score: score(reply[2]) }));
const MULTI_POPPED = scored((reply, score) => (reply === null ? null : { key: reply[0], members: reply[1].map(memberScore(score)) }));
// node-redis reads this score with Number() whatever the type mapping says.
const RANK_WITH_SCORE = scored((reply, score) => (reply === null ? null : { rank: reply[0], score: score(reply[1]) }), Number);
const SCORES = { 2: (reply, typeMapping) => reply.map((s) => replies.double(s, typeMapping)) };
// node-redis shapes ZSCAN's members the RESP2 way for both protocols, without the type mapping.
const SCAN = scanReply('members', (members) => SORTED_SET[2](members));

// ---- the table ----------------------------------------------------------------------------

/** A `..._WITHSCORES` twin of a definition: same arguments plus WITHSCORES, `{ value, score }[]`. */
function withScores(base, method, ts) {
  return { ...base, method, ts, build: (...a) => [...base.build(...a), 'WITHSCORES'], reply: SORTED_SET };
}

const K = 'key: RedisArgument';
const BOUND = 'RedisArgument | number';
const MEMBERS = 'Promise<Array<SortedSetMemberReply>>';

const ZRANGE = { method: 'zRange', doc: 'Members of the sorted set at `key` between `min` and `max` (by rank, or BYSCORE / BYLEX, REV, LIMIT). ZRANGE key min max.', ts: `(${K}, min: ${BOUND}, max: ${BOUND}, options?: ZRangeOptions): Promise<string[]>`, readonly: true, build: (key, min, max, opts) => rangeArgs(['ZRANGE', key], min, max, opts, 'ZRANGE') };
const ZRANGEBYSCORE = { method: 'zRangeByScore', ts: `(${K}, min: string | number, max: string | number, options?: ZRangeByScoreOptions): Promise<string[]>`, readonly: true, build: rangeBy('ZRANGEBYSCORE') };
const ZDIFF = { method: 'zDiff', ts: '(keys: RedisVariadicArgument): Promise<string[]>', readonly: true, firstKey: 2, build: (keys) => ['ZDIFF', ...keysWithLength(keys)] };
const ZINTER = { method: 'zInter', ts: '(keys: ZKeys, options?: ZInterOptions): Promise<string[]>', readonly: true, firstKey: 2, build: (keys, opts) => zCombine('ZINTER', undefined, keys, opts) };
const ZUNION = { method: 'zUnion', ts: '(keys: ZKeys, options?: ZUnionOptions): Promise<string[]>', readonly: true, firstKey: 2, build: (keys, opts) => zCombine('ZUNION', undefined, keys, opts) };
const ZRANDMEMBER_COUNT = { method: 'zRandMemberCount', ts: `(${K}, count: number): Promise<string[]>`, readonly: true, build: (key, count) => ['ZRANDMEMBER', key, int(count, 'ZRANDMEMBER count')] };
const ZRANK = { method: 'zRank', ts: `(${K}, member: RedisArgument): Promise<number | null>`, readonly: true, build: (key, member) => ['ZRANK', key, value(member)] };

module.exports = {
  ZADD: { method: 'zAdd', doc: 'Adds members with their scores to the sorted set at `key` (or updates their scores); how many were new. ZADD key score member [score member ...].', ts: `(${K}, members: ZMember | ZMember[], options?: ZAddOptions): Promise<number>`, build: zAdd, reply: replies.double },
  ZADD_INCR: { method: 'zAddIncr', ts: `(${K}, members: ZMember | ZMember[], options?: ZAddIncrOptions): Promise<DoubleReply | null>`, build: zAddIncr, reply: replies.double },
  ZINCRBY: { method: 'zIncrBy', doc: 'Adds `increment` to the score of `member` in the sorted set at `key`; the new score. ZINCRBY key increment member.', ts: `(${K}, increment: number, member: RedisArgument): Promise<DoubleReply>`, build: (key, inc, member) => ['ZINCRBY', key, double(inc, 'ZINCRBY increment'), value(member)], reply: replies.double },
  ZCARD: { method: 'zCard', ts: `(${K}): Promise<number>`, readonly: true, build: (key) => ['ZCARD', key] },
  ZCOUNT: { method: 'zCount', ts: `(${K}, min: ${BOUND}, max: ${BOUND}): Promise<number>`, readonly: true, build: (key, min, max) => ['ZCOUNT', key, bound(min, 'ZCOUNT min'), bound(max, 'ZCOUNT max')] },
  ZLEXCOUNT: { method: 'zLexCount', ts: `(${K}, min: RedisArgument, max: RedisArgument): Promise<number>`, readonly: true, build: (key, min, max) => ['ZLEXCOUNT', key, value(min), value(max)] },
  ZSCORE: { method: 'zScore', doc: 'The score of `member` in the sorted set at `key`, or null. ZSCORE key member.', ts: `(${K}, member: RedisArgument): Promise<DoubleReply | null>`, readonly: true, build: (key, member) => ['ZSCORE', key, value(member)], reply: replies.double },
  ZMSCORE: { method: 'zmScore', ts: `(${K}, member: RedisVariadicArgument): Promise<Array<DoubleReply | null>>`, readonly: true, build: (key, members) => withVariadic(['ZMSCORE', key], members), reply: SCORES },
  ZRANK,
  ZRANK_WITHSCORE: { ...ZRANK, method: 'zRankWithScore', ts: `(${K}, member: RedisArgument): Promise<{ rank: number; score: DoubleReply } | null>`, build: (key, member) => [...ZRANK.build(key, member), 'WITHSCORE'], reply: RANK_WITH_SCORE },
  ZREVRANK: { method: 'zRevRank', ts: `(${K}, member: RedisArgument): Promise<number | null>`, readonly: true, build: (key, member) => ['ZREVRANK', key, value(member)] },
  ZREM: { method: 'zRem', ts: `(${K}, member: RedisVariadicArgument): Promise<number>`, build: (key, members) => withVariadic(['ZREM', key], members) },
  ZREMRANGEBYLEX: { method: 'zRemRangeByLex', ts: `(${K}, min: ${BOUND}, max: ${BOUND}): Promise<number>`, build: (key, min, max) => ['ZREMRANGEBYLEX', key, bound(min, 'ZREMRANGEBYLEX min'), bound(max, 'ZREMRANGEBYLEX max')] },
  ZREMRANGEBYSCORE: { method: 'zRemRangeByScore', ts: `(${K}, min: ${BOUND}, max: ${BOUND}): Promise<number>`, build: (key, min, max) => ['ZREMRANGEBYSCORE', key, bound(min, 'ZREMRANGEBYSCORE min'), bound(max, 'ZREMRANGEBYSCORE max')] },
  ZREMRANGEBYRANK: { method: 'zRemRangeByRank', ts: `(${K}, start: number, stop: number): Promise<number>`, build: (key, start, stop) => ['ZREMRANGEBYRANK', key, int(start, 'ZREMRANGEBYRANK start'), int(stop, 'ZREMRANGEBYRANK stop')] },

  ZRANGE,
  ZRANGE_WITHSCORES: withScores(ZRANGE, 'zRangeWithScores', `(${K}, min: ${BOUND}, max: ${BOUND}, options?: ZRangeOptions): ${MEMBERS}`),
  ZRANGEBYSCORE,
  ZRANGEBYSCORE_WITHSCORES: withScores(ZRANGEBYSCORE, 'zRangeByScoreWithScores', `(${K}, min: string | number, max: string | number, options?: ZRangeByScoreOptions): ${MEMBERS}`),
  ZRANGEBYLEX: { method: 'zRangeByLex', ts: `(${K}, min: RedisArgument, max: RedisArgument, options?: ZRangeByLexOptions): Promise<string[]>`, readonly: true, build: rangeBy('ZRANGEBYLEX') },
  ZRANGESTORE: {
    method: 'zRangeStore',
    ts: `(destination: RedisArgument, source: RedisArgument, min: ${BOUND}, max: ${BOUND}, options?: ZRangeStoreOptions): Promise<number>`,
    build: (destination, source, min, max, opts) => rangeArgs(['ZRANGESTORE', destination, source], min, max, opts, 'ZRANGESTORE'),
  },
  ZRANDMEMBER: { method: 'zRandMember', ts: `(${K}): Promise<string | null>`, readonly: true, build: (key) => ['ZRANDMEMBER', key] },
  ZRANDMEMBER_COUNT,
  ZRANDMEMBER_COUNT_WITHSCORES: withScores(ZRANDMEMBER_COUNT, 'zRandMemberCountWithScores', `(${K}, count: number): ${MEMBERS}`),

  ZDIFF,
  ZDIFF_WITHSCORES: withScores(ZDIFF, 'zDiffWithScores', `(keys: RedisVariadicArgument): ${MEMBERS}`),
  // node-redis flags ZDIFFSTORE read-only; it writes `destination`, so it must go to a master.
  ZDIFFSTORE: { method: 'zDiffStore', ts: '(destination: RedisArgument, inputKeys: RedisVariadicArgument): Promise<number>', build: (destination, keys) => ['ZDIFFSTORE', destination, ...keysWithLength(keys)] },
  ZINTER,
  ZINTER_WITHSCORES: withScores(ZINTER, 'zInterWithScores', `(keys: ZKeys, options?: ZInterOptions): ${MEMBERS}`),
  ZINTERSTORE: { method: 'zInterStore', ts: '(destination: RedisArgument, keys: ZKeys, options?: ZInterOptions): Promise<number>', build: (destination, keys, opts) => zCombine('ZINTERSTORE', destination, keys, opts) },
  ZINTERCARD: { method: 'zInterCard', ts: '(keys: RedisVariadicArgument, options?: number | ZInterCardOptions): Promise<number>', readonly: true, firstKey: 2, build: zInterCard },
  ZUNION,
  ZUNION_WITHSCORES: withScores(ZUNION, 'zUnionWithScores', `(keys: ZKeys, options?: ZUnionOptions): ${MEMBERS}`),
  ZUNIONSTORE: { method: 'zUnionStore', ts: '(destination: RedisArgument, keys: ZKeys, options?: ZUnionOptions): Promise<number>', build: (destination, keys, opts) => zCombine('ZUNIONSTORE', destination, keys, opts) },

  ZPOPMIN: { method: 'zPopMin', ts: `(${K}): Promise<SortedSetMemberReply | null>`, build: (key) => ['ZPOPMIN', key], reply: POPPED },
  ZPOPMAX: { method: 'zPopMax', ts: `(${K}): Promise<SortedSetMemberReply | null>`, build: (key) => ['ZPOPMAX', key], reply: POPPED },
  ZPOPMIN_COUNT: { method: 'zPopMinCount', ts: `(${K}, count: number): ${MEMBERS}`, build: (key, count) => ['ZPOPMIN', key, int(count, 'ZPOPMIN count')], reply: SORTED_SET },
  ZPOPMAX_COUNT: { method: 'zPopMaxCount', ts: `(${K}, count: number): ${MEMBERS}`, build: (key, count) => ['ZPOPMAX', key, int(count, 'ZPOPMAX count')], reply: SORTED_SET },
  BZPOPMIN: { method: 'bzPopMin', blocking: true, ts: '(keys: RedisVariadicArgument, timeout: number): Promise<BZPopReply | null>', build: blockingPop('BZPOPMIN'), reply: BLOCK_POPPED },
  BZPOPMAX: { method: 'bzPopMax', blocking: true, ts: '(keys: RedisVariadicArgument, timeout: number): Promise<BZPopReply | null>', build: blockingPop('BZPOPMAX'), reply: BLOCK_POPPED },
  ZMPOP: { method: 'zmPop', ts: '(keys: RedisVariadicArgument, side: SortedSetSide, options?: ZMPopOptions): Promise<ZMPopReply | null>', firstKey: 2, build: (keys, side, opts) => ['ZMPOP', ...zMPopArgs(keys, side, opts)], reply: MULTI_POPPED },
  BZMPOP: {
    method: 'bzmPop',
    blocking: true,
    ts: '(timeout: number, keys: RedisVariadicArgument, side: SortedSetSide, options?: ZMPopOptions): Promise<ZMPopReply | null>',
    firstKey: 3,
    build: (timeout, keys, side, opts) => ['BZMPOP', decimal(timeout, 'BZMPOP timeout'), ...zMPopArgs(keys, side, opts)],
    reply: MULTI_POPPED,
  },
  ZSCAN: { method: 'zScan', ts: `(${K}, cursor: RedisArgument, options?: ScanCommonOptions): Promise<{ cursor: string; members: Array<SortedSetMemberReply> }>`, readonly: true, build: (key, cursor, opts) => ['ZSCAN', key, ...scanArguments(cursor, opts, 'ZSCAN')], reply: SCAN },
};
