'use strict';
// The cluster test helpers (helpers/cluster.js) against one real 3 + 3 cluster, checked with raw
// commands only: each helper leaves the cluster in the state a cluster client must see (ASK while
// a slot migrates, MOVED after, a replica promoted after a failover or a kill). The TLS cluster
// has its own file (cluster-helpers-tls.test.js): one cluster per file.
const { rawCommand, rawCommands, RespError } = require('./helpers/redis-server');
const {
  startCluster, slotOwners, masterOf, masterNodes, replicasOf, nodeRef, clusterNodes, parseRedirect, target,
  waitForStable, keyForSlot, keysForSlot, beginMigration, migrateKeys, finishMigration, moveSlot,
  migrationOf, manualFailover, killMaster, waitForPromotion, restartNode,
} = require('./helpers/cluster');
const { slotOf } = require('../lib/commands/routing');

jest.setTimeout(30000);

let cluster;

beforeAll(async () => {
  cluster = await startCluster({ masters: 3, replicasPerMaster: 1 });
});

afterAll(async () => {
  if (cluster) await cluster.stop();
});

/** The reply to `args` on `ref`, or the error reply (as a RespError) it answered with. */
async function on(ref, ...args) {
  try {
    return await rawCommand(target(cluster, ref), ...args);
  } catch (err) {
    if (err instanceof RespError) return err;
    throw err;
  }
}

/** Some other running master than `ref`. */
async function otherMaster(ref) {
  return (await masterNodes(cluster)).find((m) => m.id !== ref.id);
}

test('keyForSlot / keysForSlot: plain keys in the asked slot', () => {
  for (const slot of [0, 1, 5460, 5461, 12182, 16383]) {
    const key = keyForSlot(slot);
    expect(slotOf(key)).toBe(slot);
    expect(key).not.toMatch(/[{}]/);
  }
  const keys = keysForSlot(777, 5);
  expect(new Set(keys).size).toBe(5);
  for (const k of keys) expect(slotOf(k)).toBe(777);
  expect(keys[0]).toBe(keyForSlot(777));
  expect(keyForSlot(777, { prefix: 'other' })).toMatch(/^other:/);
});

test('slotOwners / masterOf / replicasOf: the topology as CLUSTER SLOTS / NODES report it', async () => {
  const owners = await slotOwners(cluster);
  expect(owners).toHaveLength(3);
  expect(owners.reduce((n, r) => n + r.end - r.start + 1, 0)).toBe(16384);
  for (const r of owners) {
    expect(cluster.nodes).toContain(r.master.node);
    expect(r.master.id).toMatch(/^[0-9a-f]{40}$/);
    expect(r.replicas).toHaveLength(1);
    expect(cluster.nodes).toContain(r.replicas[0].node);
    const m = await masterOf(cluster, r.start);
    expect(m.id).toBe(r.master.id);
    expect((await masterOf(cluster, r.end, { via: r.replicas[0].node })).id).toBe(r.master.id);
    expect((await replicasOf(cluster, r.master)).map((x) => x.id)).toEqual([r.replicas[0].id]);
    // nodeRef takes a RedisServer, a { port } or an id
    expect((await nodeRef(cluster, r.master.node)).id).toBe(r.master.id);
    expect((await nodeRef(cluster, { port: r.master.port })).id).toBe(r.master.id);
    expect((await nodeRef(cluster, r.master.id)).node).toBe(r.master.node);
  }
  expect(await masterNodes(cluster)).toHaveLength(3);
  expect((await clusterNodes(cluster)).filter((e) => e.myself)).toHaveLength(1);
});

test('beginMigration + migrateKeys: the source answers ASK for moved keys; finishMigration: MOVED', async () => {
  const slot = 1234;
  const source = await masterOf(cluster, slot);
  const to = await otherMaster(source);
  const [moved, stays, missing] = keysForSlot(slot, 3, { prefix: 'mig' });
  await rawCommands(target(cluster, source), [['SET', moved, 'm'], ['SET', stays, 's']]);

  const begun = await beginMigration(cluster, slot, to.node);
  expect(begun.source.id).toBe(source.id);
  expect(begun.target.id).toBe(to.id);
  const migration = await migrationOf(cluster, slot);
  expect(migration.source.id).toBe(source.id);
  expect(migration.target.id).toBe(to.id);
  // Nothing moved yet: the source serves both keys, and ASKs for a key it does not have.
  expect(await on(source, 'GET', moved)).toBe('m');
  expect(parseRedirect(await on(source, 'GET', missing))).toEqual({ kind: 'ASK', slot, host: '127.0.0.1', port: to.port });

  const migrated = await migrateKeys(cluster, slot, [moved]);
  expect(migrated.keys).toEqual([moved]);
  expect(parseRedirect(await on(source, 'GET', moved))).toEqual({ kind: 'ASK', slot, host: '127.0.0.1', port: to.port });
  expect(await on(source, 'GET', stays)).toBe('s');
  // The importing target: MOVED back to the source without ASKING, the value with it.
  expect(parseRedirect(await on(to, 'GET', moved))).toEqual({ kind: 'MOVED', slot, host: '127.0.0.1', port: source.port });
  expect(await rawCommands(target(cluster, to), [['ASKING'], ['GET', moved]])).toEqual(['OK', 'm']);
  await expect(migrateKeys(cluster, slot, [keyForSlot(slot + 1)])).rejects.toThrow(/not 1234/);

  const finished = await finishMigration(cluster, slot, to.node);
  expect(finished.keys).toEqual([stays]); // the rest went along
  expect(await migrationOf(cluster, slot)).toBeUndefined();
  for (const key of [moved, stays, missing]) {
    expect(parseRedirect(await on(source, 'GET', key))).toEqual({ kind: 'MOVED', slot, host: '127.0.0.1', port: to.port });
  }
  expect(await on(to, 'GET', stays)).toBe('s');
  for (const node of cluster.nodes) expect((await masterOf(cluster, slot, { via: node })).id).toBe(to.id);
});

