'use strict';
// The single client against a real server: commands and reply shapes, bad input, events and
// state, connect/quit/close/disconnect semantics, RESP3 and type mapping.
const { serverForFile } = require('./helpers/connected');
const ferrodis = require('..');
const { createClient, ErrorReply, SimpleError, ClientClosedError, DisconnectsClientError, RESP_TYPES } = ferrodis;

const server = serverForFile();
let client;
beforeEach(async () => {
  client = createClient({ socket: { host: server.host, port: server.port } });
  client.on('error', () => {});
  await client.connect();
  await client.flushAll();
});
afterEach(async () => {
  if (client.isOpen) await client.close();
});

describe('the guide', () => {
  test('set/get, hSet with an object, hGetAll → null-prototype object', async () => {
    expect(await client.set('key', 'value')).toBe('OK');
    expect(await client.get('key')).toBe('value');
    expect(await client.hSet('user-session:123', { name: 'John', surname: 'Smith', company: 'Redis', age: 29 })).toBe(4);
    const session = await client.hGetAll('user-session:123');
    expect(Object.getPrototypeOf(session)).toBe(null);
    expect({ ...session }).toEqual({ name: 'John', surname: 'Smith', company: 'Redis', age: '29' });
  });

  test('isOpen and isReady follow the connection', async () => {
    const c = createClient({ socket: { host: server.host, port: server.port } });
    expect([c.isOpen, c.isReady]).toEqual([false, false]);
    const seen = [];
    c.on('connect', () => seen.push(['connect', c.isOpen, c.isReady]));
    c.on('ready', () => seen.push(['ready', c.isOpen, c.isReady]));
    c.on('end', () => seen.push(['end', c.isOpen, c.isReady]));
    const connecting = c.connect();
    expect([c.isOpen, c.isReady]).toEqual([false, false]); // not open until the socket is
    expect(await connecting).toBe(c);
    expect([c.isOpen, c.isReady]).toEqual([true, true]);
    await c.quit();
    expect([c.isOpen, c.isReady]).toEqual([false, false]);
    expect(seen).toEqual([
      ['connect', true, false],
      ['ready', true, true],
      ['end', false, false],
    ]);
  });
});

