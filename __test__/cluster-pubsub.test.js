'use strict';
// The connections a cluster keeps besides its node clients. Pub/sub: channels and patterns on the
// pub/sub node, shard channels on their slot's master, and subscriptions that follow the cluster —
// a shard channel's slot migrated (the server unsubscribes it: node-redis 5.12.1 then drops it, its
// #3311), a master failed over, the pub/sub node gone. Blocking commands on side connections of
// their node's client. One 3 + 3 cluster (cluster-node-timeout 1000); the tests run in order, each
// leaving it stable.
const ferrodis = require('..');
const { useCluster, masterOf, masterNodes, moveSlot, killMaster, waitForPromotion, restartNode, waitForStable } = require('./helpers/cluster');
const { slotOf } = require('../lib/commands/routing');

jest.setTimeout(60000);

let cluster;
const { connected } = useCluster({ masters: 3, replicasPerMaster: 1, nodeTimeout: 1000 }, (c) => (cluster = c));

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Publishes `message` until `seen()` holds (a subscription that just moved may miss the first). */
async function until(seen, publish, { timeout = 15000 } = {}) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    await publish().catch(() => {});
    await sleep(50);
    if (seen()) return;
  }
  throw new Error('the message never arrived');
}

test('channels and patterns on the pub/sub node; shard channels on their masters; PUBLISH from any node', async () => {
  const sub = await connected();
  const pub = await connected();
  const got = [];
  expect(sub.pubSubNode).toBeUndefined();
  await sub.subscribe('news', (m, c) => got.push(['channel', m, c]));
  await sub.pSubscribe('sp*', (m, c) => got.push(['pattern', m, c]));
  const shardChannels = ['{a}s', '{b}s', '{c}s', '{d}s'];
  await sub.sSubscribe(shardChannels, (m, c) => got.push(['shard', m, c]));
  expect(sub.pubSubNode).toEqual(expect.objectContaining({ host: expect.any(String), port: expect.any(Number) }));
  await pub.publish('news', 'n1');
  await pub.publish('sport', 's1');
  for (const channel of shardChannels) await pub.sPublish(channel, `to ${channel}`);
  await sleep(100);
  expect(got).toEqual(expect.arrayContaining([['channel', 'n1', 'news'], ['pattern', 's1', 'sport'], ...shardChannels.map((c) => ['shard', `to ${c}`, c])]));
  expect(got).toHaveLength(2 + shardChannels.length);
  // each shard channel subscribed on the master of its slot
  for (const channel of shardChannels) {
    const master = await masterOf(cluster, slotOf(channel));
    const [numsub] = await master.node.command('PUBSUB', 'SHARDNUMSUB', channel).then((r) => [r[1]]);
    expect(numsub).toBe(1);
  }
  await sub.unsubscribe('news');
  await sub.pUnsubscribe();
  await sub.sUnsubscribe(['{a}s', '{b}s']);
  got.length = 0;
  await pub.publish('news', 'n2');
  await pub.sPublish('{a}s', 'gone');
  await pub.sPublish('{c}s', 'still');
  await sleep(100);
  expect(got).toEqual([['shard', 'still', '{c}s']]);
  await sub.sUnsubscribe();
  await Promise.all([sub.close(), pub.close()]);
});

test('wrong arguments reject; a closed cluster rejects', async () => {
  const c = await connected();
  await expect(c.sSubscribe([], () => {})).rejects.toThrow(TypeError);
  await expect(c.sSubscribe('ch')).rejects.toThrow(TypeError);
  await expect(c.subscribe(42, () => {})).rejects.toThrow(TypeError);
  expect(await c.set('k', 'v')).toBe('OK');
  await c.close();
  await expect(c.subscribe('ch', () => {})).rejects.toThrow(ferrodis.ClientClosedError);
});

test('a shard channel follows its slot to another master (node-redis drops it)', async () => {
  await waitForStable(cluster);
  const sub = await connected();
  const pub = await connected();
  const channel = '{migrating}s';
  const slot = slotOf(channel);
  const got = [];
  await sub.sSubscribe(channel, (m) => got.push(m));
  await pub.sPublish(channel, 'before');
  const source = await masterOf(cluster, slot);
  const target = (await masterNodes(cluster)).find((n) => n.port !== source.port);
  await moveSlot(cluster, slot, target);
  await until(() => got.includes('after'), () => pub.sPublish(channel, 'after'));
  expect(got[0]).toBe('before');
  const now = await masterOf(cluster, slot);
  expect(now.port).toBe(target.port);
  expect((await now.node.command('PUBSUB', 'SHARDNUMSUB', channel))[1]).toBe(1);
  await moveSlot(cluster, slot, source); // leave the cluster as it was
  await Promise.all([sub.close(), pub.close()]);
});

test('after a master is killed and its replica promoted, shard channels and the pub/sub node come back', async () => {
  await waitForStable(cluster);
  const sub = await connected();
  const pub = await connected();
  const channel = '{failover}s';
  const slot = slotOf(channel);
  const got = [];
  await sub.sSubscribe(channel, (m) => got.push(['shard', m]));
  // the pub/sub node is the master of that slot too, so that killing it moves both
  const victim = await masterOf(cluster, slot);
  await sub.subscribe('plain', (m) => got.push(['plain', m]));
  const wasPubSubOnVictim = sub.pubSubNode.port === victim.port;
  await killMaster(cluster, victim);
  await waitForPromotion(cluster, slot, { from: victim });
  await until(() => got.some(([kind, m]) => kind === 'shard' && m === 'after'), () => pub.sPublish(channel, 'after'));
  await until(() => got.some(([kind, m]) => kind === 'plain' && m === 'after'), () => pub.publish('plain', 'after'));
  if (wasPubSubOnVictim) expect(sub.pubSubNode.port).not.toBe(victim.port);
  await Promise.all([sub.close(), pub.close()]);
  await restartNode(cluster, victim);
  await waitForStable(cluster);
});

test('a blocking command waits on a side connection of its node: the cluster answers meanwhile', async () => {
  await waitForStable(cluster);
  const c = await connected();
  const other = await connected();
  try {
    const key = '{blocking}list';
    await c.del(key);
    const waiting = c.blPop(key, 0);
    await sleep(50);
    const t0 = performance.now();
    expect(await c.set('{blocking}k', 'v')).toBe('OK');
    expect(await c.get('{blocking}k')).toBe('v');
    expect(performance.now() - t0).toBeLessThan(200);
    await other.rPush(key, 'element');
    expect(await waiting).toEqual({ key, element: 'element' });
  } finally {
    await Promise.all([c.close(), other.close()]);
  }
});
