'use strict';
// ferrodis' createCluster side by side with redis@5.12.1's on the same 3-master cluster, RESP2
// and RESP3: the same scenarios (keys spread over every node, hash-tagged multi-key commands,
// transactions, scripts, errors, type mappings) must give the same values — prototypes, Buffers
// and error classes included (helpers/differential.js `shape`). What node-redis gets wrong on a
// cluster (cross-slot MGET, MULTI after MOVED...) is in cluster.test.js and
// cluster-failover.test.js instead.
const ferrodis = require('..');
const redis = require('redis');
const { startCluster } = require('./helpers/redis-server');
const { shape } = require('./helpers/differential');

jest.setTimeout(30000);

const keys = Array.from({ length: 12 }, (_, i) => `diff:${i}`); // over every master's slots
const BUFFERS = { [ferrodis.RESP_TYPES.BLOB_STRING]: Buffer };

const SCENARIOS = {
  'strings on keys of every node': (c) => [
    ...keys.map((k, i) => c.set(k, String(i))),
    ...keys.map((k) => c.get(k)),
    ...keys.map((k) => c.incrBy(k, 5)),
    c.set(keys[1], 'v', { NX: true }),
    c.get('diff:missing'),
  ],
  // awaited one by one: node-redis 5.12.1 runs a read issued in the same tick as a write on the
  // same key before the write (cluster.test.js has that difference)
  'a write, then reads of it': async (c) => [
    await c.set(keys[0], '5'),
    await c.append(keys[0], 'x'),
    await c.getRange(keys[0], 0, 1),
    await c.strLen(keys[0]),
  ],
  'hash-tagged multi-key commands': (c) => [
    c.mSet({ '{t}a': '1', '{t}b': '2' }),
    c.mGet(['{t}a', '{t}b', '{t}c']),
    c.mSetNX({ '{t}a': '9', '{t}d': '4' }),
    c.exists(['{t}a', '{t}b', '{t}x']),
    c.del(['{t}a', '{t}x']),
    c.sAdd('{t}s1', ['a', 'b', 'c']),
    c.sAdd('{t}s2', ['b', 'c', 'd']),
    c.sInterCard(['{t}s1', '{t}s2']),
    c.sDiffStore('{t}s3', ['{t}s1', '{t}s2']),
    c.sMembers('{t}s3'),
    c.rename('{t}b', '{t}e'),
    c.copy('{t}e', '{t}f'),
  ],
  'hashes, lists and sorted sets': (c) => [
    c.hSet('diff:h', { a: '1', b: '2' }),
    c.hGetAll('diff:h'),
    c.hIncrBy('diff:h', 'a', 10),
    c.hmGet('diff:h', ['a', 'b', 'z']),
    c.hGetAll('diff:nohash'),
    c.rPush('diff:l', ['a', 'b', 'c']),
    c.lRange('diff:l', 0, -1),
    c.lPop('diff:l'),
    c.lPopCount('diff:l', 5),
    c.zAdd('diff:z', [{ score: 1.5, value: 'a' }, { score: 3, value: 'b' }]),
    c.zRangeWithScores('diff:z', 0, -1),
    c.zScore('diff:z', 'a'),
    c.zIncrBy('diff:z', 0.25, 'a'),
    c.zMPop('diff:z', 'MIN', { COUNT: 1 }),
  ],
  'streams and geo with fixed ids': (c) => [
    c.xAdd('diff:x', '1-1', { f: 'v' }),
    c.xAdd('diff:x', '2-1', { g: 'w' }),
    c.xRange('diff:x', '-', '+'),
    c.xLen('diff:x'),
    c.geoAdd('diff:g', [{ longitude: 13.361389, latitude: 38.115556, member: 'Palermo' }, { longitude: 15.087269, latitude: 37.502669, member: 'Catania' }]),
    c.geoDist('diff:g', 'Palermo', 'Catania', 'km'),
    c.geoSearch('diff:g', 'Palermo', { radius: 200, unit: 'km' }),
  ],
  'expiry and types': (c) => [
    c.set('diff:e', 'v'),
    c.expire('diff:e', 100),
    c.ttl('diff:e'),
    c.persist('diff:e'),
    c.type('diff:e'),
    c.type('diff:missing'),
  ],
  'errors: wrong type, not a number, unknown command': (c) => [
    c.set('diff:s', 'x'),
    c.incr('diff:s'),
    c.lPush('diff:s', 'a'),
    c.sendCommand('diff:s', false, ['NOSUCHCOMMAND', 'diff:s']),
  ],
  'transactions and pipelines on one slot': async (c) => [
    await c.multi().set('{m}a', '1').incr('{m}a').hSet('{m}h', { f: 'v' }).hGetAll('{m}h').exec(),
    await c.multi().get('{m}a').lRange('{m}l', 0, -1).execAsPipeline(),
    await c.multi().set('{m}a', '1').lPush('{m}a', 'x').exec().catch((err) => err),
  ],
  'scripts routed by their keys': (c) => [
    c.eval('return redis.call("SET", KEYS[1], ARGV[1])', { keys: ['diff:script'], arguments: ['v'] }),
    c.eval('return {KEYS[1], ARGV[1], 42}', { keys: ['diff:script'], arguments: ['a'] }),
    c.evalRo('return redis.call("GET", KEYS[1])', { keys: ['diff:script'] }),
  ],
  'sendCommand and Buffer type mapping': (c) => [
    c.sendCommand('diff:raw', false, ['SET', 'diff:raw', 'r']),
    c.sendCommand('diff:raw', true, ['GET', 'diff:raw']),
    c.withTypeMapping(BUFFERS).get('diff:raw'),
    c.withTypeMapping(BUFFERS).hGetAll('diff:nohash'),
    c.sendCommand(undefined, true, ['PING']),
  ],
};

const runs = {};

beforeAll(async () => {
  const servers = await startCluster({ masters: 3, replicasPerMaster: 0 });
  runs.servers = servers;
  for (const RESP of [2, 3]) {
    for (const [name, lib] of Object.entries({ ferrodis, redis })) {
      const c = lib.createCluster({ rootNodes: servers.rootNodes.map(({ host, port }) => ({ socket: { host, port } })), RESP });
      c.on('error', () => {});
      await c.connect();
      runs[`${name}${RESP}`] = c;
    }
  }
});

afterAll(async () => {
  for (const [name, c] of Object.entries(runs)) if (name !== 'servers') await c.close().catch(() => {});
  await runs.servers?.stop();
});

/** FLUSHALL on every master (a cluster's flushAll goes to one node only, in both clients). */
async function flush(c) {
  await Promise.all(c.masters.map(async (m) => (await c.nodeClient(m)).flushAll()));
}

async function outcomes(scenario, c) {
  await flush(c);
  let items;
  try {
    items = await scenario(c);
  } catch (err) {
    return [shape(err)];
  }
  return Promise.all(items.map((p) => Promise.resolve(p).then(shape, shape)));
}

describe.each([2, 3])('RESP%i: ferrodis createCluster = redis@5.12.1 createCluster', (RESP) => {
  test.each(Object.keys(SCENARIOS))('%s', async (title) => {
    const theirs = await outcomes(SCENARIOS[title], runs[`redis${RESP}`]);
    const ours = await outcomes(SCENARIOS[title], runs[`ferrodis${RESP}`]);
    expect(ours).toEqual(theirs);
  });
});
