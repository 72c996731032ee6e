'use strict';
// createSentinel on a real deployment (1 master, 2 replicas, 3 sentinels; helpers/sentinel.js):
// discovery, commands and their replies side by side with node-redis 5.12.1's sentinel, replica
// reads, leases with WATCH/MULTI, pub/sub, views, options, close. Failover: sentinel-failover.test.js.
const ferrodis = require('..');
const redis = require('redis');
const { startSentinels } = require('./helpers/sentinel');
const { shape } = require('./helpers/differential');

jest.setTimeout(60000);

let topo;
const open = [];

function sentinelOf(module, options = {}) {
  const sentinel = module.createSentinel({ name: topo.name, sentinelRootNodes: topo.sentinelRootNodes, ...options });
  sentinel.on('error', () => {});
  open.push(sentinel);
  return sentinel;
}

beforeAll(async () => {
  topo = await startSentinels({ replicas: 2, sentinels: 3 });
});

afterEach(async () => {
  for (const sentinel of open.splice(0)) {
    if (sentinel.isOpen) await sentinel.close().catch(() => sentinel.destroy());
  }
});

afterAll(async () => {
  await topo?.stop();
});

test('connects through the sentinels and reports the master, the replicas and the sentinel', async () => {
  const events = [];
  const sentinel = sentinelOf(ferrodis, { replicaPoolSize: 1 });
  sentinel.on('topology-change', (event) => events.push(event));
  expect(sentinel.isOpen).toBe(false);
  expect(await sentinel.connect()).toBe(sentinel);
  expect(sentinel.isOpen).toBe(true);
  expect(sentinel.isReady).toBe(true);
  const master = await topo.masterNode();
  expect(sentinel.getMasterNode()).toEqual(master);
  expect(topo.sentinelRootNodes).toContainEqual(sentinel.getSentinelNode());
  const replicas = sentinel.getReplicaNodes();
  expect([...replicas.keys()].map((n) => n.port).sort()).toEqual(topo.replicas.map((r) => r.port).sort());
  expect([...replicas.values()]).toEqual([1, 1]);
  // (A sentinel still linking up with another lists it `disconnected` for a moment: the list
  // may then change twice.)
  expect(events.map((e) => e.type).filter((t) => t !== 'SENTINE_LIST_CHANGE').sort()).toEqual(['MASTER_CHANGE', 'REPLICA_ADD', 'REPLICA_ADD', 'SENTINEL_CHANGE']);
  expect(events.filter((e) => e.type === 'MASTER_CHANGE').map((e) => e.node)).toEqual([master]);
  expect(events.filter((e) => e.type === 'SENTINE_LIST_CHANGE').at(-1).size).toBe(3);
  await expect(sentinel.connect()).rejects.toThrow('already attempting to open');
});

test('commands, transactions and views answer as node-redis 5.12.1 does', async () => {
  // The view comes last: node-redis 5.12.1's sentinel withTypeMapping() writes the mapping on the
  // sentinel itself (its _commandOptionsProxy sets `proxy._self.#commandOptions`), so every later
  // command of the sentinel answers Buffers too; ferrodis' view leaves the sentinel as it was.
  const scenario = async (s) => [
    await s.set('sentinel:k', 'v'), await s.get('sentinel:k'), await s.GET('sentinel:k'), await s.hSet('sentinel:h', { a: '1', b: '2' }), await s.hGetAll('sentinel:h'),
    await s.sendCommand(false, ['INCR', 'sentinel:n']), await s.sendCommand(true, ['GET', 'sentinel:n']),
    await s.multi().set('sentinel:m', '1').incr('sentinel:m').get('sentinel:m').exec(),
    await s.multi().get('sentinel:m').execAsPipeline(),
    await s.get(['not', 'a key']).catch((err) => err),
    await s.sendCommand(false, ['NOSUCHCOMMAND']).catch((err) => err),
    await s.withTypeMapping({ [ferrodis.RESP_TYPES.BLOB_STRING]: Buffer }).get('sentinel:k'),
    await s.del(['sentinel:k', 'sentinel:h', 'sentinel:n', 'sentinel:m']),
  ];
  const outcomes = {};
  for (const [name, module] of [['ferrodis', ferrodis], ['redis', redis]]) {
    const sentinel = sentinelOf(module);
    await sentinel.connect();
    outcomes[name] = shape(await scenario(sentinel));
    await sentinel.close();
  }
  // node-redis sends the wrong argument and the server refuses it; ferrodis refuses it before
  // sending (a TypeError): everything else is the same.
  expect(outcomes.ferrodis[9]).toMatchObject({ error: 'TypeError' });
  outcomes.ferrodis[9] = outcomes.redis[9] = 'bad argument';
  expect(outcomes.ferrodis).toEqual(outcomes.redis);
});

