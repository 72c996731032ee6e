'use strict';
// createClientPool / client.createPool (lib/pool.js), side by side with redis@5.12.1's pool on
// the same server where node-redis does what its docs say (scale up and down, acquireTimeout,
// execute's exclusive client, close draining), and the differences in the README: a dirty client
// is reset before the next task, a failed scale-up rejects its task with the cause, destroy()
// rejects the waiting tasks.
const redis = require('redis');
const ferrodis = require('..');
const { createClientPool, createClient, ClientClosedError, TimeoutError, DisconnectsClientError, WatchError, RESP_TYPES } = ferrodis;
const { serverForFile } = require('./helpers/connected');

const server = serverForFile();
const pools = [];

function poolOf(lib, clientOptions = {}, poolOptions = {}) {
  const pool = lib.createClientPool({ socket: { host: server.host, port: server.port }, ...clientOptions }, poolOptions);
  pool.on('error', () => {});
  pools.push(pool);
  return pool;
}

afterEach(async () => {
  for (const pool of pools.splice(0)) {
    try {
      pool.destroy();
    } catch {
      // closed
    }
  }
});

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const sizes = (pool) => ({ total: pool.totalClients, idle: pool.idleClients, inUse: pool.clientsInUse, waiting: pool.tasksQueueLength });
const outcome = (promise) => promise.then((value) => ({ value }), (error) => ({ error: error.constructor.name, message: error.message }));