describe('commands', () => {
  test('both UPPER and camelCase names exist', async () => {
    expect(await client.SET('a', '1')).toBe('OK');
    expect(await client.GET('a')).toBe('1');
    expect(await client.HGETALL('nope')).toEqual({});
    for (const [upper, camel] of [['HSET', 'hSet'], ['MGET', 'mGet'], ['INCRBY', 'incrBy'], ['LRANGE', 'lRange'], ['ZRANGE', 'zRange'], ['FLUSHALL', 'flushAll'], ['SMEMBERS', 'sMembers']]) {
      expect(typeof client[upper]).toBe('function');
      expect(client[upper]).toBe(client[camel]);
    }
  });

  test('reply shapes of the foundation slice', async () => {
    expect(await client.ping()).toBe('PONG');
    expect(await client.ping('hi')).toBe('hi');
    expect(await client.echo('x')).toBe('x');
    expect(await client.set('k', 'v', { NX: true })).toBe('OK');
    expect(await client.set('k', 'x', { NX: true })).toBe(null);
    expect(await client.set('k', 'w', { GET: true })).toBe('v');
    expect(await client.set('k', 'v', { EX: 100 })).toBe('OK');
    expect(await client.ttl('k')).toBeGreaterThan(98);
    expect(await client.set('k', 'v', { expiration: { type: 'PX', value: 50000 }, condition: 'XX' })).toBe('OK');
    expect(await client.set('k', 'v2', { KEEPTTL: true })).toBe('OK');
    expect(await client.ttl('k')).toBeGreaterThan(40);
    expect(await client.exists('k')).toBe(1);
    expect(await client.exists(['k', 'k', 'nope'])).toBe(2);
    expect(await client.expire('k', 10)).toBe(1);
    expect(await client.expire('k', 100, 'LT')).toBe(0);
    expect(await client.incr('n')).toBe(1);
    expect(await client.incrBy('n', 41)).toBe(42);
    expect(await client.mGet(['k', 'n', 'missing'])).toEqual(['v2', '42', null]);
    expect(await client.del(['k', 'n'])).toBe(2);
    expect(await client.hSet('h', 'f', 'v')).toBe(1);
    expect(await client.hSet('h', new Map([['a', 1], ['b', Buffer.from('2')]]))).toBe(2);
    expect(await client.hSet('h', [['c', '3'], ['d', '4']])).toBe(2);
    expect(await client.hGet('h', 'b')).toBe('2');
    expect(await client.hGet('h', 'zz')).toBe(null);
    expect(await client.lPush('l', ['a', 'b', 'c'])).toBe(3);
    expect(await client.lPush('l', 'd')).toBe(4);
    expect(await client.lRange('l', 0, -1)).toEqual(['d', 'c', 'b', 'a']);
    expect(await client.sAdd('s', ['x', 'y', 'x'])).toBe(2);
    expect((await client.sMembers('s')).sort()).toEqual(['x', 'y']);
    expect(await client.zAdd('z', [{ score: 2, value: 'b' }, { score: 1, value: 'a' }, { score: Infinity, value: 'top' }])).toBe(3);
    expect(await client.zAdd('z', { score: 5, value: 'a' }, { XX: true, CH: true })).toBe(1);
    expect(await client.zRange('z', 0, -1)).toEqual(['b', 'a', 'top']);
    expect(await client.zRange('z', '(2', '+inf', { BY: 'SCORE' })).toEqual(['a', 'top']);
    expect(await client.zRange('z', 0, -1, { REV: true })).toEqual(['top', 'a', 'b']);
    expect(await client.zRange('z', '-inf', '+inf', { BY: 'SCORE', LIMIT: { offset: 1, count: 1 } })).toEqual(['a']);
    expect(await client.info('server')).toMatch(/redis_version:/);
    expect(await client.select(1)).toBe(undefined);
    expect(await client.get('a')).toBe(null);
  });

  test('Buffer arguments and Buffer replies through a type mapping', async () => {
    const bytes = Buffer.from([0, 1, 2, 255, 254, 13, 10]);
    await client.set(Buffer.from('bin'), bytes);
    const buffers = client.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
    expect(await buffers.get('bin')).toEqual(bytes);
    expect(await client.get('bin')).toBe(bytes.toString());
    const viaOptions = client.withCommandOptions({ typeMapping: { [RESP_TYPES.BLOB_STRING]: Buffer } });
    expect(Buffer.isBuffer(await viaOptions.get('bin'))).toBe(true);
    const c = createClient({ socket: { port: server.port, host: server.host }, commandOptions: { typeMapping: { [RESP_TYPES.BLOB_STRING]: Buffer } } });
    await c.connect();
    expect(await c.get('bin')).toEqual(bytes);
    await c.close();
  });

  test('sendCommand returns raw replies', async () => {
    await client.hSet('h', { a: '1' });
    expect(await client.sendCommand(['HGETALL', 'h'])).toEqual(['a', '1']);
    expect(await client.sendCommand(['PING'])).toBe('PONG');
  });

  test('large values and many commands in one tick', async () => {
    const big = 'x'.repeat(5 * 1024 * 1024);
    await client.set('big', big);
    expect(await client.get('big')).toBe(big);
    const replies = await Promise.all(Array.from({ length: 10000 }, (_, i) => client.incr(`c${i % 7}`)));
    expect(replies.length).toBe(10000);
    expect(await client.get('c0')).toBe(String(Math.ceil(10000 / 7)));
  });

  test('UTF-8 keys and values round-trip', async () => {
    await client.set('clé', 'värde ✓ 🚀');
    expect(await client.get('clé')).toBe('värde ✓ 🚀');
  });
});

