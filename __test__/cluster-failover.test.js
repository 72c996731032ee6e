'use strict';
// A cluster that changes under the client: a slot migrating (ASK), a slot moved (MOVED), a
// manual failover, a master killed with kill -9 under load, a slot left without any master. One
// 3 + 3 cluster (cluster-node-timeout 1000) for the file; the tests run in order, each leaving
// the cluster stable for the next (helpers/cluster.js waitForStable).
const ferrodis = require('..');
const redis = require('redis');
const {
  useCluster, masterOf, masterNodes, replicasOf, keysForSlot, beginMigration, migrateKeys, finishMigration,
  moveSlot, manualFailover, killMaster, waitForPromotion, restartNode, waitForStable,
} = require('./helpers/cluster');
const { slotOf } = require('../lib/commands/routing');

jest.setTimeout(60000);

let cluster;
const { connected } = useCluster({ masters: 3, replicasPerMaster: 1, nodeTimeout: 1000 }, (c) => (cluster = c));

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A master other than `ref`. */
async function otherMaster(ref) {
  return (await masterNodes(cluster)).find((m) => m.id !== ref.id);
}

test('MOVED: a moved slot is followed, the table updated, the reply right', async () => {
  const c = await connected({ topologyRefreshInterval: false });
  const [key] = keysForSlot(100, 1, { prefix: 'moved' });
  await c.set(key, 'before');
  const from = await masterOf(cluster, 100);
  const to = await otherMaster(from);
  await moveSlot(cluster, 100, to);
  expect(c.slots[100].master.port).toBe(from.port); // the client does not know yet
  expect(await c.get(key)).toBe('before');
  expect(await c.set(key, 'after')).toBe('OK');
  expect(c.slots[100].master.port).toBe(to.port);
});

test('ASK: during a migration, moved keys are read on the target after ASKING, the others on the source', async () => {
  const c = await connected({ topologyRefreshInterval: false });
  const slot = 200;
  const keys = keysForSlot(slot, 3, { prefix: 'ask' });
  await Promise.all(keys.map((k) => c.set(k, `v-${k}`)));
  const to = await otherMaster(await masterOf(cluster, slot));
  await beginMigration(cluster, slot, to);
  await migrateKeys(cluster, slot, [keys[0]]);
  expect(await c.get(keys[0])).toBe(`v-${keys[0]}`); // ASK → ASKING + GET on the target
  expect(await c.get(keys[1])).toBe(`v-${keys[1]}`); // still on the source
  // a transaction whose key has moved: EXECABORT on the source, then ASKING + MULTI on the target
  expect(await c.multi().get(keys[0]).exec()).toEqual([`v-${keys[0]}`]);
  await finishMigration(cluster, slot, to);
  expect(await c.get(keys[2])).toBe(`v-${keys[2]}`); // MOVED now
});

test('multi() follows MOVED after a failover (node-redis #3394)', async () => {
  const c = await connected({ topologyRefreshInterval: false });
  const slot = 300;
  const [key] = keysForSlot(slot, 1, { prefix: 'txmoved' });
  await c.set(key, '1');
  await manualFailover(cluster, await masterOf(cluster, slot));
  expect(await c.multi().incr(key).get(key).exec()).toEqual([2, '2']);
  const n = await connected({}, redis);
  await manualFailover(cluster, await masterOf(cluster, slot));
  // node-redis 5.12.1 fails the transaction with the MOVED (its 6.2.1 follows it)
  await expect(n.multi().incr(key).exec()).rejects.toThrow(/MOVED|EXECABORT/);
});

test('the topology is refreshed periodically, without a MOVED (node-redis #2806)', async () => {
  const c = await connected({ topologyRefreshInterval: 200 });
  const slot = 400;
  const to = await otherMaster(await masterOf(cluster, slot));
  await moveSlot(cluster, slot, to);
  const deadline = Date.now() + 3000;
  while (c.slots[slot].master.port !== to.port && Date.now() < deadline) await sleep(50);
  expect(c.slots[slot].master.port).toBe(to.port);
});

