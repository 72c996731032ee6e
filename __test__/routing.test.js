'use strict';
// Commands that do not take one reply, sent with sendCommand: the engine's ledger knows what
// each waits for (core/src/connection/ledger.rs), so (un)subscribe confirmations, messages and
// monitor lines never reach another command, and nothing is thrown out of the engine's callback
// (the issue: SUBSCRIBE by sendCommand, then a PUBLISH, killed the process). Pub/sub listeners
// are not there yet: messages are kept apart from replies, and dropped.
const { serverForFile } = require('./helpers/connected');
const { createClient } = require('..');

const server = serverForFile();

const clients = [];
async function connected(options = {}) {
  const client = createClient({ socket: { host: server.host, port: server.port }, ...options });
  const errors = [];
  client.on('error', (err) => errors.push(err));
  await client.connect();
  clients.push(client);
  return { client, errors };
}

afterEach(async () => {
  for (const client of clients.splice(0)) if (client.isOpen) await client.disconnect();
});

/** Publishes `count` messages to `channel` from another connection. */
async function publish(channel, count = 5) {
  const { client } = await connected();
  for (let i = 0; i < count; i++) await client.publish(channel, `message ${i}`);
}

describe('RESP2', () => {
  test('SUBSCRIBE: messages are kept apart, confirmations counted, and UNSUBSCRIBE of all ends it', async () => {
    const { client, errors } = await connected();
    await client.set('before', 'a value');
    expect(await client.sendCommand(['SUBSCRIBE', 'ch1', 'ch2'])).toEqual(['subscribe', 'ch2', 2]);
    expect(await client.sendCommand(['PSUBSCRIBE', 'p*'])).toEqual(['psubscribe', 'p*', 3]);
    await publish('ch1');
    await publish('pattern');
    // Subscribed, a RESP2 connection answers PING with an array; other commands are refused.
    expect(await client.sendCommand(['PING'])).toEqual(['pong', '']);
    await expect(client.get('before')).rejects.toThrow(/only .*allowed in this context/i);
    // Both channels, one confirmation each; the last one still counts the pattern.
    expect(await client.sendCommand(['UNSUBSCRIBE'])).toEqual(['unsubscribe', expect.any(String), 1]);
    await publish('pattern');
    expect(await client.sendCommand(['PUNSUBSCRIBE'])).toEqual(['punsubscribe', 'p*', 0]);
    // With nothing left, one confirmation with no channel.
    expect(await client.sendCommand(['UNSUBSCRIBE'])).toEqual(['unsubscribe', null, 0]);
    expect(await client.get('before')).toBe('a value');
    expect(errors).toEqual([]);
  });

  test('MONITOR: monitor lines are kept apart until RESET; commands still get their replies', async () => {
    const { client, errors } = await connected();
    expect(await client.sendCommand(['MONITOR'])).toBe('OK');
    const { client: other } = await connected();
    for (let i = 0; i < 10; i++) await other.set(`monitored:${i}`, 'x');
    expect(await client.sendCommand(['PING'])).toBe('PONG');
    expect(await client.sendCommand(['RESET'])).toBe('RESET');
    await other.set('after', 'y');
    expect(await client.get('after')).toBe('y');
    expect(errors).toEqual([]);
  });

  test('HELLO 3 switches the connection: messages then come as pushes, replies as RESP3', async () => {
    const { client, errors } = await connected();
    const hello = await client.sendCommand(['HELLO', '3']);
    expect(hello.proto).toBe(3);
    await client.sendCommand(['SUBSCRIBE', 'after-hello']);
    await publish('after-hello');
    expect(await client.sendCommand(['SET', 'resp3', 'works'])).toBe('OK');
    expect(await client.sendCommand(['GET', 'resp3'])).toBe('works');
    expect(errors).toEqual([]);
  });
});

describe('RESP3', () => {
  test('SUBSCRIBE: confirmations and messages are pushes; other commands keep their replies', async () => {
    const { client, errors } = await connected({ RESP: 3 });
    expect(await client.sendCommand(['SUBSCRIBE', 'r3a', 'r3b'])).toEqual(['subscribe', 'r3b', 2]);
    const replies = [client.set('r3', 'v'), client.get('r3'), client.sendCommand(['SSUBSCRIBE', 'shard'])];
    await publish('r3a');
    expect(await Promise.all(replies)).toEqual(['OK', 'v', ['ssubscribe', 'shard', 1]]);
    expect(await client.sendCommand(['UNSUBSCRIBE', 'r3a', 'r3b'])).toEqual(['unsubscribe', 'r3b', 0]);
    expect(await client.sendCommand(['SUNSUBSCRIBE'])).toEqual(['sunsubscribe', 'shard', 0]);
    expect(await client.get('r3')).toBe('v');
    expect(errors).toEqual([]);
  });
});

