'use strict';
// Client-side caching (RESP3): node-redis 5's BasicClientSideCache, BasicPooledClientSideCache
// and CacheStats, with their public methods, events and stats. A client with a cache turns
// CLIENT TRACKING on in its handshake; the server then sends an `invalidate` push for every key
// the connection read once another write changes it, and the client hands it to `invalidate`.
//
// What may be cached, and which keys a reply depends on, come from the server's command
// metadata (./commands/cacheable.js). The rules that keep a cached reply true:
//   - A read's entry is made when it is sent ("loading") and registered under its keys at once;
//     an invalidation, a clear() or a newer read of the same command drops it, and the reply of
//     a dropped load is handed to its caller but never stored. So an invalidation that arrives
//     between the send and the reply is never lost (node-redis has the same scheme), and
//   - clear() drops loads too (node-redis keeps them): a reply read on a connection that was
//     lost, whose tracking the server forgot, is not stored after the cache was flushed for it.
//   - A read never waits on another one's load (node-redis hands a second GET the first GET's
//     reply, even with a SET of the key sent between them).
//   - A hit returns a copy: a caller changing its reply does not change the cache.

const { Buffer } = require('buffer');
const { EventEmitter } = require('node:events');
const { performance } = require('node:perf_hooks');
const { describe } = require('./commands/args');
const { points } = require('./tracing');
const { keysOf, writtenKeys } = require('./commands/cacheable');

/** node-redis' CacheStats: an immutable snapshot of a cache's counters. */
class CacheStats {
  constructor(hitCount, missCount, loadSuccessCount, loadFailureCount, totalLoadTime, evictionCount) {
    if (hitCount < 0 || missCount < 0 || loadSuccessCount < 0 || loadFailureCount < 0 || totalLoadTime < 0 || evictionCount < 0) {
      throw new Error('All statistics values must be non-negative');
    }
    this.hitCount = hitCount;
    this.missCount = missCount;
    this.loadSuccessCount = loadSuccessCount;
    this.loadFailureCount = loadFailureCount;
    this.totalLoadTime = totalLoadTime;
    this.evictionCount = evictionCount;
  }

  static of(hitCount = 0, missCount = 0, loadSuccessCount = 0, loadFailureCount = 0, totalLoadTime = 0, evictionCount = 0) {
    return new CacheStats(hitCount, missCount, loadSuccessCount, loadFailureCount, totalLoadTime, evictionCount);
  }

  static empty() {
    return EMPTY_STATS;
  }

  requestCount() {
    return this.hitCount + this.missCount;
  }

  hitRate() {
    const requests = this.requestCount();
    return requests === 0 ? 1.0 : this.hitCount / requests;
  }

  missRate() {
    const requests = this.requestCount();
    return requests === 0 ? 0.0 : this.missCount / requests;
  }

  loadCount() {
    return this.loadSuccessCount + this.loadFailureCount;
  }

  loadFailureRate() {
    const loads = this.loadCount();
    return loads === 0 ? 0.0 : this.loadFailureCount / loads;
  }

  averageLoadPenalty() {
    const loads = this.loadCount();
    return loads === 0 ? 0.0 : this.totalLoadTime / loads;
  }

  minus(other) {
    return CacheStats.of(...FIELDS.map((field) => Math.max(0, this[field] - other[field])));
  }

  plus(other) {
    return CacheStats.of(...FIELDS.map((field) => this[field] + other[field]));
  }
}

const FIELDS = ['hitCount', 'missCount', 'loadSuccessCount', 'loadFailureCount', 'totalLoadTime', 'evictionCount'];
const EMPTY_STATS = CacheStats.of();

/** Counters behind stats(); `enabled: false` (recordStats: false) counts nothing. */
class Counters {
  constructor(enabled) {
    this.enabled = enabled;
    this.reset();
  }

  reset() {
    this.hits = this.misses = this.loadSuccesses = this.loadFailures = this.loadTime = this.evictions = 0;
  }

