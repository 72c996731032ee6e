'use strict';
// reset(), resetIfDirty(), setDirtyWatch/isDirtyWatch: the client back to what its options made
// it — database, user, name, protocol — with no subscription, MONITOR or WATCH left; compared with
// node-redis 5.12.1 on the same server.
const redis = require('redis');
const ferrodis = require('..');
const { startRedis } = require('./helpers/redis-server');

const PASSWORD = 'reset-secret';
let server;
beforeAll(async () => {
  server = await startRedis({ config: { requirepass: PASSWORD } });
});
afterAll(() => server?.stop());

const options = (RESP) => ({ socket: { host: server.host, port: server.port }, password: PASSWORD, database: 2, name: 'app', RESP });

/** What a client is after `dirty` then reset(): its outcome, in comparable form. */
async function afterReset(lib, RESP) {
  const client = await lib.createClient(options(RESP)).connect();
  const admin = await lib.createClient({ ...options(2), database: 2 }).connect();
  try {
    await admin.set('reset:db2', 'two');
    await client.select(5);
    await client.clientSetName('changed');
    await client.watch('reset:db2');
    await client.subscribe('reset:channel', () => {});
    const dirty = { active: client.isPubSubActive, watching: client.isWatching };
    await client.reset();
    const info = await client.clientInfo();
    return {
      dirty,
      active: client.isPubSubActive,
      watching: client.isWatching,
      value: await client.get('reset:db2'),
      name: await client.clientGetName(),
      db: info.db,
      resp: info.resp,
      set: await client.set('reset:other', 'x'),
      again: await client.resetIfDirty(),
    };
  } finally {
    await client.close();
    await admin.close();
  }
}

// node-redis 5.12.1 re-selects the database the client was on (5) while it records the options'
// (2): the server and the client then disagree. ferrodis goes back to the options' database.
test.each([2, 3])('reset() returns a subscribed, watching client on another database to its options, as node-redis does but for the database (RESP%i)', async (RESP) => {
  const ours = await afterReset(ferrodis, RESP);
  const theirs = await afterReset(redis, RESP);
  expect(theirs).toEqual(expect.objectContaining({ db: 5, value: null }));
  expect(ours).toEqual({ ...theirs, db: 2, value: 'two' });
  expect(ours).toEqual(expect.objectContaining({ active: false, watching: false, name: 'app', resp: RESP, set: 'OK', again: undefined }));
});

test('resetIfDirty() resets only a dirty client; the client keeps working', async () => {
  const client = await ferrodis.createClient(options(2)).connect();
  try {
    expect(client.resetIfDirty()).toBeUndefined();
    await client.select(7);
    await expect(client.resetIfDirty()).resolves.toBeUndefined();
    expect((await client.clientInfo()).db).toBe(2);
    await client.monitor(() => {});
    await client.resetIfDirty();
    expect(await client.ping()).toBe('PONG');
    // a reconnect after reset() comes back to the options' database too
    const admin = await ferrodis.createClient(options(2)).connect();
    client.on('error', () => {});
    const ready = new Promise((resolve) => client.once('ready', resolve));
    await admin.clientKill({ filter: 'ID', id: await client.clientId() });
    await ready;
    await admin.close();
    expect((await client.clientInfo()).db).toBe(2);
  } finally {
    await client.close();
  }
});

test('setDirtyWatch makes the next exec() fail with its message, once', async () => {
  const client = await ferrodis.createClient(options(2)).connect();
  try {
    expect(client.isDirtyWatch).toBe(false);
    client.setDirtyWatch('slot moved');
    expect(client.isDirtyWatch).toBe(true);
    await expect(client.multi().set('reset:w', '1').exec()).rejects.toThrow(new ferrodis.WatchError('slot moved'));
    expect(client.isDirtyWatch).toBe(false);
    expect(await client.multi().set('reset:w', '1').exec()).toEqual(['OK']);
  } finally {
    await client.close();
  }
});
