'use strict';
// Pub/sub on a client: the listener calls for the same subscriptions and publishes compared with
// node-redis 5.12.1 (RESP2 and RESP3), then what node-redis does not promise: subscriptions that
// come back after the connection is killed, mid-stream, with nothing duplicated; wrong arguments;
// a throwing listener; a server sending pushes nobody asked for.
const redis = require('redis');
const ferrodis = require('..');
const { startRedis } = require('./helpers/redis-server');
const { startFakeServer, answering, NORMAL } = require('./helpers/fake-server');

let server;
let url;
beforeAll(async () => {
  server = await startRedis();
  url = `redis://${server.host}:${server.port}`;
});
afterAll(() => server?.stop());

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));
const shown = (value) => (Buffer.isBuffer(value) ? { buffer: value.toString('hex') } : value);

/** Runs `scenario(sub, pub, log)` with a subscriber and a publisher of `lib`; the events it
 *  logged (listener calls, results), in order. */
async function run(lib, RESP, scenario) {
  const sub = await lib.createClient({ url, RESP }).connect();
  const pub = await lib.createClient({ url }).connect();
  const events = [];
  const log = (...event) => events.push(event.map(shown));
  try {
    await scenario(sub, pub, log);
    await settle();
  } finally {
    await sub.close();
    await pub.close();
  }
  return events;
}

const listener = (log, name) => (message, channel) => log(name, message, channel);

const SCENARIOS = {
  'channels, patterns and shard channels, each with listeners of both kinds': async (sub, pub, log) => {
    const a = listener(log, 'a');
    log('subscribe', await sub.subscribe('news', a));
    log('again', await sub.subscribe(['news', 'sport'], listener(log, 'b')));
    await sub.subscribe('news', listener(log, 'buffers'), true);
    await sub.pSubscribe('n*', listener(log, 'pattern'));
    await sub.pSubscribe(['s*', 'x?'], listener(log, 'pattern buffers'), true);
    await sub.sSubscribe('shard', listener(log, 'shard'));
    log('active', sub.isPubSubActive);
    for (const [channel, message] of [['news', 'one'], ['sport', 'two'], ['xy', Buffer.from([0, 255])], ['none', 'nobody']]) await pub.publish(channel, message);
    await pub.sPublish('shard', 'three');
    await settle();
    log('listeners', [...sub.getPubSubListeners('CHANNELS')].map(([channel, { buffers, strings }]) => [channel, buffers.size, strings.size]));
    log('unsubscribe one listener', await sub.unsubscribe('news', a));
    await pub.publish('news', 'four');
    log('unsubscribe channel', await sub.unsubscribe('sport'));
    await pub.publish('sport', 'five');
    log('punsubscribe', await sub.pUnsubscribe(['n*', 's*', 'x?']));
    await pub.publish('news', 'six');
    log('sunsubscribe', await sub.sUnsubscribe('shard'));
    await pub.sPublish('shard', 'seven');
    await settle();
    log('unsubscribe the rest', await sub.unsubscribe('news'));
    log('active', sub.isPubSubActive);
  },
  'the same listener on several channels, then moved with extendPubSubListeners': async (sub, pub, log) => {
    const shared = listener(log, 'shared');
    await sub.subscribe(['c1', 'c2'], shared);
    await pub.publish('c1', 'x');
    await pub.publish('c2', 'y');
    await settle();
    const moved = await sub.duplicate().connect();
    try {
      log('extend', await moved.extendPubSubListeners('CHANNELS', sub.getPubSubListeners('CHANNELS')));
      log('extend channel', await moved.extendPubSubChannelListeners('CHANNELS', 'c3', { buffers: new Set(), strings: new Set([listener(log, 'c3')]) }));
      await sub.unsubscribe();
      await pub.publish('c1', 'z');
      await pub.publish('c3', 'w');
      await settle();
    } finally {
      await moved.close();
    }
  },
  'commands while subscribed': async (sub, pub, log) => {
    await sub.subscribe('c', listener(log, 'c'));
    log('get', await sub.get('k').catch((err) => `${err.constructor.name}: ${err.message}`));
    log('ping', await sub.ping());
    log('ping message', await sub.ping('hello'));
    await pub.publish('c', 'between');
    await sub.unsubscribe('c');
    log('active', sub.isPubSubActive);
  },
};

