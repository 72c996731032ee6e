'use strict';
const { int, variadic } = require('./args');

module.exports = {
  LPUSH: { method: 'lPush', ts: '(key: RedisArgument, elements: RedisVariadicArgument): Promise<number>', build: (key, elements) => ['LPUSH', key, ...variadic(elements)] },
  LRANGE: {
    method: 'lRange',
    ts: '(key: RedisArgument, start: number, stop: number): Promise<string[]>',
    readonly: true,
    build: (key, start, stop) => ['LRANGE', key, int(start, 'LRANGE start'), int(stop, 'LRANGE stop')],
  },
};
