'use strict';
const { variadic } = require('./args');

module.exports = {
  SADD: { method: 'sAdd', ts: '(key: RedisArgument, members: RedisVariadicArgument): Promise<number>', build: (key, members) => ['SADD', key, ...variadic(members)] },
  SMEMBERS: { method: 'sMembers', ts: '(key: RedisArgument): Promise<string[]>', readonly: true, build: (key) => ['SMEMBERS', key] },
};
