'use strict';
// RedisCluster: node-redis v5's cluster API. Each node is an ordinary RedisClient (one native
// connection, all of the single client's speed); this file keeps the topology (./topology.js)
// fresh, routes each command to the node that serves its key's slot, follows MOVED and ASK,
// and holds the commands of a slot whose master is unreachable until the topology changes —
// never longer than `failoverTimeout`. docs/architecture.md ("Cluster") says why it is built so.

const { Buffer } = require('buffer');
const { EventEmitter } = require('node:events');
const errors = require('../errors');
const { RedisClient } = require('../client');
const { COMMANDS, replyTransform, checkUnstableResp3 } = require('../commands');
const { attachModules } = require('../namespaces');
const { firstKey, slotOf, isBlocking } = require('../commands/routing');
const { describe } = require('../commands/args');
const { planOf } = require('../protocol/plan');
const { Pending } = require('../pending');
const { attachScripting } = require('../scripting');
const { addSharedMembers } = require('../shared-members');
const { debug } = require('../debug');
const { points } = require('../tracing');
const { Topology, parseShards, redirectOf } = require('./topology');
const { Routed } = require('./routed');
const { inheritedOptions, nodeClientOptions, rootClientOptions } = require('./nodes');
const { splitting, commonSlot, splitBySlot, mergeSplit } = require('./split');
const { RedisClusterMultiCommand } = require('./multi');
const { ClusterPubSub } = require('./pubsub');
const { Deadlines, guard, sendGuarded } = require('../guarded');
const { cacheOf, cacheable, scopeOf, watchWrite, BasicPooledClientSideCache } = require('../cache');
const { cacheableSpecs } = require('../commands/cacheable');

const INSPECT = Symbol.for('nodejs.util.inspect.custom');
const ASKING = ['ASKING'];
const RETRY_DELAY = 100; // after TRYAGAIN / CLUSTERDOWN, as ioredis waits
const HEALTH_CHECK = 250; // how often the topology is asked for while a master is unreachable
const DISCOVERY_TIMEOUT = 2000; // a node that does not answer CLUSTER SLOTS in this is skipped

const DEFAULTS = {
  maxCommandRedirections: 16,
  failoverTimeout: 10000,
  topologyRefreshInterval: 5000,
};

class RedisCluster extends EventEmitter {
  constructor(options) {
    super();
    this._self = this;
    this._options = checkOptions(options);
    this._commandOptions = options.commandOptions;
    this._RESP = options.RESP ?? 2;
    if (options.clientSideCache !== undefined && this._RESP !== 3) throw new Error('Client Side Caching is only supported with RESP3');
    this._cache = cacheOf(options.clientSideCache, BasicPooledClientSideCache) ?? null; // shared by the node clients
    this._roots = options.rootNodes.map((root) => ({ root, inherited: inheritedOptions(root) }));
    this._inherited = this._roots[0]?.inherited ?? {};
    this._topology = new Topology();
    this._isOpen = false;
    this._held = []; // Routed commands (and transactions) waiting for a node that can take them
    this._holdTimer = null;
    this._refreshing = null; // the refresh under way
    this._refreshAgain = false;
    this._refreshTimer = null; // the periodic refresh
    this._healthTimer = null; // the quick refreshes while a master is unreachable
    this._unhealthySince = undefined;
    this._nodeCycle = undefined; // for getRandomNode: [nodes, next index]
    this._nodeClients = new Set(); // every node client not closed yet
    this._pubsub = new ClusterPubSub(this); // the subscribing clients (./pubsub.js)
    this._deadlines = new Deadlines(this); // commands' timeouts (../guarded.js)
    attachScripting(this, options, this._RESP);
  }

  get clientSideCache() { return this._self._cache ?? undefined; }
  get slots() { return this._self._topology.slots; }
  get masters() { return this._self._topology.masters; }
  get replicas() { return this._self._topology.replicas; }
  get nodeByAddress() { return this._self._topology.nodeByAddress; }
  /** The node the channel and pattern subscriptions are on (undefined before the first). */
  get pubSubNode() { return this._self._pubsub.node; }
  get isOpen() { return this._self._isOpen; }
  get options() { return this._self._options; }

  // ---- connecting and the topology --------------------------------------------------------------