describe.each([2, 3])('listener calls as node-redis makes them (RESP%i)', (RESP) => {
  test.each(Object.keys(SCENARIOS))('%s', async (name) => {
    const ours = await run(ferrodis, RESP, SCENARIOS[name]);
    const theirs = await run(redis, RESP, SCENARIOS[name]);
    expect(ours).toEqual(theirs);
    expect(ours.length).toBeGreaterThan(3);
  });
});

// node-redis 5.12.1 keeps decoding a RESP2 connection's replies as Buffers once it has been
// subscribed (its #2979); ferrodis' are strings again.
test('after SUBSCRIBE and UNSUBSCRIBE on RESP2, replies are strings again', async () => {
  const sub = await ferrodis.createClient({ url, RESP: 2 }).connect();
  await sub.subscribe('c', () => {});
  await sub.unsubscribe('c');
  expect(await sub.set('k', 'v')).toBe('OK');
  expect(await sub.get('k')).toBe('v');
  expect(await sub.ping()).toBe('PONG');
  expect(await sub.hGetAll('nothing')).toEqual({});
  await sub.close();
});

// node-redis 5.12.1 never resolves unsubscribe() and pUnsubscribe() without channels (their
// confirmation count is NaN); ferrodis does.
test.each([2, 3])('unsubscribing from all of a family resolves, and the server agrees (RESP%i)', async (RESP) => {
  const sub = await ferrodis.createClient({ url, RESP }).connect();
  const admin = await ferrodis.createClient({ url }).connect();
  await sub.subscribe(['a', 'b'], () => {});
  await sub.pSubscribe(['p*', 'q*'], () => {});
  await sub.sSubscribe('s', () => {});
  await expect(sub.unsubscribe()).resolves.toBeUndefined();
  expect(await admin.pubSubNumSub(['a', 'b'])).toEqual({ a: 0, b: 0 });
  expect(sub.isPubSubActive).toBe(true);
  await expect(sub.pUnsubscribe()).resolves.toBeUndefined();
  expect(await admin.pubSubNumPat()).toBe(0);
  await expect(sub.sUnsubscribe()).resolves.toBeUndefined();
  expect(sub.isPubSubActive).toBe(false);
  await expect(sub.unsubscribe()).resolves.toBeUndefined(); // nothing left: one confirmation
  expect(await sub.set('k', 'v')).toBe('OK');
  await Promise.all([sub.close(), admin.close()]);
});

test.each([2, 3])('unsubscribing from several shard channels is no sharded-channel-moved (RESP%i)', async (RESP) => {
  const sub = await ferrodis.createClient({ url, RESP }).connect();
  const moved = [];
  sub.on('sharded-channel-moved', (channel) => moved.push(channel));
  await sub.sSubscribe(['s1', 's2', 's3'], () => {});
  await sub.sUnsubscribe(['s1', 's2', 's3']);
  await sub.sSubscribe(['s4', 's5'], () => {});
  await sub.sUnsubscribe();
  expect(moved).toEqual([]);
  expect(sub.isPubSubActive).toBe(false);
  await sub.close();
});

