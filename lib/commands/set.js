'use strict';
const { variadic } = require('./args');

module.exports = {
  SADD: { method: 'sAdd', build: (key, members) => ['SADD', key, ...variadic(members)] },
  SMEMBERS: { method: 'sMembers', readonly: true, build: (key) => ['SMEMBERS', key] },
};
