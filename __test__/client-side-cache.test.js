'use strict';
// Client-side caching (lib/cache.js): node-redis 5.12.1's BasicClientSideCache and
// BasicPooledClientSideCache, side by side with redis@5.12.1 on the same server for the
// sequences node-redis' own spec uses, and the guarantees beyond it: a reply is never stored
// once its invalidation (or a flush) has arrived, binary keys never share an entry, replies keep
// their shapes, and a reader's reads never go back in time while another client writes and its
// connection is killed.
const { Buffer } = require('buffer');
const dc = require('node:diagnostics_channel');
const redis = require('redis');
const ferrodis = require('..');
const { BasicClientSideCache, BasicPooledClientSideCache, createClient, RESP_TYPES } = ferrodis;
const { CacheStats, watchWrite } = require('../lib/cache');
const { cacheableSpecs } = require('../lib/commands/cacheable');
const { serverForFile } = require('./helpers/connected');
const { invalidated } = require('./helpers/cache');

const server = serverForFile();
const open = [];

/** A connected client of `lib` (ferrodis or redis) on the file's server. */
async function connected(lib, options = {}) {
  const client = lib.createClient({ socket: { host: server.host, port: server.port }, ...options });
  client.on('error', () => {});
  await client.connect();
  open.push(client);
  return client;
}

afterEach(async () => {
  for (const client of open.splice(0)) if (client.isOpen) await client.destroy();
});

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const counts = (stats) => ({ hits: stats.hitCount, misses: stats.missCount, evictions: stats.evictionCount, loads: stats.loadSuccessCount });

/** Runs `steps(client, cache, writer)` with each library (fresh keys, same server); returns
 *  { ferrodis, redis } of what the steps return plus the cache's counts. */
async function sideBySide(config, steps) {
  const out = {};
  for (const [name, lib] of [['ferrodis', ferrodis], ['redis', redis]]) {
    const client = await connected(lib);
    await client.flushAll();
    const cache = new lib.BasicClientSideCache(config);
    const reader = await connected(lib, { RESP: 3, clientSideCache: cache });
    const result = await steps(reader, cache, client);
    out[name] = { result, stats: counts(cache.stats()), size: cache.size() };
  }
  return out;
}

