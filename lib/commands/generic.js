'use strict';
const { int, oneOf, variadic } = require('./args');

const EXPIRE_MODES = ['NX', 'XX', 'GT', 'LT'];

module.exports = {
  DEL: { method: 'del', build: (keys) => ['DEL', ...variadic(keys)] },
  EXISTS: { method: 'exists', readonly: true, build: (keys) => ['EXISTS', ...variadic(keys)] },
  EXPIRE: {
    method: 'expire',
    build: (key, seconds, mode) => {
      const args = ['EXPIRE', key, int(seconds, 'EXPIRE seconds')];
      if (mode !== undefined) args.push(oneOf(mode, EXPIRE_MODES, 'EXPIRE mode'));
      return args;
    },
  },
  TTL: { method: 'ttl', readonly: true, build: (key) => ['TTL', key] },
};
