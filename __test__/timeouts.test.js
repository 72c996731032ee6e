'use strict';
// commandOptions.timeout and withAbortSignal: a command that times out before it is written is
// taken out and never runs; one written rejects with TimeoutError when its reply is late and
// keeps its place, its reply dropped when it comes — never handed to another command; an abort
// takes back a command not written yet.
const ferrodis = require('..');
const { startRedis } = require('./helpers/redis-server');
const { runNode } = require('./helpers/run-node');

let server;
let url;
beforeAll(async () => {
  server = await startRedis();
  url = `redis://${server.host}:${server.port}`;
});
afterAll(() => server?.stop());

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
// Keeps the server busy for `ms` (the command is written, its reply late), then answers `reply`.
const busy = (ms, reply) => ['EVAL', `local t = redis.call('TIME') while true do local n = redis.call('TIME') if (n[1]-t[1])*1000000 + (n[2]-t[2]) > ${ms * 1000} then break end end return '${reply}'`, '0'];
const outcome = (promise) => promise.then((value) => ({ value }), (error) => ({ error: error.constructor.name }));

describe('a timeout that counts until the reply', () => {
  let client;
  beforeAll(async () => {
    client = await ferrodis.createClient({ url }).connect();
  });
  afterAll(() => client.close());

  test('a written command whose reply is late rejects with TimeoutError; the commands after it get their own replies', async () => {
    await client.set('timeouts:k', 'mine');
    const t0 = performance.now();
    const slow = outcome(client.withCommandOptions({ timeout: 100 }).sendCommand(busy(300, 'late')));
    const after = client.get('timeouts:k');
    const slowOutcome = await slow;
    expect(slowOutcome).toEqual({ error: 'TimeoutError' });
    expect(performance.now() - t0).toBeLessThan(250);
    expect(await after).toBe('mine');
    expect(await client.get('timeouts:k')).toBe('mine');
    expect(client.socketEpoch).toBe(1); // the connection was kept
  });

  test('slow and fast commands interleaved: each fast one gets its own reply', async () => {
    const calls = [];
    for (let i = 0; i < 20; i++) {
      calls.push(outcome(client.withCommandOptions({ timeout: 5 }).sendCommand(busy(20, `slow${i}`))));
      calls.push(outcome(client.echo(`fast${i}`)));
    }
    const results = await Promise.all(calls);
    for (let i = 0; i < 20; i++) {
      expect(results[2 * i]).toEqual({ error: 'TimeoutError' });
      expect(results[2 * i + 1]).toEqual({ value: `fast${i}` });
    }
  });

  test('a reply in time resolves as usual; the client default applies to every command', async () => {
    const withDefault = await ferrodis.createClient({ url, commandOptions: { timeout: 1000 } }).connect();
    try {
      expect(await withDefault.set('timeouts:d', 'v')).toBe('OK');
      expect(await withDefault.get('timeouts:d')).toBe('v');
      expect(await outcome(withDefault.sendCommand(busy(1200, 'late')))).toEqual({ error: 'TimeoutError' });
      expect(await withDefault.get('timeouts:d')).toBe('v');
    } finally {
      await withDefault.close();
    }
  });

  test('a client default timeout keeps only the commands in flight, not every command given', async () => {
    const withDefault = await ferrodis.createClient({ url, commandOptions: { timeout: 60000 } }).connect();
    try {
      for (let wave = 0; wave < 20; wave++) {
        await Promise.all(Array.from({ length: 1000 }, (_, i) => withDefault.set(`timeouts:w${i}`, 'v')));
      }
      const kept = [...withDefault._deadlines.queues.values()].reduce((n, queue) => n + queue.length, 0);
      expect(kept).toBe(0); // 20,000 commands answered: none kept for its 60 s
    } finally {
      await withDefault.close();
    }
  });

  test.each([[-1], [NaN], ['100'], [2 ** 31]])('timeout %p is a TypeError, and nothing is sent', async (timeout) => {
    await expect(client.withCommandOptions({ timeout }).set('timeouts:bad', 'x')).rejects.toThrow(TypeError);
    expect(await client.get('timeouts:bad')).toBeNull();
  });
});