describe('node-redis\' sequences, side by side', () => {
  test('miss, then hit; a reply is the same both times', async () => {
    const { ferrodis: ours, redis: theirs } = await sideBySide({}, async (client) => {
      await client.set('x', '1');
      return [await client.get('x'), await client.get('x'), await client.hGetAll('nothing'), await client.hGetAll('nothing')];
    });
    expect(ours).toEqual(theirs);
    expect(ours.stats).toEqual({ hits: 2, misses: 2, evictions: 0, loads: 2 });
  });

  test.each(['LRU', 'FIFO'])('maxEntries with %s: the same evictions', async (evictPolicy) => {
    const { ferrodis: ours, redis: theirs } = await sideBySide({ maxEntries: 10, evictPolicy }, async (client) => {
      await client.set('1', '1');
      const replies = [];
      for (const key of ['1', '2', '3', '4', '5', '1', '6', '7', '8', '9', '10', '11', '1']) replies.push(await client.get(key));
      return replies;
    });
    expect(ours).toEqual(theirs);
    expect(ours.stats.hits).toBe(evictPolicy === 'LRU' ? 2 : 1);
  });

  test('a write by another client invalidates; FLUSHALL invalidates everything', async () => {
    const { ferrodis: ours, redis: theirs } = await sideBySide({}, async (client, cache, writer) => {
      await writer.set('k', 'v1');
      await writer.set('other', 'o');
      const replies = [await client.get('k'), await client.get('other'), await client.get('k')];
      let event = invalidated(cache);
      await writer.set('k', 'v2');
      await event;
      replies.push(await client.get('k'), await client.get('other'), cache.size());
      event = invalidated(cache);
      await writer.flushAll();
      await event;
      replies.push(cache.size(), await client.get('k'));
      return replies;
    });
    expect(ours).toEqual(theirs);
    expect(ours.result).toEqual(['v1', 'o', 'v1', 'v2', 'o', 2, 0, null]);
  });

  test('clear() and invalidate(key) by hand', async () => {
    const { ferrodis: ours, redis: theirs } = await sideBySide({}, async (client, cache) => {
      await client.set('x', '1');
      await client.get('x');
      cache.clear();
      const afterClear = counts(cache.stats());
      await client.get('x');
      await client.get('x');
      cache.invalidate('x');
      await client.get('x');
      return [afterClear, cache.size()];
    });
    expect(ours).toEqual(theirs);
  });

  test('replies handed out are copies (mGet arrays, hGetAll objects)', async () => {
    const { ferrodis: ours, redis: theirs } = await sideBySide({}, async (client) => {
      await client.mSet({ x: '1', y: '2' });
      await client.hSet('h', { a: '1' });
      const first = await client.mGet(['x', 'y']);
      first[0] = 'changed';
      const hash = await client.hGetAll('h');
      hash.a = 'changed';
      return [await client.mGet(['x', 'y']), { ...(await client.hGetAll('h')) }];
    });
    expect(ours).toEqual(theirs);
    expect(ours.result).toEqual([['1', '2'], { a: '1' }]);
  });

  test('close() empties the cache and, for a BasicClientSideCache, its stats', async () => {
    const { ferrodis: ours, redis: theirs } = await sideBySide({}, async (client, cache) => {
      await client.set('x', '1');
      await client.get('x');
      await client.get('x');
      await client.close();
      const afterClose = [cache.size(), counts(cache.stats())];
      await client.connect();
      await client.get('x');
      return afterClose;
    });
    expect(ours).toEqual(theirs);
  });

  test('a BasicPooledClientSideCache shared by two clients: one closing flushes it, stats stay', async () => {
    const results = {};
    for (const [name, lib] of [['ferrodis', ferrodis], ['redis', redis]]) {
      const cache = new lib.BasicPooledClientSideCache();
      const one = await connected(lib, { RESP: 3, clientSideCache: cache });
      await one.del('x');
      const two = await connected(lib, { RESP: 3, clientSideCache: cache });
      const replies = [await two.get('x'), await one.get('x')];
      await two.close();
      replies.push(cache.size(), await one.get('x'), await one.get('x'));
      results[name] = { replies, stats: counts(cache.stats()) };
    }
    expect(results.ferrodis).toEqual(results.redis);
    expect(results.ferrodis.stats).toMatchObject({ hits: 2, misses: 2 });
  });
});