  snapshot() {
    if (!this.enabled) return EMPTY_STATS;
    return CacheStats.of(this.hits, this.misses, this.loadSuccesses, this.loadFailures, this.loadTime, this.evictions);
  }
}

/** One cached reply, or one read on its way (`loading`). `valid` turns false when it is dropped.
 *  Entries are also a list, oldest (or least recently used) first: evicting the oldest and moving
 *  a hit last are O(1) (a Map's own order would do, but V8 skips the deleted slots at its front
 *  on every `entries().next()`, which made a full cache's misses slow). */
class Entry {
  constructor(cacheKey, keys) {
    this.cacheKey = cacheKey;
    this.keys = keys; // the key texts it is registered under
    this.loading = true;
    this.valid = true;
    this.value = undefined;
    this.expires = 0; // Date.now() after which it is stale; 0: never
    this.older = null;
    this.newer = null;
  }
}

/** What invalidation messages name a key by: its text (a Buffer's UTF-8 reading; an ill-formed
 *  string as the server stores it). Two keys with one text only ever drop each other's entries. */
function keyText(key) {
  if (typeof key !== 'string') return Buffer.isBuffer(key) ? key.toString() : String(key);
  return isWellFormed(key) ? key : Buffer.from(key).toString();
}

const isWellFormed = String.prototype.isWellFormed === undefined
  ? (s) => !/[\uD800-\uDFFF]/.test(s) || Buffer.from(s).toString() === s
  : (s) => s.isWellFormed();

/** The cache key of a built command in a scope: the scope, then each argument's length, kind and
 *  text, so that no two commands share one (a Buffer by its bytes: node-redis' `join('_')` reads
 *  Buffers as UTF-8, and two different binary keys could share an entry). Undefined for an
 *  argument that is neither a string nor a Buffer. */
function cacheKeyOf(scope, args) {
  let key = scope;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (typeof arg === 'string') key += `${arg.length}s${arg}`;
    else if (Buffer.isBuffer(arg)) key += `${arg.length}b${arg.latin1Slice()}`;
    else return undefined;
  }
  return key;
}

const mappingIds = new WeakMap();
let lastMappingId = 0;

/**
 * What a cached reply depends on besides the command: the database it was read in (invalidations
 * name keys, not databases), the method that transformed it (geoSearch and geoSearchWith with no
 * WITH flag send the same command) and the type mapping it was read with (a cache may be shared
 * by clients with different ones).
 */
function scopeOf(database, method, typeMapping) {
  let mapping = 0;
  if (typeMapping !== undefined && typeMapping !== null) {
    mapping = mappingIds.get(typeMapping);
    if (mapping === undefined) mappingIds.set(typeMapping, (mapping = ++lastMappingId));
  }
  return `${database}|${mapping}|${method}|`;
}

/** A deep copy of a reply, of the shapes replies have (prototypes kept: hGetAll's null-prototype
 *  object stays one, where node-redis' structuredClone makes a plain object of it). */
function copyReply(value) {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copyReply);
  if (Buffer.isBuffer(value)) return Buffer.from(value);
  if (value instanceof Map) return new Map(Array.from(value, ([k, v]) => [copyReply(k), copyReply(v)]));
  if (value instanceof Set) return new Set(Array.from(value, copyReply));
  if (value instanceof String) return value; // VerbatimString: immutable
  const copy = Object.create(Object.getPrototypeOf(value));
  for (const field of Object.keys(value)) copy[field] = copyReply(value[field]);
  return copy;
}

