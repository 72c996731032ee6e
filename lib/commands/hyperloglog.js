'use strict';
const { variadic } = require('./args');

// node-redis flags PFADD read-only; it writes (a replica would refuse it).
module.exports = {
  PFADD: {
    method: 'pfAdd',
    ts: '(key: RedisArgument, element?: RedisVariadicArgument): Promise<number>',
    build: (key, elements) => (elements ? ['PFADD', key, ...variadic(elements)] : ['PFADD', key]),
  },
  PFCOUNT: { method: 'pfCount', ts: '(keys: RedisVariadicArgument): Promise<number>', readonly: true, build: (keys) => ['PFCOUNT', ...variadic(keys)] },
  PFMERGE: {
    method: 'pfMerge',
    ts: '(destination: RedisArgument, sources?: RedisVariadicArgument): Promise<string>',
    build: (destination, sources) => (sources ? ['PFMERGE', destination, ...variadic(sources)] : ['PFMERGE', destination]),
  },
};