describe('bad input is rejected before sending and loses nothing', () => {
  const cases = [
    ['undefined value', (c) => c.set('k', undefined)],
    ['null key', (c) => c.get(null)],
    ['object value', (c) => c.set('k', { a: 1 })],
    ['NaN seconds', (c) => c.expire('k', NaN)],
    ['string increment', (c) => c.incrBy('k', 'abc')],
    ['wrong option type', (c) => c.set('k', 'v', { EX: 'soon' })],
    ['options not an object', (c) => c.set('k', 'v', 'EX')],
    ['unknown expiration type', (c) => c.set('k', 'v', { expiration: { type: 'EY', value: 1 } })],
    ['zAdd member without score', (c) => c.zAdd('z', { value: 'a' })],
    ['hSet with nothing', (c) => c.hSet('h', {})],
    ['sendCommand with a string', (c) => c.sendCommand('PING')],
    ['sendCommand with a number argument', (c) => c.sendCommand(['SET', 'k', 1])],
  ];
  test.each(cases)('%s → TypeError, neighbours unaffected', async (_, call) => {
    const before = client.set('before', '1');
    const bad = call(client);
    const after = client.get('before');
    await expect(bad).rejects.toBeInstanceOf(TypeError);
    expect(await before).toBe('OK');
    expect(await after).toBe('1');
    expect(await client.ping()).toBe('PONG');
  });

  test('server errors reject with ErrorReply carrying the server message', async () => {
    await client.lPush('list', 'a');
    const err = await client.get('list').catch((e) => e);
    expect(err).toBeInstanceOf(ErrorReply);
    expect(err).toBeInstanceOf(SimpleError);
    expect(err.message).toMatch(/^WRONGTYPE/);
    const unknown = await client.sendCommand(['NOSUCHCOMMAND']).catch((e) => e);
    expect(unknown).toBeInstanceOf(ErrorReply);
    expect(unknown.message).toMatch(/unknown command/);
    expect(await client.ping()).toBe('PONG');
  });
});

describe('lifecycle', () => {
  test('commands before connect() and after close reject with ClientClosedError', async () => {
    const c = createClient({ socket: { port: server.port } });
    await expect(c.get('a')).rejects.toBeInstanceOf(ClientClosedError);
    await c.connect();
    await c.close();
    await expect(c.get('a')).rejects.toBeInstanceOf(ClientClosedError);
    await expect(c.close()).rejects.toBeInstanceOf(ClientClosedError);
    expect(() => c.destroy()).toThrow(ClientClosedError);
  });

  test('connect() twice: rejects once ready; returns the attempt while connecting', async () => {
    const c = createClient({ socket: { port: server.port } });
    const first = c.connect();
    const second = c.connect();
    expect(await first).toBe(c);
    expect(await second).toBe(c);
    await expect(c.connect()).rejects.toThrow('Socket already opened');
    await c.disconnect();
  });

  test('quit() lets pending replies arrive first and resolves OK', async () => {
    const c = createClient({ socket: { port: server.port } });
    await c.connect();
    const replies = Array.from({ length: 100 }, (_, i) => c.set(`q${i}`, 'v'));
    const quit = c.quit();
    expect(c.isOpen).toBe(false);
    await expect(c.get('x')).rejects.toBeInstanceOf(ClientClosedError);
    expect(await quit).toBe('OK');
    expect(await Promise.all(replies)).toEqual(Array(100).fill('OK'));
  });

  test('close() drains, disconnect() rejects pending with DisconnectsClientError', async () => {
    const c = createClient({ socket: { port: server.port }, blockingConnections: false }); // the BLPOP below waits on its connection
    await c.connect();
    const drained = c.get('a');
    await c.close();
    expect(await drained).toBe(null);

    await c.connect(); // a closed client can connect again
    const lost = c.sendCommand(['BLPOP', 'never', '0']);
    await new Promise((r) => setTimeout(r, 20));
    const ended = new Promise((resolve) => c.once('end', resolve));
    await c.disconnect();
    await ended;
    await expect(lost).rejects.toBeInstanceOf(DisconnectsClientError);
  });

  test('duplicate() gives an unconnected client with the same options', async () => {
    const copy = client.duplicate();
    expect(copy.isOpen).toBe(false);
    await copy.connect();
    expect(await copy.ping()).toBe('PONG');
    await copy.quit();
  });
});

