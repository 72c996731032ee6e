'use strict';
// startCluster({ tls: true }) and the cluster helpers (helpers/cluster.js) over TLS: a TLS-only
// 3 + 3 cluster (tls-cluster, tls-replication) whose every node answers over TLS, announces its
// TLS port, migrates keys and fails over. Checked with raw commands only.
const net = require('net');
const { rawCommand, rawCommands, RespError } = require('./helpers/redis-server');
const {
  startCluster, slotOwners, masterOf, masterNodes, replicasOf, parseRedirect, target, waitForStable,
  keyForSlot, keysForSlot, moveSlot, manualFailover, killMaster, waitForPromotion, restartNode,
} = require('./helpers/cluster');

jest.setTimeout(30000);

let cluster;

beforeAll(async () => {
  cluster = await startCluster({ tls: true });
});

afterAll(async () => {
  if (cluster) await cluster.stop();
});

async function on(ref, ...args) {
  try {
    return await rawCommand(target(cluster, ref), ...args);
  } catch (err) {
    if (err instanceof RespError) return err;
    throw err;
  }
}

test('every node answers PING over TLS, with the client cert, on the port it announces', async () => {
  expect(cluster.nodes).toHaveLength(6);
  expect(cluster.tls).toEqual({ ca: expect.stringContaining('BEGIN CERTIFICATE'), cert: expect.stringContaining('BEGIN CERTIFICATE'), key: expect.stringContaining('PRIVATE KEY') });
  expect(Object.keys(cluster.certPaths).sort()).toEqual(['ca', 'cert', 'key']);
  for (const [i, root] of cluster.rootNodes.entries()) {
    expect(root).toEqual({ host: '127.0.0.1', port: cluster.nodes[i].tlsPort });
    expect(cluster.nodes[i].port).toBeUndefined(); // no plain port
    expect(cluster.urls[i]).toBe(`rediss://127.0.0.1:${root.port}`);
    expect(await rawCommand({ ...root, tls: cluster.tls }, 'PING')).toBe('PONG');
    // servername 127.0.0.1 (no SNI): the IP SAN verifies too
    expect(await rawCommand({ ...root, tls: { ...cluster.tls, servername: undefined } }, 'PING')).toBe('PONG');
  }
  const announced = new Set();
  for (const r of await slotOwners(cluster)) for (const n of [r.master, ...r.replicas]) announced.add(n.port);
  expect([...announced].sort()).toEqual(cluster.rootNodes.map((r) => r.port).sort());
});

test('plain TCP and certless TLS get no reply', async () => {
  const root = cluster.rootNodes[0];
  await expect(rawCommand(root, 'PING')).rejects.toThrow();
  await expect(rawCommand({ ...root, tls: { ca: cluster.tls.ca } }, 'PING')).rejects.toThrow();
  // (the server is still fine)
  expect(await rawCommand({ ...root, tls: cluster.tls }, 'PING')).toBe('PONG');
  expect(net.isIP(root.host)).toBe(4);
});

test('replication runs over TLS', async () => {
  for (const node of cluster.nodes) {
    const info = await node.command('INFO', 'replication');
    if (/role:slave/.test(info)) expect(info).toMatch(/master_link_status:up/);
  }
});

test('moveSlot over TLS: MIGRATE to the TLS port, then MOVED to it', async () => {
  const slot = 4242;
  const source = await masterOf(cluster, slot);
  const to = (await masterNodes(cluster)).find((m) => m.id !== source.id);
  const keys = keysForSlot(slot, 3, { prefix: 'tls' });
  await rawCommands(target(cluster, source), keys.map((k) => ['SET', k, k]));
  const moved = await moveSlot(cluster, slot, to);
  expect([...moved.keys].sort()).toEqual([...keys].sort());
  expect(parseRedirect(await on(source, 'GET', keys[0]))).toEqual({ kind: 'MOVED', slot, host: '127.0.0.1', port: to.node.tlsPort });
  expect(await rawCommands(target(cluster, to), keys.map((k) => ['GET', k]))).toEqual(keys);
});

test('manualFailover over TLS', async () => {
  const slot = 9999;
  const oldMaster = await masterOf(cluster, slot);
  const [replica] = await replicasOf(cluster, oldMaster);
  const result = await manualFailover(cluster, oldMaster);
  console.log(`TLS manualFailover: ${result.ms} ms`);
  expect(result.newMaster.id).toBe(replica.id);
  expect(parseRedirect(await on(oldMaster, 'GET', keyForSlot(slot)))).toEqual({ kind: 'MOVED', slot, host: '127.0.0.1', port: replica.port });
  expect((await on(oldMaster, 'ROLE'))[0]).toBe('slave');
});

test('killMaster + waitForPromotion + restartNode over TLS', async () => {
  const slot = 100;
  const master = await masterOf(cluster, slot);
  const [replica] = await replicasOf(cluster, master);
  const killed = await killMaster(cluster, master.node);
  const promoted = await waitForPromotion(cluster, slot, { from: master });
  console.log(`TLS kill → promotion: ${promoted.at - killed.at} ms`);
  expect(promoted.master.id).toBe(replica.id);
  const restarted = await restartNode(cluster, killed.node);
  expect(restarted.role).toBe('replica');
  await waitForStable(cluster);
  const range = (await slotOwners(cluster)).find((r) => r.start <= slot && slot <= r.end);
  expect(range.master.id).toBe(replica.id);
  expect(range.replicas.map((r) => r.id)).toEqual([master.id]);
});
