'use strict';
// asap(): a command that goes before every command not written yet — while disconnected (ahead of
// the offline queue) and in the same tick (ahead of the batch) — and every reply still reaches its
// own command.
const ferrodis = require('..');
const { startRedis } = require('./helpers/redis-server');

let server;
let url;
beforeAll(async () => {
  server = await startRedis();
  url = `redis://${server.host}:${server.port}`;
});
afterAll(() => server?.stop());

test('while disconnected, an asap command runs before the queued ones; each gets its own reply', async () => {
  const client = await ferrodis.createClient({ url, socket: { reconnectStrategy: 200 } }).connect();
  const admin = await ferrodis.createClient({ url }).connect();
  client.on('error', () => {});
  try {
    await client.set('asap:k', 'old');
    const lost = new Promise((resolve) => client.once('error', resolve));
    await admin.clientKill({ filter: 'ID', id: await client.clientId() });
    await lost;
    const queued = [client.set('asap:k', 'new'), client.append('asap:k', '+')];
    await new Promise((resolve) => setTimeout(resolve, 20));
    const first = client.asap().get('asap:k');
    const last = client.get('asap:k');
    expect(await Promise.all([...queued, first, last])).toEqual(['OK', 4, 'old', 'new+']);
  } finally {
    await client.close();
    await admin.close();
  }
});

test('in the same tick, an asap command goes before the batch', async () => {
  const client = await ferrodis.createClient({ url }).connect();
  try {
    await client.set('asap:t', 'x');
    const set = client.set('asap:t', 'y');
    const get = client.asap().get('asap:t');
    expect([await set, await get]).toEqual(['OK', 'x']);
  } finally {
    await client.close();
  }
});

test('1,000 ECHOs, a third of them asap, through reconnections: every reply is its own', async () => {
  const client = await ferrodis.createClient({ url, socket: { reconnectStrategy: 5 } }).connect();
  const admin = await ferrodis.createClient({ url }).connect();
  client.on('error', () => {});
  try {
    const calls = [];
    for (let round = 0; round < 10; round++) {
      for (let i = 0; i < 100; i++) {
        const payload = `r${round}:${i}`;
        const target = i % 3 === 0 ? client.asap() : client;
        calls.push(target.echo(payload).then((reply) => [payload, reply], (err) => [payload, err.constructor.name]));
      }
      if (round % 3 === 1) await admin.clientKill({ filter: 'ID', id: await client.clientId() }).catch(() => {});
      await new Promise((resolve) => setImmediate(resolve));
    }
    for (const [payload, reply] of await Promise.all(calls)) {
      if (reply !== payload) expect(['SocketClosedUnexpectedlyError']).toContain(reply); // written when the connection died
    }
    expect((await Promise.all(calls)).filter(([payload, reply]) => reply === payload).length).toBeGreaterThan(500);
  } finally {
    await client.close();
    await admin.close();
  }
});
