'use strict';
// createSentinel(options): node-redis 5's RedisSentinel. The master of a sentinel-monitored group
// behind one object: a pool of `masterPoolSize` clients to the master (commands share one slot,
// acquire()/use() lease one for themselves), `replicaPoolSize` clients per replica for read-only
// commands, a pub/sub client that follows the master, and a watcher (./watcher.js) that hears
// the sentinels' events.
//
// Failover, beyond node-redis 5.12.1 (README: differences): the node clients never queue while
// their node is down (disableOfflineQueue); the sentinel holds the commands instead, and sends
// them as soon as a master is ready — the new one the moment `+switch-master` names it. A
// command already written to the old master is rejected (it may have run) and never sent again;
// one that was never written (ClientOfflineError) or that a demoted master refused (READONLY) is
// sent again, up to `maxCommandRediscovers` times. While the master is unreachable the sentinels
// are also asked every half second, in case their announcement was missed.

const { EventEmitter } = require('node:events');
const errors = require('../errors');
const { RedisClient } = require('../client');
const { describe } = require('../commands/args');
const { addSharedMembers } = require('../shared-members');
const { cacheOf, BasicPooledClientSideCache } = require('../cache');
const { TIMER_MAX } = require('../options');
const Queue = require('../queue');
const { SentinelWatcher, key } = require('./watcher');
const { mappedAddress } = require('../cluster/nodes');
const { attachCommands, attachScripting } = require('./commands');
const { RedisSentinelClient } = require('./lease');
const { retryable } = require('./retry');

const POLL_MS = 500; // how often the sentinels are asked while the master is unreachable
const RETIRE_MS = 2000; // how long a replaced client may take to finish its commands
const PUBSUB_TYPES = ['CHANNELS', 'PATTERNS', 'SHARDED'];

function checkOptions(options) {
  if (options === null || typeof options !== 'object') throw new TypeError(`createSentinel expects an options object, got ${describe(options)} instead`);
  const { name, sentinelRootNodes } = options;
  if (typeof name !== 'string' || name === '') throw new TypeError(`createSentinel: name must be the master group's name, got ${describe(name)} instead`);
  if (!Array.isArray(sentinelRootNodes) || sentinelRootNodes.length === 0 || !sentinelRootNodes.every((n) => n !== null && typeof n === 'object' && Number.isInteger(Number(n.port)))) {
    throw new TypeError('createSentinel: sentinelRootNodes must be a non-empty array of { host, port }');
  }
  const integer = (option, fallback, min) => {
    const value = options[option] ?? fallback;
    if (!Number.isInteger(value) || value < min || value > TIMER_MAX) throw new TypeError(`createSentinel: ${option} must be an integer from ${min}, got ${describe(value)} instead`);
    return value;
  };
  for (const which of ['nodeClientOptions', 'sentinelClientOptions']) {
    const value = options[which];
    if (value !== undefined && (value === null || typeof value !== 'object')) throw new TypeError(`createSentinel: ${which} must be an object, got ${describe(value)} instead`);
    if (value?.url !== undefined) throw new Error(`invalid ${which} for Sentinel`);
  }
  if (options.clientSideCache && options.RESP !== 3) throw new Error('Client Side Caching is only supported with RESP3');
  return {
    name,
    roots: sentinelRootNodes.map((n) => ({ host: n.host ?? 'localhost', port: Number(n.port) })),
    maxCommandRediscovers: integer('maxCommandRediscovers', 16, 0),
    masterPoolSize: integer('masterPoolSize', 1, 1),
    replicaPoolSize: integer('replicaPoolSize', 0, 0),
    // node-redis' code disables the rescan by default; its docs say 10 s, and so does ferrodis
    scanInterval: integer('scanInterval', 10000, 0),
    passthroughClientErrorEvents: options.passthroughClientErrorEvents === true,
    reserveClient: options.reserveClient === true,
    nodeAddressMap: options.nodeAddressMap,
  };
}

/** A promise and its resolve (it is never rejected). */
function deferred() {
  let resolve;
  const promise = new Promise((r) => (resolve = r));
  return { promise, resolve };
}