  /** Discovers the topology from the root nodes (a random one first, then the others), connects
   *  to every master (and replica with `useReplicas`) unless `minimizeConnections`, then emits
   *  'connect'. Rejects with RootNodesUnavailableError when no root node answers. */
  async connect() {
    const self = this._self;
    if (self._isOpen) throw errors.detachStack(new Error('Cluster already open'));
    self._isOpen = true;
    try {
      await self._discoverFromRoots();
    } catch (err) {
      self._isOpen = false;
      self._resetTopology();
      throw err;
    }
    if (!self._options.minimizeConnections) {
      await Promise.all([...self._topology.nodeByAddress.values()].map((node) => self._firstAttempt(node)));
    }
    if (!self._isOpen) throw new errors.ClientClosedError();
    self._emit('connect');
    self._schedulePeriodicRefresh();
    return this;
  }

  async _discoverFromRoots() {
    const roots = this._roots;
    const start = Math.floor(Math.random() * roots.length);
    for (let i = 0; i < roots.length; i++) {
      if (!this._isOpen) throw errors.detachStack(new Error('Cluster closed'));
      const { root, inherited } = roots[(start + i) % roots.length];
      let shards;
      try {
        shards = await this._askRoot(root);
      } catch (err) {
        // With nobody listening, the first root node's error is the caller's (node-redis throws
        // it from its 'error' emit); otherwise each is reported and the next is tried.
        if (this.listenerCount('error') === 0) throw err;
        this._emit('error', err);
        continue;
      }
      if (!this._isOpen) throw errors.detachStack(new Error('Cluster closed'));
      this._inherited = inherited;
      this._apply(shards);
      return;
    }
    throw new errors.RootNodesUnavailableError();
  }

  /** CLUSTER SLOTS from a root node, on a client of its own that is closed straight after. */
  async _askRoot(root) {
    const client = new RedisClient(rootClientOptions(this, root));
    // Always listened to: a connection lost after connect() would otherwise be thrown.
    client.on('error', (err) => {
      if (this.listenerCount('error') > 0) this._emit('error', err);
    });
    try {
      await client.connect();
      const host = client._settings.connection.host;
      return parseShards(await client.clusterSlots(), host);
    } finally {
      if (client.isOpen || client.isReady) client.destroy();
    }
  }

  /** CLUSTER SLOTS from a connected node (masters first), else from the root nodes. */
  async _discover() {
    const nodes = [...shuffled(this._topology.masters), ...shuffled(this._topology.replicas)];
    for (const node of nodes) {
      const client = node.client;
      if (client === undefined || !client.isReady) continue;
      try {
        const ranges = await withTimeout(client.clusterSlots(), DISCOVERY_TIMEOUT);
        if (!this._isOpen) return;
        this._apply(parseShards(ranges, node.host));
        return;
      } catch {
        // this node cannot tell; the next one may
      }
    }
    for (const { root } of this._roots) {
      try {
        const shards = await this._askRoot(root);
        if (!this._isOpen) return;
        this._apply(shards);
        return;
      } catch {
        // reported as 'error' by the root client when someone listens
      }
    }
  }

  /** Takes a new slot map: nodes no longer listed are closed, new ones connected (unless
   *  `minimizeConnections`), and the commands held for a node are sent again. */
  _apply(shards) {
    const { removed, added } = this._topology.update(shards, this._options.useReplicas === true);
    if (debug.enabled && (added.length > 0 || removed.length > 0)) {
      debug('cluster: topology: masters %s; new %s; gone %s', this._topology.masters.map((n) => n.address).join(' '),
        added.map((n) => n.address).join(' ') || '-', removed.map((n) => n.address).join(' ') || '-');
    }
    this._nodeCycle = undefined;
    for (const node of removed) this._closeNode(node);
    if (!this._options.minimizeConnections) {
      for (const node of this._topology.nodeByAddress.values()) this._clientOf(node);
    }
    this._sendHeld();
    this._pubsub.follow();
  }

  /** Asks for the topology now (once at a time; asked again while one runs, another follows). */
  _refresh() {
    if (!this._isOpen) return;
    if (this._refreshing !== null) {
      this._refreshAgain = true;
      return;
    }
    this._refreshing = this._discover().finally(() => {
      this._refreshing = null;
      if (this._refreshAgain) {
        this._refreshAgain = false;
        setTimeout(() => this._refresh(), RETRY_DELAY).unref();
      }
    });
  }

