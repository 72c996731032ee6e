'use strict';
// Transactions and pipelines: multi() chaining, exec() with per-command reply transforms,
// MultiErrorReply, execAsPipeline(), WATCH/UNWATCH and WatchError — side by side with
// node-redis, plus what only ferrodis promises (a wrong argument sends nothing).
const { differential } = require('./helpers/differential');
const { startRedis } = require('./helpers/redis-server');
const { createClient, WatchError, MultiErrorReply, ClientClosedError } = require('..');

differential('transactions and pipelines', {
  'exec with reply transforms': (c) => [c.multi().set('a', '1').get('a').incr('a').hSet('h', { x: 1 }).hGetAll('h').zAdd('z', { score: 1, value: 'm' }).exec()],
  'UPPER names and EXEC': (c) => [c.MULTI().SET('a', '1').GET('a').EXEC()],
  'errors inside EXEC → MultiErrorReply': (c) => [c.multi().set('a', '1').lPush('a', 'x').get('a').exec()],
  'queue-time error rejects with the server error': (c) => [c.multi().set('a', '1').sendCommand(['NOPE']).exec()],
  'addCommand and sendCommand': (c) => [c.multi().addCommand(['SET', 'k', 'v']).sendCommand(['GET', 'k']).exec()],
  'execAsPipeline': (c) => [c.multi().set('a', '1').get('a').hGetAll('nope').execAsPipeline()],
  'execAsPipeline rejects with the first error': (c) => [c.multi().set('a', '1').lPush('a', 'x').lPush('a', 'y').execAsPipeline()],
  'exec(true) is execAsPipeline': (c) => [c.multi().set('a', '1').get('a').exec(true)],
  'empty transactions': (c) => [c.multi().exec(), c.multi().execAsPipeline()],
  'select inside a transaction': async (c) => [await c.multi().select(2).set('in2', 'x').exec(), await c.get('in2'), await c.select(0), await c.get('in2')],
  'WATCH then a change → WatchError': async (c) => {
    await c.watch('w');
    const other = c.duplicate();
    await other.connect();
    await other.set('w', 'changed');
    await other.quit();
    return [c.multi().get('w').exec(), c.isWatching];
  },
  'WATCH then UNWATCH': async (c) => [await c.watch(['w1', 'w2']), c.isWatching, await c.unwatch(), c.isWatching, await c.multi().get('w1').exec()],
});

test('on RESP3, a command node-redis gates (unstableResp3) throws at once when queued or sent, as in node-redis', () => {
  const redis = require('redis');
  for (const module of [require('..'), redis]) {
    const gated = module.createClient({ RESP: 3 });
    expect(() => gated.multi().xRead({ key: 's', id: '0' })).toThrow('Some RESP3 results for Redis Query Engine responses may change');
    expect(() => gated.multi().ft.info('idx')).toThrow('Some RESP3 results for Redis Query Engine responses may change');
    expect(() => gated.multi().ts.info('t')).toThrow('Some RESP3 results for Redis Query Engine responses may change');
    expect(() => gated.multi().ft._list()).not.toThrow();
    const allowed = module.createClient({ RESP: 3, unstableResp3: true });
    expect(() => allowed.multi().xRead({ key: 's', id: '0' }).ft.info('idx')).not.toThrow();
    expect(() => module.createClient({ RESP: 2 }).multi().ft.info('idx')).not.toThrow();
    // A cluster the same way, for its commands and its transactions.
    const cluster = module.createCluster({ rootNodes: [{ url: 'redis://127.0.0.1:1' }], RESP: 3 });
    expect(() => cluster.ft.info('idx')).toThrow('Some RESP3 results for Redis Query Engine responses may change');
    expect(() => cluster.multi().ts.info('t')).toThrow('Some RESP3 results for Redis Query Engine responses may change');
    const allowedCluster = module.createCluster({ rootNodes: [{ url: 'redis://127.0.0.1:1' }], RESP: 3, unstableResp3: true });
    expect(() => allowedCluster.multi().ft.info('idx')).not.toThrow();
    allowedCluster.ft.info('idx').catch(() => {}); // not connected: rejects, does not throw
  }
});

describe('ferrodis-specific transaction guarantees', () => {
  let server;
  let client;
  beforeAll(async () => {
    server = await startRedis();
    client = createClient({ socket: { port: server.port } });
    client.on('error', () => {});
    await client.connect();
  });
  afterAll(async () => {
    await client.quit();
    await server.stop();
  });

  test('a wrong argument anywhere in the chain sends nothing and rejects exec()', async () => {
    await client.del('t');
    await expect(client.multi().set('t', '1').set('t2', undefined).exec()).rejects.toBeInstanceOf(TypeError);
    await expect(client.multi().set('t', '1').sendCommand(['SET', 't', 1]).exec()).rejects.toBeInstanceOf(TypeError);
    await expect(client.multi().set('t', '1').expire('t', NaN).execAsPipeline()).rejects.toBeInstanceOf(TypeError);
    expect(await client.get('t')).toBe(null);
    expect(await client.multi().set('t', 'ok').get('t').exec()).toEqual(['OK', 'ok']);
  });

  test('the type mapping of the client applies to EXEC replies', async () => {
    await client.set('b', 'bytes');
    const replies = await client.withTypeMapping({ 36: Buffer }).multi().get('b').exec();
    expect(replies).toEqual([Buffer.from('bytes')]);
  });

  test('WATCH is lost with the connection: exec() throws WatchError', async () => {
    const c = createClient({ socket: { port: server.port } });
    c.on('error', () => {});
    await c.connect();
    await c.watch('key');
    const killer = c.duplicate();
    await killer.connect();
    const ready = new Promise((resolve) => c.once('ready', resolve));
    await killer.sendCommand(['CLIENT', 'KILL', 'TYPE', 'normal', 'SKIPME', 'yes']);
    await ready;
    const err = await c.multi().get('key').exec().catch((e) => e);
    expect(err).toBeInstanceOf(WatchError);
    expect(err.message).toBe('Client reconnected after WATCH');
    expect(await c.multi().get('key').exec()).toEqual([null]);
    await killer.quit();
    await c.quit();
  });

  test('MultiErrorReply exposes replies, errorIndexes and errors()', async () => {
    await client.set('s', 'x');
    const err = await client.multi().incr('s').get('s').exec().catch((e) => e);
    expect(err).toBeInstanceOf(MultiErrorReply);
    expect(err.errorIndexes).toEqual([0]);
    expect(err.replies[1]).toBe('x');
    expect([...err.errors()].map((e) => e.message)).toEqual(['ERR value is not an integer or out of range']);
  });

  test('exec() on a closed client rejects with ClientClosedError', async () => {
    const c = createClient({ socket: { port: server.port } });
    await expect(c.multi().get('a').exec()).rejects.toBeInstanceOf(ClientClosedError);
  });
});