function checkConfig(config) {
  if (config === undefined) return {};
  if (config === null || typeof config !== 'object') throw new TypeError(`clientSideCache must be an object, got ${describe(config)} instead`);
  const { ttl = 0, maxEntries = 0, evictPolicy = 'LRU', recordStats = true } = config;
  if (typeof ttl !== 'number' || !(ttl >= 0)) throw new TypeError(`clientSideCache.ttl must be a number of milliseconds (0: none), got ${describe(ttl)} instead`);
  if (!Number.isInteger(maxEntries) || maxEntries < 0) throw new TypeError(`clientSideCache.maxEntries must be an integer from 0 (unbounded), got ${describe(maxEntries)} instead`);
  if (evictPolicy !== 'LRU' && evictPolicy !== 'FIFO') throw new TypeError(`clientSideCache.evictPolicy must be 'LRU' or 'FIFO', got ${describe(evictPolicy)} instead`);
  if (typeof recordStats !== 'boolean') throw new TypeError(`clientSideCache.recordStats must be a boolean, got ${describe(recordStats)} instead`);
  return config;
}

/** node-redis' abstract provider class (custom caches extend BasicClientSideCache here). */
class ClientSideCacheProvider extends EventEmitter {}

class BasicClientSideCache extends ClientSideCacheProvider {
  constructor(config) {
    super();
    const { ttl = 0, maxEntries = 0, evictPolicy, recordStats } = checkConfig(config);
    this.ttl = ttl;
    this.maxEntries = maxEntries;
    this.lru = evictPolicy !== 'FIFO';
    this._entries = new Map(); // cache key → Entry
    this._oldest = null; // the list of entries (Entry.older / newer)
    this._newest = null;
    this._byKey = new Map(); // key text → the Entry reading it, or a Set of them
    this._writing = new Map(); // key text → how many writes of this process to it are unanswered
    this._counters = new Counters(recordStats !== false);
  }

  // ---- what a client calls ------------------------------------------------------------------

  /** The commands the handshake sends to turn tracking on. */
  trackingOn() {
    return ['CLIENT', 'TRACKING', 'ON'];
  }

  /**
   * The reply of `args` (a built command whose key specs are `specs`: ./commands/cacheable.js),
   * from the cache or from `send()`. `scope` is what else the reply depends on (scopeOf);
   * `clientId` is for traces.
   */
  _read(args, specs, send, scope, clientId) {
    const cacheKey = cacheKeyOf(scope, args);
    if (cacheKey === undefined) return send(); // an argument no command takes: the encoder says so
    const entry = this._lookup(cacheKey);
    if (entry !== undefined && !entry.loading) {
      this._counters.hits++;
      if (points.cacheRequest.hasSubscribers) points.cacheRequest.publish({ result: 'hit', clientId });
      return Promise.resolve(copyReply(entry.value));
    }
    const keys = keysOf(specs, args);
    if (keys === undefined) return send(); // not as its key specs say: the server says why
    this._counters.misses++;
    if (points.cacheRequest.hasSubscribers) points.cacheRequest.publish({ result: 'miss', clientId });
    const texts = keys.map(keyText);
    // A read that may run before a write of this process to its keys (on another connection of
    // a pool or cluster) is not kept: the write's own client would read its write back stale.
    if (this._writing.size > 0 && texts.some((text) => this._writing.has(text))) return send().then(copyReply);
    const load = new Entry(cacheKey, texts);
    this._store(load);
    const start = performance.now();
    return send().then(
      (value) => {
        this._loaded(load, value, performance.now() - start);
        return copyReply(value);
      },
      (err) => {
        if (this._counters.enabled) {
          this._counters.loadFailures++;
          this._counters.loadTime += performance.now() - start;
        }
        this._drop(load);
        throw err;
      },
    );
  }

  _loaded(load, value, time) {
    if (this._counters.enabled) {
      this._counters.loadSuccesses++;
      this._counters.loadTime += time;
    }
    if (!load.valid) return; // invalidated (or replaced, or cleared) while on its way
    load.loading = false;
    load.value = value;
    if (this.ttl > 0) load.expires = Date.now() + this.ttl;
    this.emit('cached-key', load.cacheKey);
  }