  /** `topologyRefreshInterval`: the topology is asked for that often, so that nodes added,
   *  removed or failed over are followed without waiting for a MOVED (node-redis #2806). */
  _schedulePeriodicRefresh() {
    const interval = this._options.topologyRefreshInterval;
    if (!interval) return;
    this._refreshTimer = setInterval(() => this._refresh(), interval);
    this._refreshTimer.unref();
  }

  /** A node's connection failed: while any master is unreachable, the topology is asked for
   *  every HEALTH_CHECK ms, so that a promoted replica is used as soon as the cluster says so —
   *  for at most `failoverTimeout`, then at the periodic pace. */
  _nodeFailed() {
    if (!this._isOpen) return;
    this._unhealthySince ??= Date.now();
    this._refresh();
    if (this._healthTimer !== null) return;
    this._healthTimer = setInterval(() => {
      const unreachable = this._held.length > 0 || this._topology.masters.some((node) => node.client !== undefined && !node.client.isReady);
      if (!unreachable || Date.now() - this._unhealthySince > this._options.failoverTimeout) {
        clearInterval(this._healthTimer);
        this._healthTimer = null;
        this._unhealthySince = undefined;
        return;
      }
      this._refresh();
    }, HEALTH_CHECK);
    this._healthTimer.unref();
  }

  _resetTopology() {
    for (const node of this._topology.nodeByAddress.values()) this._closeNode(node);
    for (const client of this._clients()) destroyQuietly(client);
    this._nodeClients.clear();
    this._topology = new Topology();
    this._nodeCycle = undefined;
  }

  // ---- node clients -----------------------------------------------------------------------------

  /** The node's client, made (and connecting) on first use, and again after its reconnect
   *  strategy gave up on it. */
  _clientOf(node) {
    if (node.client !== undefined) {
      if (!node.client._isClosed) return node.client;
      this._nodeClients.delete(node.client); // its reconnect strategy gave up: a new one
    }
    const client = new RedisClient(nodeClientOptions(this, node, node.readonly));
    node.client = client;
    this._nodeClients.add(client);
    const info = Object.freeze({ host: client._settings.connection.host, port: client._settings.connection.port });
    client
      .on('error', (err) => {
        this._emit('node-error', err, info);
        this._nodeFailed();
      })
      .on('reconnecting', () => this._emit('node-reconnecting', info))
      .once('connect', () => this._emit('node-connect', info))
      .once('ready', () => this._emit('node-ready', info))
      .on('ready', () => this._sendHeld())
      .once('end', () => this._emit('node-disconnect', info));
    const connecting = client.connect();
    node.connectPromise = connecting;
    connecting.then(
      () => {
        if (node.connectPromise === connecting) node.connectPromise = undefined;
      },
      () => {
        if (node.connectPromise === connecting) node.connectPromise = undefined;
      },
    );
    return client;
  }

  /** The node at `address` (an ASK's target), added to the table if it is not there. */
  _nodeAt(address) {
    return this._topology.nodeByAddress.get(address) ?? this._topology.addNode(address, false);
  }

  /** Closes a node's client: gracefully when ready (its replies still come), else at once. */
  _closeNode(node) {
    const { client } = node;
    node.client = undefined;
    node.connectPromise = undefined;
    if (client === undefined) return;
    this._nodeClients.delete(client);
    if (client.isReady) client.close().catch(() => {});
    else destroyQuietly(client);
  }

