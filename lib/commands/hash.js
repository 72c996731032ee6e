'use strict';
const { Buffer } = require('buffer');
const { value, int, oneOf, options, variadic, describe } = require('./args');
const { pairsToMap } = require('./replies');
const { keyOnly, unixTime } = require('./transforms/key-arguments');
const { keyThenItems, decimal, scanArguments, scanReply } = require('./transforms/collections');

/**
 * HSET/HSETEX fields: `{ field: value }`, a Map, `[[f, v], ...]` or `[f, v, ...]`, flattened to
 * `[f, v, f, v...]`. An empty or odd list is refused here rather than left to the server.
 */
function fieldValuePairs(fields, what) {
  const flat = [];
  const flatten = (items) => items.forEach((item) => (Array.isArray(item) ? flatten(item) : flat.push(value(item))));
  if (fields instanceof Map) for (const [f, v] of fields) flat.push(value(f), value(v));
  else if (Array.isArray(fields)) flatten(fields);
  else if (fields !== null && typeof fields === 'object' && !Buffer.isBuffer(fields)) for (const f of Object.keys(fields)) flat.push(f, value(fields[f]));
  else throw new TypeError(`${what} must be a field name, an object, a Map or an array, got ${describe(fields)} instead`);
  if (flat.length === 0) throw new TypeError(`${what} needs at least one field and value`);
  if (flat.length % 2 !== 0) throw new TypeError(`${what} needs a value for every field`);
  return flat;
}

/** hSet(key, field, value) or hSet(key, fields) */
function hSet(key, fieldOrFields, fieldValue) {
  const f = fieldOrFields;
  if (typeof f === 'string' || typeof f === 'number' || Buffer.isBuffer(f)) return ['HSET', key, value(f), value(fieldValue)];
  return ['HSET', key, ...fieldValuePairs(f, 'HSET fields')];
}

/** The `FIELDS numfields field...` tail of the hash field expiration commands. */
function fieldList(fields) {
  const list = variadic(fields);
  return ['FIELDS', String(list.length), ...list];
}

/** HTTL, HPERSIST, HGETDEL...: `NAME key FIELDS n field...`. */
function fieldsOnly(name) {
  return (key, fields) => [name, key, ...fieldList(fields)];
}

/** HGETEX's and HSETEX's `expiration`: the bare word `keep` (PERSIST/KEEPTTL) or `{ type, value }`. */
function pushExpiration(args, expiration, keep, what) {
  if (!expiration) return; // node-redis skips a falsy one
  if (typeof expiration === 'string') {
    args.push(oneOf(expiration, [keep], what));
    return;
  }
  options(expiration, what);
  const type = oneOf(expiration.type, ['EX', 'PX', 'EXAT', 'PXAT', keep], `${what}.type`);
  if (type === keep) args.push(keep);
  else args.push(type, int(expiration.value, `${what}.value`));
}

function hGetEx(key, fields, opts) {
  const args = ['HGETEX', key];
  if (options(opts, 'HGETEX options')) pushExpiration(args, opts.expiration, 'PERSIST', 'HGETEX expiration');
  return [...args, ...fieldList(fields)];
}

function hSetEx(key, fields, opts) {
  const args = ['HSETEX', key];
  if (options(opts, 'HSETEX options')) {
    if (opts.mode) args.push(oneOf(opts.mode, ['FNX', 'FXX'], 'HSETEX mode'));
    pushExpiration(args, opts.expiration, 'KEEPTTL', 'HSETEX expiration');
  }
  const pairs = fieldValuePairs(fields, 'HSETEX fields');
  return [...args, 'FIELDS', String(pairs.length / 2), ...pairs];
}

const FIELD_TIMES = 'Promise<number[]>';