test('a view\'s type mapping stays on the view', async () => {
  const sentinel = sentinelOf(ferrodis);
  await sentinel.connect();
  await sentinel.set('sentinel:v', 'v');
  expect(await sentinel.withTypeMapping({ [ferrodis.RESP_TYPES.BLOB_STRING]: Buffer }).get('sentinel:v')).toEqual(Buffer.from('v'));
  expect(await sentinel.get('sentinel:v')).toBe('v');
  const lease = await sentinel.acquire();
  expect(await lease.withTypeMapping({ [ferrodis.RESP_TYPES.BLOB_STRING]: Buffer }).get('sentinel:v')).toEqual(Buffer.from('v'));
  expect(await lease.get('sentinel:v')).toBe('v');
  await lease.release();
});

test('read-only commands go to the replicas with replicaPoolSize, writes to the master', async () => {
  const sentinel = sentinelOf(ferrodis, { replicaPoolSize: 1 });
  await sentinel.connect();
  const roles = await Promise.all(Array.from({ length: 6 }, () => sentinel.sendCommand(true, ['ROLE'])));
  expect(roles.map((r) => r[0])).toEqual(Array(6).fill('slave'));
  expect((await sentinel.sendCommand(false, ['ROLE']))[0]).toBe('master');
  // Both replicas serve reads (round robin).
  const ports = new Set();
  for (let i = 0; i < 4; i++) ports.add(Number((await sentinel.sendCommand(true, ['CONFIG', 'GET', 'port']))[1]));
  expect([...ports].sort()).toEqual(topo.replicas.map((r) => r.port).sort());
  await sentinel.set('sentinel:r', 'x');
  await sentinel.sendCommand(false, ['WAIT', '2', '1000']);
  expect(await sentinel.get('sentinel:r')).toBe('x');
  // Without replicaPoolSize every command goes to the master.
  const plain = sentinelOf(ferrodis);
  await plain.connect();
  expect((await plain.sendCommand(true, ['ROLE']))[0]).toBe('master');
});

test('a read a replica refuses without running it (MASTERDOWN) is sent again, to another replica', async () => {
  const sentinel = sentinelOf(ferrodis, { replicaPoolSize: 1 });
  await sentinel.connect();
  await sentinel.set('sentinel:stale', 'v');
  await sentinel.sendCommand(false, ['WAIT', '2', '1000']);
  const cut = topo.replicas[0];
  await cut.command('CONFIG', 'SET', 'replica-serve-stale-data', 'no');
  await cut.command('REPLICAOF', '127.0.0.1', '1'); // its master link down: it refuses reads
  try {
    await expect(cut.command('GET', 'sentinel:stale')).rejects.toThrow(/^MASTERDOWN/);
    const reads = await Promise.all(Array.from({ length: 8 }, () => sentinel.get('sentinel:stale')));
    expect(reads).toEqual(Array(8).fill('v'));
  } finally {
    await cut.command('CONFIG', 'SET', 'replica-serve-stale-data', 'yes');
    await cut.command('REPLICAOF', '127.0.0.1', String((await topo.masterNode()).port));
  }
});