class RedisSentinel extends EventEmitter {
  constructor(options) {
    super();
    this._self = this;
    this._settings = checkOptions(options);
    this._options = options;
    this._commandOptions = options.commandOptions;
    this._cache = cacheOf(options.clientSideCache, BasicPooledClientSideCache);
    const { scripts, functions, modules, RESP, unstableResp3 } = options;
    this._nodeOptions = { ...options.nodeClientOptions, scripts, functions, modules };
    if (RESP !== undefined) this._nodeOptions.RESP = RESP;
    if (unstableResp3 !== undefined) this._nodeOptions.unstableResp3 = unstableResp3;
    if (this._cache !== undefined) this._nodeOptions.clientSideCache = this._cache;
    // Checks the node options at once (as createClient would), and gives the sentinel their RESP.
    this._RESP = new RedisClient(this._nodeOptions)._settings.RESP;
    const sentinelOptions = { ...options.sentinelClientOptions };
    if (RESP !== undefined && sentinelOptions.RESP === undefined) sentinelOptions.RESP = RESP;
    this._sentinelOptions = sentinelOptions;
    this._watcher = null; // made by connect()
    this._master = undefined; // { host, port } of the master the clients are for
    this._masters = []; // the master pool: slot → client
    this._replicas = []; // [{ node, client }], replicaPoolSize per replica
    this._replicaAt = 0;
    this._freeSlots = new Queue();
    this._slotWaiters = new Queue();
    this._shared = undefined; // the slot the sentinel's own commands share, while some run
    this._sharedUsers = 0;
    this._reserved = undefined;
    this._pubsub = null;
    this._sentinelNode = undefined;
    this._sentinelList = '';
    this._changed = deferred(); // resolved (and replaced) whenever a command may now find a client
    this._refreshing = null;
    this._refreshAgain = false;
    this._pollTimer = null;
    this._retryTimer = null;
    this._scanTimer = null;
    this._isOpen = false;
    this._isReady = false;
    attachScripting(this, this._nodeOptions);
  }

  get isOpen() { return this._self._isOpen; }
  get isReady() { return this._self._isReady; }
  get commandOptions() { return this._self._commandOptions; }
  get clientSideCache() { return this._self._cache; }