describe('(un)subscribes racing each other before the server confirms (found by attacking this stop)', () => {
  test.each([2, 3])('unsubscribe and subscribe again with the same listener: it keeps listening (RESP%i)', async (RESP) => {
    const sub = await ferrodis.createClient({ url, RESP }).connect();
    const pub = await ferrodis.createClient({ url }).connect();
    const got = [];
    const listener = (m) => got.push(m);
    await sub.subscribe('race:x', listener);
    await Promise.all([sub.unsubscribe('race:x'), sub.subscribe('race:x', listener)]);
    expect(await pub.publish('race:x', 'hello')).toBe(1);
    await settle();
    expect(got).toEqual(['hello']);
    expect(sub.isPubSubActive).toBe(true);
    await Promise.all([sub.close(), pub.close()]);
  });

  test('unsubscribe from a channel, then one listener of it, then subscribe another: the new one hears', async () => {
    const sub = await ferrodis.createClient({ url }).connect();
    const pub = await ferrodis.createClient({ url }).connect();
    const got = [];
    const a = (m) => got.push(`A:${m}`);
    await sub.subscribe('race:y', a);
    await sub.subscribe('race:y', (m) => got.push(`B:${m}`));
    await Promise.all([sub.unsubscribe('race:y'), sub.unsubscribe('race:y', a), sub.subscribe('race:y', (m) => got.push(`C:${m}`))]);
    expect(await pub.publish('race:y', 'hi')).toBe(1);
    await settle();
    expect(got).toEqual(['C:hi']);
    await Promise.all([sub.close(), pub.close()]);
  });

  test('messages between changes of the registry reach the listeners of the moment (the last lookup is not kept stale)', async () => {
    const sub = await ferrodis.createClient({ url }).connect();
    const pub = await ferrodis.createClient({ url }).connect();
    const got = [];
    await sub.subscribe('last:a', (m) => got.push(`A1:${m}`));
    await pub.publish('last:a', '1');
    await settle();
    await sub.unsubscribe('last:a');
    await pub.publish('last:a', '2'); // nobody listens
    await sub.subscribe('last:a', (m) => got.push(`A2:${m}`));
    await pub.publish('last:a', '3');
    await sub.pSubscribe('last:*', (m, ch) => got.push(`P:${m}:${ch}`));
    await pub.publish('last:a', '4');
    await settle();
    expect(got.sort()).toEqual(['A1:1', 'A2:3', 'A2:4', 'P:4:last:a']);
    await Promise.all([sub.close(), pub.close()]);
  });

  test.each([2, 3])('messages of channels whose names have one length, interleaved, each reach their own listener (RESP%i)', async (RESP) => {
    const sub = await ferrodis.createClient({ url, RESP }).connect();
    const pub = await ferrodis.createClient({ url }).connect();
    const channels = ['len:a', 'len:b', 'len:c', 'len:é'];
    const got = [];
    for (const channel of channels) await sub.subscribe(channel, (message, from) => got.push([channel, from, message]));
    // in one batch, then one by one (each message in a read of its own)
    await Promise.all(Array.from({ length: 400 }, (_, i) => pub.publish(channels[i % 4], `${channels[i % 4]}#${i}`)));
    for (let i = 0; i < 40; i++) await pub.publish(channels[i % 4], `${channels[i % 4]}#${i}`);
    await settle();
    expect(got).toHaveLength(440);
    expect(got.every(([channel, from, message]) => from === channel && message.startsWith(`${channel}#`))).toBe(true);
    await Promise.all([sub.close(), pub.close()]);
  });

  test('channels whose names are not UTF-8 stay apart, and come back after a reconnect', async () => {
    const sub = await ferrodis.createClient({ url }).connect();
    const pub = await ferrodis.createClient({ url }).connect();
    const admin = await ferrodis.createClient({ url }).connect();
    sub.on('error', () => {});
    const got = [];
    const ff = Buffer.from([0x61, 0xff]);
    const fe = Buffer.from([0x61, 0xfe]);
    await sub.subscribe(ff, (m, c) => got.push(['ff', String(m), c.toString('hex')]), true);
    await sub.subscribe(fe, (m, c) => got.push(['fe', String(m), c.toString('hex')]), true);
    expect([await pub.publish(ff, '1'), await pub.publish(fe, '2')]).toEqual([1, 1]);
    const ready = new Promise((resolve) => sub.once('ready', resolve));
    await admin.clientKill({ filter: 'TYPE', type: 'pubsub' });
    await ready;
    await settle();
    expect((await admin.sendCommand(['PUBSUB', 'CHANNELS'], { typeMapping: { [ferrodis.RESP_TYPES.BLOB_STRING]: Buffer } })).map((c) => c.toString('hex')).sort()).toEqual(['61fe', '61ff']);
    expect([await pub.publish(ff, '3'), await pub.publish(fe, '4')]).toEqual([1, 1]);
    await settle();
    expect(got).toEqual([['ff', '1', '61ff'], ['fe', '2', '61fe'], ['ff', '3', '61ff'], ['fe', '4', '61fe']]);
    await Promise.all([sub.close(), pub.close(), admin.close()]);
  });
});