describe('what is cached', () => {
  test('only table commands the metadata calls cacheable, with the client\'s own type mapping', async () => {
    const cache = new BasicClientSideCache();
    const client = await connected(ferrodis, { RESP: 3, clientSideCache: cache });
    await client.set('k', 'v');
    await client.get('k'); // cached
    await client.ttl('k'); // time-dependent: never cached
    await client.sendCommand(['GET', 'k']); // raw: never cached
    await client.multi().get('k').exec(); // in a transaction: never cached
    await client.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer }).get('k'); // another mapping
    await client.touch('k'); // its effect is the point
    expect(cache.size()).toBe(1);
    expect(await client.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer }).get('k')).toEqual(Buffer.from('v'));
    // A view with the same mapping (an abort signal, a timeout) reads the cache.
    expect(await client.withAbortSignal(new AbortController().signal).get('k')).toBe('v');
    expect(cache.stats().hitCount).toBe(1);
  });

  test('binary keys that read alike in UTF-8 never share an entry, and each is invalidated', async () => {
    const cache = new BasicClientSideCache();
    const client = await connected(ferrodis, { RESP: 3, clientSideCache: cache });
    const writer = await connected(ferrodis);
    const [a, b] = [Buffer.from([0xff, 0x01]), Buffer.from([0xfe, 0x01])];
    await writer.set(a, 'A');
    await writer.set(b, 'B');
    expect([await client.get(a), await client.get(b), await client.get(a), await client.get(b)]).toEqual(['A', 'B', 'A', 'B']);
    expect(cache.stats().hitCount).toBe(2);
    const event = invalidated(cache);
    await writer.set(b, 'B2');
    await event;
    expect([await client.get(a), await client.get(b)]).toEqual(['A', 'B2']);
  });

  test('a reply is kept per database, per method, per type mapping (node-redis: by arguments alone)', async () => {
    const cache = new BasicClientSideCache();
    const client = await connected(ferrodis, { RESP: 3, clientSideCache: cache });
    const writer = await connected(ferrodis);
    await writer.set('db:k', 'in 0');
    await writer.sendCommand(['SELECT', '1']);
    await writer.set('db:k', 'in 1');
    expect(await client.get('db:k')).toBe('in 0');
    await client.select(1);
    expect(await client.get('db:k')).toBe('in 1');
    await client.sendCommand(['SELECT', '0']); // raw: remembered too
    expect(await client.get('db:k')).toBe('in 0');
    expect(await client.get('db:k')).toBe('in 0');
    // A SELECT in a transaction, and reads given while it is on its way.
    const [, during] = await Promise.all([client.multi().select(1).exec(), client.get('db:k')]);
    expect([during, await client.get('db:k')]).toEqual(['in 1', 'in 1']); // (sent after EXEC: read in 1, not cached as 0's)
    await client.select(0);
    // The same command through two methods (geoSearchWith with no WITH flag sends GEOSEARCH).
    await writer.sendCommand(['SELECT', '0']);
    await writer.geoAdd('geo', { longitude: 13.361389, latitude: 38.115556, member: 'Palermo' });
    const by = { radius: 200, unit: 'km' };
    const from = { longitude: 15, latitude: 37 };
    expect(await client.geoSearchWith('geo', from, by, [])).toEqual([{ member: 'Palermo' }]);
    expect(await client.geoSearch('geo', from, by)).toEqual(['Palermo']);
    // Two clients sharing one cache with different type mappings.
    const buffers = await connected(ferrodis, { RESP: 3, clientSideCache: cache, commandOptions: { typeMapping: { [RESP_TYPES.BLOB_STRING]: Buffer } } });
    expect(await client.get('db:k')).toBe('in 0');
    expect(await buffers.get('db:k')).toEqual(Buffer.from('in 0'));
    expect(await buffers.get('db:k')).toEqual(Buffer.from('in 0'));
    expect(await client.get('db:k')).toBe('in 0');
  });

  test('an argument no command takes rejects as without a cache (not a throw)', async () => {
    const client = await connected(ferrodis, { RESP: 3, clientSideCache: {} });
    const plain = await connected(ferrodis);
    const outcome = (p) => p.then(() => 'resolved', (err) => err.constructor.name);
    expect(await outcome(client.get(123))).toBe(await outcome(plain.get(123)));
    expect(await client.ping()).toBe('PONG');
  });

  test('hGetAll from the cache keeps its null prototype (node-redis\' structuredClone loses it)', async () => {
    const client = await connected(ferrodis, { RESP: 3, clientSideCache: {} });
    await client.hSet('h', { f: 'v' });
    await client.hGetAll('h');
    const cached = await client.hGetAll('h');
    expect(client.clientSideCache.stats().hitCount).toBe(1);
    expect(Object.getPrototypeOf(cached)).toBe(null);
  });
});

