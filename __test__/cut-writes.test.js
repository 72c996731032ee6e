'use strict';
// Connections cut while a batch is half written (a proxy that can stall the client's bytes and cut
// every connection): a transaction begun is never continued on the next connection; commands of
// the batch that were never written can still be taken out by a timeout or an abort; a blocking
// command given after a stalled command waits for its reply. (Found by attacking this stop's
// timeouts, aborts and side connections.)
const net = require('node:net');
const ferrodis = require('..');
const { startRedis } = require('./helpers/redis-server');

let server;
beforeAll(async () => {
  server = await startRedis();
});
afterAll(() => server?.stop());

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const outcome = (promise) => promise.then((value) => ({ value }), (error) => ({ error: error.constructor.name }));
const BIG = 'x'.repeat(64 * 1024 * 1024); // more than a socket takes at once

/** A proxy to the server whose client-to-server bytes can be stalled, and whose connections can
 *  all be cut. While stalled, the first bytes a client writes are held (the server sees none)
 *  and its socket is no longer read: the rest of its write waits in the kernel's buffers.
 *  `written()` resolves once some are held: the client's batch is then half written. */
async function stallingProxy() {
  const connections = new Set();
  let stalled = false;
  let held = 0; // bytes held since the stall
  const proxy = net.createServer((client) => {
    const upstream = net.connect(server.port, server.host);
    const pair = { client, upstream, held: [] };
    connections.add(pair);
    client.on('data', (data) => {
      if (!stalled) return upstream.write(data);
      pair.held.push(data);
      held += data.length;
      client.pause();
    });
    upstream.on('data', (data) => client.write(data));
    const end = () => {
      connections.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    for (const socket of [client, upstream]) socket.on('close', end).on('error', end);
    if (stalled) client.pause();
  });
  await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    port: proxy.address().port,
    connections,
    stall() {
      stalled = true;
      held = 0;
    },
    /** Resolves once a client wrote something after the stall (under load, 50 ms could pass
     *  with nothing written, and a batch never written is rightly sent again after a cut). */
    async written() {
      while (held === 0) await sleep(5);
    },
    resume() {
      stalled = false;
      for (const pair of connections) {
        for (const data of pair.held.splice(0)) pair.upstream.write(data);
        pair.client.resume();
      }
    },
    cut() {
      for (const { client, upstream } of [...connections]) {
        client.destroy();
        upstream.destroy();
      }
    },
    close() {
      this.cut();
      proxy.close();
    },
  };
}

let proxy;
let admin;
beforeEach(async () => {
  proxy = await stallingProxy();
  admin = await ferrodis.createClient({ socket: { host: server.host, port: server.port } }).connect();
});
afterEach(async () => {
  proxy.close();
  await admin.close();
});

async function throughProxy(options = {}) {
  const client = ferrodis.createClient({ ...options, socket: { port: proxy.port, reconnectStrategy: () => 300, ...options.socket } });
  client.on('error', () => {});
  await client.connect();
  return client;
}

test.each([[false], [true]])('a transaction cut mid-write runs all or nothing (engine-driven: %s)', async (engine) => {
  await admin.del(['cut:a', 'cut:b', 'cut:big']);
  const client = await throughProxy({ socket: engine ? { socketTimeout: 60000 } : {} });
  proxy.stall();
  const exec = outcome(client.multi().incr('cut:a').set('cut:big', BIG).incr('cut:b').exec());
  await proxy.written();
  await sleep(50);
  proxy.cut();
  await sleep(20);
  proxy.resume();
  expect((await exec).error).toBeDefined();
  await sleep(500); // the reconnection
  expect([await admin.get('cut:a'), await admin.get('cut:b')]).toEqual([null, null]);
  expect(await client.ping()).toBe('PONG');
  client.destroy();
});

test.each([[false], [true]])('commands behind a half-written one, never written, are taken out by a timeout or an abort (engine-driven: %s)', async (engine) => {
  await admin.del(['cut:timeout', 'cut:abort', 'cut:big']);
  // Reconnecting 1 s after the cut; the abort and the timeout come while the client is down and
  // the INCRs are back in the queue (a command still in the socket's write when they come would
  // count as written).
  const client = await throughProxy({ socket: { reconnectStrategy: () => 1000, ...(engine ? { socketTimeout: 60000 } : {}) } });
  proxy.stall();
  const controller = new AbortController();
  const big = outcome(client.set('cut:big', BIG));
  const timedOut = outcome(client.withCommandOptions({ timeout: 500 }).incr('cut:timeout'));
  const aborted = outcome(client.withAbortSignal(controller.signal).incr('cut:abort'));
  await proxy.written();
  await sleep(50);
  proxy.cut();
  await sleep(20);
  proxy.resume();
  expect((await big).error).toBeDefined(); // the cut is known
  controller.abort(); // disconnected: that INCR was never written
  expect(await timedOut).toEqual({ error: 'TimeoutError' });
  expect(await aborted).toEqual({ error: 'AbortError' });
  await sleep(1200); // the reconnection
  expect([await admin.get('cut:timeout'), await admin.get('cut:abort')]).toEqual([null, null]);
  client.destroy();
});

test('a blocking command waits for the command given before it even when a later one is taken out', async () => {
  await admin.del('cut:list');
  const client = await throughProxy();
  await client.blPop('cut:warm', 0.01); // a side connection, open
  const [main] = proxy.connections; // the first connection: the client's own
  main.client.pause(); // the client's own connection stalls for 300 ms
  setTimeout(() => main.client.resume(), 300);
  const pushed = client.sendCommand(['RPUSH', 'cut:list', 'first']);
  const popped = client.blPop('cut:list', 0.1);
  const controller = new AbortController();
  const later = outcome(client.withAbortSignal(controller.signal).get('cut:other'));
  controller.abort();
  expect(await later).toEqual({ error: 'AbortError' });
  expect(await pushed).toBe(1);
  expect(await popped).toEqual({ key: 'cut:list', element: 'first' });
  await client.close();
});
