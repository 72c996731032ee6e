'use strict';
const { value, int, oneOf, options, variadic } = require('./args');

const EXPIRATION_TYPES = ['EX', 'PX', 'EXAT', 'PXAT', 'KEEPTTL'];

function setExpiration(args, opts) {
  const { expiration } = opts;
  if (expiration !== undefined) {
    if (typeof expiration === 'string') return args.push(oneOf(expiration, ['KEEPTTL'], 'SET expiration'));
    options(expiration, 'SET expiration');
    const type = oneOf(expiration.type, EXPIRATION_TYPES, 'SET expiration.type');
    if (type === 'KEEPTTL') return args.push('KEEPTTL');
    return args.push(type, int(expiration.value, `SET expiration.value`));
  }
  for (const type of ['EX', 'PX', 'EXAT', 'PXAT']) {
    if (opts[type] !== undefined) return args.push(type, int(opts[type], `SET option ${type}`));
  }
  if (opts.KEEPTTL) args.push('KEEPTTL');
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

module.exports = {
  GET: { method: 'get', ts: '(key: RedisArgument): Promise<string | null>', readonly: true, build: (key) => ['GET', key] },
  SET: { method: 'set', ts: '(key: RedisArgument, value: RedisArgument | number, options?: SetOptions): Promise<string | null>', build: set },
  MGET: { method: 'mGet', ts: '(keys: RedisVariadicArgument): Promise<Array<string | null>>', readonly: true, build: (keys) => ['MGET', ...variadic(keys)] },
  INCR: { method: 'incr', ts: '(key: RedisArgument): Promise<number>', build: (key) => ['INCR', key] },
  INCRBY: { method: 'incrBy', ts: '(key: RedisArgument, increment: number): Promise<number>', build: (key, increment) => ['INCRBY', key, int(increment, 'INCRBY increment')] },
};
