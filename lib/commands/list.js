'use strict';
const { value, int, oneOf, options, variadic } = require('./args');
const { keyOnly } = require('./transforms/key-arguments');
const { keyThenItems, keyThenCount, decimal, blockingPop } = require('./transforms/collections');

const side = (v, what) => oneOf(v, ['LEFT', 'RIGHT'], what);


/** `numkeys key... LEFT|RIGHT [COUNT n]` of LMPOP and BLMPOP. */
function mPopArguments(keys, from, opts, what) {
  const list = variadic(keys);
  const args = [String(list.length), ...list, side(from, `${what} side`)];
  if (options(opts, `${what} options`) && opts.COUNT !== undefined) args.push('COUNT', int(opts.COUNT, `${what} COUNT`));
  return args;
}

function lPos(key, element, opts) {
  const args = ['LPOS', key, value(element)];
  if (options(opts, 'LPOS options')) {
    if (opts.RANK !== undefined) args.push('RANK', int(opts.RANK, 'LPOS RANK'));
    if (opts.MAXLEN !== undefined) args.push('MAXLEN', int(opts.MAXLEN, 'LPOS MAXLEN'));
  }
  return args;
}

/** BLPOP/BRPOP's `[key, element]` as node-redis names it. */
const keyElement = (reply) => (reply === null ? null : { key: reply[0], element: reply[1] });

const POPPED = 'Promise<{ key: string; element: string } | null>';
const MPOPPED = 'Promise<[key: string, elements: string[]] | null>';

