'use strict';
// An error a caller holds must not keep its client alive. Until V8 formats a stack trace it keeps
// every frame's receiver, and the frames of an error made inside the client have the client as
// receiver: 5,000 held failed-connect errors once cost 309 MB (lib/errors.js, detachStack).
// Each test makes a client in a function of its own, keeps only a WeakRef to it and the error,
// collects garbage, and checks that the client is gone while the error is still held.
const v8 = require('node:v8');
const vm = require('node:vm');
const { freePort } = require('./helpers/redis-server');
const { connectedClient } = require('./helpers/connected');
const ferrodis = require('..');

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

/** Runs `scenario(client)` → the error to hold; resolves to whether the client was collected
 *  while the error is still referenced. */
async function clientCollectedWhileErrorHeld(options, scenario) {
  const { ref, error } = await (async () => {
    const client = ferrodis.createClient(options);
    const error = await scenario(client);
    return { ref: new WeakRef(client), error };
  })();
  expect(error).toBeInstanceOf(Error);
  for (let i = 0; i < 10 && ref.deref() !== undefined; i++) {
    // A WeakRef's target survives until the end of the job that last read it: let it end.
    await new Promise((resolve) => setImmediate(resolve));
    gc();
  }
  const collected = ref.deref() === undefined;
  expect(error.message.length).toBeGreaterThan(0); // the error itself is still held here
  return collected;
}

const rejection = (promise) => promise.then(() => { throw new Error('expected a rejection'); }, (err) => err);

describe('a held error does not keep its client alive', () => {
  test('a failed connect (reconnectStrategy: false)', async () => {
    const port = await freePort();
    const collected = await clientCollectedWhileErrorHeld(
      { socket: { host: '127.0.0.1', port, reconnectStrategy: false } },
      (client) => rejection(client.connect()),
    );
    expect(collected).toBe(true);
  });

  test('a ReconnectStrategyError and the strategy\'s own Error inside it', async () => {
    const port = await freePort();
    let held;
    const collected = await clientCollectedWhileErrorHeld(
      { socket: { host: '127.0.0.1', port, reconnectStrategy: () => new Error('give up') } },
      async (client) => {
        client.on('error', () => {});
        held = await rejection(client.connect());
        return held;
      },
    );
    expect(held).toBeInstanceOf(ferrodis.ReconnectStrategyError);
    expect(held.originalError.message).toBe('give up');
    expect(collected).toBe(true);
  });

  test('an error event held by its listener', async () => {
    const port = await freePort();
    const collected = await clientCollectedWhileErrorHeld(
      { socket: { host: '127.0.0.1', port, reconnectStrategy: false } },
      async (client) => {
        let emitted;
        client.on('error', (err) => {
          emitted = err;
        });
        await rejection(client.connect());
        return emitted;
      },
    );
    expect(collected).toBe(true);
  });

  describe('on a server', () => {
    const context = connectedClient();
    const options = () => ({ socket: { host: context.server.host, port: context.server.port } });

    test.each([
      ['a server error reply', (c) => rejection(c.sendCommand(['NOPE']))],
      ['a server error reply inside a transaction (MultiErrorReply)', (c) => rejection(c.multi().set('k', 'v').lPush('k', 'x').exec())],
      ['a bad argument', (c) => rejection(c.get({}))],
      ['a bad sendCommand argument', (c) => rejection(c.sendCommand(['GET', 1]))],
      ['a command after close (ClientClosedError)', async (c) => { await c.close(); return rejection(c.get('k')); }],
      ['a pending command of a destroyed client (DisconnectsClientError)', async (c) => { const p = rejection(c.get('k')); c.destroy(); return p; }],
    ])('%s', async (_, call) => {
      const collected = await clientCollectedWhileErrorHeld(options(), async (client) => {
        client.on('error', () => {});
        await client.connect();
        const error = await call(client);
        if (client.isOpen) await client.quit();
        return error;
      });
      expect(collected).toBe(true);
    });
  });
});