describe('refused before sending', () => {
  test('CLIENT REPLY OFF and SKIP: no later reply could be matched for sure', async () => {
    const { client, errors } = await connected();
    for (const mode of ['OFF', 'skip']) {
      await expect(client.sendCommand(['CLIENT', 'REPLY', mode])).rejects.toThrow(TypeError);
      await expect(client.sendCommand(['client', 'reply', mode])).rejects.toThrow(/CLIENT REPLY .* is not supported/);
    }
    expect(await client.sendCommand(['CLIENT', 'REPLY', 'ON'])).toBe('OK');
    expect(await client.ping()).toBe('PONG');
    expect(errors).toEqual([]);
  });

  test('commands that change how the connection replies, inside MULTI; allowed in a pipeline', async () => {
    const { client } = await connected();
    await expect(client.multi().set('m', '1').addCommand(['SUBSCRIBE', 'x']).exec()).rejects.toThrow(/cannot run inside MULTI/);
    await expect(client.multi().addCommand(['CLIENT', 'REPLY', 'OFF']).exec()).rejects.toThrow(TypeError);
    expect(await client.get('m')).toBe(null); // nothing of the transaction was sent
    const replies = await client.multi().set('p', '1').addCommand(['SUBSCRIBE', 'piped']).execAsPipeline();
    expect(replies).toEqual(['OK', ['subscribe', 'piped', 1]]);
    expect(await client.sendCommand(['UNSUBSCRIBE'])).toEqual(['unsubscribe', 'piped', 0]);
  });
});

describe('what routing needs of a command: blocking, first key, hash slot', () => {
  const { COMMANDS } = require('../lib/commands');
  const { isBlocking, firstKey, slotOf } = require('../lib/commands/routing');
  const { startRedis, rawCommands } = require('./helpers/redis-server');

  test('blocking: the table says what the server flags (COMMAND INFO), per command', async () => {
    const names = Object.keys(COMMANDS).filter((name) => !name.includes('_') && !name.includes('-'));
    const infos = await server.command('COMMAND', 'INFO', ...names);
    // (WAIT holds its connection too, but is not flagged, here or by the server: it must stay on
    // the connection whose writes it counts; __test__/blocking.test.js.)
    const serverSays = new Map(names.map((name, i) => [name, infos[i] !== null && infos[i][2].includes('blocking')]));
    for (const [name, blocks] of serverSays) {
      expect([name, typeof COMMANDS[name].blocking !== 'undefined']).toEqual([name, blocks]);
    }
    // Where an option decides: XREAD and XREADGROUP block only with BLOCK.
    const xRead = (opts) => COMMANDS.XREAD.build({ key: 's', id: '0' }, opts);
    expect(isBlocking(COMMANDS.XREAD, xRead({ BLOCK: 0 }))).toBe(true);
    expect(isBlocking(COMMANDS.XREAD, xRead({ COUNT: 1 }))).toBe(false);
    expect(isBlocking(COMMANDS.XREAD, COMMANDS.XREAD.build({ key: 'BLOCK', id: '0' }))).toBe(false);
    expect(isBlocking(COMMANDS.BLPOP, COMMANDS.BLPOP.build('k', 0))).toBe(true);
    expect(isBlocking(COMMANDS.GET, COMMANDS.GET.build('k'))).toBe(false);
  });

  test('first key: what the server finds first (COMMAND GETKEYS)', async () => {
    const samples = [
      ['GET', 'k1'], ['SET', 'k1', 'v'], ['HSET', 'k1', { f: 'v' }], ['ZADD', 'k1', { score: 1, value: 'm' }],
      ['BLMPOP', 0, ['k1', 'k2'], 'LEFT'], ['ZMPOP', ['k1', 'k2'], 'MIN'], ['BITOP', 'AND', 'dest', ['k1', 'k2']],
      ['OBJECT_ENCODING', 'k1'], ['XREAD', { key: 'k1', id: '0' }, { BLOCK: 1 }],
      ['XREADGROUP', 'g', 'c', { key: 'k1', id: '>' }], ['XGROUP_CREATE', 'k1', 'g', '$'],
      ['EVAL', 'return 1', { keys: ['k1', 'k2'], arguments: ['a'] }], ['SORT', 'k1'], ['MSET', ['k1', 'v', 'k2', 'v']],
    ];
    const built = samples.map(([name, ...args]) => [name, COMMANDS[name].build(...args)]);
    const keys = await rawCommands({ host: server.host, port: server.port }, built.map(([, args]) => ['COMMAND', 'GETKEYS', ...args]));
    built.forEach(([name, args], i) => expect([name, firstKey(COMMANDS[name], args)]).toEqual([name, keys[i][0]]));
    expect(firstKey(COMMANDS.PING, COMMANDS.PING.build())).toBeUndefined();
  });

  test('hash slot: what a cluster node says (CLUSTER KEYSLOT), hash tags and their corner cases included', async () => {
    const node = await startRedis({ config: { 'cluster-enabled': 'yes' } });
    try {
      const keys = ['somekey', 'foo{hash_tag}', '{}a', 'a{}{b}', 'x{y}z{w}', '{{a}}', '{', '}', 'é{ü}', ''];
      for (let i = 0; i < 200; i++) keys.push(`key:${i}:${'x'.repeat(i % 40)}${i % 3 ? `{t${i % 11}}` : ''}`);
      const slots = await rawCommands({ host: node.host, port: node.port }, keys.map((key) => ['CLUSTER', 'KEYSLOT', key]));
      keys.forEach((key, i) => expect([key, slotOf(key)]).toEqual([key, slots[i]]));
      expect(slotOf(Buffer.from('foo{hash_tag}'))).toBe(slotOf('bar{hash_tag}'));
    } finally {
      await node.stop();
    }
  });
});
