'use strict';
const { int, oneOf } = require('./args');

const FLUSH_MODES = ['ASYNC', 'SYNC'];

module.exports = {
  INFO: { method: 'info', ts: '(section?: RedisArgument): Promise<string>', readonly: true, keyless: true, build: (section) => (section ? ['INFO', section] : ['INFO']) },
  FLUSHALL: {
    method: 'flushAll',
    ts: "(mode?: 'ASYNC' | 'SYNC'): Promise<string>",
    keyless: true,
    build: (mode) => (mode === undefined ? ['FLUSHALL'] : ['FLUSHALL', oneOf(mode, FLUSH_MODES, 'FLUSHALL mode')]),
  },
  FLUSHDB: {
    method: 'flushDb',
    ts: "(mode?: 'ASYNC' | 'SYNC'): Promise<string>",
    keyless: true,
    build: (mode) => (mode === undefined ? ['FLUSHDB'] : ['FLUSHDB', oneOf(mode, FLUSH_MODES, 'FLUSHDB mode')]),
  },
  DBSIZE: { method: 'dbSize', ts: '(): Promise<number>', readonly: true, keyless: true, build: () => ['DBSIZE'] },
  SELECT: { method: 'select', ts: '(db: number): Promise<void>', keyless: true, build: (db) => ['SELECT', int(db, 'SELECT database')] },
};