  /** Resolves once the node's client is ready or has failed once (connect() waits for each
   *  node that far, not for a node that is down). */
  _firstAttempt(node) {
    const client = this._clientOf(node);
    if (client.isReady) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        client.off('ready', done).off('error', done).off('end', done);
        resolve();
      };
      client.on('ready', done).on('error', done).on('end', done);
    });
  }

  /** node-redis' nodeClient(node): the node's client, once connected. */
  nodeClient(node) {
    const self = this._self;
    const client = self._clientOf(node);
    return node.connectPromise ?? Promise.resolve(client);
  }

  /** A node, in turn over every master and replica (node-redis: for keyless commands). */
  getRandomNode() {
    const self = this._self;
    const { masters, replicas } = self._topology;
    if (self._nodeCycle === undefined) {
      const nodes = [...masters, ...replicas];
      self._nodeCycle = { nodes, next: Math.floor(Math.random() * nodes.length) };
    }
    const cycle = self._nodeCycle;
    if (cycle.nodes.length === 0) return undefined;
    const node = cycle.nodes[cycle.next % cycle.nodes.length];
    cycle.next = (cycle.next + 1) % cycle.nodes.length;
    return node;
  }

  /** A node of the slot, in turn over its master and replicas (node-redis: for reads with
   *  `useReplicas`). */
  getSlotRandomNode(slot) {
    const shard = this._self._topology.slots[slot];
    if (shard === undefined) return undefined;
    if (shard.replicas.length === 0) return shard.master;
    shard.next = ((shard.next ?? Math.floor(Math.random() * (shard.replicas.length + 1))) + 1) % (shard.replicas.length + 1);
    return shard.next === 0 ? shard.master : shard.replicas[shard.next - 1];
  }

  /** @deprecated node-redis: use `masters`. */
  getMasters() {
    return this.masters;
  }

  /** @deprecated node-redis: use `slots[slot].master`. */
  getSlotMaster(slot) {
    return this.slots[slot]?.master;
  }

  // ---- routing commands -------------------------------------------------------------------------

  /** The node for a command now: a keyless one to any node, a read to the slot's master or a
   *  replica (`useReplicas`), anything else to the slot's master. Nodes that are up first. */
  _nodeFor(slot, readonly) {
    if (slot === undefined) return this._readyOr(() => this.getRandomNode(), this._topology.nodeByAddress.size);
    const shard = this._topology.slots[slot];
    if (shard === undefined) return undefined;
    if (!readonly || shard.replicas.length === 0 || this._options.useReplicas !== true) return shard.master;
    return this._readyOr(() => this.getSlotRandomNode(slot), shard.replicas.length + 1) ?? shard.master;
  }

  /** The first of `tries` picks whose client is ready, or the first pick. */
  _readyOr(pick, tries) {
    const first = pick();
    let node = first;
    for (let i = 1; i < tries && node !== undefined && node.client?.isReady !== true; i++) node = pick();
    return node?.client?.isReady === true ? node : first;
  }

  /** Queues a Routed command on its node's client, or holds it until a node can take it. */
  _dispatch(command) {
    if (!this._isOpen) return command.fail(new errors.ClientClosedError());
    const node = command.target !== undefined ? this._nodeAt(command.target) : this._nodeFor(command.slot, command.readonly);
    if (node === undefined) return this._holdOrFail(command);
    const client = this._clientOf(node);
    if (!client.isReady) return this._holdOrFail(command);
    command.node = node;
    if (command.target !== undefined) {
      command.target = undefined;
      sendAsking(client);
    }
    if (command.blocking && client._side !== null) return this._dispatchBlocking(command, client);
    client._submit(command, command.commandArgs, command.plan);
  }

  /** A blocking command on a side connection of its node's client (lib/side-connections.js),
   *  held only for this attempt: a redirect sends it on from there. */
  _dispatchBlocking(command, client) {
    client._side.run(client._database, (side) => new Promise((resolve, reject) => {
      command.attempt = { resolve, reject };
      side._submit(command, command.commandArgs, command.plan);
    })).catch(() => {}); // the command's own promise says how it ended
  }

  /** Takes a command with a timeout or a signal back if it was never written: out of the held
   *  commands, or out of its node client's queue. (One on a side connection is written.) */
  _cancel(command) {
    const at = this._held.indexOf(command);
    if (at !== -1) {
      this._held.splice(at, 1);
      return true;
    }
    const client = command.node?.client;
    return client !== undefined && !command.blocking && client._cancel(command);
  }

  _holdOrFail(command) {
    if (!this._hold(command)) command.fail(new errors.ClientOfflineError());
  }

  /** Holds a command that was never written until a node can take it (a node comes up, the
   *  topology changes) — for at most `failoverTimeout` from when it was first held. False when
   *  the cluster does not hold commands (`defaults.disableOfflineQueue`) or the time is up. */
  _hold(command, delay = 0) {
    if (!this._isOpen || this._options.defaults?.disableOfflineQueue === true) return false;
    const now = Date.now();
    command.deadline ??= now + this._options.failoverTimeout;
    if (now >= command.deadline) {
      command.fail(unreachableError(command, this._options.failoverTimeout));
      return true;
    }
    command.notBefore = now + delay;
    if (debug.enabled && this._held.length === 0) debug('cluster: holding commands (slot %s): no node can take them yet', command.slot);
    this._held.push(command);
    this._armHoldTimer();
    if (delay === 0) this._nodeFailed();
    return true;
  }

  _armHoldTimer() {
    if (this._held.length === 0) return;
    let at = Infinity;
    const now = Date.now();
    for (const command of this._held) at = Math.min(at, command.notBefore > now ? command.notBefore : command.deadline);
    clearTimeout(this._holdTimer);
    this._holdTimer = setTimeout(() => {
      this._holdTimer = null;
      this._sendHeld();
    }, Math.max(0, at - now));
  }

  /** Sends the held commands again (each is held again if its node still cannot take it). */
  _sendHeld() {
    if (this._held.length === 0) return;
    const held = this._held;
    this._held = [];
    const now = Date.now();
    for (const command of held) {
      if (command.notBefore > now) this._held.push(command);
      else if (now >= command.deadline) command.fail(unreachableError(command, this._options.failoverTimeout));
      else command.retry();
    }
    clearTimeout(this._holdTimer);
    this._holdTimer = null;
    this._armHoldTimer();
  }

  /** A MOVED, ASK, TRYAGAIN or CLUSTERDOWN reply to `command` (the server did not run it):
   *  false when the command must fail with it (too many redirections, time up). */
  _redirect(command, redirect, reply) {
    if (!this._isOpen) return false;
    if (redirect.kind !== 'retry' && points.error.hasSubscribers) {
      // node-redis:error, as node-redis publishes a redirect: internal while it is followed
      const last = command.redirections + 1 > this._options.maxCommandRedirections;
      points.error.publish({ error: reply, origin: 'cluster', internal: !last, clientId: command.node?.client?._clientId, retryCount: command.redirections + 1 });
    }
    if (redirect.kind === 'retry') {
      this._refresh();
      command.lastReply = reply; // what it fails with if the time is up while it is held
      const now = Date.now();
      command.deadline ??= now + this._options.failoverTimeout;
      if (now + RETRY_DELAY >= command.deadline) return false;
      return this._hold(command, RETRY_DELAY);
    }
    if (++command.redirections > this._options.maxCommandRedirections) return false;
    command.target = this._follow(redirect, command.node);
    command.retry();
    return true;
  }

  /** Follows a MOVED or an ASK that `node` replied: MOVED moves the slot in the table (and asks
   *  for the whole topology); ASK returns the address to send that one command to next. */
  _follow(redirect, node) {
    const address = addressIn(redirect, node);
    if (debug.enabled) debug('cluster: %s %d %s', redirect.kind === 'moved' ? 'MOVED' : 'ASK', redirect.slot, address);
    if (redirect.kind === 'ask') return address;
    this._topology.moved(redirect.slot, address);
    this._nodeCycle = undefined;
    this._refresh();
    return undefined;
  }

  /** A command with its routing: slot of its first key, read-only or not. */
  _route(slot, readonly, args, transform, commandOptions, plan, blocking = false) {
    const command = new Routed(this, slot, readonly, args, plan, transform, commandOptions?.typeMapping);
    command.blocking = blocking;
    if (commandOptions === undefined || (commandOptions.timeout === undefined && commandOptions.abortSignal === undefined)) {
      this._dispatch(command); // fails it at once on a closed cluster
      return command.promise;
    }
    return sendGuarded(
      this,
      commandOptions,
      () => {
        guard(command);
        return command;
      },
      () => {
        this._dispatch(command);
        return command.promise;
      },
    );
  }

  /** A command whose routing is read off its arguments (scripts, functions: the key after the
   *  key count), as lib/scripting.js sends them. */
  _execute(args, transform, commandOptions) {
    const { key, readonly } = scriptRoute(args);
    return this._route(key === undefined ? undefined : slotOf(key), readonly, args, transform, commandOptions);
  }

  /** A command of a user module (`modules` option), routed by its first key and read-only flag. */
  _executeRouted(args, firstKey, readonly, transform, commandOptions) {
    return this._route(firstKey === undefined ? undefined : slotOf(firstKey), readonly, args, transform, commandOptions);
  }

  /** node-redis' cluster sendCommand: routed by `firstKey` (any node when undefined). */
  sendCommand(firstKey, isReadonly, args, options) {
    const self = this._self;
    if (!Array.isArray(args) || args.length === 0) {
      const what = Array.isArray(args) ? 'an empty array' : describe(args);
      return Promise.reject(errors.detachStack(new TypeError(`sendCommand expects a non-empty array of arguments, got ${what} instead`)));
    }
    let plan;
    let slot;
    try {
      plan = planOf(args);
      slot = firstKey === undefined || firstKey === null ? undefined : slotOf(keyArgument(firstKey));
    } catch (err) {
      return Promise.reject(errors.detachStack(err));
    }
    return self._route(slot, isReadonly === true, args, undefined, { ...this._commandOptions, ...options }, plan);
  }

  /** Commands whose keys span slots, one command per slot, merged in the keys' order. */
  _executeSplit(name, groups, transform, commandOptions) {
    return Promise.all(groups.map(({ slot, args }) => this._route(slot, COMMANDS[name].readonly === true, args, transform, commandOptions)))
      .then((replies) => mergeSplit(name, groups, replies));
  }

  // ---- transactions -----------------------------------------------------------------------------

  /** A transaction or pipeline on the node of `routingKey` (else of its first keyed command). */
  multi(routingKey) {
    return new RedisClusterMultiCommand(this._self, routingKey, this._commandOptions?.typeMapping);
  }

  MULTI(routingKey) {
    return this.multi(routingKey);
  }

  /** Runs a transaction (or pipeline) on the node for `slot`. A transaction that MOVED or ASK
   *  turned away (nothing in it ran: EXECABORT) is sent again where the cluster says, as single
   *  commands are (node-redis #3394); a pipeline is not (its other commands ran). */
  async _executeChainOn(slot, readonly, queue, typeMapping, transaction) {
    let redirections = 0;
    let target;
    let deadline;
    for (;;) {
      if (!this._isOpen) throw new errors.ClientClosedError();
      const node = target !== undefined ? this._nodeAt(target) : this._nodeFor(slot, readonly);
      const client = node === undefined ? undefined : this._clientOf(node);
      if (client === undefined || !client.isReady) {
        deadline ??= Date.now() + this._options.failoverTimeout;
        await this._waitForChange(deadline, slot);
        continue;
      }
      if (target !== undefined) sendAsking(client);
      target = undefined;
      try {
        return transaction ? await client._executeMulti(queue, typeMapping) : await client._executePipeline(queue, typeMapping);
      } catch (err) {
        if (err instanceof errors.ClientOfflineError && this._options.defaults?.disableOfflineQueue !== true) continue;
        const redirect = transaction && err instanceof errors.ErrorReply ? redirectOf(err.message) : undefined;
        if (redirect === undefined || redirect.kind === 'retry' || ++redirections > this._options.maxCommandRedirections) throw err;
        target = this._follow(redirect, node);
      }
    }
  }

  /** Resolves when a node comes up or the topology changes; rejects at `deadline`. */
  _waitForChange(deadline, slot) {
    return new Promise((resolve, reject) => {
      const waiter = {
        deadline,
        notBefore: 0,
        slot,
        retry: resolve,
        fail: reject,
      };
      if (!this._hold(waiter)) reject(new errors.ClientOfflineError());
    });
  }

  // ---- closing ----------------------------------------------------------------------------------

  /** Graceful: every node client closes once its commands have their replies. */
  close() {
    return this._self._shutdown((client) => client.close(), () => new errors.ClientClosedError());
  }

  /** @deprecated node-redis: use close(). Sends QUIT to each node. */
  quit() {
    return this._self._shutdown((client) => client.quit(), () => new errors.ClientClosedError());
  }

  /** Immediate: commands waiting for a reply fail with DisconnectsClientError. */
  destroy() {
    const self = this._self;
    self._stop(() => new errors.DisconnectsClientError());
    for (const client of [...self._clients(), ...self._pubsub.clients()]) destroyQuietly(client);
    self._nodeClients.clear();
    self._pubsub.forget();
    self._topology = new Topology();
    self._nodeCycle = undefined;
    self._emit('disconnect');
  }

  /** @deprecated node-redis: use destroy(). */
  disconnect() {
    this.destroy();
    return Promise.resolve();
  }

  async _shutdown(close, heldError) {
    this._stop(heldError);
    const clients = [...this._clients(), ...this._pubsub.clients()];
    this._nodeClients.clear();
    this._pubsub.forget();
    this._topology = new Topology();
    this._nodeCycle = undefined;
    await Promise.allSettled(clients.map((client) => (client.isReady ? close(client) : destroyQuietly(client))));
    this._emit('disconnect');
  }

  /** No new commands, no timers; held commands fail. */
  _stop(heldError) {
    this._isOpen = false;
    this._cache?.onPoolClose();
    clearInterval(this._refreshTimer);
    clearInterval(this._healthTimer);
    clearTimeout(this._holdTimer);
    this._refreshTimer = this._healthTimer = this._holdTimer = null;
    this._deadlines.clear();
    const held = this._held;
    this._held = [];
    for (const command of held) command.fail(heldError());
  }

  /** Every node client made and not yet closed (a node's, or one a redirect asked for). */
  _clients() {
    return this._nodeClients.values();
  }

  // ---- pub/sub (./pubsub.js) ------------------------------------------------------------------

  /** A pub/sub call, its wrong arguments and a closed cluster a rejected promise. */
  _pubsubCall(call) {
    if (!this._self._isOpen) return Promise.reject(new errors.ClientClosedError());
    try {
      return call(this._self._pubsub);
    } catch (err) {
      return Promise.reject(err);
    }
  }

  // ---- views and the rest of the surface ------------------------------------------------------

  /** A new, unconnected cluster with the same options (plus `overrides`). */
  duplicate(overrides) {
    const self = this._self;
    return new RedisCluster({ ...self._options, commandOptions: this._commandOptions, ...overrides });
  }

  /** `util.inspect(cluster)`: its state and nodes — never the options (passwords, keys). */
  [INSPECT](depth, options, inspect) {
    if (depth < 0) return options.stylize('[RedisCluster]', 'special');
    const self = this._self;
    const summary = {
      isOpen: self._isOpen,
      masters: self._topology.masters.map((n) => n.address),
      replicas: self._topology.replicas.map((n) => n.address),
    };
    return `RedisCluster ${inspect(summary, { ...options, depth: options.depth === null ? null : options.depth - 1 })}`;
  }
}

