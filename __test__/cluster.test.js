'use strict';
// createCluster against one real 3 masters + 3 replicas cluster with a password (requirepass,
// masterauth), side by side with redis@5.12.1's createCluster where node-redis is right: the
// guide's flow, routing by slot, node-redis' surface, multi-key commands across slots,
// transactions, replicas, lazy connections, address maps, closing, bad input. Redirects and
// failovers: cluster-failover.test.js; TLS: cluster-tls.test.js.
const util = require('node:util');
const redis = require('redis');
const ferrodis = require('..');
const { RESP_TYPES, ErrorReply, ClientClosedError, RootNodesUnavailableError, defineScript } = ferrodis;
const { startCluster, masterOf, target } = require('./helpers/cluster');
const { rawCommands, freePort } = require('./helpers/redis-server');
const { runNode } = require('./helpers/run-node');
const { slotOf } = require('../lib/commands/routing');
const { COMMANDS } = require('../lib/commands');

jest.setTimeout(30000);

const PASSWORD = 'cluster-secret';
let cluster; // the servers
let urls; // redis://:password@host:port of each node
const open = []; // clusters to close after each test

beforeAll(async () => {
  cluster = await startCluster({ masters: 3, replicasPerMaster: 1, password: PASSWORD });
  urls = cluster.nodes.map((n) => `redis://:${PASSWORD}@${n.host}:${n.port}`);
});

afterAll(async () => {
  if (cluster) await cluster.stop();
});

afterEach(async () => {
  for (const c of open.splice(0)) {
    try {
      c.destroy();
    } catch {
      // closed by the test
    }
  }
});

/** A connected cluster of `lib` (ferrodis or node-redis) with the root nodes' URLs. */
async function connected(lib = ferrodis, options = {}) {
  const c = lib.createCluster({ rootNodes: [{ url: urls[0] }, { url: urls[1] }], ...(lib === redis ? { defaults: { password: PASSWORD } } : {}), ...options });
  c.on('error', () => {});
  open.push(c);
  await c.connect();
  return c;
}

/** `args`' reply on one node itself (after AUTH). */
async function onNode(ref, ...args) {
  const replies = await rawCommands(target(cluster, ref), [['AUTH', PASSWORD], args]);
  return replies[1];
}

describe('the guide, and node-redis root options', () => {
  test('root node credentials carry over to the nodes: connect, set, get, close; events in order', async () => {
    const c = ferrodis.createCluster({ rootNodes: [{ url: urls[0] }, { url: urls[1] }] });
    const events = [];
    for (const name of ['connect', 'node-connect', 'node-ready', 'node-disconnect', 'disconnect']) c.on(name, () => events.push(name));
    c.on('error', (err) => events.push(`error ${err.message}`));
    await c.connect();
    expect(c.isOpen).toBe(true);
    expect(await c.set('foo', 'bar')).toBe('OK');
    expect(await c.get('foo')).toBe('bar');
    await c.close();
    expect(c.isOpen).toBe(false);
    expect(events.filter((e) => e === 'node-connect')).toHaveLength(3);
    expect(events.filter((e) => e === 'node-ready')).toHaveLength(3);
    expect(events.indexOf('connect')).toBe(6); // after every node is ready
    expect(events.slice(7)).toEqual(['node-disconnect', 'node-disconnect', 'node-disconnect', 'disconnect']);
  });

  test('an ACL user in the root URL: username and password carry over', async () => {
    for (const node of cluster.nodes) await onNode(node, 'ACL', 'SETUSER', 'alice', 'on', '>alice-pw', '~*', '&*', '+@all');
    const c = ferrodis.createCluster({ rootNodes: [{ url: `redis://alice:alice-pw@${cluster.nodes[0].host}:${cluster.nodes[0].port}` }] });
    open.push(c);
    await c.connect();
    await Promise.all(['acl:1', 'acl:2', 'acl:3', 'acl:4'].map((k) => c.set(k, k)));
    expect(await c.mGet(['acl:1', 'acl:2', 'acl:3', 'acl:4'])).toEqual(['acl:1', 'acl:2', 'acl:3', 'acl:4']);
    const who = await Promise.all(c.masters.map(async (m) => (await c.nodeClient(m)).aclWhoAmI()));
    expect(who).toEqual(['alice', 'alice', 'alice']);
  });

  test('node-redis needs defaults for the same (its nodes do not inherit the root credentials)', async () => {
    const c = await connected(redis);
    expect(await c.get('foo')).toBe('bar');
  });

  test('defaults still decide what they set', async () => {
    const c = ferrodis.createCluster({ rootNodes: [{ url: urls[0] }], defaults: { password: 'wrong' } });
    const nodeErrors = [];
    c.on('error', () => {});
    c.on('node-error', (err) => nodeErrors.push(err));
    open.push(c);
    await c.connect().catch(() => {});
    expect(nodeErrors.length).toBeGreaterThan(0);
    expect(nodeErrors[0]).toBeInstanceOf(ErrorReply);
    expect(nodeErrors[0].message).toMatch(/WRONGPASS|invalid username-password/);
  });
});

