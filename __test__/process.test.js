'use strict';
// What the Node.js process sees: it exits by itself once the client is closed, and an 'error'
// with no listener is thrown while the client keeps reconnecting.
const { serverForFile } = require('./helpers/connected');
const { runNode } = require('./helpers/run-node');

const server = serverForFile();

test.each([
  ['quit()', 'await client.quit();'],
  ['close()', 'await client.close();'],
  ['disconnect()', 'await client.disconnect();'],
  ['destroy()', 'client.destroy();'],
])('the process exits by itself after %s', async (_, closing) => {
  const result = await runNode(`
    const { createClient } = require('.');
    (async () => {
      const client = createClient({ socket: { port: ${server.port} } });
      client.on('error', (e) => console.error(e));
      await client.connect();
      await client.set('exit-test', 'v');
      console.log(await client.get('exit-test'));
      ${closing}
    })();
  `);
  expect(result.stdout.trim()).toBe('v');
  expect(result.signal).toBe(null);
  expect(result.code).toBe(0);
  expect(result.ms).toBeLessThan(2000);
});

test('an open client keeps the process alive; unref() lets it exit', async () => {
  const alive = await runNode(`
    const { createClient } = require('.');
    const client = createClient({ socket: { port: ${server.port} } });
    client.connect().then(() => console.log('ready'));
  `, { timeout: 1500 });
  expect(alive.stdout.trim()).toBe('ready');
  expect(alive.signal).toBe('SIGKILL'); // still running when the test killed it
  const unrefed = await runNode(`
    const { createClient } = require('.');
    const client = createClient({ socket: { port: ${server.port} } });
    client.connect().then(() => { console.log('ready'); client.unref(); });
  `);
  expect(unrefed.stdout.trim()).toBe('ready');
  expect(unrefed.code).toBe(0);
});

test('no error listener: a connection loss is thrown (uncaughtException), and the client reconnects', async () => {
  const result = await runNode(`
    const { createClient } = require('.');
    process.on('uncaughtException', (err) => console.log('uncaught', err.constructor.name));
    (async () => {
      const client = createClient({ socket: { port: ${server.port} } });
      await client.connect();
      const killer = createClient({ socket: { port: ${server.port} } });
      await killer.connect();
      await killer.sendCommand(['CLIENT', 'KILL', 'TYPE', 'normal', 'SKIPME', 'yes']);
      await new Promise((resolve) => client.once('ready', resolve));
      console.log('reconnected', await client.ping());
      await client.quit();
      await killer.quit();
    })();
  `);
  expect(result.stdout).toBe('uncaught SocketClosedUnexpectedlyError\nreconnected PONG\n');
  expect(result.code).toBe(0);
});

test('no error listener on the first connect(): connect() rejects and the process does not crash', async () => {
  const { freePort } = require('./helpers/redis-server');
  const port = await freePort();
  const result = await runNode(`
    const { createClient } = require('.');
    const client = createClient({ socket: { port: ${port} } });
    client.connect().catch((err) => console.log('rejected', err.code, client.isOpen));
  `);
  expect(result.stdout).toBe('rejected ECONNREFUSED false\n');
  expect(result.code).toBe(0);
});

test('an error thrown by an event listener propagates as thrown (not taken for a stream error)', async () => {
  const result = await runNode(`
    const { createClient } = require('.');
    const client = createClient({ socket: { port: ${server.port} } });
    client.on('ready', () => { throw new Error('from a listener'); });
    process.on('uncaughtException', async (err) => {
      console.log('uncaught', err.message, client.isOpen, await client.ping());
      await client.quit();
    });
    client.connect().catch(() => {});
  `);
  expect(result.stdout).toBe('uncaught from a listener true PONG\n');
  expect(result.code).toBe(0);
});