// subscribe / unsubscribe / pSubscribe / pUnsubscribe on the pub/sub node; sSubscribe /
// sUnsubscribe on each channel's master; both names of each.
for (const [method, upper] of [['subscribe', 'SUBSCRIBE'], ['unsubscribe', 'UNSUBSCRIBE'], ['pSubscribe', 'PSUBSCRIBE'], ['pUnsubscribe', 'PUNSUBSCRIBE']]) {
  RedisCluster.prototype[method] = RedisCluster.prototype[upper] = function (...args) {
    return this._pubsubCall((pubsub) => pubsub.call(method, args));
  };
}
for (const [method, upper] of [['sSubscribe', 'SSUBSCRIBE'], ['sUnsubscribe', 'SUNSUBSCRIBE']]) {
  RedisCluster.prototype[method] = RedisCluster.prototype[upper] = function (channels, listener, bufferMode) {
    return this._pubsubCall((pubsub) => pubsub[method](channels, listener, bufferMode));
  };
}

function checkOptions(options) {
  if (options === null || typeof options !== 'object') {
    throw errors.detachStack(new TypeError(`createCluster expects an options object with rootNodes, got ${describe(options)} instead`));
  }
  if (!Array.isArray(options.rootNodes)) {
    throw errors.detachStack(new TypeError(`createCluster: rootNodes must be an array of client options, got ${describe(options.rootNodes)} instead`));
  }
  for (const [i, root] of options.rootNodes.entries()) {
    if (root === null || typeof root !== 'object') {
      throw errors.detachStack(new TypeError(`createCluster: rootNodes[${i}] must be client options ({ url } or { socket: { host, port } }), got ${describe(root)} instead`));
    }
  }
  const settings = { ...DEFAULTS, ...options };
  const number = (name, min) => {
    const value = settings[name];
    if (!Number.isInteger(value) || value < min) {
      throw errors.detachStack(new TypeError(`createCluster: ${name} must be an integer from ${min}, got ${describe(value)} instead`));
    }
  };
  number('maxCommandRedirections', 0);
  number('failoverTimeout', 0);
  if (settings.topologyRefreshInterval !== false) number('topologyRefreshInterval', 0);
  const map = options.nodeAddressMap;
  if (map !== undefined && typeof map !== 'function' && (map === null || typeof map !== 'object')) {
    throw errors.detachStack(new TypeError(`createCluster: nodeAddressMap must be an object or a function, got ${describe(map)} instead`));
  }
  if (options.defaults !== undefined && (options.defaults === null || typeof options.defaults !== 'object')) {
    throw errors.detachStack(new TypeError(`createCluster: defaults must be client options, got ${describe(options.defaults)} instead`));
  }
  return settings;
}

