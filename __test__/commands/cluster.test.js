'use strict';
// Cluster administration through ferrodis and node-redis side by side, live:
//  - the read-only commands against a master of a 3-master / 3-replica cluster started once for
//    the file (ids, ports and slots are the same for both clients; counters and timestamps that
//    move between two runs are blanked);
//  - the slot and epoch commands against a lone cluster-enabled node, reset (CLUSTER RESET HARD)
//    before each client's run so that both start from the same empty node (its id changes with
//    each reset, so ids are blanked there).
// differential() runs against a standalone server, hence this small variant built on its `shape`.
const { RESP_TYPES } = require('redis');
const { shape } = require('../helpers/differential');
const { startCluster, startRedis, rawCommand, freePort } = require('../helpers/redis-server');
const ferrodis = require('../..');
const redis = require('redis');

const LIBRARIES = { ferrodis, redis };
const NODE_ID = /\b[0-9a-f]{40}\b/g;

let cluster;
let lone;
const ctx = {}; // facts about the cluster the scenarios need: ids, a hash tag of node 0

beforeAll(async () => {
  [cluster, lone] = await Promise.all([
    startCluster(),
    freePort().then((clusterPort) => startRedis({ config: { 'cluster-enabled': 'yes', 'cluster-config-file': 'nodes.conf', 'cluster-port': String(clusterPort) } })),
  ]);
  const node = cluster.nodes[0];
  ctx.myId = await rawCommand(node, 'CLUSTER', 'MYID');
  const slots = await rawCommand(node, 'CLUSTER', 'SLOTS');
  const own = slots.filter((range) => range[2][1] === node.port);
  for (const tag of 'abcdefghijklmnopqrstuvwxyz') {
    const slot = await rawCommand(node, 'CLUSTER', 'KEYSLOT', tag);
    if (own.some(([from, to]) => slot >= from && slot <= to)) {
      Object.assign(ctx, { tag, slot });
      break;
    }
  }
}, 60000);

afterAll(async () => {
  await Promise.all([cluster?.stop(), lone?.stop()]);
});

async function outcomes(result) {
  const items = await result;
  return Promise.all([].concat(items).map((p) => Promise.resolve(p).then(shape, shape)));
}

/**
 * One test per scenario and RESP version: both libraries' clients on `target()`, `prepare()`
 * before each run, outcomes compared after `normalize`.
 */
function clusterDifferential(name, scenarios, { target, prepare, normalize = (o) => o }) {
  for (const RESP of [2, 3]) {
    describe(`${name} (RESP${RESP}): ferrodis = redis@5.12.1`, () => {
      const clients = {};
      beforeAll(async () => {
        const { host, port } = target();
        for (const [lib, module] of Object.entries(LIBRARIES)) {
          clients[lib] = module.createClient({ socket: { host, port }, RESP });
          clients[lib].on('error', () => {});
          await clients[lib].connect();
        }
      });
      afterAll(async () => {
        for (const client of Object.values(clients)) await client.quit().catch(() => {});
      });

      test.each(Object.keys(scenarios))('%s', async (title) => {
        const results = {};
        for (const [lib, client] of Object.entries(clients)) {
          await prepare(target());
          results[lib] = normalize(await outcomes(scenarios[title](client, LIBRARIES[lib])), title);
        }
        expect(results.ferrodis).toEqual(results.redis);
      });
    });
  }
}

/** Blanks what moves between two runs in every string and number under `value` (a shape). */
function blank(value, { ids = false } = {}) {
  if (typeof value === 'string') {
    const text = ids ? value.replace(NODE_ID, '<id>') : value;
    // Counters, timestamps and epochs; the lines of CLUSTER NODES come in no fixed order.
    const masked = text.replace(/\d+/g, 'N');
    return masked.includes('\n') ? masked.split('\n').sort().join('\n') : masked;
  }
  if (typeof value === 'number') return 'N';
  if (Array.isArray(value)) return value.map((v) => blank(v, { ids }));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, blank(v, { ids })]));
  return value;
}