test('kill -9 of a master under load: every command settles, writes to its slots resume after the promotion', async () => {
  const c = await connected();
  const victim = await masterOf(cluster, 500);
  const keys = keysForSlot(500, 20, { prefix: 'kill' });
  let pending = 0;
  let maxPending = 0;
  let resolved = 0;
  const rejected = new Map();
  let stop = false;
  let killedAt;
  let firstWriteAfter;
  const worker = async (i) => {
    while (!stop) {
      pending++;
      maxPending = Math.max(maxPending, pending);
      try {
        await c.set(i < 20 ? keys[i] : `kill-other:${i}:${resolved}`, 'v');
        resolved++;
        if (i < 20 && killedAt !== undefined && firstWriteAfter === undefined) firstWriteAfter = Date.now() - killedAt;
      } catch (err) {
        rejected.set(err.message, (rejected.get(err.message) ?? 0) + 1);
        await sleep(5);
      } finally {
        pending--;
      }
    }
  };
  const workers = Array.from({ length: 40 }, (_, i) => worker(i));
  await sleep(300);
  const kill = await killMaster(cluster, victim);
  killedAt = kill.at;
  const promotion = await waitForPromotion(cluster, 500, { from: victim });
  while (firstWriteAfter === undefined && Date.now() - killedAt < 15000) await sleep(20);
  stop = true;
  const settled = await Promise.race([Promise.all(workers).then(() => true), sleep(10000).then(() => false)]);
  expect(settled).toBe(true);
  expect(pending).toBe(0);
  expect(firstWriteAfter).toBeDefined();
  // resumed within a second of the promotion being visible (the client asks every 250 ms)
  expect(firstWriteAfter).toBeLessThan(promotion.at - killedAt + 1000);
  // only commands written on the dead connection fail, with its error; none is re-sent
  for (const message of rejected.keys()) expect(message).toMatch(/ECONNRESET|EPIPE|Socket closed|closed unexpectedly|ECONNREFUSED/);
  expect(maxPending).toBeLessThanOrEqual(40);
  await restartNode(cluster, kill.node);
  await waitForStable(cluster);
});

test('every reply to its own command while slots migrate back and forth and a master fails over', async () => {
  const c = await connected({ topologyRefreshInterval: 300 });
  const slots = [1000, 6000, 12000];
  const keys = slots.flatMap((slot) => keysForSlot(slot, 30, { prefix: 'storm' }));
  await Promise.all(keys.map((k) => c.set(k, `v-${k}`)));
  let wrong = 0;
  let answered = 0;
  const failures = new Map();
  let stop = false;
  const worker = async (w) => {
    for (let i = w; !stop; i++) {
      const key = keys[i % keys.length];
      try {
        const [value, many] = await Promise.all([c.get(key), c.mGet([key, keys[(i + 7) % keys.length]])]);
        if (value !== `v-${key}` || many[0] !== `v-${key}` || many[1] !== `v-${keys[(i + 7) % keys.length]}`) wrong++;
        answered++;
      } catch (err) {
        failures.set(err.message, (failures.get(err.message) ?? 0) + 1);
      }
    }
  };
  const workers = Array.from({ length: 20 }, (_, w) => worker(w));
  for (let round = 0; round < 3; round++) {
    for (const slot of slots) {
      const from = await masterOf(cluster, slot);
      await moveSlot(cluster, slot, await otherMaster(from));
    }
    await sleep(100);
  }
  await manualFailover(cluster, await masterOf(cluster, slots[0]));
  await sleep(300);
  stop = true;
  await Promise.all(workers);
  expect(wrong).toBe(0);
  expect(answered).toBeGreaterThan(1000);
  // a manual failover closes no connection and answers nothing wrong: nothing may fail
  expect([...failures]).toEqual([]);
});

test('a slot with no master left: its commands wait failoverTimeout, then fail with a clear error; the others go on', async () => {
  const c = await connected({ failoverTimeout: 1500 });
  const slot = 600;
  const [key] = keysForSlot(slot, 1, { prefix: 'orphan' });
  const master = await masterOf(cluster, slot);
  const [otherKey] = keysForSlot((await masterOf(cluster, 0)).id === master.id ? 16000 : 0, 1, { prefix: 'alive' });
  for (const replica of await replicasOf(cluster, master)) replica.node.kill('SIGKILL');
  await sleep(100);
  await killMaster(cluster, master);
  const started = Date.now();
  const orphan = c.get(key).then(() => 'resolved', (err) => err);
  await sleep(200);
  // CLUSTERDOWN everywhere once the nodes mark it failed (cluster-require-full-coverage): the
  // other keys are answered or fail with the server's own error, never hang
  const other = await c.get(otherKey).then(() => 'answered', (err) => err.message);
  expect(['answered', expect.stringMatching(/CLUSTERDOWN|ECONN|closed/)]).toContainEqual(other);
  const error = await orphan;
  expect(error).toBeInstanceOf(Error);
  expect(error.message).toMatch(/failoverTimeout|CLUSTERDOWN/);
  expect(Date.now() - started).toBeLessThan(1500 + 1500);
  expect(slotOf(key)).toBe(slot);
});
