'use strict';
// The workloads: what each one sends, how it is timed, what a correct reply looks like, and which
// redis-benchmark invocation (if any) has the same shape and serves as its "limit".
//
// Kinds (timed by worker.js):
//   sequential          one operation at a time, each awaited; latency is per operation
//   waves               `waveSize` operations issued at once, then Promise.all; latency is per wave
//   multi-client-waves  `clients` connections in one process, each running its own waves
//   memory              waves of GETs up to fixed operation counts, memory read at each checkpoint
//   idle                N clients connected one after the other and left idle: memory per
//                       connection and connect time per client (no ops/s)
//   failover            a steady load of SETs on a cluster, one master killed (kill -9) during
//                       it: time to the first write that succeeds on its slots, commands pending
//                       (no ops/s)
//   pubsub              one subscriber; redis-benchmark publishes to its channel: messages
//                       received per second and CPU per message (an "op" is one message)
//
// An "op" is one command, except in multi-100-sets where it is one MULTI … EXEC transaction.
// A workload with `tls: true` connects to the server's TLS port, with a client certificate.
// A workload with `cluster: true` runs on a cluster client (the adapter's createCluster) against
// the run's 3-master cluster; `unsupportedIf`: errors that mean a client does not do what the
// workload asks (shown as such in the table, not as a failure).

const KEYS = {
  str16: 'bench:str16',
  str100k: 'bench:str100k',
  hash1000: 'bench:hash1000',
  list1000: 'bench:list1000',
  set16: 'bench:set16',
  set100k: 'bench:set100k',
  multiPrefix: 'bench:multi:',
  cachedPrefix: 'bench:csc:',
  distinctHashPrefix: 'bench:hd:',
};

// Deterministic printable ASCII, so one char is one byte for every client and decoder.
function asciiValue(length, seed) {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  let state = seed >>> 0 || 1;
  let out = '';
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out += alphabet[(state >>> 16) % alphabet.length];
  }
  return out;
}

const VALUE_16 = asciiValue(16, 16);
const VALUE_100K = asciiValue(100 * 1024, 100);
const HASH_FIELDS = 1000;
const LIST_LENGTH = 1000;
const MULTI_SETS = 100;

// 1,000 hashes of 100 fields where every hash has its own field names (`h0042:f007`, 10 chars like
// the 1000-field hash's): 100,000 distinct names, far more than the 4,096 slots of the engine's
// known-strings table (docs/REPLY_STREAM.md), so HGETALL's field names are measured cold.
// Keys end in 12 digits, the form redis-benchmark's `-r` writes for __rand_int__, so that its
// limit reads the same hashes (at random rather than in turn).
const DISTINCT_HASHES = 1000;
// Keys a cache of 1,000 entries goes round without a hit (cached-miss-wave-1000).
const CACHED_KEYS = 10000;
const cachedKey = (i) => `${'bench:csc:'}${String(i).padStart(5, '0')}`;
let nextCached = 0;
const DISTINCT_FIELDS = 100;
const distinctHashKey = (i) => `${KEYS.distinctHashPrefix}${String(i).padStart(12, '0')}`;
const distinctField = (i, j) => `h${String(i).padStart(4, '0')}:f${String(j).padStart(3, '0')}`;
const distinctValue = (i, j) => asciiValue(16, 100000 + i * DISTINCT_FIELDS + j);
// The hashes are read in turn, so each HGETALL is of the hash read longest ago.
let distinctCursor = 0;
function nextDistinctHash() {
  const key = distinctHashKey(distinctCursor);
  distinctCursor = (distinctCursor + 1) % DISTINCT_HASHES;
  return key;
}

const hashField = (i) => `field:${String(i).padStart(4, '0')}`;
const hashValue = (i) => asciiValue(16, 1000 + i);
const listElement = (i) => asciiValue(16, 5000 + i);
const MULTI_PAIRS = Array.from({ length: MULTI_SETS }, (_, i) => [`${KEYS.multiPrefix}${i}`, VALUE_16]);