/** What a command held past failoverTimeout fails with: the TRYAGAIN/CLUSTERDOWN it got last,
 *  or, for one held because its master is unreachable, an Error saying so. */
function unreachableError(command, timeout) {
  if (command.lastReply !== undefined) return command.lastReply;
  const where = command.slot === undefined ? 'any node' : `slot ${command.slot}`;
  return errors.detachStack(new Error(`No node could take the command for ${where} within failoverTimeout (${timeout} ms): its master is unreachable and the cluster named no other`));
}

/** EVAL/EVALSHA/FCALL (and their _RO forms): the first key, after the key count. */
function scriptRoute(args) {
  const name = String(args[0]).toUpperCase();
  const readonly = name.endsWith('_RO');
  const count = Number(args[2]);
  return { key: count > 0 ? args[3] : undefined, readonly };
}

function keyArgument(key) {
  if (typeof key === 'string' || Buffer.isBuffer(key)) return key;
  if (typeof key === 'number') return String(key);
  throw new TypeError(`sendCommand: firstKey must be a string or a Buffer, got ${describe(key)} instead`);
}

function shuffled(array) {
  const copy = array.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new errors.TimeoutError('Timeout')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A redirect's address; a node that does not know its own reports ':port': the node that
 *  replied (`node`). */
function addressIn(redirect, node) {
  return redirect.address.startsWith(':') ? `${node?.host ?? ''}${redirect.address}` : redirect.address;
}

/** ASKING, queued just before the command an ASK redirected (the same batch): its reply is
 *  nobody's (if it fails, so does the command after it). */
function sendAsking(client) {
  const asking = new Pending(undefined, undefined, undefined);
  asking.promise.catch(() => {});
  client._submit(asking, ASKING);
}

function destroyQuietly(client) {
  try {
    client.destroy();
  } catch {
    // already closed
  }
}

addSharedMembers(RedisCluster);

/** A cluster's method for a table command, routed by its first key's slot; a core command whose
 *  keys may span slots (./split.js) is sent as one command per slot. */
function tableMethod(definition, name) {
  const split = name === undefined ? undefined : splitting(name);
  const transforms = { 2: replyTransform(definition, 2), 3: replyTransform(definition, 3) };
  const readonly = definition.readonly === true;
  const command = function (...args) {
    const self = this._self;
    if (definition.unstableResp3) checkUnstableResp3(definition, { RESP: self._RESP, options: self._options }); // throws at once, as node-redis does
    let commandArgs;
    let slot;
    try {
      commandArgs = definition.build(...args);
      if (split !== undefined && commandArgs.length > 1) {
        slot = commonSlot(commandArgs, split);
        if (slot === -1) {
          const reply = self._executeSplit(name, splitBySlot(commandArgs, split), transforms[self._RESP], this._commandOptions);
          if (self._cache !== null) watchWrite(self._cache, commandArgs, reply);
          return reply;
        }
      } else {
        const key = firstKey(definition, commandArgs);
        slot = key === undefined ? undefined : slotOf(key);
      }
    } catch (err) {
      return Promise.reject(errors.detachStack(err));
    }
    const blocking = definition.blocking !== undefined && isBlocking(definition, commandArgs);
    const transform = transforms[self._RESP];
    const specs = self._cache === null || !cacheable(self, this._commandOptions) ? undefined : cacheableSpecs(commandArgs);
    if (specs !== undefined) {
      const send = () => self._route(slot, readonly, commandArgs, transform, this._commandOptions, undefined, false);
      return self._cache._read(commandArgs, specs, send, scopeOf(0, definition.method, this._commandOptions?.typeMapping), undefined);
    }
    const reply = self._route(slot, readonly, commandArgs, transform, this._commandOptions, undefined, blocking);
    if (self._cache !== null) watchWrite(self._cache, commandArgs, reply);
    return reply;
  };
  Object.defineProperty(command, 'name', { value: definition.method });
  return command;
}

// Every command of the table, under both names, routed by its first key's slot; the Redis Stack
// namespaces the same way.
for (const [name, definition] of Object.entries(COMMANDS)) {
  if (name.startsWith('HOTKEYS')) continue; // node-redis leaves them off: they need one node throughout
  if (RedisCluster.prototype[definition.method] !== undefined) {
    RedisCluster.prototype[name] ??= RedisCluster.prototype[definition.method];
    continue;
  }
  RedisCluster.prototype[name] = RedisCluster.prototype[definition.method] = tableMethod(definition, name);
}
attachModules(RedisCluster.prototype, (definition) => tableMethod(definition));

function createCluster(options) {
  return new RedisCluster(options);
}

module.exports = { RedisCluster, createCluster };