describe('RESP3', () => {
  test('HELLO 3 handshake and v5 RESP3 shapes', async () => {
    const c = createClient({ socket: { port: server.port }, RESP: 3 });
    await c.connect();
    await c.hSet('h3', { a: '1', b: '2' });
    const hash = await c.hGetAll('h3');
    expect(Object.getPrototypeOf(hash)).toBe(null);
    expect({ ...hash }).toEqual({ a: '1', b: '2' });
    expect(await c.zAdd('z3', { score: 1.5, value: 'a' })).toBe(1);
    expect(await c.sendCommand(['ZSCORE', 'z3', 'a'])).toBe(1.5);
    const proto = await c.sendCommand(['HELLO']);
    expect(proto.proto).toBe(3);
    const maps = c.withTypeMapping({ [RESP_TYPES.MAP]: Map });
    expect(await maps.hGetAll('h3')).toEqual(new Map([['a', '1'], ['b', '2']]));
    await c.quit();
  });
});

describe('write ordering under pressure', () => {
  test('large and small commands issued across ticks keep their order and bytes (direct and queued writes)', async () => {
    const big = (i) => `${i}:`.padEnd(3 * 1024 * 1024 + i, String.fromCharCode(97 + (i % 26))); // over a socket buffer
    const expected = [];
    const replies = [];
    for (let tick = 0; tick < 8; tick++) {
      for (let i = 0; i < 5; i++) {
        const n = tick * 5 + i;
        const value = n % 2 === 0 ? big(n) : `small-${n}-é✓`;
        replies.push(client.set(`order:${n}`, value), client.get(`order:${n}`), client.incr('order:counter'));
        expected.push('OK', value, n + 1);
      }
      await new Promise((resolve) => setImmediate(resolve)); // the next tick's batch may find the socket full
    }
    expect(await Promise.all(replies)).toEqual(expected);
  });
});

describe('a reply stream that does not decode (a ferrodis bug)', () => {
  test('fails the waiting commands, reports the error and connects afresh, instead of hanging', async () => {
    const c = createClient({ socket: { host: server.host, port: server.port } });
    const errors = [];
    c.on('error', (err) => errors.push(err));
    await c.connect();
    // Simulate the bug once: the decoder finds the stream corrupt while settling replies.
    const { CorruptStreamError } = require('../lib/protocol/decoder');
    const reader = c._self._reader;
    reader.readValue = () => {
      delete reader.readValue;
      throw new CorruptStreamError('ferrodis: corrupt reply stream at offset 1');
    };
    const reconnected = new Promise((resolve) => c.once('ready', resolve));
    const outcomes = await Promise.allSettled([c.get('a'), c.get('b')]);
    expect(outcomes.map((o) => [o.status, o.reason?.message])).toEqual([
      ['rejected', 'ferrodis: corrupt reply stream at offset 1'],
      ['rejected', 'ferrodis: corrupt reply stream at offset 1'],
    ]);
    expect(errors.map((e) => e.message)).toEqual(['ferrodis: corrupt reply stream at offset 1']);
    await reconnected;
    await c.set('a', 'again');
    expect(await c.get('a')).toBe('again');
    await c.close();
  });

  test('a reply run of more replies than commands waiting is one too', async () => {
    const c = createClient({ socket: { host: server.host, port: server.port } });
    const errors = [];
    c.on('error', (err) => errors.push(err));
    await c.connect();
    const reader = c._self._reader;
    const readReplies = reader.readReplies;
    reader.readReplies = function () {
      delete reader.readReplies;
      const run = readReplies.call(this);
      return { ...run, replies: [...run.replies, 'one too many'] };
    };
    await c.set('run', 'a value longer than 12 bytes');
    const reconnected = new Promise((resolve) => c.once('ready', resolve));
    const outcomes = await Promise.allSettled(Array.from({ length: 20 }, () => c.get('run')));
    expect(new Set(outcomes.map((o) => `${o.status} ${o.reason?.message}`))).toEqual(
      new Set([expect.stringMatching(/^rejected ferrodis: corrupt reply stream at offset \d+$/)]),
    );
    expect(errors).toHaveLength(1);
    await reconnected;
    expect(await c.get('run')).toBe('a value longer than 12 bytes');
    await c.close();
  });
});