// The commands that put the data the read workloads need on the server (sent with redis-cli --pipe).
function seedCommands() {
  const hset = ['HSET', KEYS.hash1000];
  for (let i = 0; i < HASH_FIELDS; i++) hset.push(hashField(i), hashValue(i));
  const rpush = ['RPUSH', KEYS.list1000];
  for (let i = 0; i < LIST_LENGTH; i++) rpush.push(listElement(i));
  const distinct = [];
  for (let i = 0; i < DISTINCT_HASHES; i++) {
    const command = ['HSET', distinctHashKey(i)];
    for (let j = 0; j < DISTINCT_FIELDS; j++) command.push(distinctField(i, j), distinctValue(i, j));
    distinct.push(command);
  }
  const cached = ['MSET'];
  for (let i = 0; i < CACHED_KEYS; i++) cached.push(cachedKey(i), VALUE_16);
  return [
    ['SET', KEYS.str16, VALUE_16],
    ['SET', KEYS.str100k, VALUE_100K],
    cached,
    ['DEL', KEYS.hash1000, KEYS.list1000],
    hset,
    rpush,
    ...distinct,
  ];
}

// Number of entries in a reply, whatever shape a client gives it (object, array, string).
function sizeOf(reply) {
  if (reply == null) return -1;
  if (typeof reply === 'string' || Buffer.isBuffer(reply) || Array.isArray(reply)) return reply.length;
  if (typeof reply === 'object') return Object.keys(reply).length;
  return -1;
}

// A hash reply as [field, value] pairs, whatever shape a client gives it: an object (node-redis,
// ferrodis, ioredis), an array of { field, value } (valkey-glide), or a flat array.
function hashEntries(reply) {
  if (Array.isArray(reply)) {
    if (reply.length && typeof reply[0] === 'object' && reply[0] !== null && 'field' in reply[0]) {
      return reply.map((e) => [String(e.field), String(e.value)]);
    }
    const pairs = [];
    for (let k = 0; k + 1 < reply.length; k += 2) pairs.push([String(reply[k]), String(reply[k + 1])]);
    return pairs;
  }
  return reply && typeof reply === 'object' ? Object.entries(reply).map(([f, v]) => [f, String(v)]) : [];
}

// One of the distinct hashes, complete: every field of one hash `i`, each with its own value.
function isDistinctHash(reply) {
  const entries = hashEntries(reply);
  if (entries.length !== DISTINCT_FIELDS) return false;
  const i = Number(entries[0][0].slice(1, 5));
  const expected = new Map();
  for (let j = 0; j < DISTINCT_FIELDS; j++) expected.set(distinctField(i, j), distinctValue(i, j));
  return entries.every(([f, v]) => expected.get(f) === v);
}

const isOk = (reply) => reply === 'OK';