describe('a reply is never stored once its invalidation has arrived', () => {
  /** A cache read whose reply the test hands over when it wants. */
  function slowRead(cache, args) {
    let answer;
    const reply = cache._read(args, cacheableSpecs(args), () => new Promise((resolve) => (answer = resolve)), '');
    return { reply, answer: (value) => answer(value) };
  }

  test('an invalidation while the read is on its way', async () => {
    const cache = new BasicClientSideCache();
    const read = slowRead(cache, ['GET', 'k']);
    cache.invalidate('k');
    read.answer('old');
    expect(await read.reply).toBe('old'); // its caller gets it
    expect(cache.size()).toBe(0); // the cache does not keep it
  });

  test('a clear (a lost connection) while the read is on its way', async () => {
    const cache = new BasicPooledClientSideCache();
    const read = slowRead(cache, ['GET', 'k']);
    cache.onError();
    read.answer('old');
    await read.reply;
    expect(cache.size()).toBe(0);
  });

  test('a newer read of the same command replaces an older one still on its way', async () => {
    const cache = new BasicClientSideCache();
    const older = slowRead(cache, ['GET', 'k']);
    const newer = slowRead(cache, ['GET', 'k']);
    newer.answer('new');
    await newer.reply;
    older.answer('old');
    await older.reply;
    expect(await cache._read(['GET', 'k'], cacheableSpecs(['GET', 'k']), () => Promise.reject(new Error('not a hit')), '')).toBe('new');
  });

  test('RESET forgets tracking: the cache is flushed when it is answered', async () => {
    const client = await connected(ferrodis, { RESP: 3, clientSideCache: {} });
    await client.set('k', 'v');
    await client.get('k');
    expect(client.clientSideCache.size()).toBe(1);
    await client.reset();
    expect(client.clientSideCache.size()).toBe(0);
    // Tracking is on again after the reset: a write by another client invalidates.
    await client.get('k');
    const writer = await connected(ferrodis);
    const event = invalidated(client.clientSideCache);
    await writer.set('k', 'v2');
    await event;
    expect(await client.get('k')).toBe('v2');
  });

  test('a killed connection flushes the cache; after the reconnect, reads see the writes made meanwhile', async () => {
    const client = await connected(ferrodis, { RESP: 3, clientSideCache: new BasicClientSideCache() });
    const writer = await connected(ferrodis);
    await writer.set('k', 'before');
    await client.get('k');
    await client.get('k');
    const id = await client.clientId();
    const lost = new Promise((resolve) => client.once('reconnecting', resolve));
    await writer.clientKill({ filter: 'ID', id });
    await lost;
    expect(client.clientSideCache.size()).toBe(0);
    await writer.set('k', 'after');
    expect(await client.get('k')).toBe('after');
  });
});

describe('a process reads its own writes through its cache', () => {
  // The server's invalidation of a key comes on the connection that read it, maybe after the
  // write's reply; a write sent through the cache drops the key at once, and no read that may
  // have run before the write is stored.
  test('a pool: a write through one client, then a read through any other, 1,000 times', async () => {
    const pool = ferrodis.createClientPool({ socket: { host: server.host, port: server.port }, RESP: 3 }, { minimum: 4, maximum: 4, clientSideCache: {} });
    pool.on('error', () => {});
    await pool.connect();
    try {
      const stale = [];
      let reading = true;
      // Readers on the other clients keep the key cached (and reads on their way).
      const readers = Array.from({ length: 3 }, async () => {
        while (reading) {
          await pool.get('ryw:k');
          await new Promise(setImmediate); // (hits resolve at once: let the event loop run)
        }
      });
      for (let i = 0; i < 1000; i++) {
        await pool.set('ryw:k', String(i));
        const seen = await pool.get('ryw:k');
        if (seen !== String(i)) stale.push([i, seen]);
      }
      reading = false;
      await Promise.all(readers);
      expect(stale).toEqual([]);
    } finally {
      await pool.close();
    }
  });

  test('the mechanism, step by step: a write drops the key at once, and no read while it is unanswered is kept', async () => {
    const cache = new BasicPooledClientSideCache();
    const read = (value) => cache._read(['GET', 'k'], cacheableSpecs(['GET', 'k']), () => Promise.resolve(value), '');
    let answered;
    const write = new Promise((resolve) => (answered = resolve));
    expect(await read('old')).toBe('old');
    expect(cache.size()).toBe(1);
    watchWrite(cache, ['SET', 'k', 'new'], write); // sent
    expect(cache.size()).toBe(0); // dropped at once
    expect(await read('maybe old')).toBe('maybe old'); // it may have run before the write
    expect(cache.size()).toBe(0); // so it is not kept
    answered('OK');
    await write;
    await Promise.resolve();
    expect(await read('new')).toBe('new');
    expect(cache.size()).toBe(1);
    expect(await read('not asked')).toBe('new'); // a hit
    // A failed write ends its watch too; a write of another key changes nothing here.
    watchWrite(cache, ['SET', 'other', 'x'], Promise.reject(new Error('lost')));
    expect(cache.size()).toBe(1);
  });

  test('a cluster: MSET across slots, then reads of each key', async () => {
    const cache = new BasicPooledClientSideCache();
    const client = await connected(ferrodis, { RESP: 3, clientSideCache: cache });
    await client.mSet({ 'ryw:a': '0', 'ryw:b': '0' });
    await client.mGet(['ryw:a', 'ryw:b']);
    await client.get('ryw:a');
    await client.mSet({ 'ryw:a': '1', 'ryw:b': '1' }); // dropped at once, whatever the server's push
    expect([await client.get('ryw:a'), await client.mGet(['ryw:a', 'ryw:b'])]).toEqual(['1', ['1', '1']]);
  });
});