  /** The entry of `cacheKey`, if any and not expired; a hit becomes the most recently used. */
  _lookup(cacheKey) {
    const entry = this._entries.get(cacheKey);
    if (entry === undefined) return undefined;
    if (entry.expires !== 0 && Date.now() >= entry.expires) {
      this._drop(entry);
      this._counters.evictions++;
      if (points.cacheEviction.hasSubscribers) points.cacheEviction.publish({ reason: 'ttl', count: 1 });
      this.emit('cache-evict', cacheKey);
      return undefined;
    }
    if (this.lru && this.maxEntries > 0 && !entry.loading && entry !== this._newest) {
      this._unlink(entry);
      this._append(entry);
    }
    return entry;
  }

  _store(entry) {
    const old = this._entries.get(entry.cacheKey);
    if (old !== undefined) this._drop(old);
    else if (this.maxEntries > 0 && this._entries.size >= this.maxEntries) {
      this.deleteOldest();
      this._counters.evictions++;
      if (points.cacheEviction.hasSubscribers) points.cacheEviction.publish({ reason: 'full', count: 1 });
    }
    this._entries.set(entry.cacheKey, entry);
    this._append(entry);
    for (const key of entry.keys) {
      const readers = this._byKey.get(key);
      if (readers === undefined) this._byKey.set(key, entry);
      else if (readers instanceof Set) readers.add(entry);
      else if (readers !== entry) this._byKey.set(key, new Set([readers, entry]));
    }
  }

  /** Takes `entry` out: of the map, the list and its keys' readers. */
  _drop(entry) {
    if (!entry.valid) return; // dropped already (or cleared)
    entry.valid = false;
    this._entries.delete(entry.cacheKey);
    this._unlink(entry);
    for (const key of entry.keys) {
      const readers = this._byKey.get(key);
      if (readers === entry) this._byKey.delete(key);
      else if (readers instanceof Set && readers.delete(entry) && readers.size === 0) this._byKey.delete(key);
    }
  }

  _append(entry) {
    entry.older = this._newest;
    entry.newer = null;
    if (this._newest === null) this._oldest = entry;
    else this._newest.newer = entry;
    this._newest = entry;
  }

  _unlink(entry) {
    if (entry.older === null) this._oldest = entry.newer;
    else entry.older.newer = entry.newer;
    if (entry.newer === null) this._newest = entry.older;
    else entry.newer.older = entry.older;
    entry.older = entry.newer = null;
  }

  /**
   * A write of this process to `keys` is sent: what the cache has of them is dropped now (the
   * server's invalidation would come later, on the connection that read them), and no read of
   * them is stored until `ended()` (the write answered or failed).
   */
  _writeStarted(keys) {
    const texts = keys.map(keyText);
    for (const text of texts) {
      this._dropReaders(text);
      this._writing.set(text, (this._writing.get(text) ?? 0) + 1);
    }
    return () => {
      for (const text of texts) {
        const count = this._writing.get(text) - 1;
        if (count > 0) this._writing.set(text, count);
        else this._writing.delete(text);
      }
    };
  }

  /** Drops the entries that read the key of `text`; how many. */
  _dropReaders(text) {
    const readers = this._byKey.get(text);
    if (readers === undefined) return 0;
    let count = 0;
    for (const entry of readers instanceof Set ? [...readers] : [readers]) {
      this._drop(entry);
      count++;
    }
    return count;
  }

  /** The client's connection (and the server's tracking of what it read) was lost. */
  onError() {
    this.clear();
  }

  /** The client was closed. */
  onClose() {
    this.clear();
  }

  // ---- node-redis' public methods -----------------------------------------------------------

  /** The server's invalidation of `key` (null: of everything, as after FLUSHALL). */
  invalidate(key) {
    if (key === null) {
      const count = this._entries.size;
      this.clear(false);
      if (count > 0 && points.cacheEviction.hasSubscribers) points.cacheEviction.publish({ reason: 'invalidation', count });
      this.emit('invalidate', key);
      return;
    }
    const count = this._dropReaders(keyText(key));
    if (count > 0 && points.cacheEviction.hasSubscribers) points.cacheEviction.publish({ reason: 'invalidation', count });
    this.emit('invalidate', key);
  }