describe('routing', () => {
  test('each key is written on its slot master, hash tags honoured', async () => {
    const c = await connected();
    const keys = [...Array.from({ length: 60 }, (_, i) => `route:${i}`), '{user1}.a', '{user1}.b', 'a{}{b}'];
    await Promise.all(keys.map((k) => c.set(k, `v-${k}`)));
    for (const key of keys) {
      const master = await masterOf(cluster, slotOf(key));
      expect(await onNode(master, 'GET', key)).toBe(`v-${key}`);
      expect(c.slots[slotOf(key)].master.port).toBe(master.port);
    }
  });

  test('replies reach their own commands in waves spread over every node', async () => {
    const c = await connected();
    const keys = Array.from({ length: 3000 }, (_, i) => `wave:${i}`);
    await Promise.all(keys.map((k, i) => c.set(k, String(i))));
    for (let round = 0; round < 3; round++) {
      const values = await Promise.all(keys.map((k) => c.get(k)));
      expect(values.every((v, i) => v === String(i))).toBe(true);
    }
  });

  // node-redis 5.12.1 was seen running the GET before the APPEND called first (every time on a
  // quiet machine, never under load): timing-dependent, so not asserted here.
  test('commands reach their node in the order they were called', async () => {
    const c = await connected();
    await c.set('order:k', '5');
    expect(await Promise.all([c.append('order:k', 'x'), c.get('order:k'), c.strLen('order:k')])).toEqual([2, '5x', 2]);
  });

  test('sendCommand(firstKey, isReadonly, args, options) routes by firstKey', async () => {
    const c = await connected();
    expect(await c.sendCommand('sc:key', false, ['SET', 'sc:key', 'x'])).toBe('OK');
    expect(await c.sendCommand('sc:key', true, ['GET', 'sc:key'])).toBe('x');
    const buffer = await c.sendCommand('sc:key', true, ['GET', 'sc:key'], { typeMapping: { [RESP_TYPES.BLOB_STRING]: Buffer } });
    expect(buffer).toEqual(Buffer.from('x'));
    expect(await c.sendCommand(undefined, true, ['PING'])).toBe('PONG');
    await expect(c.sendCommand('k', false, [])).rejects.toThrow(TypeError);
    await expect(c.sendCommand({}, false, ['GET', 'x'])).rejects.toThrow(/firstKey/);
  });

  test('keyless commands go to some node, as in node-redis', async () => {
    const c = await connected();
    expect(await c.ping()).toBe('PONG');
    expect(typeof (await c.dbSize())).toBe('number');
    expect(await c.echo('hi')).toBe('hi');
  });

  test('scripts and functions are routed by their first key', async () => {
    const scripts = {
      getKey: defineScript({
        SCRIPT: 'return redis.call("GET", KEYS[1])',
        NUMBER_OF_KEYS: 1,
        IS_READ_ONLY: true,
        parseCommand(parser, key) {
          parser.pushKey(key);
        },
      }),
    };
    const c = await connected(ferrodis, { scripts });
    const keys = ['script:a', 'script:b', 'script:c', 'script:d'];
    await Promise.all(keys.map((k) => c.set(k, k)));
    expect(await Promise.all(keys.map((k) => c.getKey(k)))).toEqual(keys);
  });

  test('commands of user modules (`modules`) are routed by their first key', async () => {
    const modules = { strings: { lenOf: { IS_READ_ONLY: true, parseCommand(parser, key) { parser.push('STRLEN'); parser.pushKey(key); } } } };
    const c = await connected(ferrodis, { modules });
    const keys = ['module:a', 'module:bb', 'module:ccc', 'module:dddd'];
    await Promise.all(keys.map((k) => c.set(k, k)));
    expect(new Set(keys.map(slotOf)).size).toBeGreaterThan(1);
    expect(await Promise.all(keys.map((k) => c.strings.lenOf(k)))).toEqual(keys.map((k) => k.length));
  });
});

