'use strict';
// Reconnection as the guide describes it: commands already sent are rejected, unsent ones wait
// in the offline queue; reconnectStrategy as function / number / false / Error; the handshake is
// replayed on every connection.
const { serverForFile } = require('./helpers/connected');
const { createClient, ClientOfflineError, ReconnectStrategyError } = require('..');
const { defaultReconnectStrategy } = require('../lib/options');

const server = serverForFile();

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const once = (emitter, event) => new Promise((resolve) => emitter.once(event, resolve));

test('the default strategy is the guide\'s Math.min(retries * 50, 500)', () => {
  expect([0, 1, 2, 5, 10, 11, 100].map((r) => defaultReconnectStrategy(r))).toEqual([0, 50, 100, 250, 500, 500, 500]);
});

test('server killed mid-load: sent commands rejected, queued ones run after restart, handshake replayed', async () => {
  const events = [];
  // blockingConnections: false: the BLPOP below is the client's own connection's written command
  const client = createClient({ socket: { port: server.port }, name: 'survivor', database: 5, blockingConnections: false });
  for (const e of ['connect', 'ready', 'reconnecting', 'end']) client.on(e, () => events.push(e));
  client.on('error', (err) => events.push(`error:${err.constructor.name}`));
  await client.connect();
  await client.set('before', '1');

  const sent = client.sendCommand(['BLPOP', 'nothing', '0']).catch((e) => e); // written, never answered
  const load = Array.from({ length: 2000 }, (_, i) => client.set(`load${i}`, 'x').then(() => 'ok', (e) => e));
  await sleep(30);
  await server.kill();
  expect((await sent).message).toMatch(/Socket closed unexpectedly|ECONNRESET/);
  expect(client.isReady).toBe(false);
  expect(client.isOpen).toBe(false);

  const queued = [client.set('queued', 'yes'), client.get('before')]; // unsent: wait offline
  await sleep(200);
  await server.restart();
  expect(await Promise.all(queued)).toEqual(['OK', null]); // the server restarted empty
  expect(await client.get('queued')).toBe('yes');
  expect(await client.sendCommand(['CLIENT', 'GETNAME'])).toBe('survivor');
  expect(await client.sendCommand(['CLIENT', 'INFO'])).toMatch(/ db=5 /);
  const outcomes = await Promise.all(load);
  expect(outcomes.every((o) => o === 'ok' || o instanceof Error)).toBe(true);

  const drop = events.indexOf('error:SocketClosedUnexpectedlyError');
  expect(drop).toBeGreaterThan(1);
  expect(events.slice(0, 2)).toEqual(['connect', 'ready']);
  expect(events.slice(drop + 1)).toContain('reconnecting');
  expect(events.slice(-2)).toEqual(['connect', 'ready']);
  await client.quit();
});

test('reconnectStrategy function gets (retries, cause) and its delays are honoured', async () => {
  const calls = [];
  const client = createClient({
    socket: { port: server.port, reconnectStrategy: (retries, cause) => { calls.push([retries, cause.constructor.name, Date.now()]); return 100; } },
  });
  client.on('error', () => {});
  await client.connect();
  await server.kill();
  await sleep(450);
  const ready = once(client, 'ready'); // before the restart: the client may be ready before it returns
  await server.restart();
  await ready;
  expect(calls[0].slice(0, 2)).toEqual([0, 'SocketClosedUnexpectedlyError']);
  expect(calls.slice(1).map((c) => c[0])).toEqual(calls.slice(1).map((_, i) => i + 1));
  expect(calls.slice(1).every((c) => c[1] === 'Error')).toBe(true); // ECONNREFUSED
  for (let i = 1; i < calls.length; i++) expect(calls[i][2] - calls[i - 1][2]).toBeGreaterThanOrEqual(90);
  expect(await client.ping()).toBe('PONG');
  await client.quit();
});

test('reconnectStrategy number: a fixed delay', async () => {
  const client = createClient({ socket: { port: server.port, reconnectStrategy: 150 } });
  client.on('error', () => {});
  const times = [];
  client.on('reconnecting', () => times.push(Date.now()));
  await client.connect();
  await server.kill();
  await sleep(500);
  const ready = once(client, 'ready'); // before the restart: the client may be ready before it returns
  await server.restart();
  await ready;
  expect(times.length).toBeGreaterThanOrEqual(3);
  for (let i = 2; i < times.length; i++) expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(140);
  await client.quit();
});

