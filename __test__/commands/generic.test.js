'use strict';
// Keyspace commands through ferrodis and node-redis side by side (helpers/differential.js), in
// RESP2 and RESP3, plus argument checks that must fail before anything is sent.
const { RESP_TYPES } = require('redis');
const { differential } = require('../helpers/differential');
const { startRedis } = require('../helpers/redis-server');
const ferrodis = require('../..');

const asBuffers = (c) => c.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
const sorted = (list) => list.sort();
const sortedScan = (reply) => {
  reply.keys.sort(Buffer.isBuffer(reply.keys[0]) ? Buffer.compare : undefined);
  return reply;
};
// Idle times and remaining ttls move with the clock: compare them as plausible ranges.
const within = (low, high) => (n) => n >= low && n <= high;
const YEAR_2100 = 4102444800;

// MIGRATE's destination: a second server, flushed by each scenario that uses it.
let target;
beforeAll(async () => {
  target = await startRedis();
});
afterAll(() => target?.stop());

differential('keyspace commands', {
  'DEL, UNLINK, EXISTS, TOUCH and TYPE': (c) => [c.mSet({ a: '1', b: '2', c: '3', d: '4' }), c.hSet('h', 'f', 'v'), c.exists('a'), c.exists(['a', 'b', 'a', 'nope']),
    c.touch('a'), c.touch(['a', 'b', 'nope']), c.type('a'), c.type('h'), c.type('nope'), c.del('a'), c.del(['b', 'nope']), c.unlink('c'), c.unlink(['d', 'h', 'nope']), c.exists(['a', 'b', 'c', 'd', 'h'])],
  'KEYS and RANDOMKEY': (c) => [c.randomKey(), c.keys('*'), c.set('only', '1'), c.randomKey(), c.mSet({ k1: '1', k2: '2', other: '3' }), c.keys('k*').then(sorted), c.keys('*').then(sorted), c.keys('nothing*')],
  'SCAN options': (c) => [c.mSet({ s1: '1', s2: '2', t1: '3' }), c.hSet('sh', 'f', 'v'), c.lPush('sl', 'x'), c.scan('0', { COUNT: 1000 }).then(sortedScan), c.scan('0', { MATCH: 's*', COUNT: 1000 }).then(sortedScan),
    c.scan('0', { TYPE: 'hash', COUNT: 1000 }), c.scan('0', { MATCH: 'none*', TYPE: 'string', COUNT: 1000 }), asBuffers(c).scan('0', { COUNT: 1000 }).then(sortedScan), c.scan('bad')],
  'RENAME, RENAMENX, COPY and MOVE': (c) => [c.set('a', '1'), c.rename('a', 'b'), c.get('b'), c.set('c', '3'), c.renameNX('b', 'c'), c.renameNX('b', 'd'), c.rename('nope', 'x'),
    c.copy('d', 'e'), c.copy('d', 'c'), c.copy('d', 'c', { REPLACE: true }), c.get('c'), c.copy('d', 'd', { DB: 1 }), c.copy('nope', 'f'), c.move('d', 1), c.move('e', 1), c.exists(['d', 'e']),
    c.move('nope', 1), c.move('c', 99)],
  'EXPIRE family': (c) => [c.mSet({ a: '1', b: '2', c: '3' }), c.ttl('a'), c.pTTL('a'), c.ttl('nope'), c.pTTL('nope'), c.expireTime('a'), c.pExpireTime('nope'),
    c.expire('a', 100), c.expire('a', 50, 'GT'), c.expire('a', 50, 'LT'), c.ttl('a'), c.expire('a', 10, 'NX'), c.expire('b', 10, 'XX'), c.pExpire('b', 100000), c.pExpire('b', 1, 'GT'), c.pTTL('b').then(within(98000, 100000)),
    c.expireAt('c', YEAR_2100), c.expireTime('c'), c.expireAt('c', new Date(YEAR_2100 * 1000 + 5999)), c.expireTime('c'), c.pExpireAt('c', YEAR_2100 * 1000 + 1234), c.pExpireTime('c'),
    c.pExpireAt('c', new Date(YEAR_2100 * 1000 + 777), 'XX'), c.pExpireTime('c'), c.expireAt('c', YEAR_2100 + 10, 'LT'), c.persist('c'), c.persist('c'), c.ttl('c'), c.expire('nope', 10), c.expire('a', 0), c.exists('a')],
  'OBJECT subcommands': (c) => [c.set('int', '12'), c.set('str', 'text'), c.hSet('h', 'f', 'v'), c.objectEncoding('int'), c.objectEncoding('str'), c.objectEncoding('h'), c.objectEncoding('nope'),
    c.objectRefCount('str'), c.objectRefCount('nope'), c.objectIdleTime('str').then(within(0, 1)), c.objectIdleTime('nope'), c.objectFreq('str')],
  'DUMP and RESTORE': async (c) => {
    await c.hSet('h', { a: '1', b: '2' });
    const payload = await asBuffers(c).dump('h');
    return [payload, c.dump('h'), c.dump('nope'), c.restore('h2', 0, payload), c.hGetAll('h2'), c.ttl('h2'), c.restore('h2', 0, payload), c.restore('h2', 100000, payload, { REPLACE: true }), c.ttl('h2'),
      c.restore('h3', (YEAR_2100 + 1) * 1000, payload, { ABSTTL: true }), c.expireTime('h3'), c.restore('h4', 0, payload, { IDLETIME: 1000 }), c.objectIdleTime('h4').then(within(1000, 1001)),
      c.restore('h5', 0, payload, { FREQ: 5 }), c.restore('bad', 0, 'not a payload'), c.restore('bad', -1, payload)];
  },
  'RESTORE-ASKING': (c) => [c.restoreAsking()],
  'MIGRATE': async (c) => {
    await target.command('FLUSHALL');
    await c.mSet({ m: 'v', m1: '1', m2: '2', keep: 'k' });
    const replies = [await c.migrate(target.host, target.port, 'm', 0, 5000), await c.migrate(target.host, target.port, 'nope', 0, 5000),
      await c.migrate(target.host, target.port, ['m1', 'm2'], 0, 5000, { REPLACE: true }), await c.migrate(target.host, target.port, 'keep', 0, 5000, { COPY: true }),
      await c.migrate(target.host, target.port, 'keep', 0, 5000, { COPY: true }).catch((err) => err), await c.migrate(target.host, target.port, 'keep', 0, 5000, { COPY: true, REPLACE: true })];
    return [...replies, c.exists(['m', 'm1', 'm2', 'keep']), target.command('MGET', 'm', 'm1', 'm2', 'keep')];
  },
  'SORT, SORT_RO and SORT_STORE': (c) => [c.lPush('l', ['2', '1', '3']), c.mSet({ w_1: '30', w_2: '10', w_3: '20', o_1: 'one', o_2: 'two', o_3: 'three' }), c.sAdd('names', ['b', 'c', 'a']),
    c.sort('l'), c.sort('l', { DIRECTION: 'DESC' }), c.sort('l', { BY: 'w_*' }), c.sort('l', { BY: 'w_*', GET: 'o_*' }), c.sort('l', { GET: ['#', 'o_*'], LIMIT: { offset: 1, count: 2 } }),
    c.sort('names', { ALPHA: true }), c.sort('names'), c.sortRo('l', { DIRECTION: 'DESC', LIMIT: { offset: 0, count: 1 } }), c.sortRo('names', { ALPHA: true, DIRECTION: 'DESC' }),
    c.sortStore('l', 'dest', { DIRECTION: 'DESC' }), c.lRange('dest', 0, -1), c.sortStore('names', 'dest2', { ALPHA: true, GET: '#' }), c.lRange('dest2', 0, -1), c.sort('nope')],
  'WAIT': (c) => [c.set('k', 'v'), c.wait(0, 0), c.wait(1, 10)],
  'Buffer replies': (c) => {
    const b = asBuffers(c);
    return [c.set('k', Buffer.from([0xff, 0])), b.type('k'), b.keys('k'), b.randomKey(), b.objectEncoding('k'), c.lPush('l', ['a', 'b']), b.sort('l', { ALPHA: true })];
  },
  'errors': (c) => [c.set('s', 'v'), c.sort('s'), c.sortRo('s', { ALPHA: true }), c.expire('s', 3, 'NX'), c.expire('s', 10, 'NX'), c.copy('s', 's'), c.rename('s', 's'),
    c.move('s', 0), c.migrate('127.0.0.1', 1, 'missing', 0, 100)],
});

