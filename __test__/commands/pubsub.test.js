'use strict';
// Publishing and pub/sub introspection through ferrodis and node-redis side by side: first with
// nobody listening, then with a raw subscriber connection (channels, a pattern, shard channels)
// that both clients see alike.
const net = require('node:net');
const { RESP_TYPES } = require('redis');
const { differential } = require('../helpers/differential');
const { startRedis } = require('../helpers/redis-server');
const { connectedClient } = require('../helpers/connected');
const ferrodis = require('../..');

const sorted = (list) => [...list].sort();

// One subscriber per test server, opened on first use and kept until the end of the file (the
// clients run one after the other: a subscriber per run could still be leaving when the next
// one counts).
const subscribers = new Map();
afterAll(async () => {
  for (const socket of subscribers.values()) (await socket.catch(() => null))?.destroy();
});

function subscribed(c) {
  const { host, port } = c.options.socket;
  if (!subscribers.has(port)) {
    subscribers.set(port, new Promise((resolve, reject) => {
      const socket = net.connect({ host, port }, () => {
        socket.write('SUBSCRIBE news sport\r\nPSUBSCRIBE n*\r\nSSUBSCRIBE shard1\r\nPING ready\r\n');
      });
      let seen = '';
      socket.on('data', (chunk) => {
        seen += chunk;
        if (seen.includes('ready')) resolve(socket);
      });
      socket.on('error', reject);
    }));
  }
  return subscribers.get(port);
}

differential('pub/sub', {
  'nobody listening': (c) => [c.publish('news', 'hi'), c.sPublish('shard1', 'hi'), c.pubSubChannels(), c.pubSubChannels('*'), c.pubSubNumPat(),
    c.pubSubNumSub(), c.pubSubNumSub('news'), c.pubSubNumSub(['news', 'sport']), c.pubSubShardChannels(), c.pubSubShardChannels('s*'),
    c.pubSubShardNumSub(), c.pubSubShardNumSub('shard1'), c.pubSubShardNumSub(['shard1', 'shard2'])],
  'with a subscriber': async (c) => {
    await subscribed(c);
    return [c.publish('news', 'hi'), c.publish(Buffer.from('sport'), Buffer.from([0, 1])), c.publish('nothing', 'x'), c.sPublish('shard1', 'hi'),
      c.pubSubChannels().then(sorted), c.pubSubChannels('s*'), c.pubSubChannels(''), c.pubSubNumPat(), c.pubSubNumSub(['news', 'sport', 'other']),
      c.pubSubShardChannels(), c.pubSubShardChannels('x*'), c.pubSubShardNumSub(['shard1', 'other'])];
  },
  'type mappings': async (c) => {
    await subscribed(c);
    const b = c.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer, [RESP_TYPES.MAP]: Map });
    const n = c.withTypeMapping({ [RESP_TYPES.NUMBER]: String });
    return [b.pubSubChannels('news'), b.pubSubNumSub(['news']), b.pubSubShardNumSub('shard1'), n.pubSubNumSub('sport'), n.pubSubShardNumSub('shard1'), n.publish('news', 'x')];
  },
  'wrong argument types': (c) => [c.publish('news', 5), c.sPublish('shard1', null), c.pubSubNumSub([1])],
});

describe('pub/sub: bad arguments', () => {
  const context = connectedClient();

  test.each([
    ['publish without a message', (c) => c.publish('news')],
    ['publish with an object', (c) => c.publish('news', { text: 'hi' })],
    ['pubSubChannels with a number', (c) => c.pubSubChannels(5)],
  ])('%s: TypeError, connection unharmed', async (_, call) => {
    await expect(call(context.client)).rejects.toThrow(TypeError);
    await expect(context.client.ping()).resolves.toBe('PONG');
  });
});