describe('multi-key commands across slots (split per slot; node-redis 5.12.1 fails them)', () => {
  const keys = Array.from({ length: 30 }, (_, i) => `multi-key:${i}`);

  test('MSET, MGET in the keys order, EXISTS, TOUCH, DEL, UNLINK', async () => {
    const c = await connected();
    expect(new Set(keys.map(slotOf)).size).toBeGreaterThan(3);
    expect(await c.mSet(keys.map((k) => [k, `v-${k}`]))).toBe('OK');
    expect(await c.mGet([...keys, 'multi-key:missing'])).toEqual([...keys.map((k) => `v-${k}`), null]);
    expect(await c.exists([...keys, 'multi-key:missing'])).toBe(keys.length);
    expect(await c.touch(keys)).toBe(keys.length);
    expect(await c.del(keys.slice(0, 10))).toBe(10);
    expect(await c.unlink(keys)).toBe(20);
    expect(await c.mGet(keys)).toEqual(keys.map(() => null));
  });

  test('Buffer replies with a type mapping', async () => {
    const c = await connected();
    await c.mSet({ 'mk:a': '1', 'mk:b': '2' });
    const values = await c.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer }).mGet(['mk:a', 'mk:b']);
    expect(values).toEqual([Buffer.from('1'), Buffer.from('2')]);
  });

  test('node-redis rejects the same MGET with CROSSSLOT', async () => {
    const c = await connected(redis);
    await expect(c.mGet(keys)).rejects.toThrow(/CROSSSLOT/);
  });

  test('same replies as node-redis when the keys share a slot', async () => {
    const tagged = ['{t}1', '{t}2', '{t}3'];
    const [f, n] = [await connected(), await connected(redis)];
    for (const c of [f, n]) await c.del(tagged);
    const run = async (c) => [await c.mSet(tagged.map((k) => [k, k])), await c.mGet(tagged), await c.exists(tagged), await c.del(tagged)];
    expect(await run(f)).toEqual(await run(n));
  });
});

describe('transactions and pipelines', () => {
  test('multi() on the first key\'s node, the same replies as node-redis', async () => {
    const [f, n] = [await connected(), await connected(redis)];
    const run = async (c) => {
      await c.del(['{tx}a', '{tx}h']);
      return c.multi().set('{tx}a', '1').incr('{tx}a').get('{tx}a').hSet('{tx}h', { f: 'v' }).hGetAll('{tx}h').exec();
    };
    const [fr, nr] = [await run(f), await run(n)];
    expect(fr).toEqual(nr);
    expect(fr[2]).toBe('2');
  });

  test('execAsPipeline, routing keys, and sendCommand in a transaction', async () => {
    const c = await connected();
    expect(await c.multi().set('{p}a', 'x').get('{p}a').execAsPipeline()).toEqual(['OK', 'x']);
    expect(await c.multi('{p}a').ping().exec()).toEqual(['PONG']);
    expect(await c.multi().sendCommand(['GET', '{p}a'], { firstKey: '{p}a', isReadonly: true }).exec()).toEqual(['x']);
    expect(await c.MULTI().addCommand('{p}a', true, ['GET', '{p}a']).exec()).toEqual(['x']);
  });

  test('a transaction over two slots fails as the server says (CROSSSLOT), sending nothing else', async () => {
    const c = await connected();
    await expect(c.multi().set('{x}a', '1').set('{y}b', '2').exec()).rejects.toThrow(/CROSSSLOT|EXECABORT/);
    expect(await c.get('{x}a')).toBe(null);
  });
});