test('moveSlot: the old owner answers MOVED, the new one serves the keys', async () => {
  const slot = 15000;
  const source = await masterOf(cluster, slot);
  const to = await otherMaster(source);
  const keys = keysForSlot(slot, 4, { prefix: 'mv' });
  await rawCommands(target(cluster, source), keys.map((k) => ['SET', k, k]));
  const t0 = Date.now();
  const moved = await moveSlot(cluster, slot, to);
  console.log(`moveSlot with ${keys.length} keys, every node agreeing: ${Date.now() - t0} ms`);
  expect(moved.source.id).toBe(source.id);
  expect(moved.target.id).toBe(to.id);
  expect([...moved.keys].sort()).toEqual([...keys].sort());
  expect(parseRedirect(await on(source, 'GET', keys[0]))).toEqual({ kind: 'MOVED', slot, host: '127.0.0.1', port: to.port });
  expect(await rawCommands(target(cluster, to), keys.map((k) => ['GET', k]))).toEqual(keys);
  // The slot is now its own range on every node; moving it back works too.
  const owners = await slotOwners(cluster);
  expect(owners.find((r) => r.start === slot && r.end === slot).master.id).toBe(to.id);
  await moveSlot(cluster, slot, source.node);
  expect((await masterOf(cluster, slot)).id).toBe(source.id);
  expect(await on(source, 'GET', keys[1])).toBe(keys[1]);
  await waitForStable(cluster);
});

test('manualFailover: the replica becomes master everywhere, the old master its replica', async () => {
  const slot = 8000;
  const oldMaster = await masterOf(cluster, slot);
  const [replica] = await replicasOf(cluster, oldMaster);
  const key = keyForSlot(slot);
  await rawCommand(target(cluster, oldMaster), 'SET', key, 'v');
  const result = await manualFailover(cluster, oldMaster.node);
  console.log(`manualFailover, until stable with the old master resynced: ${result.ms} ms`);
  expect(result.newMaster.id).toBe(replica.id);
  expect(result.oldMaster.id).toBe(oldMaster.id);
  expect(result.slots.some(([s, e]) => s <= slot && slot <= e)).toBe(true);
  for (const node of cluster.nodes) expect((await masterOf(cluster, slot, { via: node })).id).toBe(replica.id);
  expect((await on(replica, 'ROLE'))[0]).toBe('master');
  const role = await on(oldMaster, 'ROLE');
  expect(role[0]).toBe('slave');
  expect(role[2]).toBe(replica.port);
  expect(parseRedirect(await on(oldMaster, 'GET', key))).toEqual({ kind: 'MOVED', slot, host: '127.0.0.1', port: replica.port });
  expect(await on(replica, 'GET', key)).toBe('v');
  const range = (await slotOwners(cluster)).find((r) => r.start <= slot && slot <= r.end);
  expect(range.replicas.map((r) => r.id)).toEqual([oldMaster.id]);
});

test('killMaster + waitForPromotion: the replica takes over; restartNode: the old master rejoins as its replica', async () => {
  const slot = 3000;
  const master = await masterOf(cluster, slot);
  const [replica] = await replicasOf(cluster, master);
  const key = keyForSlot(slot);
  await rawCommands(target(cluster, master), [['SET', key, 'before'], ['WAIT', 1, 1000]]);

  const killed = await killMaster(cluster, master);
  expect(killed.node.running).toBe(false);
  expect(killed.ref.id).toBe(master.id);
  expect(killed.replicas.map((r) => r.id)).toEqual([replica.id]);
  await expect(on(master, 'PING')).rejects.toThrow(/ECONNREFUSED/);

  const promoted = await waitForPromotion(cluster, slot, { everywhere: true });
  console.log(`kill → promotion seen: ${promoted.at - killed.at} ms, every node agreeing: ${promoted.everywhereAt - killed.at} ms`);
  expect(promoted.master.id).toBe(replica.id);
  expect(promoted.at - killed.at).toBeLessThan(10000);
  expect((await on(replica, 'ROLE'))[0]).toBe('master');
  expect(await on(replica, 'GET', key)).toBe('before');
  for (const node of cluster.nodes.filter((n) => n.running)) {
    expect((await masterOf(cluster, slot, { via: node })).id).toBe(replica.id);
  }
  const stable = await waitForStable(cluster);
  console.log(`after promotion, stable (dead master out of CLUSTER SLOTS) in ${stable.ms} ms more`);

  const restarted = await restartNode(cluster, killed.node);
  console.log(`restartNode → replica, cluster stable: ${restarted.ms} ms`);
  expect(restarted.role).toBe('replica');
  expect(restarted.ref.id).toBe(master.id); // same id: nodes.conf kept
  expect(restarted.ref.port).toBe(master.port);
  const role = await on(master, 'ROLE');
  expect(role[0]).toBe('slave');
  expect(role[2]).toBe(replica.port);
  const range = (await slotOwners(cluster)).find((r) => r.start <= slot && slot <= r.end);
  expect(range.master.id).toBe(replica.id);
  expect(range.replicas.map((r) => r.id)).toEqual([master.id]);
  expect(await rawCommands(target(cluster, master), [['READONLY'], ['GET', key]])).toEqual(['OK', 'before']);
});

test('the cluster ends whole: 3 masters, each with its replica', async () => {
  await waitForStable(cluster);
  const owners = await slotOwners(cluster);
  for (const r of owners) expect(r.replicas).toHaveLength(1);
  expect(await masterNodes(cluster)).toHaveLength(3);
});
