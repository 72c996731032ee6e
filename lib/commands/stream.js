'use strict';
const { value, int, oneOf, options, variadic, withVariadic } = require('./args');
const { fieldsAt } = require('./transforms/flat-maps');
const { object } = require('./transforms/required-objects');
const shape = require('./transforms/streams');

const POLICIES = ['KEEPREF', 'DELREF', 'ACKED'];

// ---- arguments ----------------------------------------------------------------------------

/** A count or an id: numbers must be integers, strings (stream ids like '1-0') pass as they are. */
function threshold(v, what) {
  return typeof v === 'number' ? int(v, what) : value(v);
}

const policy = (v, what) => oneOf(v, POLICIES, `${what} policy`);

/** `[KEEPREF|DELREF|ACKED] IDS numids id...` (XACKDEL, XDELEX). */
function idsWithPolicy(ids, deletionPolicy, what) {
  const list = variadic(ids);
  const args = deletionPolicy ? [policy(deletionPolicy, what)] : [];
  return args.concat('IDS', String(list.length), list);
}

/** XADD's `[policy] [IDMPAUTO pid | IDMP pid iid] [MAXLEN|MINID [=|~] threshold [LIMIT n] [policy]]`. */
function xAddOptions(opts) {
  const args = [];
  if (!options(opts, 'XADD options')) return args;
  if (opts.policy) args.push(policy(opts.policy, 'XADD'));
  if (opts.IDMPAUTO) args.push('IDMPAUTO', object(opts.IDMPAUTO, 'XADD IDMPAUTO').pid);
  else if (opts.IDMP) args.push('IDMP', object(opts.IDMP, 'XADD IDMP').pid, opts.IDMP.iid);
  const trim = opts.TRIM;
  if (trim) {
    object(trim, 'XADD TRIM');
    if (trim.strategy) args.push(oneOf(trim.strategy, ['MAXLEN', 'MINID'], 'XADD TRIM.strategy'));
    if (trim.strategyModifier) args.push(oneOf(trim.strategyModifier, ['=', '~'], 'XADD TRIM.strategyModifier'));
    args.push(threshold(trim.threshold, 'XADD TRIM.threshold'));
    if (trim.limit) args.push('LIMIT', int(trim.limit, 'XADD TRIM.limit'));
    if (trim.policy) args.push(policy(trim.policy, 'XADD TRIM'));
  }
  return args;
}

function xAdd(modifier) {
  return (key, id, message, opts) => {
    const args = modifier ? ['XADD', key, modifier] : ['XADD', key];
    args.push(...xAddOptions(opts), id);
    for (const [field, v] of Object.entries(object(message, 'XADD message'))) args.push(field, value(v));
    return args;
  };
}

function xTrim(key, strategy, limit, opts) {
  const args = ['XTRIM', key, oneOf(strategy, ['MAXLEN', 'MINID'], 'XTRIM strategy')];
  if (options(opts, 'XTRIM options')?.strategyModifier) args.push(oneOf(opts.strategyModifier, ['=', '~'], 'XTRIM strategyModifier'));
  args.push(threshold(limit, 'XTRIM threshold'));
  if (opts?.LIMIT) args.push('LIMIT', int(opts.LIMIT, 'XTRIM LIMIT'));
  if (opts?.policy) args.push(policy(opts.policy, 'XTRIM'));
  return args;
}

function xRange(name) {
  return (key, start, end, opts) => {
    const args = [name, key, value(start), value(end)];
    if (options(opts, `${name} options`)?.COUNT) args.push('COUNT', int(opts.COUNT, `${name} COUNT`));
    return args;
  };
}

/** `STREAMS key... id...` from `{ key, id }` or an array of them. */
function streamsArgs(streams, what) {
  const list = (Array.isArray(streams) ? streams : [streams]).map((s) => object(s, `${what} streams`));
  return ['STREAMS', ...list.map((s) => s.key), ...list.map((s) => s.id)];
}

/** XREAD and XREADGROUP block only with a BLOCK option (before STREAMS: never a stream name). */
function withBlockOption(args) {
  const streams = args.indexOf('STREAMS');
  const block = args.indexOf('BLOCK');
  return block !== -1 && block < streams;
}