test('a lease keeps one client for WATCH/MULTI; a changed key fails the EXEC; release hands it on', async () => {
  const sentinel = sentinelOf(ferrodis, { masterPoolSize: 2 });
  await sentinel.connect();
  const lease = await sentinel.acquire();
  await lease.watch('sentinel:w');
  await sentinel.set('sentinel:w', 'changed'); // on the other client
  await expect(lease.multi().set('sentinel:w', 'mine').exec()).rejects.toBeInstanceOf(ferrodis.WatchError);
  await lease.watch('sentinel:w');
  expect(await lease.multi().set('sentinel:w', 'mine').get('sentinel:w').exec()).toEqual(['OK', 'mine']);
  await lease.release();
  expect(() => lease.release()).toThrow('RedisSentinelClient lease already released');
  await expect(lease.get('sentinel:w')).rejects.toThrow('Attempted execution on released RedisSentinelClient lease');
  // use(): the lease is released whatever fn does, and the client reset if left dirty.
  await expect(sentinel.use(async (client) => {
    await client.select(1);
    throw new Error('task failed');
  })).rejects.toThrow('task failed');
  expect(await sentinel.use((client) => client.get('sentinel:w'))).toBe('mine');
});

test('with masterPoolSize 1, a lease holds the master client: the sentinel\'s commands wait for its release', async () => {
  const sentinel = sentinelOf(ferrodis);
  await sentinel.connect();
  const lease = await sentinel.acquire();
  let done = false;
  const waiting = sentinel.get('sentinel:x').then((v) => {
    done = true;
    return v;
  });
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(done).toBe(false);
  await lease.release();
  expect(await waiting).toBe(null);
});

test('reserveClient keeps one client for the sentinel itself', async () => {
  const sentinel = sentinelOf(ferrodis, { reserveClient: true, masterPoolSize: 2 });
  await sentinel.connect();
  const lease = await sentinel.acquire();
  expect(await sentinel.ping()).toBe('PONG'); // not waiting for the lease
  await lease.release();
});