const PLAIN = [
  {
    name: 'get-seq',
    kind: 'sequential',
    describe: 'GET of a 16 B value, one at a time (each awaited before the next)',
    op: (c) => c.get(KEYS.str16),
    check: (r) => r === VALUE_16,
    limit: { clients: 1, pipeline: 1, args: ['GET', KEYS.str16] },
  },
  {
    name: 'get-wave-1000',
    kind: 'waves',
    waveSize: 1000,
    describe: 'waves of 1000 concurrent GETs of a 16 B value (Promise.all); latency per wave',
    op: (c) => c.get(KEYS.str16),
    check: (r) => r === VALUE_16,
    limit: { clients: 1, pipeline: 1000, args: ['GET', KEYS.str16] },
  },
  {
    name: 'set-wave-1000',
    kind: 'waves',
    waveSize: 1000,
    describe: 'waves of 1000 concurrent SETs of a 16 B value; latency per wave',
    op: (c) => c.set(KEYS.set16, VALUE_16),
    check: isOk,
    limit: { clients: 1, pipeline: 1000, args: ['SET', KEYS.set16, VALUE_16] },
  },
  {
    name: 'get-100kb',
    kind: 'waves',
    waveSize: 10,
    describe: 'waves of 10 concurrent GETs of a 100 KiB value; latency per wave',
    op: (c) => c.get(KEYS.str100k),
    check: (r) => r === VALUE_100K,
    limit: { clients: 1, pipeline: 10, args: ['GET', KEYS.str100k] },
  },
  {
    name: 'set-100kb',
    kind: 'waves',
    waveSize: 10,
    describe: 'waves of 10 concurrent SETs of a 100 KiB value; latency per wave',
    op: (c) => c.set(KEYS.set100k, VALUE_100K),
    check: isOk,
    limit: { clients: 1, pipeline: 10, args: ['SET', KEYS.set100k, VALUE_100K] },
  },
  {
    name: 'hgetall-1000',
    kind: 'sequential',
    describe: `HGETALL of a ${HASH_FIELDS}-field hash (10-char fields, 16 B values), one at a time`,
    op: (c) => c.hGetAll(KEYS.hash1000),
    check: (r) => sizeOf(r) === HASH_FIELDS,
    limit: { clients: 1, pipeline: 1, args: ['HGETALL', KEYS.hash1000] },
  },
  {
    name: 'hgetall-distinct-seq',
    kind: 'sequential',
    describe:
      `HGETALL of ${DISTINCT_HASHES} hashes of ${DISTINCT_FIELDS} fields in turn, one at a time; every hash has its own ` +
      `field names (10 chars, \`h0042:f007\`; 16 B values), ${DISTINCT_HASHES * DISTINCT_FIELDS} names in all, so ` +
      'no client or engine cache of field names stays warm',
    op: (c) => c.hGetAll(nextDistinctHash()),
    check: isDistinctHash,
    limit: { clients: 1, pipeline: 1, random: DISTINCT_HASHES, args: ['HGETALL', `${KEYS.distinctHashPrefix}__rand_int__`] },
  },
  {
    name: 'hgetall-distinct-wave-100',
    kind: 'waves',
    waveSize: 100,
    describe:
      `waves of 100 concurrent HGETALLs of the same ${DISTINCT_HASHES} hashes (each wave the next 100, in turn); ` +
      'latency per wave',
    op: (c) => c.hGetAll(nextDistinctHash()),
    check: isDistinctHash,
    limit: { clients: 1, pipeline: 100, random: DISTINCT_HASHES, args: ['HGETALL', `${KEYS.distinctHashPrefix}__rand_int__`] },
  },
  {
    name: 'lrange-1000',
    kind: 'sequential',
    describe: `LRANGE 0 -1 of a ${LIST_LENGTH}-element list (16 B elements), one at a time`,
    op: (c) => c.lRange(KEYS.list1000, 0, -1),
    check: (r) => sizeOf(r) === LIST_LENGTH,
    limit: { clients: 1, pipeline: 1, args: ['LRANGE', KEYS.list1000, '0', '-1'] },
  },
  {
    name: 'multi-100-sets',
    kind: 'sequential',
    describe: `MULTI, ${MULTI_SETS} SETs of 16 B values, EXEC — one transaction at a time; an op is one transaction`,
    op: (c) => c.multiSets(MULTI_PAIRS),
    check: (r) => sizeOf(r) === MULTI_SETS,
    limit: null, // redis-benchmark has no MULTI-of-N shape
  },
  {
    name: 'clients-50-waves-100',
    kind: 'multi-client-waves',
    clients: 50,
    waveSize: 100,
    describe: '50 connections in one process, each running waves of 100 concurrent GETs (16 B); latency per wave',
    op: (c) => c.get(KEYS.str16),
    check: (r) => r === VALUE_16,
    limit: { clients: 50, pipeline: 100, args: ['GET', KEYS.str16] },
  },
];

// Four of the above again over TLS (the server's TLS port, a client certificate): what each
// client's TLS stack costs it. Same data, same checks, same redis-benchmark shape (with --tls).
const overTls = (w) => ({ ...w, name: `tls-${w.name}`, tls: true, describe: `${w.describe}; over TLS, with a client certificate` });
const TLS_WORKLOADS = ['get-seq', 'get-wave-1000', 'get-100kb', 'set-100kb'].map((name) => overTls(PLAIN.find((w) => w.name === name)));

