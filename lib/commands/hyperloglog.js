'use strict';
const { withVariadic } = require('./args');

// node-redis flags PFADD read-only; it writes (a replica would refuse it).
module.exports = {
  PFADD: {
    method: 'pfAdd',
    ts: '(key: RedisArgument, element?: RedisVariadicArgument): Promise<number>',
    build: (key, elements) => (elements ? withVariadic(['PFADD', key], elements) : ['PFADD', key]),
  },
  PFCOUNT: { method: 'pfCount', ts: '(keys: RedisVariadicArgument): Promise<number>', readonly: true, build: (keys) => withVariadic(['PFCOUNT'], keys) },
  PFMERGE: {
    method: 'pfMerge',
    ts: '(destination: RedisArgument, sources?: RedisVariadicArgument): Promise<SimpleStringReply>',
    build: (destination, sources) => (sources ? withVariadic(['PFMERGE', destination], sources) : ['PFMERGE', destination]),
  },
};