describe('subscriptions survive the connection', () => {
  test.each([2, 3])('10,000 messages while the subscriber is killed 4 times arrive in order, none twice, few lost (RESP%i)', async (RESP) => {
    const sub = await ferrodis.createClient({ url, RESP }).connect();
    const pub = await ferrodis.createClient({ url }).connect();
    const admin = await ferrodis.createClient({ url }).connect();
    sub.on('error', () => {});
    const seen = { channel: [], pattern: [], shard: [] };
    await sub.subscribe('stream', (m) => seen.channel.push(Number(m)));
    await sub.pSubscribe('str*', (m, channel) => channel === 'stream' && seen.pattern.push(Number(m)));
    await sub.sSubscribe('{s}shard', (m) => seen.shard.push(Number(m)));
    let killed = 0;
    for (let i = 0; i < 10000; i++) {
      await pub.publish('stream', String(i));
      if (i % 2 === 0) await pub.sPublish('{s}shard', String(i));
      if (i > 0 && i % 2000 === 0) {
        await admin.clientKill({ filter: 'TYPE', type: 'pubsub' });
        killed++;
        await new Promise((resolve) => sub.once('ready', resolve));
        // wait until the subscriptions are back: a message published now must arrive
        for (let probe = 0; ; probe++) {
          const before = seen.channel.length;
          await pub.publish('stream', String(i));
          await settle();
          if (seen.channel.length > before && seen.shard.length > 0) break;
          if (probe > 100) throw new Error('not resubscribed');
        }
      }
    }
    await settle();
    expect(killed).toBe(4);
    for (const list of [seen.channel, seen.pattern, seen.shard]) {
      // in order, and nothing twice in a row but the probes' repeats of the message at a kill
      for (let i = 1; i < list.length; i++) expect(list[i]).toBeGreaterThanOrEqual(list[i - 1]);
      expect(new Set(list).size).toBeGreaterThan(list === seen.shard ? 4900 : 9900);
    }
    const counts = new Map();
    for (const n of seen.channel) counts.set(n, (counts.get(n) ?? 0) + 1);
    for (const [n, count] of counts) if (count > 1) expect(n % 2000).toBe(0); // only the probed ones
    expect(sub.isPubSubActive).toBe(true);
    await Promise.all([sub.close(), pub.close(), admin.close()]);
  }, 120000);

  test('an unsubscribe queued while disconnected is not undone by the resubscribe', async () => {
    const sub = await ferrodis.createClient({ url }).connect();
    const admin = await ferrodis.createClient({ url }).connect();
    sub.on('error', () => {});
    await sub.subscribe(['keep', 'drop'], () => {});
    const reconnecting = new Promise((resolve) => sub.once('reconnecting', resolve));
    await admin.clientKill({ filter: 'TYPE', type: 'pubsub' });
    await reconnecting;
    const unsubscribed = sub.unsubscribe('drop');
    await new Promise((resolve) => sub.once('ready', resolve));
    await unsubscribed;
    await settle();
    expect(await admin.pubSubNumSub(['keep', 'drop'])).toEqual({ keep: 1, drop: 0 });
    expect([...sub.getPubSubListeners('CHANNELS').keys()]).toEqual(['keep']);
    await Promise.all([sub.close(), admin.close()]);
  });

  test('a subscribe that fails takes its listener back', async () => {
    const sub = ferrodis.createClient({ url });
    await expect(sub.subscribe('c', () => {})).rejects.toThrow(ferrodis.ClientClosedError);
    expect(sub.isPubSubActive).toBe(false);
    expect(sub.getPubSubListeners('CHANNELS').size).toBe(0);
  });
});