/** HEXPIRE/HPEXPIRE (a duration) and HEXPIREAT/HPEXPIREAT (a unix time or a Date). */
function fieldExpire(name, method, timeParameter, time) {
  return {
    method,
    ts: `(key: RedisArgument, fields: RedisVariadicArgument, ${timeParameter}, mode?: 'NX' | 'XX' | 'GT' | 'LT'): ${FIELD_TIMES}`,
    build: (key, fields, t, mode) => {
      const args = [name, key, time(t, `${name} time`)];
      if (mode) args.push(oneOf(mode, ['NX', 'XX', 'GT', 'LT'], `${name} mode`)); // node-redis skips a falsy one
      return [...args, ...fieldList(fields)];
    },
  };
}

/** HTTL, HPTTL, HEXPIRETIME, HPEXPIRETIME: the fields' expiration times, read-only. */
function fieldTimes(name, method) {
  return { method, ts: `(key: RedisArgument, fields: RedisVariadicArgument): ${FIELD_TIMES}`, readonly: true, build: fieldsOnly(name) };
}

/** `[f1, v1, f2, v2...]` → `[{ field, value }]` (HSCAN entries, HRANDFIELD WITHVALUES). */
function fieldValueObjects(flat) {
  const entries = [];
  for (let i = 0; i < flat.length; i += 2) entries.push({ field: flat[i], value: flat[i + 1] });
  return entries;
}

const SCAN_ENTRIES = '{ cursor: string; entries: Array<{ field: string; value: string }> }';