describe('options', () => {
  test('RESP3 only; not with emitInvalidate; a config is checked (node-redis\' messages)', () => {
    expect(() => createClient({ clientSideCache: {} })).toThrow('Client Side Caching is only supported with RESP3');
    expect(() => createClient({ RESP: 2, emitInvalidate: true })).toThrow('emitInvalidate is only supported with RESP3');
    expect(() => createClient({ RESP: 3, emitInvalidate: true, clientSideCache: {} })).toThrow('emitInvalidate is not supported (or necessary) when clientSideCache is enabled');
    expect(() => createClient({ RESP: 3, clientSideCache: { maxEntries: -1 } })).toThrow(TypeError);
    expect(() => createClient({ RESP: 3, clientSideCache: { evictPolicy: 'LFU' } })).toThrow("clientSideCache.evictPolicy must be 'LRU' or 'FIFO'");
    expect(() => createClient({ RESP: 3, clientSideCache: 5 })).toThrow(TypeError);
    expect(() => ferrodis.createCluster({ rootNodes: [], clientSideCache: {} })).toThrow('Client Side Caching is only supported with RESP3');
  });

  test('emitInvalidate: \'invalidate\' events with the key as a Buffer, null after FLUSHALL, as node-redis', async () => {
    const events = {};
    for (const [name, lib] of [['ferrodis', ferrodis], ['redis', redis]]) {
      const client = await connected(lib, { RESP: 3, emitInvalidate: true });
      const writer = await connected(lib);
      const seen = [];
      client.on('invalidate', (key) => seen.push(key));
      await client.get('ev');
      await writer.set('ev', '1');
      await pause(50);
      await client.get('ev');
      await writer.flushAll();
      await pause(50);
      events[name] = [...seen]; // (this client hears the next iteration's FLUSHALL too)
    }
    expect(events.ferrodis).toEqual(events.redis);
    expect(events.ferrodis).toEqual([Buffer.from('ev'), null]);
  });

  test('ttl: an entry older than it is read again', async () => {
    const client = await connected(ferrodis, { RESP: 3, clientSideCache: { ttl: 100 } });
    await client.set('k', 'v');
    await client.get('k');
    await client.get('k');
    await pause(150);
    await client.get('k');
    expect(counts(client.clientSideCache.stats())).toMatchObject({ hits: 1, misses: 2, evictions: 1 });
  });

  test('recordStats: false keeps no stats', async () => {
    const client = await connected(ferrodis, { RESP: 3, clientSideCache: { recordStats: false } });
    await client.get('k');
    await client.get('k');
    expect(client.clientSideCache.stats()).toBe(CacheStats.empty());
  });
});

