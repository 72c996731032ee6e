'use strict';
// createCluster over TLS: a TLS-only 3 + 3 cluster (tls-cluster, tls-replication, client
// certificates required). The guide's form (`rediss://` root nodes) reaches every discovered node
// with the root's TLS options — node-redis 5.12.1 does not carry them over (#3117) and needs
// `defaults.socket`, which works here too.
const ferrodis = require('..');
const { startCluster, masterOf, keysForSlot, moveSlot, masterNodes } = require('./helpers/cluster');

jest.setTimeout(30000);

let cluster;
const open = [];

beforeAll(async () => {
  cluster = await startCluster({ masters: 3, replicasPerMaster: 1, tls: true });
});

afterAll(async () => {
  for (const c of open) await c.close().catch(() => {});
  if (cluster) await cluster.stop();
});

async function connected(options) {
  const c = ferrodis.createCluster(options);
  c.on('error', () => {});
  open.push(c);
  await c.connect();
  return c;
}

test('rediss:// root nodes: TLS carries over to every node', async () => {
  const c = await connected({ rootNodes: [{ url: cluster.urls[0], socket: { ...cluster.tls } }] });
  const keys = Array.from({ length: 50 }, (_, i) => `tls:${i}`);
  await Promise.all(keys.map((k) => c.set(k, k)));
  expect(await c.mGet(keys)).toEqual(keys);
  expect(c.masters).toHaveLength(3);
  expect(c.masters.every((m) => m.client.options.socket.tls === true)).toBe(true);
});

test('defaults.socket.tls, as node-redis documents it', async () => {
  const c = await connected({
    rootNodes: cluster.rootNodes.map(({ host, port }) => ({ socket: { host, port } })),
    defaults: { socket: { tls: true, ...cluster.tls } },
  });
  expect(await c.set('tls:defaults', '1')).toBe('OK');
  expect(await c.get('tls:defaults')).toBe('1');
});

test('MOVED over TLS', async () => {
  const c = await connected({ rootNodes: [{ url: cluster.urls[0], socket: { ...cluster.tls } }], topologyRefreshInterval: false });
  const [key] = keysForSlot(700, 1, { prefix: 'tlsmoved' });
  await c.set(key, 'v');
  const from = await masterOf(cluster, 700);
  const to = (await masterNodes(cluster)).find((m) => m.id !== from.id);
  await moveSlot(cluster, 700, to);
  expect(await c.get(key)).toBe('v');
  expect(c.slots[700].master.port).toBe(to.port);
});