// What an idle connection costs: pools, one client per tenant, many services on one host.
const IDLE = [
  {
    name: 'idle-connections',
    kind: 'idle',
    onlyClients: ['ferrodis', 'redis', 'ioredis'], // one library per process; the others add nothing here
    describe:
      'N clients (--idle-connections, default 2000) of one library, in one process, connected one after the ' +
      'other and left idle; RSS and V8 heap per connection (after a forced GC, less before), connect time per client',
    limit: null,
  },
];

const MEMORY = [
  {
    name: 'memory-10m',
    kind: 'memory',
    waveSize: 1000,
    optIn: true, // long: only runs when named in --workloads
    describe: 'waves of 1000 GETs (16 B); RSS and heap before, and after each checkpoint (default 1M and 10M GETs)',
    op: (c) => c.get(KEYS.str16),
    check: (r) => r === VALUE_16,
    limit: null,
  },
];

// Redis Cluster: 1,000 keys whose slots spread over the whole range (their names hash where they
// will: about a third on each of the 3 masters), and 100 keys sharing the hash tag `{bench}` (one
// slot) for the one-slot MGET. Each value (16 B) starts with its key's number, so a check can tell
// that a reply is the one its key holds.
const CLUSTER_KEYS = 1000;
const CLUSTER_TAGGED = 100;
const clusterKey = (i) => `bench:c:${String(i).padStart(4, '0')}`;
const taggedKey = (j) => `{bench}:m:${String(j).padStart(3, '0')}`;
const clusterValue = (i) => `c${String(i).padStart(4, '0')}:${asciiValue(10, 30000 + i)}`;
const taggedValue = (j) => clusterValue(CLUSTER_KEYS + j);
const TAGGED_KEYS = Array.from({ length: CLUSTER_TAGGED }, (_, j) => taggedKey(j));
const CROSS_KEYS = Array.from({ length: CLUSTER_TAGGED }, (_, i) => clusterKey(i));
// The keys are read in turn: a wave of 1000 reads each key once.
let clusterCursor = 0;
function nextClusterKey() {
  const key = clusterKey(clusterCursor);
  clusterCursor = (clusterCursor + 1) % CLUSTER_KEYS;
  return key;
}
const isClusterValue = (r) => typeof r === 'string' && r === clusterValue(Number(r.slice(1, 5)));
const isValues = (expected) => (r) => Array.isArray(r) && r.length === expected.length && r.every((v, i) => v === expected[i]);

function clusterSeedCommands() {
  return [
    ...Array.from({ length: CLUSTER_KEYS }, (_, i) => ['SET', clusterKey(i), clusterValue(i)]),
    ...Array.from({ length: CLUSTER_TAGGED }, (_, j) => ['SET', taggedKey(j), taggedValue(j)]),
  ];
}

// The keys cluster-kill-master writes to (not seeded): 1,000 more, spread over the slots the same way.
const FAILOVER_KEYS = 1000;
const failoverKey = (i) => `bench:k:${String(i).padStart(4, '0')}`;