  /** Drops every entry, and every read on its way; `resetStats` (default) zeroes the stats, or
   *  else the entries count as evictions. */
  clear(resetStats = true) {
    const count = this._entries.size;
    for (const entry of this._entries.values()) entry.valid = false;
    this._entries.clear();
    this._byKey.clear();
    this._oldest = this._newest = null;
    if (resetStats) this._counters.reset();
    else this._counters.evictions += count;
  }

  /** The entry of a cache key (as 'cached-key' names them), or undefined. */
  get(cacheKey) {
    return this._lookup(cacheKey);
  }

  has(cacheKey) {
    return this._entries.has(cacheKey);
  }

  delete(cacheKey) {
    const entry = this._entries.get(cacheKey);
    if (entry !== undefined) this._drop(entry);
  }

  size() {
    return this._entries.size;
  }

  stats() {
    return this._counters.snapshot();
  }

  recordHits(count) {
    if (this._counters.enabled) this._counters.hits += count;
  }

  recordMisses(count) {
    if (this._counters.enabled) this._counters.misses += count;
  }

  recordEvictions(count) {
    if (this._counters.enabled) this._counters.evictions += count;
  }

  /** Drops the oldest entry (the least recently used, with LRU). */
  deleteOldest() {
    const oldest = this._oldest;
    if (oldest !== null) this._drop(oldest);
  }

  entryEntries() {
    return this._entries.entries();
  }

  keySetEntries() {
    return Array.from(this._byKey, ([key, readers]) => [key, new Set(Array.from(readers instanceof Set ? readers : [readers], (e) => e.cacheKey))])[Symbol.iterator]();
  }
}

/** A cache shared by many clients (a pool's); can be switched off and on. */
class PooledClientSideCacheProvider extends BasicClientSideCache {
  constructor(config) {
    super(config);
    this._disabled = false;
  }

  disable() {
    this._disabled = true;
  }

  enable() {
    this._disabled = false;
  }

  get(cacheKey) {
    return this._disabled ? undefined : super.get(cacheKey);
  }

  has(cacheKey) {
    return this._disabled ? false : super.has(cacheKey);
  }

  _lookup(cacheKey) {
    return this._disabled ? undefined : super._lookup(cacheKey);
  }

  onPoolClose() {
    this.clear();
  }
}

/** A pool's cache: one client's lost connection flushes it, and keeps the stats (the pool's). */
class BasicPooledClientSideCache extends PooledClientSideCacheProvider {
  onError() {
    this.clear(false);
  }

  onClose() {
    this.clear(false);
  }
}

/** Whether a command given through `commandOptions` (of a client or cluster `owner`) may be read
 *  from the cache: only with the owner's own type mapping (the cache keeps replies as that
 *  mapping gives them), as in node-redis. */
function cacheable(owner, commandOptions) {
  return commandOptions === owner._commandOptions || commandOptions?.typeMapping === owner._commandOptions?.typeMapping;
}

/** A table command sent through a client-side cache: if it writes keys, the cache forgets them
 *  until `reply` settles (BasicClientSideCache._writeStarted). Called as it is sent. */
function watchWrite(cache, args, reply) {
  const keys = writtenKeys(args);
  if (keys === undefined) return;
  const ended = cache._writeStarted(keys);
  reply.then(ended, ended);
}

/** The `clientSideCache` option (a config or a cache) → the cache, or undefined. */
function cacheOf(option, Default = BasicClientSideCache) {
  if (option === undefined) return undefined;
  if (option instanceof BasicClientSideCache) return option;
  return new Default(option);
}

module.exports = {
  CacheStats,
  ClientSideCacheProvider,
  BasicClientSideCache,
  PooledClientSideCacheProvider,
  BasicPooledClientSideCache,
  cacheOf,
  cacheable,
  scopeOf,
  watchWrite,
  copyReply,
};