describe('commands not written yet are taken out', () => {
  /** A client whose connection is down (killed, reconnecting in 300 ms) while `during` runs. */
  async function whileDisconnected(during) {
    const client = await ferrodis.createClient({ url, socket: { reconnectStrategy: 300 } }).connect();
    const admin = await ferrodis.createClient({ url }).connect();
    client.on('error', () => {});
    try {
      const lost = new Promise((resolve) => client.once('error', resolve)); // emitted as the connection is lost, before the reconnect delay
      await admin.clientKill({ filter: 'ID', id: await client.clientId() });
      await lost;
      return await during(client, admin);
    } finally {
      await client.close().catch(() => client.destroy());
      await admin.close();
    }
  }

  test('a command that times out while queued offline never runs; those around it run, each with its reply', async () => {
    await whileDisconnected(async (client, admin) => {
      await admin.set('timeouts:offline', '0');
      const before = client.incr('timeouts:offline');
      const timedOut = outcome(client.withCommandOptions({ timeout: 50 }).set('timeouts:offline', 'overwritten'));
      const after = client.incr('timeouts:offline');
      expect(await timedOut).toEqual({ error: 'TimeoutError' });
      expect(await before).toBe(1);
      expect(await after).toBe(2);
      expect(await admin.get('timeouts:offline')).toBe('2');
    });
  });

  test('an abort takes back a command queued offline; one written is not affected', async () => {
    await whileDisconnected(async (client, admin) => {
      const controller = new AbortController();
      const aborted = outcome(client.withAbortSignal(controller.signal).set('timeouts:abort', 'aborted'));
      const kept = client.set('timeouts:abort2', 'kept');
      await sleep(50);
      controller.abort();
      expect(await aborted).toEqual({ error: 'AbortError' });
      expect(await kept).toBe('OK');
      expect(await admin.get('timeouts:abort')).toBeNull();
      // written already: the abort changes nothing
      const late = new AbortController();
      const written = client.withAbortSignal(late.signal).sendCommand(busy(100, 'ran'));
      await sleep(30);
      late.abort();
      expect(await written).toBe('ran');
    });
  });

  test('an abort in the same tick takes the command out of the batch; an aborted signal sends nothing', async () => {
    const client = await ferrodis.createClient({ url }).connect();
    try {
      await client.del('timeouts:tick');
      const controller = new AbortController();
      const first = client.incr('timeouts:tick');
      const aborted = outcome(client.withAbortSignal(controller.signal).incrBy('timeouts:tick', 100));
      const last = client.incr('timeouts:tick');
      controller.abort();
      expect(await aborted).toEqual({ error: 'AbortError' });
      expect([await first, await last]).toEqual([1, 2]);
      await expect(client.withAbortSignal(AbortSignal.abort()).incr('timeouts:tick')).rejects.toThrow(ferrodis.AbortError);
      expect(await client.get('timeouts:tick')).toBe('2');
    } finally {
      await client.close();
    }
  });
});

test('a blocking command that times out frees its side connection without losing data', async () => {
  const client = await ferrodis.createClient({ url }).connect();
  const admin = await ferrodis.createClient({ url }).connect();
  try {
    await client.del('timeouts:list');
    await expect(client.withCommandOptions({ timeout: 100 }).blPop('timeouts:list', 0)).rejects.toThrow(ferrodis.TimeoutError);
    await sleep(50);
    expect((await admin.clientList()).filter((c) => c.cmd === 'blpop')).toHaveLength(0);
    await admin.rPush('timeouts:list', 'kept');
    expect(await admin.lRange('timeouts:list', 0, -1)).toEqual(['kept']);
  } finally {
    await client.close();
    await admin.close();
  }
});

test('a pending deadline does not keep the process alive', async () => {
  const { code, ms } = await runNode(`
    const { createClient } = require('.');
    (async () => {
      const client = await createClient({ url: ${JSON.stringify(url)} }).connect();
      await client.withCommandOptions({ timeout: 60000 }).get('k');
      await client.close();
    })();
  `);
  expect(code).toBe(0);
  expect(ms).toBeLessThan(5000);
});