const CLUSTER = [
  {
    name: 'cluster-get-wave-1000',
    kind: 'waves',
    cluster: true,
    waveSize: 1000,
    describe:
      `waves of 1000 concurrent GETs (16 B) over ${CLUSTER_KEYS} keys spread across the slots of a 3-master cluster ` +
      '(each wave reads every key once); latency per wave',
    op: (c) => c.get(nextClusterKey()),
    check: isClusterValue,
    limit: null,
  },
  {
    name: 'cluster-get-seq',
    kind: 'sequential',
    cluster: true,
    describe: `GET of the same ${CLUSTER_KEYS} keys in turn (16 B), one at a time, on the 3-master cluster`,
    op: (c) => c.get(nextClusterKey()),
    check: isClusterValue,
    limit: null,
  },
  {
    name: 'cluster-mget-100-slot',
    kind: 'sequential',
    cluster: true,
    describe: `MGET of ${CLUSTER_TAGGED} keys sharing the hash tag \`{bench}\` (one slot, 16 B values), one at a time; an op is one MGET`,
    op: (c) => c.mGet(TAGGED_KEYS),
    check: isValues(TAGGED_KEYS.map((_, j) => taggedValue(j))),
    limit: null,
  },
  {
    name: 'cluster-mget-100-cross',
    kind: 'sequential',
    cluster: true,
    describe:
      `MGET of ${CLUSTER_TAGGED} of the spread keys (${CLUSTER_TAGGED} slots on all 3 masters, 16 B values), one at a time; ` +
      'an op is one MGET. A client that sends it as one command gets CROSSSLOT from the server: unsupported',
    op: (c) => c.mGet(CROSS_KEYS),
    check: isValues(CROSS_KEYS.map((_, i) => clusterValue(i))),
    unsupportedIf: /CROSSSLOT|same slot/i,
    limit: null,
  },
  {
    name: 'cluster-kill-master',
    kind: 'failover',
    cluster: true,
    describe:
      'a fresh cluster of 3 masters + 3 replicas (cluster-node-timeout 1000, repl-ping-replica-period 1); a steady ' +
      `load of SETs (16 B; a wave of 100 every 10 ms, not awaited, over ${FAILOVER_KEYS} keys in all slots); kill -9 of ` +
      'one master: time from the kill to the first successful write (issued after the kill) to a key of its slots, ' +
      'the most commands pending at once, and how the commands pending at the kill or issued after it ended ' +
      '(resolved, rejected, still pending 15 s after the kill)',
    keyOf: (i) => failoverKey(i % FAILOVER_KEYS),
    op: (c, key) => c.set(key, VALUE_16),
    check: isOk,
    waveSize: 100,
    intervalMs: 10,
    steadyAfterRecoveryMs: 1000, // the load goes on this long after the first write to the killed slots…
    loadAfterKillMs: 10000, // …and stops this long after the kill at the latest;
    hangAfterMs: 15000, // what is still pending this long after the kill is hung
    limit: null,
  },
];

// Pub/sub: messages of 16 B published as fast as the server takes them, by redis-benchmark (4
// connections, 1000 PUBLISH per pipeline), to the channel a client's subscriber listens on. The
// rate is the server's here (about 2M/s on 2 cores): the CPU per message tells the clients apart.
const PUBSUB_CHANNEL = 'bench:pubsub';
const PUBSUB = [
  {
    name: 'pubsub-16b',
    kind: 'pubsub',
    onlyClients: ['ferrodis', 'redis', 'ioredis', 'valkey-glide'],
    describe:
      'one subscriber; redis-benchmark -c 4 -P 1000 publishes 16 B messages to its channel (2M messages in a full ' +
      'run, --duration-ms × 1000 at most); messages received per second, from the first to the last, and the ' +
      "subscriber process's CPU per message (its engine threads included); latency does not apply",
    channel: PUBSUB_CHANNEL,
    message: VALUE_16,
    messages: (durationMs) => Math.max(20000, Math.min(2000000, Math.round(durationMs * 1000))),
    limit: { clients: 4, pipeline: 1000, args: ['PUBLISH', PUBSUB_CHANNEL, VALUE_16] },
  },
];

PUBSUB.push({
  name: 'pubsub-resubscribe-10k',
  kind: 'resubscribe',
  onlyClients: ['ferrodis', 'redis', 'ioredis', 'valkey-glide'],
  describe:
    'one subscriber on 10,000 channels; its connection killed (CLIENT KILL TYPE pubsub), then a message published to ' +
    'the last channel every 2 ms until it arrives: the time from the kill (p50 column, one per round) with each ' +
    "client's default reconnect strategy; an op is one channel subscribed again",
  channels: Array.from({ length: 10000 }, (_, i) => `bench:resub:${String(i).padStart(5, '0')}`),
  limit: null,
});