describe('CacheStats (node-redis\' arithmetic)', () => {
  test('of, empty, rates, plus, minus', () => {
    const stats = CacheStats.of(10, 5, 8, 2, 100, 3);
    expect([stats.requestCount(), stats.hitRate(), stats.missRate(), stats.loadCount(), stats.loadFailureRate(), stats.averageLoadPenalty()])
      .toEqual([15, 10 / 15, 5 / 15, 10, 0.2, 10]);
    const empty = CacheStats.empty();
    expect([empty.hitRate(), empty.missRate(), empty.loadFailureRate(), empty.averageLoadPenalty()]).toEqual([1, 0, 0, 0]);
    expect(stats.plus(stats)).toEqual(CacheStats.of(20, 10, 16, 4, 200, 6));
    expect(CacheStats.of(1, 1, 1, 1, 1, 1).minus(stats)).toEqual(CacheStats.of());
    expect(() => CacheStats.of(-1)).toThrow('All statistics values must be non-negative');
  });
});

// The fault test: one writer bumps a version while 50 readers read it through one client
// (most through its cache, some past it), whose connection is killed every few seconds. A read
// that starts after another read of the same client has returned version v must return v or
// later: a cached value older than that would be one whose invalidation had already arrived (the
// server sends it before the reply of any command it runs after the write).
test('a writer and 50 readers: no read goes back in time, through connection kills', async () => {
  const duration = Number(process.env.FERRODIS_CSC_SOAK_MS ?? 60000);
  const cache = new BasicClientSideCache();
  const readerClient = await connected(ferrodis, { RESP: 3, clientSideCache: cache });
  const writer = await connected(ferrodis);
  await writer.set('version', '0');
  let written = 0;
  let newest = 0; // the newest version a completed read returned
  let reads = 0;
  let kills = 0;
  let hits = 0; // counted from node-redis:cache:request (the stats start again at each flush)
  const countHit = ({ result }) => (hits += result === 'hit' ? 1 : 0);
  dc.subscribe(ferrodis.CHANNELS.CACHE_REQUEST, countHit);
  const violations = [];
  const end = Date.now() + duration;
  const writing = (async () => {
    while (Date.now() < end) {
      await writer.set('version', String(++written));
      if (written % 4 === 0) await pause(1); // windows where readers hit the cache
    }
  })();
  const killing = (async () => {
    while (Date.now() < end - 3000) {
      await pause(3000);
      const id = await readerClient.clientId().catch(() => undefined);
      if (id !== undefined) await writer.clientKill({ filter: 'ID', id }).catch(() => {});
      kills++;
    }
  })();
  // A fifth of the readers read past the cache (sendCommand): what the server has, which every
  // cached read after it must have caught up with.
  const reader = async (_, i) => {
    const read = i % 5 === 0 ? () => readerClient.sendCommand(['GET', 'version']) : () => readerClient.get('version');
    while (Date.now() < end) {
      const floor = newest;
      let value;
      try {
        value = Number(await read());
      } catch {
        continue; // on the killed connection
      }
      reads++;
      if (value < floor) violations.push({ floor, value });
      if (value > newest) newest = value;
      // A hit resolves at once: a loop of them would never let the event loop read a socket.
      await new Promise(setImmediate);
    }
  };
  await Promise.all([writing, killing, ...Array.from({ length: 50 }, reader)]);
  dc.unsubscribe(ferrodis.CHANNELS.CACHE_REQUEST, countHit);
  expect(violations).toEqual([]);
  expect(reads).toBeGreaterThan(1000);
  expect(written).toBeGreaterThan(100);
  expect(kills).toBeGreaterThan(0);
  expect(hits).toBeGreaterThan(reads / 10); // the cache was used
  // After the run, the cache serves the last version.
  await pause(100);
  expect(await readerClient.get('version')).toBe(String(written));
}, 120000);