function xRead(streams, opts) {
  const args = ['XREAD'];
  if (options(opts, 'XREAD options')) {
    if (opts.COUNT) args.push('COUNT', int(opts.COUNT, 'XREAD COUNT'));
    if (opts.BLOCK !== undefined) args.push('BLOCK', int(opts.BLOCK, 'XREAD BLOCK'));
  }
  return args.concat(streamsArgs(streams, 'XREAD'));
}

function xReadGroup(group, consumer, streams, opts) {
  const args = ['XREADGROUP', 'GROUP', group, consumer];
  if (options(opts, 'XREADGROUP options')) {
    if (opts.COUNT !== undefined) args.push('COUNT', int(opts.COUNT, 'XREADGROUP COUNT'));
    if (opts.BLOCK !== undefined) args.push('BLOCK', int(opts.BLOCK, 'XREADGROUP BLOCK'));
    if (opts.NOACK) args.push('NOACK');
    if (opts.CLAIM !== undefined) args.push('CLAIM', int(opts.CLAIM, 'XREADGROUP CLAIM'));
  }
  return args.concat(streamsArgs(streams, 'XREADGROUP'));
}

function xClaim(key, group, consumer, minIdleTime, ids, opts) {
  const args = withVariadic(['XCLAIM', key, group, consumer, int(minIdleTime, 'XCLAIM minIdleTime')], ids);
  if (!options(opts, 'XCLAIM options')) return args;
  if (opts.IDLE !== undefined) args.push('IDLE', int(opts.IDLE, 'XCLAIM IDLE'));
  if (opts.TIME !== undefined) args.push('TIME', int(opts.TIME instanceof Date ? opts.TIME.getTime() : opts.TIME, 'XCLAIM TIME'));
  if (opts.RETRYCOUNT !== undefined) args.push('RETRYCOUNT', int(opts.RETRYCOUNT, 'XCLAIM RETRYCOUNT'));
  if (opts.FORCE) args.push('FORCE');
  if (opts.LASTID !== undefined) args.push('LASTID', opts.LASTID);
  return args;
}

function xAutoClaim(key, group, consumer, minIdleTime, start, opts) {
  const args = ['XAUTOCLAIM', key, group, consumer, int(minIdleTime, 'XAUTOCLAIM minIdleTime'), start];
  if (options(opts, 'XAUTOCLAIM options')?.COUNT) args.push('COUNT', int(opts.COUNT, 'XAUTOCLAIM COUNT'));
  return args;
}

function xPendingRange(key, group, start, end, count, opts) {
  const args = ['XPENDING', key, group];
  if (options(opts, 'XPENDING options')?.IDLE !== undefined) args.push('IDLE', int(opts.IDLE, 'XPENDING IDLE'));
  args.push(start, end, int(count, 'XPENDING count'));
  if (opts?.consumer) args.push(opts.consumer);
  return args;
}

/** XGROUP CREATE's `[MKSTREAM] [ENTRIESREAD n]`; SETID takes only ENTRIESREAD. */
function groupIdOptions(opts, what, canCreate) {
  const args = [];
  if (!options(opts, `${what} options`)) return args;
  if (canCreate && opts.MKSTREAM) args.push('MKSTREAM');
  if (opts.ENTRIESREAD) args.push('ENTRIESREAD', int(opts.ENTRIESREAD, `${what} ENTRIESREAD`));
  return args;
}

function xSetId(key, lastId, opts) {
  const args = ['XSETID', key, lastId];
  if (options(opts, 'XSETID options')?.ENTRIESADDED) args.push('ENTRIESADDED', int(opts.ENTRIESADDED, 'XSETID ENTRIESADDED'));
  if (opts?.MAXDELETEDID) args.push('MAXDELETEDID', opts.MAXDELETEDID);
  return args;
}

function xCfgSet(key, opts) {
  const args = ['XCFGSET', key];
  if (options(opts, 'XCFGSET options')?.IDMP_DURATION !== undefined) args.push('IDMP-DURATION', int(opts.IDMP_DURATION, 'XCFGSET IDMP_DURATION'));
  if (opts?.IDMP_MAXSIZE !== undefined) args.push('IDMP-MAXSIZE', int(opts.IDMP_MAXSIZE, 'XCFGSET IDMP_MAXSIZE'));
  return args;
}

// ---- the table ----------------------------------------------------------------------------

const K = 'key: RedisArgument';
const G = 'group: RedisArgument';
const C = 'consumer: RedisArgument';
// The key of `XGROUP <sub> key` and `XINFO <sub> key` follows the subcommand.
const SUBCOMMAND_KEY = 2;