// A client whose 100 BLPOP 0 wait (on a list nobody pushes to) answering GETs one at a time:
// ferrodis runs blocking commands on side connections; a client that sends them on its own
// connection answers no GET (each is given up after 1 s: shown as such).
const BLOCKED_KEY = 'bench:blocked:list';
const BLOCKED = [
  {
    name: 'get-while-100-blpop',
    kind: 'sequential',
    describe: 'GETs of a 16 B value, one at a time, while 100 BLPOP 0 of the same client wait on an empty list; a client that answers no GET within 1 s is shown as unsupported (NOREPLY)',
    setup: async (c) => {
      await c.sendCommand(['DEL', BLOCKED_KEY]);
      for (let i = 0; i < 100; i++) c.blPop(BLOCKED_KEY, 0).catch(() => {});
      await new Promise((resolve) => setTimeout(resolve, 100));
    },
    op: (c) => Promise.race([c.get(KEYS.str16), new Promise((_, reject) => setTimeout(() => reject(new Error('NOREPLY no reply within 1 s: the GET waits behind the BLPOPs')), 1000).unref())]),
    check: (r) => r === VALUE_16,
    // A client that holds the GET behind the BLPOPs does not do what the workload asks.
    unsupportedIf: /^NOREPLY/,
    // the BLPOPs get an element each, so that the client can close
    teardown: (c) => c.sendCommand(['RPUSH', BLOCKED_KEY, ...Array.from({ length: 100 }, (_, i) => String(i))]),
    limit: null,
  },
];

// Pools (`pool: true`: the adapter's createPool, 100 clients at most) and client-side caching
// (`clientOptions`: RESP3 and a cache), for the clients that have them (node-redis' API).
const POOL_AND_CACHE = [
  {
    name: 'pool-execute-wave-50',
    kind: 'waves',
    waveSize: 50,
    pool: true,
    onlyClients: ['ferrodis', 'redis'],
    describe: 'a pool (createClientPool, default options): waves of 50 concurrent execute(client => client.get(16 B key)), each task on a client of its own; latency per wave',
    op: (p) => p.execute((client) => client.get(KEYS.str16)),
    check: (r) => r === VALUE_16,
    limit: { clients: 50, pipeline: 1, args: ['GET', KEYS.str16] },
  },
  {
    name: 'cached-get-seq',
    kind: 'sequential',
    clientOptions: { RESP: 3, clientSideCache: { maxEntries: 1000 } },
    onlyClients: ['ferrodis', 'redis'],
    describe: 'RESP3 with clientSideCache: GETs of one 16 B key one at a time (each awaited), every one a hit after the first: what a cached read costs against a round trip (get-seq)',
    op: (c) => c.get(KEYS.str16),
    check: (r) => r === VALUE_16,
    limit: null,
  },
  {
    name: 'cached-get-wave-1000',
    kind: 'waves',
    waveSize: 1000,
    clientOptions: { RESP: 3, clientSideCache: { maxEntries: 1000 } },
    onlyClients: ['ferrodis', 'redis'],
    describe: 'RESP3 with clientSideCache: waves of 1000 GETs of one 16 B key, every one a hit after the first; latency per wave',
    op: (c) => c.get(KEYS.str16),
    check: (r) => r === VALUE_16,
    limit: null,
  },
  {
    name: 'cached-miss-wave-1000',
    kind: 'waves',
    waveSize: 1000,
    clientOptions: { RESP: 3, clientSideCache: { maxEntries: 1000 } },
    onlyClients: ['ferrodis', 'redis'],
    describe: `RESP3 with clientSideCache (1000 entries): waves of 1000 GETs going round ${CACHED_KEYS} keys, every one a miss (read, tracked, stored, evicted); latency per wave`,
    op: (c) => c.get(cachedKey((nextCached = (nextCached + 1) % CACHED_KEYS))),
    check: (r) => r === VALUE_16,
    limit: { clients: 1, pipeline: 1000, args: ['GET', KEYS.str16] },
  },
];

const WORKLOADS = [...PLAIN, ...TLS_WORKLOADS, ...PUBSUB, ...BLOCKED, ...CLUSTER, ...IDLE, ...MEMORY, ...POOL_AND_CACHE];

const byName = new Map(WORKLOADS.map((w) => [w.name, w]));

module.exports = { WORKLOADS, byName, KEYS, seedCommands, clusterSeedCommands, sizeOf, hashEntries, isDistinctHash };