describe('replicas and connections', () => {
  test('useReplicas: reads go to replicas too, writes only to masters', async () => {
    const c = await connected(ferrodis, { useReplicas: true });
    expect(c.replicas).toHaveLength(3);
    const before = await Promise.all(c.replicas.map((r) => getCalls(r)));
    await c.set('replica:k', 'v');
    for (let i = 0; i < 30; i++) await c.get('replica:k');
    const after = await Promise.all(c.replicas.map((r) => getCalls(r)));
    const slotReplica = c.slots[slotOf('replica:k')].replicas[0];
    const index = c.replicas.indexOf(slotReplica);
    expect(after[index] - before[index]).toBeGreaterThan(0);
  });

  test('minimizeConnections: no node connection until a command needs one', async () => {
    const c = await connected(ferrodis, { minimizeConnections: true });
    expect(c.masters.every((m) => m.client === undefined)).toBe(true);
    expect(await c.set('lazy', '1')).toBe('OK');
    expect(c.masters.filter((m) => m.client !== undefined)).toHaveLength(1);
  });

  test('nodeAddressMap (function and object) decides where each node is reached', async () => {
    const seen = [];
    const c = await connected(ferrodis, {
      nodeAddressMap: (address) => {
        seen.push(address);
        const [host, port] = address.split(':');
        return { host, port: Number(port) };
      },
    });
    expect(await c.set('mapped', '1')).toBe('OK');
    expect(seen.sort()).toEqual(c.masters.map((m) => m.address).sort());
    const map = Object.fromEntries(cluster.nodes.map((n) => [`${n.host}:${n.port}`, { host: 'localhost', port: n.port }]));
    const o = await connected(ferrodis, { nodeAddressMap: map });
    expect(await o.get('mapped')).toBe('1');
    expect(o.masters[0].client.options.socket.host).toBe('localhost');
  });

  test('nodeClient, getRandomNode, getSlotRandomNode, getMasters, getSlotMaster, nodeByAddress', async () => {
    const c = await connected();
    const master = c.getSlotMaster(slotOf('nc'));
    const client = await c.nodeClient(master);
    expect(await client.set('nc', '1')).toBe('OK');
    expect(c.getMasters()).toBe(c.masters);
    expect(c.nodeByAddress.get(master.address)).toBe(master);
    expect(c.masters).toContain(c.getRandomNode());
    expect(c.getSlotRandomNode(0)).toBe(c.slots[0].master);
    expect(master).toMatchObject({ host: expect.any(String), port: expect.any(Number), address: `${master.host}:${master.port}`, readonly: false, id: expect.stringMatching(/^[0-9a-f]{40}$/) });
  });
});

describe('views and copies', () => {
  test('withTypeMapping, withCommandOptions, duplicate', async () => {
    const c = await connected();
    await c.set('view', 'v');
    expect(await c.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer }).get('view')).toEqual(Buffer.from('v'));
    expect(await c.withCommandOptions({ typeMapping: { [RESP_TYPES.BLOB_STRING]: Buffer } }).get('view')).toEqual(Buffer.from('v'));
    expect(await c.get('view')).toBe('v');
    const copy = c.duplicate();
    expect(copy.isOpen).toBe(false);
    copy.on('error', () => {});
    open.push(copy);
    await copy.connect();
    expect(await copy.get('view')).toBe('v');
  });

  test('RESP3 replies on every node', async () => {
    const c = await connected(ferrodis, { RESP: 3 });
    await c.hSet('resp3:h', { a: '1' });
    expect(await c.hGetAll('resp3:h')).toEqual({ a: '1' });
  });

  test('util.inspect shows the nodes, never the password', async () => {
    const c = await connected();
    const text = util.inspect(c, { depth: 5 });
    expect(text).toMatch(/RedisCluster/);
    expect(text).not.toContain(PASSWORD);
    expect(util.inspect(c.multi(), { depth: 5 })).not.toContain(PASSWORD);
  });
});

describe('surface', () => {
  test('every command of the table in both names (HOTKEYS aside, as node-redis)', () => {
    const c = ferrodis.createCluster({ rootNodes: [{ url: urls[0] }] });
    for (const [name, definition] of Object.entries(COMMANDS)) {
      if (name.startsWith('HOTKEYS')) continue;
      expect([name, typeof c[name], typeof c[definition.method]]).toEqual([name, 'function', 'function']);
    }
  });

  test('node-redis\' cluster members, the Redis Stack namespaces included', () => {
    const pubSub = /subscribe|^pubSubNode$|resubscribe/i;
    const n = redis.createCluster({ rootNodes: [{ url: urls[0] }] });
    const f = ferrodis.createCluster({ rootNodes: [{ url: urls[0] }] });
    const members = new Set();
    for (let o = n; o && o !== Object.prototype; o = Object.getPrototypeOf(o)) for (const k of Object.getOwnPropertyNames(o)) members.add(k);
    const missing = [...members].filter((k) => !k.startsWith('_') && !(k in f) && !pubSub.test(k) && !k.startsWith('HOTKEYS') && !k.startsWith('hotkeys'));
    const later = [
      'identity', // node-redis' own tracing id
      'Multi', // node-redis' transaction class, reached through multi()
    ];
    expect(missing.sort()).toEqual(later.sort());
  });
});

