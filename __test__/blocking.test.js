'use strict';
// Blocking commands on side connections: the client's other commands are answered while they
// wait (node-redis holds them all up), each family of blocking command goes there, a lost side
// connection fails its own command only, and the set of connections stays small and goes away.
const ferrodis = require('..');
const { startRedis } = require('./helpers/redis-server');

let server;
let url;
beforeAll(async () => {
  server = await startRedis();
  url = `redis://${server.host}:${server.port}`;
});
afterAll(() => server?.stop());

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
let keyCount = 0;
const fresh = (name) => `blocking:${name}:${keyCount++}`;

async function connections(admin) {
  return (await admin.clientList()).filter((c) => c.cmd !== 'client|list' && c.name !== 'admin').length;
}

/** `call()` waits for data; meanwhile the client answers a GET, in well under `ms`. */
async function answeredWhileWaiting(client, call, unblock) {
  const waiting = call();
  let settled = false;
  waiting.then(() => (settled = true), () => (settled = true));
  await sleep(50);
  expect(settled).toBe(false);
  const t0 = performance.now();
  expect(await client.get('blocking:absent')).toBeNull();
  expect(performance.now() - t0).toBeLessThan(200);
  expect(settled).toBe(false);
  await unblock();
  return waiting;
}

describe('blocking commands wait on a side connection', () => {
  let client;
  let admin;
  beforeAll(async () => {
    client = await ferrodis.createClient({ url }).connect();
    admin = await ferrodis.createClient({ url, name: 'admin' }).connect();
  });
  afterAll(async () => {
    await client.close();
    await admin.close();
  });

  test.each([
    ['blPop', (c, k) => c.blPop(k, 0), (k) => admin.rPush(k, 'v'), { key: expect.any(String), element: 'v' }],
    ['brPop', (c, k) => c.brPop([k, `${k}:other`], 0), (k) => admin.rPush(k, 'v'), { key: expect.any(String), element: 'v' }],
    ['blMove', (c, k) => c.blMove(k, `${k}:to`, 'LEFT', 'RIGHT', 0), (k) => admin.rPush(k, 'v'), 'v'],
    ['blmPop', (c, k) => c.blmPop(0, k, 'LEFT'), (k) => admin.rPush(k, 'v'), [expect.any(String), ['v']]],
    ['brPopLPush', (c, k) => c.brPopLPush(k, `${k}:to`, 0), (k) => admin.rPush(k, 'v'), 'v'],
    ['bzPopMin', (c, k) => c.bzPopMin(k, 0), (k) => admin.zAdd(k, { value: 'm', score: 1 }), { key: expect.any(String), value: 'm', score: 1 }],
    ['bzPopMax', (c, k) => c.bzPopMax(k, 0), (k) => admin.zAdd(k, { value: 'm', score: 1 }), { key: expect.any(String), value: 'm', score: 1 }],
    ['bzmPop', (c, k) => c.bzmPop(0, k, 'MIN'), (k) => admin.zAdd(k, { value: 'm', score: 1 }), { key: expect.any(String), members: [{ value: 'm', score: 1 }] }],
    ['xRead BLOCK', (c, k) => c.xRead({ key: k, id: '$' }, { BLOCK: 0 }), (k) => admin.xAdd(k, '*', { f: 'v' }), [{ name: expect.any(String), messages: [{ id: expect.any(String), message: { f: 'v' } }] }]],
  ])('%s', async (_, call, unblock, expected) => {
    const key = fresh('k');
    if (_ === 'xRead BLOCK') await admin.xAdd(key, '*', { seed: '1' });
    const reply = await answeredWhileWaiting(client, () => call(client, key), () => unblock(key));
    expect(reply).toEqual(expected);
  });

  test('xReadGroup BLOCK', async () => {
    const key = fresh('stream');
    await admin.xGroupCreate(key, 'g', '$', { MKSTREAM: true });
    const reply = await answeredWhileWaiting(client, () => client.xReadGroup('g', 'c', { key, id: '>' }, { BLOCK: 0 }), () => admin.xAdd(key, '*', { f: 'v' }));
    expect(reply).toEqual([{ name: key, messages: [{ id: expect.any(String), message: { f: 'v' } }] }]);
  });

  test('sendCommand of a blocking command goes to a side connection too (its reply raw)', async () => {
    const key = fresh('raw');
    const reply = await answeredWhileWaiting(client, () => client.sendCommand(['BLPOP', key, '0']), () => admin.rPush(key, 'v'));
    expect(reply).toEqual([key, 'v']);
    const stream = fresh('rawstream');
    await admin.xAdd(stream, '*', { seed: '1' });
    const read = await answeredWhileWaiting(client, () => client.sendCommand(['XREAD', 'BLOCK', '0', 'STREAMS', stream, '$']), () => admin.xAdd(stream, '*', { f: 'v' }));
    expect(read[0][0]).toBe(stream);
  });


  test('without BLOCK, XREAD stays on the client connection; in multi(), BLPOP does too', async () => {
    const before = client._side.size;
    const key = fresh('stream');
    await admin.xAdd(key, '*', { f: 'v' });
    expect(await client.xRead({ key, id: '0' })).toHaveLength(1);
    expect(await client.multi().blPop(fresh('list'), 0).exec()).toEqual([null]);
    expect(client._side.size).toBe(before);
  });

  test('100 BLPOP 0 wait while GETs are answered; the side connections are reused', async () => {
    const key = fresh('many');
    const waits = Array.from({ length: 100 }, () => client.blPop(key, 0));
    await sleep(50);
    const t0 = performance.now();
    for (let i = 0; i < 10; i++) await client.get('blocking:absent');
    expect(performance.now() - t0).toBeLessThan(500);
    expect(client._side.size).toBe(100);
    await admin.rPush(key, Array.from({ length: 100 }, (_, i) => String(i)));
    const popped = await Promise.all(waits);
    expect(popped.map((p) => Number(p.element)).sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    // the same connections serve the next ones
    const again = Array.from({ length: 10 }, () => client.blPop(key, 0));
    await sleep(30);
    expect(client._side.size).toBe(100);
    await admin.rPush(key, Array.from({ length: 10 }, () => 'x'));
    await Promise.all(again);
  });

  test('the commands given before a blocking command run before it', async () => {
    for (let i = 0; i < 20; i++) {
      const key = fresh('order');
      await admin.rPush(key, 'old');
      // same tick: the DEL is answered before the BLPOP is sent, so there is nothing to pop
      const [deleted, popped] = await Promise.all([client.del(key), client.blPop(key, 0.05)]);
      expect([deleted, popped]).toEqual([1, null]);
    }
  });

  test('a blocking command runs on the database of the SELECT given before it, not of one after it', async () => {
    const key = fresh('db');
    const results = await Promise.all([client.select(1), client.rPush(key, 'in db1'), client.blPop(key, 0.5), client.select(0)]);
    expect(results).toEqual([undefined, 1, { key, element: 'in db1' }, undefined]);
  });

  test('a type mapping applies on the side connection', async () => {
    const key = fresh('buffers');
    const waiting = client.withTypeMapping({ [ferrodis.RESP_TYPES.BLOB_STRING]: Buffer }).blPop(key, 0);
    await sleep(30);
    await admin.rPush(key, 'v');
    expect(await waiting).toEqual({ key: Buffer.from(key), element: Buffer.from('v') });
  });
});

test('a side connection killed mid-wait fails that command only; the next one gets a new connection', async () => {
  const client = await ferrodis.createClient({ url }).connect();
  const admin = await ferrodis.createClient({ url }).connect();
  try {
    const key = fresh('killed');
    // each outcome recorded as it comes (a rejection must not wait for a handler)
    const outcome = (promise) => promise.then((value) => ({ value }), (error) => ({ error }));
    const first = outcome(client.blPop(key, 0));
    const second = outcome(client.blPop(`${key}:other`, 0));
    await sleep(50);
    const blocked = (await admin.clientList()).filter((c) => c.cmd === 'blpop');
    expect(blocked).toHaveLength(2);
    await admin.clientKill({ filter: 'ID', id: blocked[0].id });
    const settled = await Promise.all([first, second].map((p) => Promise.race([p, sleep(300).then(() => 'still waiting')])));
    const killed = settled.filter((o) => o.error !== undefined);
    expect(killed).toHaveLength(1);
    expect(killed[0].error.message).toBe('Socket closed unexpectedly');
    expect(settled.filter((o) => o === 'still waiting')).toHaveLength(1);
    const survivorKey = settled[0] === 'still waiting' ? key : `${key}:other`;
    expect(await client.get('blocking:absent')).toBeNull();
    expect(client.socketEpoch).toBe(1); // the client's own connection was not touched
    await admin.rPush(survivorKey, 'w');
    expect(await (settled[0] === 'still waiting' ? first : second)).toEqual({ value: { key: survivorKey, element: 'w' } });
    const next = client.blPop(key, 0);
    await sleep(30);
    await admin.rPush(key, 'v');
    expect(await next).toEqual({ key, element: 'v' });
  } finally {
    client.destroy();
    await admin.close();
  }
});

test('at most `max` side connections: more blocking commands wait for a free one', async () => {
  const client = await ferrodis.createClient({ url, blockingConnections: { max: 2 } }).connect();
  const admin = await ferrodis.createClient({ url }).connect();
  try {
    const key = fresh('max');
    const waits = [1, 2, 3].map(() => client.blPop(key, 0));
    await sleep(50);
    expect(client._side.size).toBe(2);
    expect((await admin.clientList()).filter((c) => c.cmd === 'blpop')).toHaveLength(2);
    await admin.rPush(key, ['a', 'b', 'c']);
    expect((await Promise.all(waits)).map((p) => p.element).sort()).toEqual(['a', 'b', 'c']);
  } finally {
    await client.close();
    await admin.close();
  }
});

test('idle side connections close after idleTimeout; SELECT moves the next ones to the database', async () => {
  const client = await ferrodis.createClient({ url, blockingConnections: { idleTimeout: 100 } }).connect();
  const admin = await ferrodis.createClient({ url }).connect();
  try {
    const key = fresh('idle');
    const waiting = client.blPop(key, 0);
    await sleep(30);
    await admin.rPush(key, 'v');
    await waiting;
    expect(client._side.size).toBe(1);
    await sleep(250);
    expect(client._side.size).toBe(0);
    await client.select(3);
    const inDb3 = client.blPop(key, 0);
    await sleep(30);
    await admin.rPush(key, 'db0'); // not this one
    const db3 = await ferrodis.createClient({ url, database: 3 }).connect();
    await db3.rPush(key, 'db3');
    expect(await inDb3).toEqual({ key, element: 'db3' });
    await db3.close();
  } finally {
    await client.close();
    await admin.close();
  }
});

test('blockingConnections: false keeps node-redis\' behaviour: the GET waits behind the BLPOP', async () => {
  const client = await ferrodis.createClient({ url, blockingConnections: false }).connect();
  const admin = await ferrodis.createClient({ url }).connect();
  try {
    const key = fresh('inline');
    const waiting = client.blPop(key, 0);
    const get = client.get('blocking:absent');
    let answered = false;
    get.then(() => (answered = true));
    await sleep(100);
    expect(answered).toBe(false);
    await admin.rPush(key, 'v');
    await waiting;
    expect(await get).toBeNull();
  } finally {
    await client.close();
    await admin.close();
  }
});

test('close() waits for the blocking commands; destroy() fails them', async () => {
  const admin = await ferrodis.createClient({ url }).connect();
  const key = fresh('close');
  const closing = await ferrodis.createClient({ url }).connect();
  const waiting = closing.blPop(key, 0);
  await sleep(30);
  let closed = false;
  const close = closing.close().then(() => (closed = true));
  await expect(closing.blPop(key, 0)).rejects.toThrow(ferrodis.ClientClosedError);
  await sleep(50);
  expect(closed).toBe(false);
  await admin.rPush(key, 'v');
  expect(await waiting).toEqual({ key, element: 'v' });
  await close;

  const destroyed = await ferrodis.createClient({ url }).connect();
  const pending = destroyed.blPop(key, 0);
  await sleep(30);
  destroyed.destroy();
  await expect(pending).rejects.toThrow(ferrodis.DisconnectsClientError);
  await sleep(50);
  expect((await admin.clientList()).filter((c) => c.cmd === 'blpop')).toHaveLength(0);
  await admin.close();
});

test.each([
  ['a string', 'yes'],
  ['max 0', { max: 0 }],
  ['a fractional idleTimeout', { idleTimeout: 1.5 }],
  ['null', null],
])('blockingConnections: %s is a TypeError', (_, option) => {
  expect(() => ferrodis.createClient({ blockingConnections: option })).toThrow(TypeError);
});

// WAIT counts the replicas that have the writes of the connection it is sent on: it stays on the
// client's connection (on a side connection, which wrote nothing, it would answer at once that
// every replica has them).
test('WAIT stays on the client\'s connection and counts its writes', async () => {
  const master = await startRedis();
  const replica = await startRedis({ extraArgs: ['--replicaof', master.host, String(master.port), '--enable-debug-command', 'yes'] });
  const client = await ferrodis.createClient({ url: `redis://${master.host}:${master.port}` }).connect();
  const replicaAdmin = await ferrodis.createClient({ url: `redis://${replica.host}:${replica.port}` }).connect();
  try {
    await client.set('wait:k', '1');
    const deadline = Date.now() + 10000;
    while ((await client.wait(1, 100)) !== 1 && Date.now() < deadline);
    expect(await client.wait(1, 1000)).toBe(1);
    // The replica stops acknowledging for a while: a write's WAIT then times out with 0.
    const sleeping = replicaAdmin.sendCommand(['DEBUG', 'SLEEP', '0.6']);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await client.set('wait:k', '2');
    expect(await client.wait(1, 200)).toBe(0);
    await sleeping;
    expect(client._side?.size ?? 0).toBe(0);
  } finally {
    await client.close();
    await replicaAdmin.close();
    await replica.stop();
    await master.stop();
  }
}, 30000);
