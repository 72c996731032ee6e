'use strict';
const { int, oneOf, variadic } = require('./args');

const EXPIRE_MODES = ['NX', 'XX', 'GT', 'LT'];

module.exports = {
  DEL: { method: 'del', ts: '(keys: RedisVariadicArgument): Promise<number>', build: (keys) => ['DEL', ...variadic(keys)] },
  EXISTS: { method: 'exists', ts: '(keys: RedisVariadicArgument): Promise<number>', readonly: true, build: (keys) => ['EXISTS', ...variadic(keys)] },
  EXPIRE: {
    method: 'expire',
    ts: "(key: RedisArgument, seconds: number, mode?: 'NX' | 'XX' | 'GT' | 'LT'): Promise<number>",
    build: (key, seconds, mode) => {
      const args = ['EXPIRE', key, int(seconds, 'EXPIRE seconds')];
      if (mode !== undefined) args.push(oneOf(mode, EXPIRE_MODES, 'EXPIRE mode'));
      return args;
    },
  },
  TTL: { method: 'ttl', ts: '(key: RedisArgument): Promise<number>', readonly: true, build: (key) => ['TTL', key] },
};