module.exports = {
  HDEL: { method: 'hDel', doc: 'Removes `fields` from the hash at `key`; how many existed. HDEL key field [field ...].', ts: '(key: RedisArgument, field: RedisVariadicArgument): Promise<number>', build: keyThenItems('HDEL') },
  HEXISTS: { method: 'hExists', ts: '(key: RedisArgument, field: RedisArgument): Promise<number>', readonly: true, build: (key, field) => ['HEXISTS', key, value(field)] },
  HEXPIRE: fieldExpire('HEXPIRE', 'hExpire', 'seconds: number', int),
  HEXPIREAT: fieldExpire('HEXPIREAT', 'hExpireAt', 'timestamp: number | Date', (t, what) => unixTime(t, 's', what)),
  HEXPIRETIME: fieldTimes('HEXPIRETIME', 'hExpireTime'),
  HGET: { method: 'hGet', doc: 'The value of `field` in the hash at `key`, or null. HGET key field.', ts: '(key: RedisArgument, field: RedisArgument): Promise<string | null>', readonly: true, build: (key, field) => ['HGET', key, value(field)] },
  HGETALL: { method: 'hGetAll', doc: 'Every field and value of the hash at `key`, as an object ({} if missing). HGETALL key.', ts: '(key: RedisArgument): Promise<MapReply<string>>', readonly: true, build: keyOnly('HGETALL'), reply: { 2: pairsToMap } },
  HGETDEL: { method: 'hGetDel', ts: '(key: RedisArgument, fields: RedisVariadicArgument): Promise<Array<string | null>>', build: fieldsOnly('HGETDEL') },
  HGETEX: { method: 'hGetEx', ts: '(key: RedisArgument, fields: RedisVariadicArgument, options?: HGetExOptions): Promise<Array<string | null>>', build: hGetEx },
  HINCRBY: {
    method: 'hIncrBy',
    doc: 'Adds `increment` to the integer in `field` of the hash at `key`; the new value. HINCRBY key field increment.',
    ts: '(key: RedisArgument, field: RedisArgument, increment: number): Promise<number>',
    build: (key, field, increment) => ['HINCRBY', key, value(field), int(increment, 'HINCRBY increment')],
  },
  HINCRBYFLOAT: {
    method: 'hIncrByFloat',
    ts: '(key: RedisArgument, field: RedisArgument, increment: number): Promise<string>',
    build: (key, field, increment) => ['HINCRBYFLOAT', key, value(field), decimal(increment, 'HINCRBYFLOAT increment')],
  },
  HKEYS: { method: 'hKeys', ts: '(key: RedisArgument): Promise<string[]>', readonly: true, build: keyOnly('HKEYS') },
  HLEN: { method: 'hLen', ts: '(key: RedisArgument): Promise<number>', readonly: true, build: keyOnly('HLEN') },
  HMGET: { method: 'hmGet', ts: '(key: RedisArgument, fields: RedisVariadicArgument): Promise<Array<string | null>>', readonly: true, build: keyThenItems('HMGET') },
  HPERSIST: { method: 'hPersist', ts: `(key: RedisArgument, fields: RedisVariadicArgument): ${FIELD_TIMES}`, build: fieldsOnly('HPERSIST') },
  HPEXPIRE: fieldExpire('HPEXPIRE', 'hpExpire', 'ms: number', int),
  HPEXPIREAT: fieldExpire('HPEXPIREAT', 'hpExpireAt', 'timestamp: number | Date', (t, what) => unixTime(t, 'ms', what)),
  HPEXPIRETIME: fieldTimes('HPEXPIRETIME', 'hpExpireTime'),
  HPTTL: fieldTimes('HPTTL', 'hpTTL'),
  HRANDFIELD: { method: 'hRandField', ts: '(key: RedisArgument): Promise<string | null>', readonly: true, build: keyOnly('HRANDFIELD') },
  HRANDFIELD_COUNT: { method: 'hRandFieldCount', ts: '(key: RedisArgument, count: number): Promise<string[]>', readonly: true, build: (key, count) => ['HRANDFIELD', key, int(count, 'HRANDFIELD count')] },
  HRANDFIELD_COUNT_WITHVALUES: {
    method: 'hRandFieldCountWithValues',
    ts: '(key: RedisArgument, count: number): Promise<Array<{ field: string; value: string }>>',
    readonly: true,
    build: (key, count) => ['HRANDFIELD', key, int(count, 'HRANDFIELD count'), 'WITHVALUES'],
    // RESP3 nests each pair in its own array.
    reply: { 2: fieldValueObjects, 3: (pairs) => pairs.map(([field, v]) => ({ field, value: v })) },
  },
  HSCAN: {
    method: 'hScan',
    ts: `(key: RedisArgument, cursor: RedisArgument, options?: ScanCommonOptions): Promise<${SCAN_ENTRIES}>`,
    readonly: true,
    build: (key, cursor, opts) => ['HSCAN', key, ...scanArguments(cursor, opts, 'HSCAN')],
    reply: scanReply('entries', fieldValueObjects),
  },
  HSCAN_NOVALUES: {
    method: 'hScanNoValues',
    ts: '(key: RedisArgument, cursor: RedisArgument, options?: ScanCommonOptions): Promise<{ cursor: string; fields: string[] }>',
    readonly: true,
    build: (key, cursor, opts) => ['HSCAN', key, ...scanArguments(cursor, opts, 'HSCAN'), 'NOVALUES'],
    reply: scanReply('fields'),
  },
  HSET: {
    method: 'hSet',
    doc: 'Sets fields of the hash at `key` (an object, a Map, an array of pairs, or field and value); how many fields were added. HSET key field value [field value ...].',
    ts: [
      '(key: RedisArgument, field: RedisArgument | number, value: RedisArgument | number): Promise<number>',
      '(key: RedisArgument, fields: HashFields): Promise<number>',
    ],
    build: hSet,
  },
  HSETEX: { method: 'hSetEx', ts: '(key: RedisArgument, fields: HashFields, options?: HSetExOptions): Promise<number>', build: hSetEx },
  HSETNX: {
    method: 'hSetNX',
    ts: '(key: RedisArgument, field: RedisArgument, value: RedisArgument): Promise<number>',
    build: (key, field, v) => ['HSETNX', key, value(field), value(v)],
  },
  HSTRLEN: { method: 'hStrLen', ts: '(key: RedisArgument, field: RedisArgument): Promise<number>', readonly: true, build: (key, field) => ['HSTRLEN', key, value(field)] },
  HTTL: fieldTimes('HTTL', 'hTTL'),
  HVALS: { method: 'hVals', ts: '(key: RedisArgument): Promise<string[]>', readonly: true, build: keyOnly('HVALS') },
};