describe('side by side with node-redis', () => {
  test('connect() opens `minimum` clients; a second connect() resolves to undefined; the getters', async () => {
    const seen = {};
    for (const [name, lib] of [['ferrodis', ferrodis], ['redis', redis]]) {
      const pool = poolOf(lib, {}, { minimum: 3 });
      const before = [pool.isOpen, sizes(pool)];
      const first = await pool.connect();
      seen[name] = { before, first: first === pool, second: await pool.connect(), after: [pool.isOpen, pool.isClosing, sizes(pool)] };
    }
    expect(seen.ferrodis).toEqual(seen.redis);
    expect(seen.ferrodis.after).toEqual([true, false, { total: 3, idle: 3, inUse: 0, waiting: 0 }]);
  });

  test('commands, sendCommand, multi, pipelines and type mappings give node-redis\' replies', async () => {
    const replies = {};
    for (const [name, lib] of [['ferrodis', ferrodis], ['redis', redis]]) {
      const pool = poolOf(lib);
      await pool.connect();
      await pool.del(['p:k', 'p:h']);
      replies[name] = [
        await pool.set('p:k', 'v'),
        await pool.get('p:k'),
        await pool.ping(),
        await pool.sendCommand(['GET', 'p:k']),
        await pool.hSet('p:h', { a: '1' }),
        { ...(await pool.hGetAll('p:h')) },
        await pool.multi().incr('p:n').get('p:k').exec(),
        await pool.multi().incr('p:n').get('p:k').execAsPipeline(),
        await pool.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer }).get('p:k'),
        await pool.withCommandOptions({ typeMapping: { [RESP_TYPES.SIMPLE_STRING]: Buffer } }).ping(),
        await pool.asap().get('p:k'),
        await outcome(pool.incr('p:k')),
      ];
      await pool.del('p:n');
    }
    expect(replies.ferrodis).toEqual(replies.redis);
  });

  test('scale up to `maximum` under load, down to `minimum` after cleanupDelay', async () => {
    const seen = {};
    for (const [name, lib] of [['ferrodis', ferrodis], ['redis', redis]]) {
      const pool = poolOf(lib, {}, { minimum: 1, maximum: 4, cleanupDelay: 500 });
      await pool.connect();
      const tasks = Array.from({ length: 10 }, () => pool.execute((client) => client.blPop('p:none', 0.05)));
      await pause(20);
      const busy = sizes(pool);
      await Promise.all(tasks);
      const done = sizes(pool);
      await pause(800);
      seen[name] = { busy, done, cleaned: sizes(pool) };
    }
    expect(seen.ferrodis).toEqual(seen.redis);
    expect(seen.ferrodis).toEqual({
      busy: { total: 4, idle: 0, inUse: 4, waiting: 6 },
      done: { total: 4, idle: 4, inUse: 0, waiting: 0 },
      cleaned: { total: 1, idle: 1, inUse: 0, waiting: 0 },
    });
  });

  test('a task waiting longer than acquireTimeout: TimeoutError (0: it waits)', async () => {
    const seen = {};
    for (const [name, lib] of [['ferrodis', ferrodis], ['redis', redis]]) {
      const pool = poolOf(lib, {}, { minimum: 1, maximum: 1, acquireTimeout: 50 });
      await pool.connect();
      const holding = pool.execute(() => pause(200));
      const late = await outcome(pool.get('p:k'));
      await holding;
      const patient = poolOf(lib, {}, { minimum: 1, maximum: 1, acquireTimeout: 0 });
      await patient.connect();
      const held = patient.execute(() => pause(150));
      seen[name] = { late, waited: await outcome(patient.ping()) };
      await held;
    }
    expect(seen.ferrodis).toEqual(seen.redis);
    expect(seen.ferrodis.late).toEqual({ error: 'TimeoutError', message: 'Timeout waiting for a client' });
  });

  test('execute() gives each task a client of its own: WATCH and MULTI hold, blocking commands block only theirs', async () => {
    const seen = {};
    for (const [name, lib] of [['ferrodis', ferrodis], ['redis', redis]]) {
      const pool = poolOf(lib, {}, { minimum: 2, maximum: 2 });
      await pool.connect();
      await pool.set('p:w', '0');
      const ids = await Promise.all([0, 1].map(() => pool.execute(async (client) => {
        const id = await client.clientId();
        await pause(30);
        return id;
      })));
      const watched = await outcome(pool.execute(async (client) => {
        await client.watch('p:w');
        await pool.set('p:w', 'changed'); // another client of the pool
        return client.multi().get('p:w').exec();
      }));
      seen[name] = { distinct: new Set(ids).size, watched: watched.error ?? watched.value };
    }
    expect(seen.ferrodis).toEqual(seen.redis);
    expect(seen.ferrodis).toEqual({ distinct: 2, watched: 'WatchError' });
  });

  test('close() lets the tasks under way and waiting finish; a task after it is refused', async () => {
    const seen = {};
    for (const [name, lib] of [['ferrodis', ferrodis], ['redis', redis]]) {
      const pool = poolOf(lib, {}, { minimum: 1, maximum: 1 });
      await pool.connect();
      const running = pool.execute(async (client) => {
        await pause(50);
        return client.ping();
      });
      const waiting = pool.ping();
      const closing = pool.close();
      const refused = await outcome(pool.ping());
      const states = [pool.isOpen, pool.isClosing];
      await closing;
      seen[name] = { running: await running, waiting: await waiting, refused, states, after: [pool.isOpen, pool.isClosing, pool.totalClients] };
    }
    expect(seen.ferrodis).toEqual(seen.redis);
    expect(seen.ferrodis.refused.error).toBe('ClientClosedError');
  });
});