differential('keyspace commands under an LFU policy', {
  'OBJECT FREQ and RESTORE FREQ': async (c) => {
    await c.set('k', 'v');
    const payload = await asBuffers(c).dump('k');
    return [c.objectFreq('k'), c.restore('r', 0, payload, { FREQ: 100 }), c.objectFreq('r'), c.restore('r', 0, payload, { REPLACE: true, FREQ: 7 }), c.objectFreq('r'), c.objectFreq('nope'),
      c.objectIdleTime('k')];
  },
}, { server: { config: { 'maxmemory-policy': 'allkeys-lfu' } } });

describe('keyspace commands reject bad arguments before sending', () => {
  const client = ferrodis.createClient();
  test.each([
    ['expire with a float', () => client.expire('k', 1.5)],
    ['expire with a bad mode', () => client.expire('k', 1, 'GE')],
    ['pExpire with a string', () => client.pExpire('k', 'soon')],
    ['expireAt with an invalid Date', () => client.expireAt('k', new Date('never'))],
    ['pExpireAt with an object', () => client.pExpireAt('k', {})],
    ['copy with a string DB', () => client.copy('a', 'b', { DB: 'one' })],
    ['copy with non-object options', () => client.copy('a', 'b', 'REPLACE')],
    ['move without a db', () => client.move('k')],
    ['restore with a float ttl', () => client.restore('k', 0.5, 'x')],
    ['restore with a bad IDLETIME', () => client.restore('k', 0, 'x', { IDLETIME: 'old' })],
    ['migrate with a bad port', () => client.migrate('h', 'port', 'k', 0, 10)],
    ['migrate with a bad AUTH', () => client.migrate('h', 1, 'k', 0, 10, { AUTH: 'secret' })],
    ['scan with a bad COUNT', () => client.scan('0', { COUNT: 1.5 })],
    ['sort with a bad DIRECTION', () => client.sort('k', { DIRECTION: 'UP' })],
    ['sort with a bad LIMIT', () => client.sort('k', { LIMIT: { offset: 0 } })],
    ['sortStore with non-object options', () => client.sortStore('a', 'b', ['ALPHA'])],
    ['wait without a timeout', () => client.wait(0)],
  ])('%s', async (_title, call) => {
    await expect(call()).rejects.toThrow(TypeError);
  });
});