/**
 * CLUSTER LINKS: two links per peer, listed in no fixed order. A link's `events` (`r`, `w`,
 * `rw`: what it waits for at this instant) changes from one call to the next, so it is masked.
 */
function sortLinks(links) {
  const key = (link) => JSON.stringify(link instanceof Map ? [...link] : Array.isArray(link) ? link : Object.values(link));
  return links.map(maskEvents).sort((a, b) => key(a).localeCompare(key(b)));
}

function maskEvents(link) {
  const masked = (value) => (Buffer.isBuffer(value) ? Buffer.from('E') : 'E');
  if (link instanceof Map) return new Map([...link].map(([k, v]) => [k, String(k) === 'events' ? masked(v) : v]));
  if (Array.isArray(link)) return link.map((v, i) => (i % 2 === 1 && String(link[i - 1]) === 'events' ? masked(v) : v));
  const copy = Object.assign(Object.create(Object.getPrototypeOf(link)), link);
  if ('events' in copy) copy.events = masked(copy.events);
  return copy;
}

const VOLATILE = new Set(['CLUSTER INFO, NODES, LINKS, REPLICAS', 'type mappings of INFO, NODES, LINKS']);

clusterDifferential('cluster: a master of a running cluster', {
  'CLUSTER INFO, NODES, LINKS, REPLICAS': (c) => [c.clusterInfo(), c.clusterNodes(), c.clusterLinks().then(sortLinks), c.clusterReplicas(ctx.myId),
    c.clusterReplicas('0'.repeat(40))],
  'type mappings of INFO, NODES, LINKS': (c, lib) => {
    const v = c.withTypeMapping({ [RESP_TYPES.VERBATIM_STRING]: lib.VerbatimString });
    const m = c.withTypeMapping({ [RESP_TYPES.MAP]: Map, [RESP_TYPES.BLOB_STRING]: Buffer });
    const a = c.withTypeMapping({ [RESP_TYPES.MAP]: Array });
    return [v.clusterInfo(), v.clusterNodes(), m.clusterLinks().then(sortLinks), a.clusterLinks().then(sortLinks)];
  },
  'CLUSTER SLOTS, MYID, COUNT-FAILURE-REPORTS': (c) => {
    const b = c.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
    return [c.clusterSlots(), b.clusterSlots(), c.clusterMyId(), c.clusterCountFailureReports(ctx.myId), c.clusterCountFailureReports('nope')];
  },
  'CLUSTER KEYSLOT, COUNTKEYSINSLOT, GETKEYSINSLOT': (c) => {
    const keys = ['x', 'y', 'z'].map((k) => `${k}{${ctx.tag}}`);
    return [c.clusterKeySlot(ctx.tag), c.clusterKeySlot(Buffer.from(keys[0])), c.clusterCountKeysInSlot(ctx.slot), ...keys.map((k) => c.set(k, '1')),
      c.clusterCountKeysInSlot(ctx.slot), c.clusterGetKeysInSlot(ctx.slot, 10).then((found) => found.sort()), c.clusterGetKeysInSlot(ctx.slot, 1).then((found) => found.length),
      c.clusterGetKeysInSlot(16384, 1), c.clusterCountKeysInSlot(-1)];
  },
  'commands a master refuses': (c) => [c.clusterFailover(), c.clusterFailover({ mode: 'FORCE' }), c.clusterForget(ctx.myId), c.clusterReplicate(ctx.myId),
    c.clusterReplicate('0'.repeat(40)), c.clusterSetConfigEpoch(1)],
}, {
  target: () => cluster.nodes[0],
  prepare: (node) => rawCommand(node, 'FLUSHALL'),
  normalize: (outcomes, title) => (VOLATILE.has(title) ? blank(outcomes) : outcomes),
});

