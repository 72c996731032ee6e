'use strict';
const { value, int, bound, oneOf, options, withVariadic } = require('./args');
const { keyOnly, expiration, keyValuePairs } = require('./transforms/key-arguments');

const EXPIRATION_TYPES = ['EX', 'PX', 'EXAT', 'PXAT', 'KEEPTTL'];

function setExpiration(args, opts) {
  const { expiration: given } = opts;
  if (given !== undefined) {
    if (typeof given === 'string') return args.push(oneOf(given, ['KEEPTTL'], 'SET expiration'));
    options(given, 'SET expiration');
    return args.push(...expiration(oneOf(given.type, EXPIRATION_TYPES, 'SET expiration.type'), given.value, 'SET expiration.value'));
  }
  const type = ['EX', 'PX', 'EXAT', 'PXAT'].find((t) => opts[t] !== undefined);
  if (type !== undefined) args.push(...expiration(type, opts[type], `SET option ${type}`));
  else if (opts.KEEPTTL) args.push('KEEPTTL');
}

function set(key, v, opts) {
  const args = ['SET', key, value(v)];
  if (options(opts, 'SET options')) {
    setExpiration(args, opts);
    if (opts.condition !== undefined) {
      args.push(oneOf(opts.condition, ['NX', 'XX', 'IFEQ', 'IFNE', 'IFDEQ', 'IFDNE'], 'SET condition'));
      if (opts.matchValue !== undefined) args.push(value(opts.matchValue));
    } else if (opts.NX) args.push('NX');
    else if (opts.XX) args.push('XX');
    if (opts.GET) args.push('GET');
  }
  return args;
}

/** GETEX takes `{ type, value }` or one of `{ EX }`, `{ PX }`, `{ EXAT }`, `{ PXAT }`, `{ PERSIST: true }`. */
function getEx(key, opts) {
  if (!options(opts, 'GETEX options')) throw new TypeError('GETEX needs an options object');
  // node-redis turns a Date given as `{ type: 'PXAT', value }` into seconds; milliseconds are meant.
  if ('type' in opts) {
    return ['GETEX', key, ...expiration(oneOf(opts.type, ['EX', 'PX', 'EXAT', 'PXAT', 'PERSIST'], 'GETEX type'), opts.value, 'GETEX value')];
  }
  const type = ['EX', 'PX', 'EXAT', 'PXAT'].find((t) => t in opts) ?? 'PERSIST';
  return ['GETEX', key, ...expiration(type, opts[type], `GETEX ${type}`)];
}

/** MSETEX numkeys k v ... [NX | XX] [EX s | PX ms | EXAT t | PXAT t | KEEPTTL] */
function mSetEx(pairs, opts) {
  const flat = keyValuePairs(pairs, 'MSETEX');
  const args = ['MSETEX', String(flat.length / 2), ...flat];
  if (options(opts, 'MSETEX options')) {
    if (opts.mode) args.push(oneOf(opts.mode, ['NX', 'XX'], 'MSETEX mode'));
    // `expiration: {}` (no type) sends no expiration, as node-redis does.
    if (options(opts.expiration, 'MSETEX expiration')?.type !== undefined) {
      args.push(...expiration(oneOf(opts.expiration.type, EXPIRATION_TYPES, 'MSETEX expiration.type'), opts.expiration.value, 'MSETEX expiration.value'));
    }
  }
  return args;
}

function lcsIdx(command) {
  return (key1, key2, opts) => {
    const args = ['LCS', key1, key2, 'IDX'];
    if (options(opts, `${command} options`)?.MINMATCHLEN) args.push('MINMATCHLEN', int(opts.MINMATCHLEN, `${command} MINMATCHLEN`));
    if (command === 'LCS_IDX_WITHMATCHLEN') args.push('WITHMATCHLEN');
    return args;
  };
}

/** RESP2 sends LCS IDX as ['matches', [...], 'len', n]; node-redis names the two fields. RESP3's map passes through. */
const lcsIdxReply = { 2: (reply) => ({ matches: reply[1], len: reply[3] }) };

const LCS_MATCHES = 'Array<[[number, number], [number, number]]>';
const LCS_MATCHES_WITHLEN = 'Array<[[number, number], [number, number], number]>';