module.exports = {
  XADD: { method: 'xAdd', ts: `(${K}, id: RedisArgument, message: Record<string, RedisArgument>, options?: XAddOptions): Promise<string>`, build: xAdd() },
  XADD_NOMKSTREAM: { method: 'xAddNoMkStream', ts: `(${K}, id: RedisArgument, message: Record<string, RedisArgument>, options?: XAddOptions): Promise<string | null>`, build: xAdd('NOMKSTREAM') },
  XCFGSET: { method: 'xCfgSet', ts: `(${K}, options?: XCfgSetOptions): Promise<SimpleStringReply>`, build: xCfgSet },
  XDEL: { method: 'xDel', ts: `(${K}, id: RedisVariadicArgument): Promise<number>`, build: (key, ids) => withVariadic(['XDEL', key], ids) },
  XDELEX: {
    method: 'xDelEx',
    ts: `(${K}, id: RedisVariadicArgument, policy?: StreamDeletionPolicy): Promise<Array<StreamDeletionReplyCode>>`,
    build: (key, ids, deletionPolicy) => ['XDELEX', key, ...idsWithPolicy(ids, deletionPolicy, 'XDELEX')],
  },
  XLEN: { method: 'xLen', ts: `(${K}): Promise<number>`, readonly: true, build: (key) => ['XLEN', key] },
  XRANGE: { method: 'xRange', ts: `(${K}, start: RedisArgument, end: RedisArgument, options?: XRangeOptions): Promise<Array<StreamMessageReply>>`, readonly: true, build: xRange('XRANGE'), reply: shape.entries },
  XREVRANGE: { method: 'xRevRange', ts: `(${K}, start: RedisArgument, end: RedisArgument, options?: XRangeOptions): Promise<Array<StreamMessageReply>>`, readonly: true, build: xRange('XREVRANGE'), reply: shape.entries },
  XSETID: { method: 'xSetId', ts: `(${K}, lastId: RedisArgument, options?: XSetIdOptions): Promise<SimpleStringReply>`, build: xSetId },
  XTRIM: { method: 'xTrim', ts: `(${K}, strategy: 'MAXLEN' | 'MINID', threshold: number | string, options?: XTrimOptions): Promise<number>`, build: xTrim },
  // On RESP3, node-redis' xRead throws synchronously unless the client has `unstableResp3: true`
  // (then it resolves to the raw map); the client reads this flag to do the same.
  XREAD: {
    method: 'xRead',
    ts: '(streams: XReadStreams, options?: XReadOptions): Promise<StreamsMessagesReply>',
    readonly: true,
    unstableResp3: true,
    blocking: withBlockOption,
    firstKey: (args) => args.indexOf('STREAMS') + 1,
    build: xRead,
    reply: { 2: shape.streams2 },
  },
  // node-redis flags XREADGROUP read-only, but it writes the group's pending list: masters only.
  XREADGROUP: {
    method: 'xReadGroup',
    ts: `(${G}, ${C}, streams: XReadStreams, options?: XReadGroupOptions): Promise<StreamsMessagesReply>`,
    blocking: withBlockOption,
    firstKey: (args) => args.indexOf('STREAMS', 4) + 1,
    build: xReadGroup,
    reply: { 2: shape.streams2 },
  },

  XGROUP_CREATE: {
    method: 'xGroupCreate',
    ts: `(${K}, ${G}, id: RedisArgument, options?: XGroupCreateOptions): Promise<SimpleStringReply>`,
    firstKey: SUBCOMMAND_KEY,
    build: (key, group, id, opts) => ['XGROUP', 'CREATE', key, group, id, ...groupIdOptions(opts, 'XGROUP CREATE', true)],
  },
  XGROUP_SETID: {
    method: 'xGroupSetId',
    ts: `(${K}, ${G}, id: RedisArgument, options?: XGroupSetIdOptions): Promise<SimpleStringReply>`,
    firstKey: SUBCOMMAND_KEY,
    build: (key, group, id, opts) => ['XGROUP', 'SETID', key, group, id, ...groupIdOptions(opts, 'XGROUP SETID', false)],
  },
  XGROUP_CREATECONSUMER: { method: 'xGroupCreateConsumer', ts: `(${K}, ${G}, ${C}): Promise<number>`, firstKey: SUBCOMMAND_KEY, build: (key, group, consumer) => ['XGROUP', 'CREATECONSUMER', key, group, consumer] },
  XGROUP_DELCONSUMER: { method: 'xGroupDelConsumer', ts: `(${K}, ${G}, ${C}): Promise<number>`, firstKey: SUBCOMMAND_KEY, build: (key, group, consumer) => ['XGROUP', 'DELCONSUMER', key, group, consumer] },
  XGROUP_DESTROY: { method: 'xGroupDestroy', ts: `(${K}, ${G}): Promise<number>`, firstKey: SUBCOMMAND_KEY, build: (key, group) => ['XGROUP', 'DESTROY', key, group] },

  XINFO_STREAM: { method: 'xInfoStream', ts: `(${K}): Promise<XInfoStreamReply>`, readonly: true, firstKey: SUBCOMMAND_KEY, build: (key) => ['XINFO', 'STREAM', key], reply: shape.infoStream },
  XINFO_GROUPS: {
    method: 'xInfoGroups',
    ts: `(${K}): Promise<Array<XInfoGroupReply>>`,
    readonly: true,
    firstKey: SUBCOMMAND_KEY,
    build: (key) => ['XINFO', 'GROUPS', key],
    reply: { 2: (reply) => reply.map(fieldsAt(['name', 'consumers', 'pending', 'last-delivered-id', 'entries-read', 'lag'])) },
  },
  XINFO_CONSUMERS: {
    method: 'xInfoConsumers',
    ts: `(${K}, ${G}): Promise<Array<XInfoConsumerReply>>`,
    readonly: true,
    firstKey: SUBCOMMAND_KEY,
    build: (key, group) => ['XINFO', 'CONSUMERS', key, group],
    reply: { 2: (reply) => reply.map(fieldsAt(['name', 'pending', 'idle', 'inactive'])) },
  },

  XACK: { method: 'xAck', ts: `(${K}, ${G}, id: RedisVariadicArgument): Promise<number>`, build: (key, group, ids) => withVariadic(['XACK', key, group], ids) },
  XACKDEL: {
    method: 'xAckDel',
    ts: `(${K}, ${G}, id: RedisVariadicArgument, policy?: StreamDeletionPolicy): Promise<Array<StreamDeletionReplyCode>>`,
    build: (key, group, ids, deletionPolicy) => ['XACKDEL', key, group, ...idsWithPolicy(ids, deletionPolicy, 'XACKDEL')],
  },
  XPENDING: { method: 'xPending', ts: `(${K}, ${G}): Promise<XPendingReply>`, readonly: true, build: (key, group) => ['XPENDING', key, group], reply: shape.pendingSummary },
  XPENDING_RANGE: {
    method: 'xPendingRange',
    ts: `(${K}, ${G}, start: RedisArgument, end: RedisArgument, count: number, options?: XPendingRangeOptions): Promise<Array<XPendingRangeReplyItem>>`,
    readonly: true,
    build: xPendingRange,
    reply: shape.pendingRange,
  },
  XCLAIM: {
    method: 'xClaim',
    ts: `(${K}, ${G}, ${C}, minIdleTime: number, id: RedisVariadicArgument, options?: XClaimOptions): Promise<Array<StreamMessageReply | null>>`,
    build: xClaim,
    reply: shape.claimed,
  },
  XCLAIM_JUSTID: {
    method: 'xClaimJustId',
    ts: `(${K}, ${G}, ${C}, minIdleTime: number, id: RedisVariadicArgument, options?: XClaimOptions): Promise<string[]>`,
    build: (...a) => [...xClaim(...a), 'JUSTID'],
  },
  XAUTOCLAIM: {
    method: 'xAutoClaim',
    ts: `(${K}, ${G}, ${C}, minIdleTime: number, start: RedisArgument, options?: XAutoClaimOptions): Promise<XAutoClaimReply>`,
    build: xAutoClaim,
    reply: shape.autoClaimed,
  },
  XAUTOCLAIM_JUSTID: {
    method: 'xAutoClaimJustId',
    ts: `(${K}, ${G}, ${C}, minIdleTime: number, start: RedisArgument, options?: XAutoClaimOptions): Promise<XAutoClaimJustIdReply>`,
    build: (...a) => [...xAutoClaim(...a), 'JUSTID'],
    reply: shape.autoClaimedIds,
  },
};