describe('MONITOR', () => {
  /** The lines a monitor sees while another client runs `commands`, without the time and the
   *  address (which differ from run to run). */
  async function monitored(lib, RESP, commands) {
    const monitor = await lib.createClient({ url, RESP }).connect();
    const other = await lib.createClient({ url }).connect();
    const lines = [];
    try {
      await monitor.monitor((line) => lines.push(String(line).replace(/^\d+\.\d+ \[\d+ [^\]]+\] /, '')));
      await commands(other);
      await settle();
    } finally {
      await monitor.close().catch(() => monitor.destroy());
      await other.close();
    }
    return lines.filter((line) => !line.startsWith('"client"') && !line.startsWith('"hello"'));
  }

  test.each([2, 3])('the lines of the commands run, as node-redis gives them (RESP%i)', async (RESP) => {
    const commands = async (c) => {
      await c.set('mon:k', 'v with "quotes" and \n');
      await c.get('mon:k');
      await c.hSet('mon:h', { f: Buffer.from([0, 200]) });
    };
    const ours = await monitored(ferrodis, RESP, commands);
    expect(ours).toEqual(await monitored(redis, RESP, commands));
    expect(ours).toEqual(['"SET" "mon:k" "v with \\"quotes\\" and \\n"', '"GET" "mon:k"', '"HSET" "mon:h" "f" "\\x00\\xc8"']);
  });

  test.each([2, 3])('withTypeMapping({ SIMPLE_STRING: Buffer }).monitor(): Buffer lines, as node-redis (RESP%i)', async (RESP) => {
    const kinds = {};
    for (const [name, lib] of [['ferrodis', ferrodis], ['redis', redis]]) {
      const monitor = await lib.createClient({ url, RESP }).connect();
      const other = await lib.createClient({ url }).connect();
      const seen = [];
      await monitor.withTypeMapping({ [lib.RESP_TYPES.SIMPLE_STRING]: Buffer }).monitor((line) => seen.push(Buffer.isBuffer(line)));
      await other.ping();
      await settle();
      await monitor.close().catch(() => monitor.destroy());
      await other.close();
      kinds[name] = seen.length > 0 && seen.every(Boolean);
    }
    expect(kinds).toEqual({ ferrodis: true, redis: true });
  });

  test('MONITOR comes back after a reconnect', async () => {
    const monitor = await ferrodis.createClient({ url }).connect();
    const admin = await ferrodis.createClient({ url }).connect();
    monitor.on('error', () => {});
    try {
      const id = await monitor.clientId();
      const lines = [];
      await monitor.monitor((line) => lines.push(line));
      const ready = new Promise((resolve) => monitor.once('ready', resolve));
      await admin.clientKill({ filter: 'ID', id });
      await ready;
      for (let i = 0; i < 100 && !lines.some((l) => l.includes('after-reconnect')); i++) {
        await admin.get('after-reconnect');
        await settle();
      }
      expect(lines.some((l) => l.includes('"GET" "after-reconnect"'))).toBe(true);
    } finally {
      monitor.destroy();
      await admin.close();
    }
  });
});

describe('wrong arguments are rejected, and the client goes on', () => {
  test.each([
    ['subscribe()', (c) => c.subscribe()],
    ['subscribe([])', (c) => c.subscribe([], () => {})],
    ['subscribe(42, fn)', (c) => c.subscribe(42, () => {})],
    ['subscribe(ch) without a listener', (c) => c.subscribe('ch')],
    ['subscribe(ch, "not a function")', (c) => c.subscribe('ch', 'nope')],
    ['pSubscribe([ch, null], fn)', (c) => c.pSubscribe(['a', null], () => {})],
    ['unsubscribe(ch, 42)', (c) => c.unsubscribe('ch', 42)],
    ['getPubSubListeners("WHAT")', (c) => Promise.resolve().then(() => c.getPubSubListeners('WHAT'))],
    ['monitor()', (c) => c.monitor()],
  ])('%s', async (_, call) => {
    const client = await ferrodis.createClient({ url }).connect();
    await expect(call(client)).rejects.toThrow(TypeError);
    expect(client.isPubSubActive).toBe(false);
    expect(await client.ping()).toBe('PONG');
    await client.close();
  });

  test('a throwing listener goes to the error event; the other listeners and the connection go on', async () => {
    const sub = await ferrodis.createClient({ url }).connect();
    const pub = await ferrodis.createClient({ url }).connect();
    const errors = [];
    sub.on('error', (err) => errors.push(err.message));
    const got = [];
    await sub.subscribe('c', () => {
      throw new Error('listener bug');
    });
    await sub.subscribe('c', (m) => got.push(m));
    await pub.publish('c', '1');
    await pub.publish('c', '2');
    await settle();
    expect(got).toEqual(['1', '2']);
    expect(errors).toEqual(['listener bug', 'listener bug']);
    expect(sub.socketEpoch).toBe(1);
    await Promise.all([sub.close(), pub.close()]);
  });
});

