'use strict';
// The foundation's commands through ferrodis and through node-redis (redis@5.12.1) side by side
// (see helpers/differential.js): equal replies, prototypes and errors, in RESP2 and RESP3; and
// the same command arrays on the wire for every option form.
const redis = require('redis');
const { differential, wireDifferential } = require('./helpers/differential');

const SCENARIOS = {
  'strings': (c) => [c.set('s', 'v'), c.get('s'), c.set('s', 'w', { NX: true }), c.set('s', 'w', { XX: true, GET: true }), c.get('missing'),
    c.set('e', 'v', { EX: 100 }), c.set('e', 'v', { expiration: { type: 'PX', value: 100000 } }), c.set('e', 'x', { KEEPTTL: true }), c.mGet(['s', 'e', 'missing'])],
  'numbers': (c) => [c.incr('n'), c.incrBy('n', 10), c.incrBy('n', -3), c.get('n'), c.incr('s')],
  'keys': (c) => [c.set('k1', '1'), c.set('k2', '2'), c.exists('k1'), c.exists(['k1', 'k2', 'nope']), c.expire('k1', 100), c.expire('k1', 1000, 'LT'), c.ttl('k1'), c.ttl('k2'), c.ttl('nope'), c.del(['k1', 'k2', 'nope'])],
  'hashes': (c) => [c.hSet('h', 'f', 'v'), c.hSet('h', { a: 1, b: '2' }), c.hSet('h', new Map([['c', '3']])), c.hSet('h', [['d', '4']]), c.hSet('h', ['e', '5']), c.hGet('h', 'a'), c.hGet('h', 'nope'), c.hGetAll('h'), c.hGetAll('nope')],
  'lists and sets': (c) => [c.lPush('l', ['a', 'b']), c.lPush('l', 'c'), c.lRange('l', 0, -1), c.lRange('l', 5, 10), c.sAdd('st', ['x', 'y', 'x']), c.sAdd('st', 'z'), c.sMembers('nope')],
  'sorted sets': (c) => [c.zAdd('z', [{ score: 1, value: 'a' }, { score: 2.5, value: 'b' }]), c.zAdd('z', { score: 3, value: 'a' }, { XX: true, CH: true }),
    c.zAdd('z', { score: 1, value: 'q' }, { condition: 'NX' }), c.zRange('z', 0, -1), c.zRange('z', '(1', '+inf', { BY: 'SCORE' }), c.zRange('z', 0, -1, { REV: true }),
    c.zRange('z', '-', '+', { BY: 'LEX', LIMIT: { offset: 0, count: 2 } })],
  'connection and server': (c) => [c.ping(), c.ping('hello'), c.echo('e'), c.sendCommand(['DBSIZE']), c.select(0), c.set('x', '1'), c.dbSize(), c.info('keyspace'), c.flushDb(), c.flushAll('SYNC'), c.dbSize()],
  'errors': (c) => [c.lPush('wrong', 'a'), c.get('wrong'), c.hGetAll('wrong'), c.sendCommand(['NOSUCHCOMMAND', 'x']), c.incr('wrong'), c.sendCommand(['SET', 'a'])],
  'raw sendCommand': (c) => [c.hSet('rh', { a: '1' }), c.sendCommand(['HGETALL', 'rh']), c.sendCommand(['SMEMBERS', 'nope']), c.sendCommand(['ZADD', 'rz', '1.5', 'm']), c.sendCommand(['ZSCORE', 'rz', 'm']), c.sendCommand(['GET', 'nope'])],
  'buffers': (c) => {
    const b = c.withTypeMapping({ [redis.RESP_TYPES.BLOB_STRING]: Buffer });
    return [c.set(Buffer.from('bk'), Buffer.from([0, 255, 10])), b.get('bk'), b.mGet(['bk', 'nope']), b.hSet('bh', 'f', Buffer.from([1])), b.hGetAll('bh'), b.lPush('bl', 'x'), b.lRange('bl', 0, -1)];
  },
  'maps as Map': (c) => {
    const m = c.withTypeMapping({ [redis.RESP_TYPES.MAP]: Map });
    return [c.hSet('mh', { a: '1' }), m.hGetAll('mh'), m.hGetAll('nope')];
  },
};

differential('foundation commands', SCENARIOS);

wireDifferential('foundation commands on the wire', {
  'SET with every option form': (c) => [c.set('k', 'v', { EX: 1, NX: true, GET: true }), c.set('k', 1.5, { expiration: { type: 'PXAT', value: 99 }, condition: 'XX' }), c.set('k', 'v', { expiration: 'KEEPTTL' })],
  'ZADD and ZRANGE options': (c) => [c.zAdd('z', [{ score: -Infinity, value: 'a' }, { score: 0.5, value: 'b' }], { condition: 'NX', comparison: 'GT', CH: true }), c.zRange('z', 1, '(5', { BY: 'SCORE', REV: true, LIMIT: { offset: 0, count: 10 } })],
  'HSET forms': (c) => [c.hSet('h', 'f', 1), c.hSet('h', { a: 1, b: 'x' }), c.hSet('h', new Map([[1, 2]])), c.hSet('h', [['a', 'b'], ['c', 'd']])],
});
