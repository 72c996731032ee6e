'use strict';
const { int, oneOf } = require('./args');

const FLUSH_MODES = ['ASYNC', 'SYNC'];

module.exports = {
  INFO: { method: 'info', readonly: true, keyless: true, build: (section) => (section ? ['INFO', section] : ['INFO']) },
  FLUSHALL: {
    method: 'flushAll',
    keyless: true,
    build: (mode) => (mode === undefined ? ['FLUSHALL'] : ['FLUSHALL', oneOf(mode, FLUSH_MODES, 'FLUSHALL mode')]),
  },
  FLUSHDB: {
    method: 'flushDb',
    keyless: true,
    build: (mode) => (mode === undefined ? ['FLUSHDB'] : ['FLUSHDB', oneOf(mode, FLUSH_MODES, 'FLUSHDB mode')]),
  },
  DBSIZE: { method: 'dbSize', readonly: true, keyless: true, build: () => ['DBSIZE'] },
  SELECT: { method: 'select', keyless: true, build: (db) => ['SELECT', int(db, 'SELECT database')] },
};