describe('closing and failing', () => {
  test('commands before connect() and after close() reject with ClientClosedError', async () => {
    const c = ferrodis.createCluster({ rootNodes: [{ url: urls[0] }] });
    await expect(c.get('x')).rejects.toBeInstanceOf(ClientClosedError);
    c.on('error', () => {});
    await c.connect();
    await expect(c.connect()).rejects.toThrow('Cluster already open');
    await c.close();
    await expect(c.get('x')).rejects.toBeInstanceOf(ClientClosedError);
    await expect(c.multi().get('x').exec()).rejects.toBeInstanceOf(ClientClosedError);
  });

  test('destroy() fails what waits; quit() and disconnect() close', async () => {
    const c = await connected();
    const pending = c.blPop('destroy:list', 0).catch((e) => e);
    await new Promise((r) => setTimeout(r, 50));
    c.destroy();
    expect((await pending).constructor.name).toBe('DisconnectsClientError');
    const q = await connected();
    await q.quit();
    expect(q.isOpen).toBe(false);
    const d = await connected();
    await d.disconnect();
    expect(d.isOpen).toBe(false);
  });

  test('no root node answers: RootNodesUnavailableError after an error per root node; with no listener, the first root error', async () => {
    const ports = [await freePort(), await freePort()];
    const c = ferrodis.createCluster({ rootNodes: ports.map((port) => ({ socket: { host: '127.0.0.1', port } })) });
    const errs = [];
    c.on('error', (e) => errs.push(e));
    await expect(c.connect()).rejects.toBeInstanceOf(RootNodesUnavailableError);
    expect(errs.length).toBeGreaterThanOrEqual(2);
    expect(c.isOpen).toBe(false);
    const quiet = ferrodis.createCluster({ rootNodes: [{ socket: { host: '127.0.0.1', port: ports[0] } }] });
    await expect(quiet.connect()).rejects.toThrow(/ECONNREFUSED/);
  });

  test('wrong options and arguments: clear errors, nothing else lost, the cluster usable', async () => {
    expect(() => ferrodis.createCluster()).toThrow(TypeError);
    expect(() => ferrodis.createCluster({})).toThrow(/rootNodes/);
    expect(() => ferrodis.createCluster({ rootNodes: [null] })).toThrow(/rootNodes\[0\]/);
    expect(() => ferrodis.createCluster({ rootNodes: [{ url: 'http://x' }] })).toThrow();
    expect(() => ferrodis.createCluster({ rootNodes: [], maxCommandRedirections: -1 })).toThrow(/maxCommandRedirections/);
    expect(() => ferrodis.createCluster({ rootNodes: [], nodeAddressMap: 5 })).toThrow(/nodeAddressMap/);
    await expect(ferrodis.createCluster({ rootNodes: [] }).connect()).rejects.toBeInstanceOf(RootNodesUnavailableError);
    const c = await connected();
    const results = await Promise.allSettled([c.set('bad:a', '1'), c.set('bad:b', {}), c.get('bad:a'), c.mGet([]), c.get('bad:a')]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected', 'fulfilled']);
    expect(results[1].reason).toBeInstanceOf(TypeError);
    expect(results[2].value).toBe('1');
  });

  test('a process exits once its cluster is closed', async () => {
    const script = `
      const { createCluster } = require(${JSON.stringify(require.resolve('..'))});
      (async () => {
        const c = createCluster({ rootNodes: [{ url: ${JSON.stringify(urls[0])} }] });
        await c.connect();
        await c.set('exit', '1');
        await c.close();
      })();`;
    const { code, signal } = await runNode(script);
    expect({ code, signal }).toEqual({ code: 0, signal: null });
  });
});

async function getCalls(node) {
  const info = await onNode({ port: node.port }, 'INFO', 'commandstats');
  const match = /cmdstat_get:calls=(\d+)/.exec(info);
  return match ? Number(match[1]) : 0;
}
