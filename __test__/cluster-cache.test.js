'use strict';
// clientSideCache on a cluster: one pooled cache for every node client, each tracking what it
// read; side by side with redis@5.12.1 for the sequences of node-redis' cluster cache spec, and
// the cache flushed when a node's connection is lost.
const redis = require('redis');
const ferrodis = require('..');
const { useCluster } = require('./helpers/cluster');
const { slotOf } = require('../lib/commands/routing');
const { invalidated } = require('./helpers/cache');

jest.setTimeout(60000);

const { connected } = useCluster({ masters: 3, replicasPerMaster: 0 }, () => {});

const counts = (stats) => ({ hits: stats.hitCount, misses: stats.missCount });

test('miss, hit, clear and an invalidation by another client: as node-redis', async () => {
  const results = {};
  for (const [name, lib] of [['ferrodis', ferrodis], ['redis', redis]]) {
    const cache = new lib.BasicPooledClientSideCache();
    const cluster = await connected({ RESP: 3, clientSideCache: cache }, lib);
    const writer = await connected({}, lib);
    await writer.mSet({ '{a}x': '1', '{a}y': '2' });
    const replies = [await cluster.get('{a}x'), await cluster.get('{a}x'), await cluster.mGet(['{a}x', '{a}y']), await cluster.mGet(['{a}x', '{a}y'])];
    const first = counts(cache.stats());
    const event = invalidated(cache);
    await writer.set('{a}x', '3');
    await event;
    replies.push(await cluster.get('{a}x'), await cluster.mGet(['{a}x', '{a}y']));
    cache.clear();
    replies.push(await cluster.get('{a}x'));
    results[name] = { replies, first, last: counts(cache.stats()), shared: cluster.clientSideCache === cache };
    await cluster.close();
    await writer.close();
  }
  expect(results.ferrodis).toEqual(results.redis);
  expect(results.ferrodis.replies).toEqual(['1', '1', ['1', '2'], ['1', '2'], '3', ['3', '2'], '3']);
});

test('a config object makes a BasicPooledClientSideCache; keys of every master are cached and invalidated', async () => {
  const c = await connected({ RESP: 3, clientSideCache: { maxEntries: 1000 } });
  expect(c.clientSideCache).toBeInstanceOf(ferrodis.BasicPooledClientSideCache);
  const writer = await connected();
  const keys = Array.from({ length: 30 }, (_, i) => `key:${i}`);
  for (const key of keys) await writer.set(key, 'old');
  for (const key of keys) await c.get(key);
  for (const key of keys) expect(await c.get(key)).toBe('old');
  expect(c.clientSideCache.stats().hitCount).toBe(30);
  for (const key of keys) await writer.set(key, 'new');
  // Each master sends the invalidations of its keys.
  const deadline = Date.now() + 5000;
  while (c.clientSideCache.size() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  for (const key of keys) expect(await c.get(key)).toBe('new');
});

test('a node connection killed: the cache is flushed, and a new read goes to the server', async () => {
  const c = await connected({ RESP: 3, clientSideCache: {} });
  const writer = await connected();
  await writer.set('{k}k', 'v1');
  await c.get('{k}k');
  expect(c.clientSideCache.size()).toBe(1);
  const master = c.getSlotMaster(slotOf('{k}k'));
  const id = await (await c.nodeClient(master)).clientId();
  await (await writer.nodeClient(writer.getSlotMaster(slotOf('{k}k')))).clientKill({ filter: 'ID', id });
  const deadline = Date.now() + 5000;
  while (c.clientSideCache.size() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  expect(c.clientSideCache.size()).toBe(0);
  await writer.set('{k}k', 'v2');
  expect(await c.get('{k}k')).toBe('v2');
});