module.exports = {
  GET: { method: 'get', doc: 'The string value of `key`, or null if it does not exist. GET key.', ts: '(key: RedisArgument): Promise<string | null>', readonly: true, build: keyOnly('GET') },
  SET: { method: 'set', doc: 'Sets `key` to `value` (options: expiry `EX`/`PX`/`EXAT`/`PXAT`/`KEEPTTL`, condition `NX`/`XX`, `GET` the old value); \'OK\', or null when a condition failed. SET key value.', ts: '(key: RedisArgument, value: RedisArgument | number, options?: SetOptions): Promise<SimpleStringReply<\'OK\'> | BlobStringReply | null>', build: set },
  SETNX: { method: 'setNX', ts: '(key: RedisArgument, value: RedisArgument): Promise<number>', build: (key, v) => ['SETNX', key, value(v)] },
  SETEX: { method: 'setEx', ts: '(key: RedisArgument, seconds: number, value: RedisArgument): Promise<SimpleStringReply>', build: (key, seconds, v) => ['SETEX', key, int(seconds, 'SETEX seconds'), value(v)] },
  PSETEX: { method: 'pSetEx', ts: '(key: RedisArgument, ms: number, value: RedisArgument): Promise<SimpleStringReply>', build: (key, ms, v) => ['PSETEX', key, int(ms, 'PSETEX ms'), value(v)] },
  // node-redis flags GETSET, GETDEL and GETEX read-only; they write, so a replica would refuse them.
  GETSET: { method: 'getSet', ts: '(key: RedisArgument, value: RedisArgument): Promise<string | null>', build: (key, v) => ['GETSET', key, value(v)] },
  GETDEL: { method: 'getDel', doc: 'The value of `key`, which is then deleted; null if it did not exist. GETDEL key.', ts: '(key: RedisArgument): Promise<string | null>', build: keyOnly('GETDEL') },
  GETEX: { method: 'getEx', ts: '(key: RedisArgument, options: GetExOptions): Promise<string | null>', build: getEx },
  GETRANGE: { method: 'getRange', ts: '(key: RedisArgument, start: number, end: number): Promise<string>', readonly: true, build: (key, start, end) => ['GETRANGE', key, int(start, 'GETRANGE start'), int(end, 'GETRANGE end')] },
  SETRANGE: { method: 'setRange', ts: '(key: RedisArgument, offset: number, value: RedisArgument): Promise<number>', build: (key, offset, v) => ['SETRANGE', key, int(offset, 'SETRANGE offset'), value(v)] },
  APPEND: { method: 'append', doc: 'Appends `value` to the string at `key` (created if missing); the new length. APPEND key value.', ts: '(key: RedisArgument, value: RedisArgument): Promise<number>', build: (key, v) => ['APPEND', key, value(v)] },
  STRLEN: { method: 'strLen', ts: '(key: RedisArgument): Promise<number>', readonly: true, build: keyOnly('STRLEN') },
  MGET: { method: 'mGet', doc: 'The values of `keys`, null for each that does not exist. MGET key [key ...].', ts: '(keys: RedisVariadicArgument): Promise<Array<string | null>>', readonly: true, build: (keys) => withVariadic(['MGET'], keys) },
  // node-redis flags MSET and MSETNX read-only too; they are not.
  MSET: { method: 'mSet', doc: 'Sets every key to its value, atomically; \'OK\'. MSET key value [key value ...].', ts: '(toSet: MSetArguments): Promise<string>', build: (pairs) => ['MSET', ...keyValuePairs(pairs, 'MSET')] },
  MSETNX: { method: 'mSetNX', ts: '(toSet: MSetArguments): Promise<number>', build: (pairs) => ['MSETNX', ...keyValuePairs(pairs, 'MSETNX')] },
  MSETEX: { method: 'mSetEx', ts: '(keyValuePairs: MSetArguments, options?: MSetExOptions): Promise<number>', firstKey: 2, build: mSetEx },
  INCR: { method: 'incr', doc: 'Adds 1 to the integer at `key` (0 if missing); the new value. INCR key.', ts: '(key: RedisArgument): Promise<number>', build: keyOnly('INCR') },
  INCRBY: { method: 'incrBy', doc: 'Adds `increment` to the integer at `key` (0 if missing); the new value. INCRBY key increment.', ts: '(key: RedisArgument, increment: number): Promise<number>', build: (key, increment) => ['INCRBY', key, int(increment, 'INCRBY increment')] },
  INCRBYFLOAT: { method: 'incrByFloat', ts: '(key: RedisArgument, increment: number): Promise<string>', build: (key, increment) => ['INCRBYFLOAT', key, bound(increment, 'INCRBYFLOAT increment')] },
  DECR: { method: 'decr', doc: 'Subtracts 1 from the integer at `key` (0 if missing); the new value. DECR key.', ts: '(key: RedisArgument): Promise<number>', build: keyOnly('DECR') },
  DECRBY: { method: 'decrBy', ts: '(key: RedisArgument, decrement: number): Promise<number>', build: (key, decrement) => ['DECRBY', key, int(decrement, 'DECRBY decrement')] },
  LCS: { method: 'lcs', ts: '(key1: RedisArgument, key2: RedisArgument): Promise<string>', readonly: true, build: (key1, key2) => ['LCS', key1, key2] },
  LCS_LEN: { method: 'lcsLen', ts: '(key1: RedisArgument, key2: RedisArgument): Promise<number>', readonly: true, build: (key1, key2) => ['LCS', key1, key2, 'LEN'] },
  LCS_IDX: { method: 'lcsIdx', ts: `(key1: RedisArgument, key2: RedisArgument, options?: LcsIdxOptions): Promise<{ matches: ${LCS_MATCHES}; len: number }>`, readonly: true, build: lcsIdx('LCS_IDX'), reply: lcsIdxReply },
  LCS_IDX_WITHMATCHLEN: { method: 'lcsIdxWithMatchLen', ts: `(key1: RedisArgument, key2: RedisArgument, options?: LcsIdxOptions): Promise<{ matches: ${LCS_MATCHES_WITHLEN}; len: number }>`, readonly: true, build: lcsIdx('LCS_IDX_WITHMATCHLEN'), reply: lcsIdxReply },
  DELEX: {
    method: 'delEx',
    ts: '(key: RedisArgument, options?: DelExOptions): Promise<number>',
    build: (key, opts) => {
      if (!options(opts, 'DELEX options')) return ['DELEX', key];
      return ['DELEX', key, oneOf(opts.condition, ['IFEQ', 'IFNE', 'IFDEQ', 'IFDNE'], 'DELEX condition'), value(opts.matchValue)];
    },
  },
  DIGEST: { method: 'digest', ts: '(key: RedisArgument): Promise<string | null>', readonly: true, build: keyOnly('DIGEST') },
};