clusterDifferential('cluster: a lone cluster node', {
  'ADDSLOTS, DELSLOTS, their ranges, FLUSHSLOTS': (c) => [c.clusterAddSlots(1), c.clusterAddSlots([2, '3']), c.clusterAddSlotsRange({ start: 10, end: 20 }),
    c.clusterAddSlotsRange([{ start: 30, end: 31 }, { start: 40, end: 40 }]), c.clusterAddSlots(1), c.clusterSlots(), c.clusterCountKeysInSlot(10),
    c.clusterDelSlots(1), c.clusterDelSlots([2, 3]), c.clusterDelSlotsRange({ start: 10, end: 15 }), c.clusterDelSlotsRange([{ start: 16, end: 20 }, { start: 30, end: 30 }]),
    c.clusterDelSlots(1), c.clusterSlots(), c.clusterFlushSlots(), c.clusterSlots(), c.clusterAddSlotsRange({ start: 5, end: 2 })],
  'epochs and SAVECONFIG': (c) => [c.clusterSetConfigEpoch(5), c.clusterSetConfigEpoch(6), c.clusterBumpEpoch(), c.clusterSaveConfig(), c.clusterInfo()],
  'SETSLOT': async (c) => {
    const id = await c.clusterMyId();
    return [c.clusterAddSlots(100), c.clusterSetSlot(100, 'NODE', id), c.clusterSetSlot(100, 'STABLE'), c.clusterSetSlot(101, 'MIGRATING', id),
      c.clusterSetSlot(100, 'IMPORTING', 'f'.repeat(40)), c.clusterSetSlot(100, 'MIGRATING', 'nope'), c.clusterSlots()];
  },
  'RESET, MYID, NODES, ASKING, READONLY': async (c) => {
    const id = await c.clusterMyId();
    return [c.clusterCountFailureReports(id), c.clusterReplicas(id), c.asking(), c.readonly(), c.clusterReset(), c.clusterReset({ mode: 'SOFT' }),
      c.clusterMyId().then((now) => now === id), c.clusterReset({ mode: 'HARD' }), c.clusterMyId().then((now) => now === id), c.clusterNodes(), c.clusterForget(id)];
  },
  'MEET refused': (c) => [c.clusterMeet('127.0.0.1', 0), c.clusterMeet('not a host', 7000)],
}, {
  target: () => lone,
  prepare: async (node) => {
    await rawCommand(node, 'FLUSHALL');
    await rawCommand(node, 'CLUSTER', 'RESET', 'HARD');
  },
  normalize: (outcomes) => JSON.parse(JSON.stringify(outcomes).replace(NODE_ID, '<id>').replace(/(ping_sent|pong_recv|cluster_stats_messages_\w+):\d+/g, '$1:N')),
});

describe('cluster: bad arguments', () => {
  let client;
  beforeAll(async () => {
    client = ferrodis.createClient({ socket: { host: lone.host, port: lone.port } });
    await client.connect();
  });
  afterAll(() => client?.quit());

  test.each([
    ['slot not a number', (c) => c.clusterAddSlots('one')],
    ['slot list with an object', (c) => c.clusterDelSlots([1, {}])],
    ['range not an object', (c) => c.clusterAddSlotsRange(5)],
    ['range without end', (c) => c.clusterDelSlotsRange([{ start: 1 }])],
    ['GETKEYSINSLOT count missing', (c) => c.clusterGetKeysInSlot(1)],
    ['SETSLOT state', (c) => c.clusterSetSlot(1, 'OWNED')],
    ['FAILOVER mode', (c) => c.clusterFailover({ mode: 'SOFTLY' })],
    ['RESET options not an object', (c) => c.clusterReset('HARD')],
    ['MEET port', (c) => c.clusterMeet('127.0.0.1', 'seven')],
    ['SET-CONFIG-EPOCH epoch', (c) => c.clusterSetConfigEpoch(1.5)],
    ['node id a number', (c) => c.clusterForget(5)],
  ])('%s: TypeError, connection unharmed', async (_, call) => {
    await expect(call(client)).rejects.toThrow(TypeError);
    await expect(client.ping()).resolves.toBe('PONG');
  });
});