describe('beyond node-redis', () => {
  test('a client handed back dirty is reset first: database, MONITOR, subscriptions, WATCH', async () => {
    const pool = poolOf(ferrodis, {}, { minimum: 1, maximum: 1 });
    const admin = createClient({ socket: { host: server.host, port: server.port } });
    await admin.connect();
    await pool.connect();
    await pool.execute(async (client) => {
      await client.select(5);
      await client.watch('p:x');
      await client.subscribe('p:channel', () => {});
    });
    const after = await pool.execute(async (client) => {
      const info = await client.sendCommand(['CLIENT', 'INFO']);
      const fields = ['db', 'sub'].map((field) => info.match(new RegExp(` ${field}=(\\d+)`))?.[1]);
      // The key watched before is no longer: a change to it does not abort this transaction.
      await admin.set('p:x', 'changed');
      const exec = await client.multi().ping().exec();
      return { fields, watching: client.isWatching, pubsub: client.isPubSubActive, exec };
    });
    expect(after).toEqual({ fields: ['0', '0'], watching: false, pubsub: false, exec: ['PONG'] });
    await admin.close();
  });

  test('a scale-up that cannot connect rejects the task that asked for it, with the cause', async () => {
    const admin = createClient({ socket: { host: server.host, port: server.port } });
    await admin.connect();
    const pool = poolOf(ferrodis, {}, { minimum: 1, maximum: 2, acquireTimeout: 5000 });
    await pool.connect();
    const connectedNow = (await admin.clientList()).length;
    await admin.configSet('maxclients', String(connectedNow));
    try {
      const holding = pool.execute(() => pause(300));
      const started = Date.now();
      const second = await outcome(pool.ping());
      // The server sends its error and closes at once: the error, or the reset, is the cause.
      expect(second.message).toMatch(/max number of clients|ECONNRESET|Socket closed unexpectedly/);
      expect(Date.now() - started).toBeLessThan(2000); // not acquireTimeout
      await holding;
      expect(sizes(pool)).toEqual({ total: 1, idle: 1, inUse: 0, waiting: 0 });
      expect(await pool.ping()).toBe('PONG');
      // A failed scale-up while close() waits: close() still ends.
      const busy = pool.execute(() => pause(100));
      const failing = outcome(pool.ping());
      await pool.close();
      expect((await failing).error).toBeDefined();
      await busy;
    } finally {
      await admin.configSet('maxclients', '10000');
      await admin.close();
    }
  });

  test('a client that gave up reconnecting leaves the pool; a task waiting for one gets a new client', async () => {
    const admin = createClient({ socket: { host: server.host, port: server.port } });
    await admin.connect();
    const pool = poolOf(ferrodis, { socket: { host: server.host, port: server.port, reconnectStrategy: false } }, { minimum: 2, maximum: 2, acquireTimeout: 0 });
    await pool.connect();
    // Both clients killed while idle: they give up; the next tasks get new clients.
    await admin.clientKill({ filter: 'SKIPME', skipMe: 'yes' });
    await pause(100);
    expect(await Promise.all([pool.ping(), pool.ping(), pool.ping()])).toEqual(['PONG', 'PONG', 'PONG']);
    // One killed while a task runs and another waits: the waiting task gets a new client.
    const single = poolOf(ferrodis, { socket: { host: server.host, port: server.port, reconnectStrategy: false } }, { minimum: 1, maximum: 1, acquireTimeout: 0 });
    await single.connect();
    const running = outcome(single.execute(async (client) => {
      await admin.clientKill({ filter: 'ID', id: await client.clientId() });
      return client.blPop('p:never', 1);
    }));
    const waiting = single.ping();
    expect((await running).error).toBeDefined();
    expect(await waiting).toBe('PONG');
    expect(sizes(single)).toEqual({ total: 1, idle: 1, inUse: 0, waiting: 0 });
    await admin.close();
  });

  test('close() resolves after a failed scale-up, after an acquire timeout, and after a task whose `then` throws', async () => {
    const down = poolOf(ferrodis, { socket: { host: server.host, port: 1, reconnectStrategy: false } }, { minimum: 1 });
    await expect(down.connect()).rejects.toThrow();
    const pool = poolOf(ferrodis, {}, { minimum: 1, maximum: 1, acquireTimeout: 30 });
    await pool.connect();
    const holding = pool.execute(() => pause(100));
    expect(await outcome(pool.ping())).toMatchObject({ error: 'TimeoutError' });
    await holding;
    const odd = await outcome(pool.execute(() => ({
      get then() {
        throw new Error('odd thenable');
      },
    })));
    expect(odd).toEqual({ error: 'Error', message: 'odd thenable' });
    await pool.close();
    expect([pool.isOpen, pool.isClosing, pool.totalClients]).toEqual([false, false, 0]);
  });

  test('destroy() fails the commands under way and the tasks waiting', async () => {
    const pool = poolOf(ferrodis, {}, { minimum: 1, maximum: 1, acquireTimeout: 0 });
    await pool.connect();
    const running = outcome(pool.blPop('p:never', 0));
    const waiting = outcome(pool.ping());
    await pause(20);
    pool.destroy();
    expect(await running).toMatchObject({ error: 'DisconnectsClientError' });
    expect(await waiting).toMatchObject({ error: 'DisconnectsClientError' });
    expect([pool.isOpen, pool.totalClients]).toEqual([false, 0]);
    expect(await outcome(pool.ping())).toMatchObject({ error: 'ClientClosedError' });
  });

  test('a task that throws, or returns no promise, hands its client back', async () => {
    const pool = poolOf(ferrodis, {}, { minimum: 1, maximum: 1 });
    await pool.connect();
    await expect(pool.execute(() => {
      throw new Error('sync');
    })).rejects.toThrow('sync');
    expect(await pool.execute(() => 42)).toBe(42);
    await expect(pool.execute(async () => {
      throw new Error('async');
    })).rejects.toThrow('async');
    expect(sizes(pool)).toEqual({ total: 1, idle: 1, inUse: 0, waiting: 0 });
    expect(await pool.ping()).toBe('PONG');
  });

  test('wrong arguments: a clear error, the pool usable', async () => {
    expect(() => createClientPool({}, { minimum: 0 })).toThrow('pool option minimum must be an integer from 1 to');
    expect(() => createClientPool({}, { minimum: 3, maximum: 2 })).toThrow('pool option maximum must be an integer from 3 to Infinity');
    expect(() => createClientPool({}, { acquireTimeout: -1 })).toThrow(TypeError);
    expect(() => createClientPool(5)).toThrow(TypeError);
    expect(() => createClientPool({ RESP: 7 })).toThrow('RESP must be 2 or 3');
    const pool = poolOf(ferrodis);
    await pool.connect();
    await expect(pool.execute('not a function')).rejects.toThrow(TypeError);
    await expect(pool.set('k')).rejects.toThrow(TypeError);
    expect(await pool.ping()).toBe('PONG');
  });

  test('client.createPool() takes the client\'s options; the process exits after close()', async () => {
    const client = createClient({ socket: { host: server.host, port: server.port }, database: 2 });
    const pool = client.createPool({ minimum: 2 });
    pools.push(pool);
    await pool.connect();
    expect((await pool.sendCommand(['CLIENT', 'INFO'])).match(/ db=(\d+) /)[1]).toBe('2');
    const { runNode } = require('./helpers/run-node');
    const out = await runNode(`
      const { createClientPool } = require(${JSON.stringify(require.resolve('..'))});
      (async () => {
        const pool = createClientPool({ socket: { port: ${server.port} } }, { minimum: 3, maximum: 5, cleanupDelay: 60000 });
        await pool.connect();
        await Promise.all(Array.from({ length: 20 }, () => pool.ping()));
        await pool.close();
        console.log('closed');
      })();`);
    expect(out.stdout.trim()).toBe('closed');
  });

  test('scripts, functions and user modules of the client options run on clients of the pool', async () => {
    const modules = { module: { echo: { parseCommand(parser, message) { parser.push('ECHO', message); } } } };
    const scripts = { one: ferrodis.defineScript({ SCRIPT: 'return 1', NUMBER_OF_KEYS: 0, parseCommand() {} }) };
    const pool = poolOf(ferrodis, { modules, scripts }, { minimum: 1, maximum: 2 });
    await pool.connect();
    expect(await Promise.all([pool.module.echo('a'), pool.one(), pool.multi().module.echo('b').exec()])).toEqual(['a', 1, ['b']]);
  });

  test('clientSideCache: one BasicPooledClientSideCache for every client of the pool', async () => {
    const pool = poolOf(ferrodis, { RESP: 3 }, { minimum: 2, clientSideCache: { maxEntries: 100 } });
    await pool.connect();
    expect(pool.clientSideCache).toBeInstanceOf(ferrodis.BasicPooledClientSideCache);
    await pool.set('p:c', 'v');
    await Promise.all([pool.get('p:c'), pool.get('p:c')]);
    expect(await pool.get('p:c')).toBe('v');
    expect(pool.clientSideCache.stats().hitCount).toBeGreaterThanOrEqual(1);
    expect(() => createClientPool({ RESP: 2 }, { clientSideCache: {} })).toThrow('Client Side Caching is only supported with RESP3');
  });
});

test('errors named as node-redis names them', () => {
  expect([ClientClosedError, TimeoutError, DisconnectsClientError, WatchError].every((E) => typeof E === 'function')).toBe(true);
});