test('pub/sub through the sentinel', async () => {
  const sentinel = sentinelOf(ferrodis);
  await sentinel.connect();
  const heard = [];
  await sentinel.subscribe('sentinel:chan', (message, channel) => heard.push([channel, message]));
  await sentinel.pSubscribe('sentinel:p*', (message, channel) => heard.push([channel, message]));
  expect(await sentinel.publish('sentinel:chan', 'hello')).toBe(1);
  expect(await sentinel.publish('sentinel:pattern', 'world')).toBe(1);
  for (let i = 0; i < 100 && heard.length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(heard).toEqual([['sentinel:chan', 'hello'], ['sentinel:pattern', 'world']]);
  await sentinel.unsubscribe('sentinel:chan');
  expect(await sentinel.publish('sentinel:chan', 'gone')).toBe(0);
});

test('RESP 3 and unstableResp3 reach the node clients', async () => {
  const gated = sentinelOf(ferrodis, { RESP: 3 });
  await gated.connect();
  await expect(gated.ts.info('sentinel:ts')).rejects.toThrow('Some RESP3 results for Redis Query Engine responses may change');
  const allowed = sentinelOf(ferrodis, { RESP: 3, unstableResp3: true });
  await allowed.connect();
  expect(await allowed.hello()).toMatchObject({ proto: 3 });
  await expect(allowed.ts.info('sentinel:ts')).rejects.toThrow(/unknown command|ERR/); // sent (no module on this server)
});

test('the Redis Stack namespaces and the options\' scripts are there', async () => {
  const script = ferrodis.defineScript({ SCRIPT: 'return ARGV[1]', NUMBER_OF_KEYS: 0, parseCommand: (parser, value) => parser.push(value) });
  const sentinel = sentinelOf(ferrodis, { scripts: { echo: script } });
  await sentinel.connect();
  expect(await sentinel.echo('hi')).toBe('hi');
  expect(typeof sentinel.json?.get).toBe('function');
  expect(typeof sentinel.ft?.search).toBe('function');
});

test('nodeAddressMap says where to connect for the addresses the sentinels report', async () => {
  const asked = [];
  const sentinel = sentinelOf(ferrodis, {
    replicaPoolSize: 1,
    nodeAddressMap: (address) => {
      asked.push(address);
      return { host: 'localhost', port: Number(address.split(':')[1]) };
    },
  });
  await sentinel.connect();
  const master = await topo.masterNode();
  expect(asked).toContain(`127.0.0.1:${master.port}`);
  expect(sentinel.getMasterNode()).toEqual({ host: 'localhost', port: master.port });
  expect([...sentinel.getReplicaNodes().keys()].every((n) => n.host === 'localhost')).toBe(true);
  expect(await sentinel.set('sentinel:map', '1')).toBe('OK');
});

test('a client-side cache shared by the node clients (RESP3)', async () => {
  const sentinel = sentinelOf(ferrodis, { RESP: 3, clientSideCache: { maxEntries: 100 } });
  await sentinel.connect();
  await sentinel.set('sentinel:cached', 'a');
  expect(await sentinel.get('sentinel:cached')).toBe('a');
  expect(await sentinel.get('sentinel:cached')).toBe('a');
  expect(sentinel.clientSideCache.stats().hitCount).toBe(1);
  await sentinel.set('sentinel:cached', 'b'); // its own write drops the entry at once
  expect(await sentinel.get('sentinel:cached')).toBe('b');
});

test('scanInterval asks the sentinels again that often (node-redis documents 10 s; its code never rescans)', async () => {
  const sentinel = sentinelOf(ferrodis, { scanInterval: 100 });
  await sentinel.connect();
  // (A sentinel's INFO has no command stats: the scans are counted on the watcher.)
  const observe = jest.spyOn(sentinel._watcher, 'observe');
  await new Promise((resolve) => setTimeout(resolve, 550));
  expect(observe.mock.calls.length).toBeGreaterThanOrEqual(4);
  expect(observe.mock.calls.length).toBeLessThanOrEqual(7);
  const defaults = sentinelOf(ferrodis);
  await defaults.connect();
  expect(defaults._settings.scanInterval).toBe(10000);
});

test('duplicate() makes an unconnected sentinel with the same options (and the view\'s)', async () => {
  const sentinel = sentinelOf(ferrodis, { replicaPoolSize: 1 });
  const copy = sentinel.withTypeMapping({ [ferrodis.RESP_TYPES.BLOB_STRING]: Buffer }).duplicate({ replicaPoolSize: 0 });
  copy.on('error', () => {});
  open.push(copy);
  expect(copy.isOpen).toBe(false);
  await copy.connect();
  await copy.set('sentinel:dup', 'd');
  expect(await copy.get('sentinel:dup')).toEqual(Buffer.from('d'));
  expect(copy.getReplicaNodes().size).toBe(0);
});

test('passthroughClientErrorEvents: a node client\'s error also comes as the sentinel\'s error', async () => {
  const errors = [];
  const clientErrors = [];
  const sentinel = sentinelOf(ferrodis, { replicaPoolSize: 1, passthroughClientErrorEvents: true });
  sentinel.on('error', (err) => errors.push(err));
  sentinel.on('client-error', (event) => clientErrors.push(event));
  await sentinel.connect();
  const replica = topo.replicas[0];
  await replica.command('CLIENT', 'KILL', 'TYPE', 'normal');
  for (let i = 0; i < 200 && errors.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(errors[0].message).toMatch(new RegExp(`^Replica Client \\(127\\.0\\.0\\.1:${replica.port}\\): `));
  expect(errors[0].cause).toBeInstanceOf(Error);
  expect(clientErrors[0]).toMatchObject({ type: 'REPLICA', node: { host: '127.0.0.1', port: replica.port } });
  // It reconnects, and reads go on.
  for (let i = 0; i < 200 && [...sentinel.getReplicaNodes().values()].some((n) => n === 0); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(await sentinel.sendCommand(true, ['PING'])).toBe('PONG');
});

test('options are checked', () => {
  const roots = [{ host: '127.0.0.1', port: 1 }];
  expect(() => ferrodis.createSentinel()).toThrow(TypeError);
  expect(() => ferrodis.createSentinel({ sentinelRootNodes: roots })).toThrow(/name/);
  expect(() => ferrodis.createSentinel({ name: 'm', sentinelRootNodes: [] })).toThrow(/sentinelRootNodes/);
  expect(() => ferrodis.createSentinel({ name: 'm', sentinelRootNodes: roots, nodeClientOptions: { url: 'redis://x' } })).toThrow('invalid nodeClientOptions for Sentinel');
  expect(() => ferrodis.createSentinel({ name: 'm', sentinelRootNodes: roots, sentinelClientOptions: { url: 'redis://x' } })).toThrow('invalid sentinelClientOptions for Sentinel');
  expect(() => ferrodis.createSentinel({ name: 'm', sentinelRootNodes: roots, clientSideCache: { maxEntries: 10 } })).toThrow('Client Side Caching is only supported with RESP3');
  expect(() => ferrodis.createSentinel({ name: 'm', sentinelRootNodes: roots, masterPoolSize: 0 })).toThrow(/masterPoolSize/);
  expect(() => ferrodis.createSentinel({ name: 'm', sentinelRootNodes: roots, scanInterval: -1 })).toThrow(/scanInterval/);
});

test('connect() fails after maxCommandRediscovers tries when no sentinel answers, or the group is unknown', async () => {
  const nobody = ferrodis.createSentinel({ name: topo.name, sentinelRootNodes: [{ host: '127.0.0.1', port: 1 }], maxCommandRediscovers: 1 });
  nobody.on('error', () => {});
  await expect(nobody.connect()).rejects.toThrow('None of the sentinels are available');
  expect(nobody.isOpen).toBe(false);
  // As in node-redis, a sentinel that does not know the group counts as not answering; the cause says why.
  const unknown = ferrodis.createSentinel({ name: 'no-such-group', sentinelRootNodes: topo.sentinelRootNodes.slice(0, 1), maxCommandRediscovers: 0 });
  unknown.on('error', () => {});
  const err = await unknown.connect().catch((e) => e);
  expect(err.message).toBe('None of the sentinels are available');
  expect(err.cause.message).toMatch(/No such master/);
});

test('close() answers what is under way, then fails new commands; destroy() fails them at once', async () => {
  const sentinel = sentinelOf(ferrodis, { replicaPoolSize: 1 });
  await sentinel.connect();
  const under = sentinel.set('sentinel:c', 'v');
  await sentinel.close();
  expect(await under).toBe('OK');
  expect(sentinel.isOpen).toBe(false);
  await expect(sentinel.get('sentinel:c')).rejects.toBeInstanceOf(ferrodis.ClientClosedError);
  const other = sentinelOf(ferrodis);
  await other.connect();
  const lost = other.sendCommand(false, ['DEBUG', 'SLEEP', '0.2']);
  other.destroy();
  await expect(lost).rejects.toBeInstanceOf(ferrodis.DisconnectsClientError);
});

test('close() while connect() is on its way: connect() rejects, nothing is left running', async () => {
  const sentinel = sentinelOf(ferrodis, { scanInterval: 50 });
  const errors = [];
  sentinel.on('error', (err) => errors.push(err));
  const connecting = sentinel.connect();
  await sentinel.close();
  await expect(connecting).rejects.toBeInstanceOf(ferrodis.ClientClosedError);
  expect([sentinel.isOpen, sentinel.isReady]).toEqual([false, false]);
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(errors).toEqual([]); // no rescan timer reporting a closed sentinel's failures
});

test('a closed sentinel connects again', async () => {
  const sentinel = sentinelOf(ferrodis, { masterPoolSize: 2 });
  await sentinel.connect();
  await sentinel.close();
  await sentinel.connect();
  expect(await sentinel.set('sentinel:again', '1')).toBe('OK');
  const leases = await Promise.all([sentinel.acquire(), sentinel.acquire()]);
  expect(new Set(leases.map((l) => l._slot)).size).toBe(2);
  for (const lease of leases) await lease.release();
});

test('a closed sentinel lets the process exit', async () => {
  const { runNode } = require('./helpers/run-node');
  const code = `
    const { createSentinel } = require(${JSON.stringify(require.resolve('..'))});
    const s = createSentinel({ name: ${JSON.stringify(topo.name)}, sentinelRootNodes: ${JSON.stringify(topo.sentinelRootNodes)}, replicaPoolSize: 1 });
    s.connect().then(async () => { await s.set('sentinel:exit', '1'); await s.subscribe('x', () => {}); await s.close(); console.log('closed'); });
  `;
  const { stdout, code: exitCode } = await runNode(code, { timeout: 10000 });
  expect(stdout.trim()).toBe('closed');
  expect(exitCode).toBe(0);
});

// A demoted master refusing with READONLY part of a transaction or pipeline: what ran before the
// refusal must not run again (a master demoted under the client, as a partitioned old master is;
// the sentinels are told to wait 5 s before acting, so they leave it alone).
describe('a transaction or pipeline a demoted master refused is not sent again', () => {
  let demoting;
  let sentinel;
  let admin;
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  beforeAll(async () => {
    demoting = await startSentinels({ replicas: 1, sentinels: 1, downAfter: 5000, failoverTimeout: 10000 });
    sentinel = ferrodis.createSentinel({ name: demoting.name, sentinelRootNodes: demoting.sentinelRootNodes });
    sentinel.on('error', () => {});
    await sentinel.connect();
    admin = ferrodis.createClient({ socket: { ...sentinel.getMasterNode(), reconnectStrategy: false } });
    admin.on('error', () => {});
    await admin.connect();
  });
  afterAll(async () => {
    admin?.destroy();
    await sentinel?.close();
    await demoting?.stop();
  });

  test('a pipeline whose later command gets READONLY: its earlier INCR ran once', async () => {
    await admin.del(['a', 'l', 'b']);
    const pipeline = sentinel.multi().incr('a').blPop('l', 0.5).set('b', '1').execAsPipeline();
    pipeline.catch(() => {});
    await sleep(100); // INCR ran, BLPOP waits, SET behind it
    await Promise.all([admin.lPush('l', 'x'), admin.sendCommand(['REPLICAOF', '127.0.0.1', '1'])]); // one batch
    await sleep(100);
    await admin.sendCommand(['REPLICAOF', 'NO', 'ONE']);
    await expect(pipeline).rejects.toThrow(/^READONLY/);
    expect(await admin.get('a')).toBe('1');
  });

  test('a lease\'s EXEC refused with READONLY fails, never commits without its WATCH', async () => {
    await sentinel.set('w', 'original');
    const lease = await sentinel.acquire();
    await lease.watch('w');
    await admin.set('w', 'changed'); // the WATCH must fail the EXEC
    await admin.sendCommand(['CLIENT', 'PAUSE', '5000', 'WRITE']);
    const exec = lease.multi().set('w', 'mine').exec();
    exec.catch(() => {});
    await sleep(100); // EXEC held by the pause
    await admin.sendCommand(['REPLICAOF', '127.0.0.1', '1']);
    await admin.sendCommand(['CLIENT', 'UNPAUSE']); // EXEC refused: READONLY
    await sleep(150);
    await admin.sendCommand(['REPLICAOF', 'NO', 'ONE']);
    await expect(exec).rejects.toThrow(/READONLY/);
    await lease.release();
    expect(await admin.get('w')).toBe('changed');
  });
});