test('reconnectStrategy false: no reconnect, pending commands rejected, client closed without end', async () => {
  const client = createClient({ socket: { port: server.port, reconnectStrategy: false }, blockingConnections: false });
  const errors = [];
  let ended = false;
  client.on('error', (e) => errors.push(e));
  client.on('end', () => { ended = true; });
  await client.connect();
  const sent = client.sendCommand(['BLPOP', 'nothing', '0']).catch((e) => e);
  await sleep(20);
  await server.kill();
  expect(await sent).toBeInstanceOf(Error);
  await sleep(100);
  expect(client.isOpen).toBe(false);
  expect(ended).toBe(false);
  expect(errors.length).toBe(1);
  await expect(client.get('x')).rejects.toThrow('The client is closed');
  await server.restart();
  await client.connect(); // can be connected again
  expect(await client.ping()).toBe('PONG');
  await client.quit();
});

test('reconnectStrategy returning an Error: connect() rejects with ReconnectStrategyError', async () => {
  await server.kill();
  const giveUp = new Error('enough');
  const client = createClient({ socket: { port: server.port, reconnectStrategy: (retries) => (retries >= 2 ? giveUp : 10) } });
  const errors = [];
  client.on('error', (e) => errors.push(e));
  const err = await client.connect().catch((e) => e);
  expect(err).toBeInstanceOf(ReconnectStrategyError);
  expect(err.message).toBe('enough');
  expect(err.originalError).toBe(giveUp);
  expect(err.socketError.code).toBe('ECONNREFUSED');
  expect(errors.length).toBe(3);
  await server.restart();
});

test('an Error from the strategy after a drop rejects the waiting commands with it', async () => {
  const stop = new Error('stop now');
  const client = createClient({ socket: { port: server.port, reconnectStrategy: (retries) => (retries >= 1 ? stop : 20) } });
  const dropped = new Promise((resolve) => client.on('error', resolve));
  await client.connect();
  await server.kill();
  await dropped; // from here on, commands wait in the offline queue
  try {
    const err = await client.get('a').catch((e) => e);
    expect(err).toBeInstanceOf(ReconnectStrategyError);
    expect(err.originalError).toBe(stop);
    expect(client.isOpen).toBe(false);
  } finally {
    await server.restart();
  }
});

test('a strategy returning garbage is reported and the default applies', async () => {
  const client = createClient({ socket: { port: server.port, reconnectStrategy: () => 'soon' } });
  const errors = [];
  client.on('error', (e) => errors.push(e));
  await client.connect();
  await server.kill();
  await sleep(100);
  const ready = once(client, 'ready'); // before the restart: the client may be ready before it returns
  await server.restart();
  await ready;
  expect(errors.some((e) => e instanceof TypeError && /Reconnect strategy should return `false \| Error \| number`, got soon instead/.test(e.message))).toBe(true);
  await client.quit();
});

test.each([['disableOfflineQueue', { disableOfflineQueue: true }], ['enableOfflineQueue: false', { enableOfflineQueue: false }]])(
  '%s rejects at once while down',
  async (_, options) => {
    const client = createClient({ ...options, socket: { port: server.port, reconnectStrategy: 50 } });
    client.on('error', () => {});
    await client.connect();
    await server.kill();
    await sleep(50);
    await expect(client.get('a')).rejects.toBeInstanceOf(ClientOfflineError);
    const ready = once(client, 'ready'); // before the restart: the client may be ready before it returns
    await server.restart();
    await ready;
    expect(await client.ping()).toBe('PONG');
    await client.quit();
  },
);

test('connect() during a reconnect returns that attempt (the `if (!isOpen) connect()` idiom)', async () => {
  const client = createClient({ socket: { port: server.port, reconnectStrategy: 50 } });
  client.on('error', () => {});
  await client.connect();
  await server.kill();
  await sleep(60);
  expect(client.isOpen).toBe(false);
  const again = client.connect();
  await server.restart();
  expect(await again).toBe(client);
  expect(client.isReady).toBe(true);
  await client.quit();
});

test('destroy() during reconnect stops it; connect() pending resolves like node-redis', async () => {
  await server.kill();
  const client = createClient({ socket: { port: server.port, reconnectStrategy: 20 } });
  client.on('error', () => {});
  const connecting = client.connect();
  await sleep(60);
  client.destroy();
  await expect(connecting).resolves.toBe(client);
  expect(client.isOpen).toBe(false);
  await server.restart();
});