  /** Finds the master through the sentinels and connects to it (and to the replicas, with
   *  replicaPoolSize). Tries up to maxCommandRediscovers + 1 times, a second apart. */
  async connect() {
    const self = this._self;
    if (self._isOpen) throw new Error('already attempting to open');
    self._isOpen = true;
    self._watcher = new SentinelWatcher(self._settings.name, self._settings.roots, self._sentinelOptions);
    self._watcher.on('event', (channel, message) => self._onSentinelEvent(channel, message));
    self._watcher.on('lost', (err, node) => self._onSentinelLost(err, node));
    self._freeSlots = new Queue();
    for (let slot = 0; slot < self._settings.masterPoolSize; slot++) self._freeSlots.push(slot);
    self._sentinelNode = undefined;
    self._sentinelList = '';
    for (let attempt = 0; ; attempt++) {
      try {
        await self._refresh();
        await Promise.all([...self._masters, ...self._replicas.map((r) => r.client)].map((client) => client._connecting?.promise));
        break;
      } catch (err) {
        if (!self._isOpen) throw new errors.ClientClosedError();
        if (attempt >= self._settings.maxCommandRediscovers) {
          self.destroy();
          throw err;
        }
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
    if (!self._isOpen) throw new errors.ClientClosedError(); // closed while connecting
    self._isReady = true;
    if (self._settings.scanInterval > 0) {
      self._scanTimer = setInterval(() => self._refreshSoon(), self._settings.scanInterval);
      self._scanTimer.unref();
    }
    if (self._settings.reserveClient) self._reserved = await self._takeSlot();
    return this;
  }

  // ---- topology ------------------------------------------------------------------------------

  /** Asks the sentinels and applies what they say; one at a time (a call during one runs it
   *  again once it ends). Rejects when no sentinel answers or none names a usable master. */
  _refresh() {
    if (this._refreshing !== null) {
      this._refreshAgain = true;
      return this._refreshing;
    }
    this._refreshing = (async () => {
      try {
        do {
          this._refreshAgain = false;
          this._apply(await this._watcher.observe());
        } while (this._refreshAgain && this._isOpen);
      } finally {
        this._refreshing = null;
      }
    })();
    return this._refreshing;
  }

  _apply(observed) {
    if (!this._isOpen) return;
    if (this._sentinelNode === undefined || key(this._sentinelNode) !== key(observed.sentinel)) {
      this._sentinelNode = observed.sentinel;
      this._topologyChange({ type: 'SENTINEL_CHANGE', node: observed.sentinel });
    }
    const list = observed.sentinels.map(key).sort().join('|');
    if (list !== this._sentinelList) {
      this._sentinelList = list;
      this._topologyChange({ type: 'SENTINE_LIST_CHANGE', size: observed.sentinels.length }); // (sic: node-redis' name)
    }
    if (observed.master === undefined) throw new Error('no valid master node');
    if (this._master === undefined || key(this._master) !== key(observed.master)) this._switchMaster(observed.master);
    if (this._settings.replicaPoolSize > 0) this._setReplicas(observed.replicas);
  }

  /** Clients for the new master in every slot (a slot's WATCH the switch broke fails its EXEC);
   *  the old ones finish what they have in flight, then close. Pub/sub moves with it. */
  _switchMaster(node) {
    const old = this._masters;
    this._master = node;
    this._masters = [];
    for (let slot = 0; slot < this._settings.masterPoolSize; slot++) {
      const client = this._nodeClient(node, 'MASTER');
      if (old[slot] !== undefined && (old[slot].isWatching || old[slot].isDirtyWatch)) client.setDirtyWatch('sentinel config changed in middle of a WATCH Transaction');
      this._masters.push(client);
    }
    for (const client of old) retire(client);
    if (this._pubsub !== null) this._movePubSub(node);
    this._topologyChange({ type: 'MASTER_CHANGE', node });
    this._signal();
  }

  _setReplicas(nodes) {
    const wanted = new Set(nodes.map(key));
    const kept = [];
    const removed = new Map();
    for (const replica of this._replicas) {
      if (wanted.has(key(replica.node)) && !replica.client._isClosed) kept.push(replica);
      else {
        retire(replica.client);
        removed.set(key(replica.node), replica.node);
      }
    }
    for (const node of removed.values()) this._topologyChange({ type: 'REPLICA_REMOVE', node });
    this._replicas = kept;
    for (const node of nodes) {
      const have = kept.filter((r) => key(r.node) === key(node)).length;
      if (have >= this._settings.replicaPoolSize) continue;
      for (let i = have; i < this._settings.replicaPoolSize; i++) this._replicas.push({ node, client: this._nodeClient(node, 'REPLICA') });
      this._topologyChange({ type: 'REPLICA_ADD', node });
    }
  }

  /** A client for a data node; connecting at once. It never queues while down (the sentinel
   *  holds the commands), wakes the waiting commands once ready, and, for the master, has the
   *  sentinels asked while it is unreachable. */
  _nodeClient(node, role) {
    const address = this._mapped(node);
    const options = { ...this._nodeOptions, socket: { ...this._nodeOptions.socket, host: address.host, port: address.port }, disableOfflineQueue: true };
    const client = new RedisClient(options);
    client.on('error', (err) => this._onClientError(role, address, err, role === 'MASTER' ? client : undefined));
    client.on('ready', () => this._signal());
    client.connect().catch(() => {}); // its errors go to the listener above
    return client;
  }

  /** Where to connect for a node the sentinels report (nodeAddressMap: NAT, Docker). */
  _mapped(node) {
    return mappedAddress(this._settings.nodeAddressMap, { address: key(node) }) ?? node;
  }

  _onClientError(type, node, error, master) {
    if (this._settings.passthroughClientErrorEvents) {
      const label = { MASTER: 'Master', REPLICA: 'Replica', PUBSUBPROXY: 'PubSub' }[type];
      const wrapped = new Error(`${label} Client (${node.host}:${node.port}): ${error.message}`, { cause: error });
      this._emitError(wrapped);
    }
    this._emit('client-error', { type, node: { host: node.host, port: node.port }, error });
    if (master !== undefined && this._masters.includes(master)) this._pollWhileDown();
  }

  /** Asks the sentinels every POLL_MS while no master client is ready (an announcement may have
   *  been missed: the sentinel connection itself may be what failed). */
  _pollWhileDown() {
    if (this._pollTimer !== null || !this._isOpen) return;
    const tick = () => {
      this._pollTimer = null;
      if (!this._isOpen || this._masters.some((c) => c.isReady)) return;
      this._refresh().catch(() => {}); // (the next tick asks again)
      this._pollTimer = setTimeout(tick, POLL_MS);
      this._pollTimer.unref();
    };
    this._pollTimer = setTimeout(tick, POLL_MS);
    this._pollTimer.unref();
  }

  /** A sentinel event: `+switch-master` for this group names the new master, applied at once;
   *  any other event has the sentinels asked again. */
  _onSentinelEvent(channel, message) {
    if (channel === '+switch-master') {
      const [name, , , host, port] = message.split(' ');
      if (name !== this._settings.name) return;
      if (this._isOpen && this._master !== undefined) {
        const node = { host, port: Number(port) };
        if (key(node) !== key(this._master)) this._switchMaster(node);
      }
    }
    this._refreshSoon();
  }

  /** Asks the sentinels now and, while they cannot say (a failover under way: no usable master
   *  yet; the sentinel in use just failed), again every POLL_MS. Those states pass: they are not
   *  reported as errors. */
  _refreshSoon() {
    this._refresh().catch(() => {
      if (this._retryTimer !== null || !this._isOpen) return;
      this._retryTimer = setTimeout(() => {
        this._retryTimer = null;
        if (this._isOpen) this._refreshSoon();
      }, POLL_MS);
      this._retryTimer.unref();
    });
  }

  /** The sentinel in use failed: ask the others (the watcher moves on to the next). */
  _onSentinelLost(error, node) {
    if (this._settings.passthroughClientErrorEvents) this._emitError(new Error(`Sentinel Client (${node.host}:${node.port}): ${error.message}`, { cause: error }));
    this._emit('client-error', { type: 'SENTINEL', node, error });
    if (this._isOpen) this._refreshSoon();
  }

  _topologyChange(event) {
    this._emit('topology-change', event);
  }

  /** Wakes the commands waiting for a client. */
  _signal() {
    const changed = this._changed;
    this._changed = deferred();
    changed.resolve();
  }

  // ---- commands ------------------------------------------------------------------------------

  /** The sentinel's own commands: a read-only one on a replica (with replicaPoolSize), any other
   *  on the slot they share (the reserved one, with reserveClient). `again(err)`: whether a
   *  failure may be sent again (default: a single command's rule, `retryable`). */
  async _run(readonly, fn, again = retryable) {
    const self = this._self;
    if (readonly && self._settings.replicaPoolSize > 0) return self._retrying(fn, () => self._replicaClient(), again);
    if (self._reserved !== undefined) return self._runOn(self._reserved, fn, again);
    if (self._shared === undefined) {
      const slot = self._freeSlots.shift() ?? await self._takeSlot();
      if (self._shared === undefined) self._shared = slot;
      else self._giveSlot(slot);
    }
    const slot = self._shared;
    self._sharedUsers++;
    try {
      return await self._runOn(slot, fn, again);
    } finally {
      if (--self._sharedUsers === 0 && self._shared === slot) {
        self._shared = undefined;
        self._giveSlot(slot);
      }
    }
  }

  /** `fn(client)` on the master client of `slot`. */
  _runOn(slot, fn, again = retryable) {
    return this._retrying(fn, () => this._masters[slot], again);
  }

  /** `fn(client)` once `pick()` gives a ready client; again (up to maxCommandRediscovers times)
   *  if it failed without running (`again(err)`). Waits while no client is ready. */
  async _retrying(fn, pick, again) {
    for (let attempt = 0; ; attempt++) {
      let client = pick();
      while (client === undefined || !client.isReady) {
        if (!this._isOpen) throw new errors.ClientClosedError();
        await this._changed.promise;
        client = pick();
      }
      try {
        return await fn(client);
      } catch (err) {
        if (attempt >= this._settings.maxCommandRediscovers || !again(err) || !this._isOpen) throw err;
        if (err instanceof errors.ErrorReply) {
          // A demoted master (the sentinels have news, or soon will), or a replica not serving
          // yet: asked again after a topology change or a quarter of a second (round robin
          // moves a read to the next replica).
          this._refresh().catch(() => {});
          await Promise.race([this._changed.promise, new Promise((resolve) => setTimeout(resolve, 250))]);
        }
      }
    }
  }

  /** A ready replica client, round robin; the master's shared slot when none is ready. */
  _replicaClient() {
    const replicas = this._replicas;
    for (let i = 0; i < replicas.length; i++) {
      const replica = replicas[(this._replicaAt + i) % replicas.length];
      if (replica.client.isReady) {
        this._replicaAt = (this._replicaAt + i + 1) % replicas.length;
        return replica.client;
      }
    }
    return this._masters[this._reserved ?? this._shared ?? 0];
  }

  // ---- leases --------------------------------------------------------------------------------

  _takeSlot() {
    const slot = this._freeSlots.shift();
    if (slot !== undefined) return Promise.resolve(slot);
    return new Promise((resolve, reject) => this._slotWaiters.push({ resolve, reject }));
  }

  _giveSlot(slot) {
    const waiter = this._slotWaiters.shift();
    if (waiter !== undefined) waiter.resolve(slot);
    else this._freeSlots.push(slot);
  }

  /** A slot handed back: its client reset first if it was left dirty (a database, a WATCH...). */
  _releaseSlot(slot) {
    const client = this._masters[slot];
    let reset;
    try {
      reset = client === undefined || client._isClosed ? undefined : client.resetIfDirty();
    } catch (err) {
      reset = Promise.reject(err);
    }
    if (reset === undefined) return this._giveSlot(slot);
    return reset.then(() => this._giveSlot(slot), () => {
      // Not handed on dirty (a WATCH the next holder did not make...): a fresh client takes its
      // place. (The reset fails when the master is unreachable: the new client waits for it.)
      if (this._isOpen && this._masters[slot] === client) {
        this._masters[slot] = this._nodeClient(this._master, 'MASTER');
        retire(client);
      }
      this._giveSlot(slot);
    });
  }

  /** A lease on one master client, for commands that need it alone (WATCH/MULTI). */
  async acquire() {
    const self = this._self;
    if (!self._isOpen) throw new errors.ClientClosedError();
    return new RedisSentinelClient(self, await self._takeSlot(), this._commandOptions);
  }

  /** `fn(lease)`, the lease released after it (whatever it does). */
  async use(fn) {
    const lease = await this.acquire();
    try {
      return await fn(lease);
    } finally {
      if (lease._slot !== undefined) await lease.release();
    }
  }

  // ---- pub/sub -------------------------------------------------------------------------------

  /** The pub/sub client, on the master, made on the first subscribe. */
  _pubSubClient() {
    if (this._pubsub === null) {
      if (this._master === undefined) throw new errors.ClientClosedError();
      this._pubsub = this._pubSubClientFor(this._master);
    }
    return this._pubsub;
  }

  _pubSubClientFor(node) {
    const address = this._mapped(node);
    const client = new RedisClient({ ...this._nodeOptions, clientSideCache: undefined, socket: { ...this._nodeOptions.socket, host: address.host, port: address.port } });
    client.on('error', (err) => this._onClientError('PUBSUBPROXY', address, err));
    client.connect().catch(() => {});
    return client;
  }

  /** Subscriptions follow the master: the new client subscribes to what the old one had. */
  _movePubSub(node) {
    const old = this._pubsub;
    const client = this._pubSubClientFor(node);
    for (const type of PUBSUB_TYPES) {
      const listeners = old.getPubSubListeners(type);
      if (listeners.size > 0) client.extendPubSubListeners(type, listeners).catch(() => {});
    }
    this._pubsub = client;
    if (!old._isClosed) old.destroy();
  }

  /** Closes the clients once their commands are answered. */
  async close() {
    const self = this._self;
    if (!self._isOpen) return;
    const clients = self._stop();
    await Promise.allSettled(clients.map((client) => client.close()));
  }

  /** Closes every client now: their commands fail. */
  destroy() {
    const self = this._self;
    if (!self._isOpen) return;
    for (const client of self._stop()) client.destroy();
  }

  /** Stops everything but the node clients, which it returns (to close or destroy). */
  _stop() {
    this._isOpen = false;
    this._isReady = false;
    clearInterval(this._scanTimer);
    clearTimeout(this._pollTimer);
    clearTimeout(this._retryTimer);
    this._watcher.close();
    const clients = [...this._masters, ...this._replicas.map((r) => r.client), ...(this._pubsub === null ? [] : [this._pubsub])].filter((c) => !c._isClosed);
    this._masters = [];
    this._replicas = [];
    this._pubsub = null;
    this._master = undefined;
    for (let waiter = this._slotWaiters.shift(); waiter !== undefined; waiter = this._slotWaiters.shift()) waiter.reject(new errors.ClientClosedError());
    this._cache?.onPoolClose();
    this._signal(); // the commands waiting for a client see the sentinel closed
    return clients;
  }

  /** A new, unconnected sentinel with the same options (plus `overrides`). */
  duplicate(overrides) {
    return new RedisSentinel({ ...this._self._options, commandOptions: this._commandOptions, ...overrides });
  }

  /** Where the master clients connect (after nodeAddressMap, as in node-redis), once one is ready. */
  getMasterNode() {
    const self = this._self;
    return self._masters.some((c) => c.isReady) ? { ...self._mapped(self._master) } : undefined;
  }

  getSentinelNode() {
    const node = this._self._sentinelNode;
    return node === undefined ? undefined : { ...node };
  }

  /** Each replica (where its clients connect) with the number of its clients that are ready. */
  getReplicaNodes() {
    const self = this._self;
    const counts = new Map();
    for (const { node, client } of self._replicas) counts.set(key(node), { node: self._mapped(node), ready: (counts.get(key(node))?.ready ?? 0) + (client.isReady ? 1 : 0) });
    return new Map([...counts.values()].map(({ node, ready }) => [{ ...node }, ready]));
  }

  /** node-redis' tracer hook: ferrodis traces through diagnostics channels (DEBUG=ferrodis). */
  setTracer() {}

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return options.stylize('[RedisSentinel]', 'special');
    const self = this._self;
    const summary = { name: self._settings.name, isOpen: self._isOpen, master: self._master, replicas: self._replicas.length, sentinel: self._sentinelNode };
    return `RedisSentinel ${inspect(summary, { ...options, depth: options.depth === null ? null : options.depth - 1 })}`;
  }
}

/** A client replaced by a topology change: it finishes what it has in flight (a demoted master
 *  answers READONLY, which is sent again), or is destroyed if it cannot. */
function retire(client) {
  if (client._isClosed) return;
  if (!client.isReady) return client.destroy();
  const timer = setTimeout(() => client._isClosed || client.destroy(), RETIRE_MS);
  timer.unref();
  client.close().catch(() => {}).finally(() => clearTimeout(timer));
}

addSharedMembers(RedisSentinel);
attachCommands(RedisSentinel.prototype);

// The subscribe family, on the pub/sub client that follows the master.
for (const method of ['subscribe', 'unsubscribe', 'pSubscribe', 'pUnsubscribe', 'sSubscribe', 'sUnsubscribe']) {
  const call = async function (...args) {
    return this._self._pubSubClient()[method](...args);
  };
  RedisSentinel.prototype[method] = RedisSentinel.prototype[method.toUpperCase()] = call;
}

function createSentinel(options) {
  return new RedisSentinel(options);
}

module.exports = { RedisSentinel, RedisSentinelClient, createSentinel };
