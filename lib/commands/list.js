'use strict';
const { int, variadic } = require('./args');

module.exports = {
  LPUSH: { method: 'lPush', build: (key, elements) => ['LPUSH', key, ...variadic(elements)] },
  LRANGE: {
    method: 'lRange',
    readonly: true,
    build: (key, start, stop) => ['LRANGE', key, int(start, 'LRANGE start'), int(stop, 'LRANGE stop')],
  },
};