describe('a server sending pushes nobody asked for', () => {
  test.each([2, 3])('messages of unknown channels, malformed messages and stray confirmations are dropped (RESP%i)', async (RESP) => {
    const push = RESP === 3 ? '>' : '*';
    const fake = await startFakeServer();
    const junk = [
      `${push}3\r\n$7\r\nmessage\r\n$5\r\nother\r\n$1\r\nx\r\n`,
      RESP === 3 ? `${push}1\r\n$7\r\nmessage\r\n` : '', // (RESP2: see the next test)
      `${push}3\r\n$7\r\nmessage\r\n:1\r\n:2\r\n`,
      `${push}4\r\n$8\r\npmessage\r\n*0\r\n$1\r\nc\r\n$1\r\nx\r\n`,
      `${push}3\r\n$12\r\nsunsubscribe\r\n$5\r\nnever\r\n:0\r\n`,
      RESP === 3 ? `${push}2\r\n$3\r\nfoo\r\n$3\r\nbar\r\n` : '',
      `${push}3\r\n$7\r\nmessage\r\n$1\r\nc\r\n$4\r\nreal\r\n`,
    ].join('');
    fake.use(answering('SUBSCRIBE', async (args, peer) => {
      await peer.send(`${push}3\r\n$9\r\nsubscribe\r\n$1\r\nc\r\n:1\r\n`);
      await peer.send(junk);
    }), NORMAL);
    const client = ferrodis.createClient({ socket: fake.socket, RESP });
    const errors = [];
    client.on('error', (err) => errors.push(err));
    await client.connect();
    const got = [];
    await client.subscribe('c', (m, ch) => got.push([m, ch]));
    await settle();
    expect(got).toEqual([['real', 'c']]);
    if (RESP === 3) expect(await client.get('k')).toBeNull();
    expect(errors).toEqual([]);
    expect(client.socketEpoch).toBe(1);
    client.destroy();
    await fake.close();
  });

  // In RESP2 an array that is neither a message nor a confirmation cannot be told from a reply
  // nobody waits for: the engine drops the connection (a protocol error), and the client
  // reconnects and subscribes again.
  test('RESP2: a malformed message costs the connection, and the subscription comes back', async () => {
    const fake = await startFakeServer();
    const subscribing = answering('SUBSCRIBE', (args, peer) => peer.send('*3\r\n$9\r\nsubscribe\r\n$1\r\nc\r\n:1\r\n'));
    fake.use(
      answering('SUBSCRIBE', async (args, peer) => {
        await subscribing.command(args, peer);
        await peer.send('*1\r\n$7\r\nmessage\r\n');
      }),
      answering('SUBSCRIBE', async (args, peer) => {
        await subscribing.command(args, peer);
        await peer.send('*3\r\n$7\r\nmessage\r\n$1\r\nc\r\n$5\r\nagain\r\n');
      }),
    );
    const client = ferrodis.createClient({ socket: fake.socket });
    const errors = [];
    client.on('error', (err) => errors.push(err.message));
    await client.connect();
    const got = [];
    await client.subscribe('c', (m) => got.push(m));
    for (let i = 0; i < 100 && got.length === 0; i++) await settle();
    expect(got).toEqual(['again']);
    expect(errors).toEqual([expect.stringMatching(/protocol/i)]);
    expect(fake.peers.at(-1).commands.at(-1)).toEqual(['SUBSCRIBE', 'c']);
    client.destroy();
    await fake.close();
  });
});