module.exports = {
  BLMOVE: {
    method: 'blMove',
    blocking: true,
    ts: '(source: RedisArgument, destination: RedisArgument, sourceSide: ListSide, destinationSide: ListSide, timeout: number): Promise<string | null>',
    build: (source, destination, from, to, timeout) => ['BLMOVE', source, destination, side(from, 'BLMOVE sourceSide'), side(to, 'BLMOVE destinationSide'), decimal(timeout, 'BLMOVE timeout')],
  },
  BLMPOP: {
    method: 'blmPop',
    blocking: true,
    ts: `(timeout: number, keys: RedisVariadicArgument, side: ListSide, options?: LMPopOptions): ${MPOPPED}`,
    firstKey: 3,
    build: (timeout, keys, from, opts) => ['BLMPOP', decimal(timeout, 'BLMPOP timeout'), ...mPopArguments(keys, from, opts, 'BLMPOP')],
  },
  BLPOP: { method: 'blPop', doc: 'Waits up to `timeout` seconds (0: forever) for an element at the head of one of `keys`; { key, element }, or null on timeout. BLPOP key [key ...] timeout.', blocking: true, ts: `(keys: RedisVariadicArgument, timeout: number): ${POPPED}`, build: blockingPop('BLPOP'), reply: keyElement },
  BRPOP: { method: 'brPop', blocking: true, ts: `(keys: RedisVariadicArgument, timeout: number): ${POPPED}`, build: blockingPop('BRPOP'), reply: keyElement },
  BRPOPLPUSH: {
    method: 'brPopLPush',
    blocking: true,
    ts: '(source: RedisArgument, destination: RedisArgument, timeout: number): Promise<string | null>',
    build: (source, destination, timeout) => ['BRPOPLPUSH', source, destination, decimal(timeout, 'BRPOPLPUSH timeout')],
  },
  LINDEX: { method: 'lIndex', ts: '(key: RedisArgument, index: number): Promise<string | null>', readonly: true, build: (key, index) => ['LINDEX', key, int(index, 'LINDEX index')] },
  LINSERT: {
    method: 'lInsert',
    ts: "(key: RedisArgument, position: 'BEFORE' | 'AFTER', pivot: RedisArgument, element: RedisArgument): Promise<number>",
    build: (key, position, pivot, element) => ['LINSERT', key, oneOf(position, ['BEFORE', 'AFTER'], 'LINSERT position'), value(pivot), value(element)],
  },
  LLEN: { method: 'lLen', ts: '(key: RedisArgument): Promise<number>', readonly: true, build: keyOnly('LLEN') },
  LMOVE: {
    method: 'lMove',
    ts: '(source: RedisArgument, destination: RedisArgument, sourceSide: ListSide, destinationSide: ListSide): Promise<string | null>',
    build: (source, destination, from, to) => ['LMOVE', source, destination, side(from, 'LMOVE sourceSide'), side(to, 'LMOVE destinationSide')],
  },
  LMPOP: {
    method: 'lmPop',
    ts: `(keys: RedisVariadicArgument, side: ListSide, options?: LMPopOptions): ${MPOPPED}`,
    firstKey: 2,
    build: (keys, from, opts) => ['LMPOP', ...mPopArguments(keys, from, opts, 'LMPOP')],
  },
  LPOP: { method: 'lPop', doc: 'Removes and returns the first element of the list at `key`, or null. LPOP key.', ts: '(key: RedisArgument): Promise<string | null>', build: keyOnly('LPOP') },
  LPOP_COUNT: { method: 'lPopCount', ts: '(key: RedisArgument, count: number): Promise<string[] | null>', build: keyThenCount('LPOP') },
  LPOS: { method: 'lPos', ts: '(key: RedisArgument, element: RedisArgument, options?: LPosOptions): Promise<number | null>', readonly: true, build: lPos },
  LPOS_COUNT: {
    method: 'lPosCount',
    ts: '(key: RedisArgument, element: RedisArgument, count: number, options?: LPosOptions): Promise<number[]>',
    readonly: true,
    build: (key, element, count, opts) => [...lPos(key, element, opts), 'COUNT', int(count, 'LPOS COUNT')],
  },
  LPUSH: { method: 'lPush', doc: 'Inserts `elements` at the head of the list at `key`; the new length. LPUSH key element [element ...].', ts: '(key: RedisArgument, elements: RedisVariadicArgument): Promise<number>', build: keyThenItems('LPUSH') },
  LPUSHX: { method: 'lPushX', ts: '(key: RedisArgument, elements: RedisVariadicArgument): Promise<number>', build: keyThenItems('LPUSHX') },
  LRANGE: {
    method: 'lRange',
    doc: 'The elements of the list at `key` from `start` to `stop` (inclusive; negative counts from the end). LRANGE key start stop.',
    ts: '(key: RedisArgument, start: number, stop: number): Promise<string[]>',
    readonly: true,
    build: (key, start, stop) => ['LRANGE', key, int(start, 'LRANGE start'), int(stop, 'LRANGE stop')],
  },
  LREM: { method: 'lRem', ts: '(key: RedisArgument, count: number, element: RedisArgument): Promise<number>', build: (key, count, element) => ['LREM', key, int(count, 'LREM count'), value(element)] },
  LSET: { method: 'lSet', ts: '(key: RedisArgument, index: number, element: RedisArgument): Promise<SimpleStringReply>', build: (key, index, element) => ['LSET', key, int(index, 'LSET index'), value(element)] },
  LTRIM: {
    method: 'lTrim',
    ts: '(key: RedisArgument, start: number, stop: number): Promise<SimpleStringReply>',
    build: (key, start, stop) => ['LTRIM', key, int(start, 'LTRIM start'), int(stop, 'LTRIM stop')],
  },
  RPOP: { method: 'rPop', doc: 'Removes and returns the last element of the list at `key`, or null. RPOP key.', ts: '(key: RedisArgument): Promise<string | null>', build: keyOnly('RPOP') },
  RPOPLPUSH: { method: 'rPopLPush', ts: '(source: RedisArgument, destination: RedisArgument): Promise<string | null>', build: (source, destination) => ['RPOPLPUSH', source, destination] },
  RPOP_COUNT: { method: 'rPopCount', ts: '(key: RedisArgument, count: number): Promise<string[] | null>', build: keyThenCount('RPOP') },
  RPUSH: { method: 'rPush', doc: 'Inserts `elements` at the tail of the list at `key`; the new length. RPUSH key element [element ...].', ts: '(key: RedisArgument, element: RedisVariadicArgument): Promise<number>', build: keyThenItems('RPUSH') },
  RPUSHX: { method: 'rPushX', ts: '(key: RedisArgument, element: RedisVariadicArgument): Promise<number>', build: keyThenItems('RPUSHX') },
};
