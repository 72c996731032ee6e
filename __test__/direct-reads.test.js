'use strict';
// Replies read on the JS thread (core/src/direct.rs): while a plain connection is ready, the
// engine hands reads over and the bridge polls the socket on Node's loop. These put a proxy
// between the client and a real server to break the connection in the ways only the JS thread
// sees then: bad bytes, a cut in the middle of a large reply, the server going away while the
// client sits idle. Each time the waiting commands must fail with the right error, and the
// client must reconnect and carry on — reads on the new connection being direct again.
const net = require('node:net');
const { serverForFile } = require('./helpers/connected');
const { createClient } = require('..');

const server = serverForFile();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A TCP proxy to the test server; `inject(bytes)` writes to the client side, `cut()` drops every
 *  connection, `connections` counts the client connections it accepted. */
async function startProxy() {
  const links = new Set();
  const proxy = { connections: 0 };
  const listener = net.createServer((client) => {
    proxy.connections++;
    const upstream = net.connect(server.port, server.host);
    const link = { client, upstream };
    links.add(link);
    client.pipe(upstream);
    upstream.pipe(client);
    const drop = () => {
      links.delete(link);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    link.drop = drop;
  });
  await new Promise((resolve) => listener.listen(0, '127.0.0.1', resolve));
  proxy.port = listener.address().port;
  proxy.inject = (bytes) => {
    for (const { client } of links) client.write(bytes);
  };
  /** Lets `bytes` of the server's output through, then cuts. */
  proxy.cutAfter = (bytes) => {
    for (const link of links) {
      link.upstream.unpipe(link.client);
      let left = bytes;
      link.upstream.on('data', (chunk) => {
        if (left <= 0) return;
        link.client.write(chunk.subarray(0, left));
        left -= chunk.length;
        if (left <= 0) link.drop();
      });
      link.upstream.resume(); // unpipe() paused it
    }
  };
  proxy.cut = () => [...links].forEach((link) => link.drop());
  proxy.close = () => {
    proxy.cut();
    return new Promise((resolve) => listener.close(resolve));
  };
  return proxy;
}

let proxy;
beforeEach(async () => {
  proxy = await startProxy();
});
afterEach(() => proxy.close());

function clientThroughProxy(options = {}) {
  // blockingConnections: false: the tests' BLPOPs wait on the one connection the proxy sees
  const client = createClient({ socket: { port: proxy.port, reconnectStrategy: 20, ...options }, blockingConnections: false });
  const errors = [];
  client.on('error', (err) => errors.push(err));
  return { client, errors };
}

test('bytes that are not RESP: the waiting command fails with a protocol error, the client reconnects', async () => {
  const { client, errors } = clientThroughProxy();
  await client.connect();
  await client.set('direct', 'v');
  const waiting = client.blPop('direct:empty', 0).catch((e) => e);
  await sleep(50);
  proxy.inject('?not resp\r\n');
  const error = await waiting;
  expect(error.message).toMatch(/^Protocol error: unknown RESP type byte 0x3f/);
  expect(errors.map((e) => e.message)).toContainEqual(error.message);
  expect(await client.get('direct')).toBe('v'); // on a new connection
  expect(proxy.connections).toBe(2);
  await client.quit();
});

test('a connection cut in the middle of a large reply: it and the commands after it fail, the next ones work', async () => {
  const { client, errors } = clientThroughProxy();
  await client.connect();
  const large = 'x'.repeat(1 << 20);
  await client.set('large', large);
  proxy.cutAfter(300 * 1024);
  const replies = await Promise.all([client.get('large'), client.get('large'), client.ping()].map((p) => p.then(() => 'ok', (e) => e.message)));
  expect(replies).toEqual(Array(3).fill('Socket closed unexpectedly'));
  expect(errors.length).toBeGreaterThanOrEqual(1);
  expect(await client.get('large')).toBe(large);
  expect(await client.strLen('large')).toBe(1 << 20);
  await client.quit();
});

test('the server goes away while the client is idle: noticed at once, without a command to send', async () => {
  const { client, errors } = clientThroughProxy();
  const events = [];
  client.on('reconnecting', () => events.push('reconnecting'));
  await client.connect();
  proxy.cut();
  await sleep(200);
  expect(errors.map((e) => e.message)).toContainEqual('Socket closed unexpectedly');
  expect(events).toContain('reconnecting');
  expect(client.isReady).toBe(true);
  expect(await client.ping()).toBe('PONG');
  await client.quit();
});

test('many connections over time: every reply arrives, in order, on each', async () => {
  const { client } = clientThroughProxy();
  await client.connect();
  for (let round = 0; round < 5; round++) {
    const values = await Promise.all(Array.from({ length: 2000 }, (_, i) => client.echo(`r${round}:${i}`)));
    expect(values.every((v, i) => v === `r${round}:${i}`)).toBe(true);
    proxy.cut();
    await client.ping().catch(() => {});
    await sleep(50);
  }
  expect(proxy.connections).toBeGreaterThanOrEqual(6);
  await client.quit();
});

test('with socketTimeout the engine reads (it watches for silence): the timeout still fires', async () => {
  const { client, errors } = clientThroughProxy({ socketTimeout: 100, reconnectStrategy: false });
  await client.connect();
  expect(await client.ping()).toBe('PONG');
  await sleep(300);
  expect(errors.map((e) => e.constructor.name)).toContain('SocketTimeoutError');
  expect(client.isOpen).toBe(false);
});
