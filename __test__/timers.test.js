'use strict';
// Options that act over time: socketTimeout, pingInterval, and `ready` waiting for a server that
// is still loading its dataset.
const { startRedis } = require('./helpers/redis-server');
const { serverForFile } = require('./helpers/connected');
const { createClient, SocketTimeoutError } = require('..');

const server = serverForFile();

const once = (emitter, event) => new Promise((resolve) => emitter.once(event, resolve));

test('socketTimeout: an idle connection fails with SocketTimeoutError and the default strategy does not reconnect', async () => {
  const client = createClient({ socket: { port: server.port, socketTimeout: 150 } });
  const errors = [];
  client.on('error', (e) => errors.push(e));
  let reconnecting = 0;
  client.on('reconnecting', () => reconnecting++);
  await client.connect();
  expect(await client.ping()).toBe('PONG');
  await new Promise((r) => setTimeout(r, 400));
  expect(errors[0]).toBeInstanceOf(SocketTimeoutError);
  expect(errors[0].message).toBe("Socket timeout timeout. Expecting data, but didn't receive any in 150ms.");
  expect(reconnecting).toBe(0);
  expect(client.isOpen).toBe(false);
  await expect(client.get('a')).rejects.toThrow('The client is closed');
});

test('socketTimeout with a strategy that reconnects, kept alive by pingInterval', async () => {
  const client = createClient({ socket: { port: server.port, socketTimeout: 300 }, pingInterval: 50 });
  const pongs = [];
  client.on('ping-interval', (reply) => pongs.push(reply));
  client.on('error', (e) => { throw e; });
  await client.connect();
  await new Promise((r) => setTimeout(r, 700));
  expect(pongs.length).toBeGreaterThanOrEqual(5);
  expect(pongs.every((p) => p === 'PONG')).toBe(true);
  expect(client.isReady).toBe(true);
  await client.quit();
});

test('ready waits until the server has loaded its dataset (no -LOADING replies)', async () => {
  // key-load-delay (µs per key) makes loading 20,000 keys at startup take about a second.
  const loading = await startRedis({ config: { 'key-load-delay': '50', 'enable-debug-command': 'yes' } });
  try {
    await loading.command('DEBUG', 'POPULATE', '20000');
    await loading.command('SAVE');
    await loading.kill();
    const restarted = loading.restart();
    await new Promise((r) => setTimeout(r, 200)); // the server is up and loading
    const client = createClient({ socket: { port: loading.port } });
    const errors = [];
    client.on('error', (e) => errors.push(e));
    await client.connect();
    expect(await client.dbSize()).toBe(20000);
    expect(errors).toEqual([]);
    await client.quit();
    await restarted;
  } finally {
    await loading.stop();
  }
});
