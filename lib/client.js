'use strict';
// RedisClient: node-redis v5's client API over the Rust engine. This file owns the client's
// state machine (connect, ready, reconnect policy, close) and the queue of commands waiting for
// replies; the engine owns the socket. Commands are encoded into one buffer per tick and handed
// to the engine in one call; replies come back in batches (docs/REPLY_STREAM.md).

const { Buffer } = require('buffer');
const { EventEmitter } = require('node:events');
const { X509Certificate } = require('node:crypto');
const { performance } = require('node:perf_hooks');
const native = require('./native');
const errors = require('./errors');
const { normalizeOptions, handshake, defaultReconnectStrategy, TIMER_MAX } = require('./options');
const { COMMANDS, replyTransform, checkUnstableResp3 } = require('./commands');
const { CommandEncoder } = require('./protocol/encoder');
const { ReplyReader, RECORD, corrupt } = require('./protocol/decoder');
const { PLAN, TRANSACTION, planOf } = require('./protocol/plan');
const { describe } = require('./commands/args');
const Queue = require('./queue');
const { RedisClientMultiCommand } = require('./multi');
const { Pending, Chain } = require('./pending');
const { attachScanIterators } = require('./scan-iterators');
const { attachScripting, attachScriptingToMulti } = require('./scripting');
const { attachModules } = require('./namespaces');
const { addSharedMembers } = require('./shared-members');
const { debug } = require('./debug');
const { traces, points, sanitizeArgs, clientIdOf, TracedChain } = require('./tracing');
const { registerClient } = require('./opentelemetry');
const { PubSub, addPubSubMembers } = require('./pubsub');
const { SideConnections } = require('./side-connections');
const { isBlocking } = require('./commands/routing');
const { Deadlines, executeGuarded } = require('./guarded');
const { RedisLegacyClient } = require('./legacy');
const { Credentials } = require('./credentials');
const { cacheableSpecs } = require('./commands/cacheable');
const { cacheable, scopeOf, watchWrite } = require('./cache');

// Where the connection is. `closing` (a graceful close under way) is kept apart: the socket
// stays up until the commands already sent have their replies.
const CLOSED = 0; // no engine connection (before connect(), after close or give-up)
const CONNECTING = 1; // the engine is opening a socket
const HANDSHAKE = 2; // socket open, AUTH/HELLO/SELECT... under way
const READY = 3;
const WAITING = 4; // a connection failed; waiting out the reconnect delay

const MULTI = ['MULTI'];
const NO_PLANS = new Uint32Array(0);
// The lengths of the blocking commands' names: a sendCommand whose name is none of them is not
// looked up (most are not).
const BLOCKING_NAMES = new Set(Object.entries(COMMANDS).filter(([, d]) => d.blocking !== undefined).map(([name]) => name.length));
const INSPECT = Symbol.for('nodejs.util.inspect.custom'); // util.inspect.custom
const EXEC = ['EXEC'];

/** The handshake for a database, encoded for the engine. */
function encodeHandshake(settings, database, credentials) {
  const { commands, optional } = handshake(settings, database, credentials);
  const encoder = new CommandEncoder();
  for (const args of commands) encoder.encode(args);
  const bytes = Buffer.from(encoder.take());
  encoder.release();
  return { count: commands.length, optional, bytes };
}

class RedisClient extends EventEmitter {
  constructor(options) {
    super();
    this._self = this;
    this._settings = normalizeOptions(options, native.parseRedisUrl);
    this._commandOptions = this._settings.commandOptions;
    this._database = this._settings.database;
    this._state = CLOSED;
    this._closing = false;
    this._id = 0;
    this._retries = 0;
    this._retryTimer = null;
    this._pingTimer = null;
    this._keepAlive = true;
    this._socketEpoch = 0; // counts connections that became ready (WATCH is lost with a connection)
    this._watchEpoch = undefined; // the epoch WATCH was sent in, while a WATCH is in force
    this._dirtyWatch = undefined; // setDirtyWatch's message: the next exec() fails with it
    this._selecting = undefined; // { database } of the last select() not answered yet
    this._selects = 0; // SELECTs on their way, however sent (select(), sendCommand, a multi())
    this._connecting = null; // { promise, resolve, reject } of the connect() under way
    this._closed = null; // the same, for close()
    this._pending = new Queue();
    this._encoder = new CommandEncoder();
    this._reader = new ReplyReader();
    this._identityError = undefined; // what checkServerIdentity said of the server being connected to
    this._flushScheduled = false;
    this._flush = this._flush.bind(this);
    const { socket } = this._settings.options;
    this._clientId = clientIdOf(socket?.host, socket?.port, this._database); // for traces
    this._connectStart = 0; // performance.now() when the connection being made began
    this._pubsub = new PubSub(this); // subscriptions and MONITOR (./pubsub.js)
    this._deadlines = new Deadlines(this); // commands' timeouts (./guarded.js)
    this._waiters = []; // blocking commands waiting for the commands before them: { until, resolve }
    const provider = this._settings.credentialsProvider;
    this._credentials = provider === undefined ? null : new Credentials(this, provider); // ./credentials.js
    this._attempt = 0; // counts the connection attempts that wait for the credentials provider
    this._submitted = 0; // commands handed to the engine on this link: the next one's number
    this._unnumbered = 0; // commands of this tick's batch that want their number (./guarded.js)
    const { blocking } = this._settings;
    this._side = blocking === false ? null : new SideConnections(blocking, (database) => this._sideClient(database));
    this._cache = this._settings.cache ?? null; // the client-side cache (./cache.js)
    attachScripting(this, this._settings.options, this._settings.RESP);
  }

  /** The effective options, URL fields applied (as node-redis shows them). */
  get options() {
    return this._self._settings.options;
  }

  /** The client-side cache (`clientSideCache` option), or undefined. */
  get clientSideCache() {
    return this._self._cache ?? undefined;
  }

  /** True while a socket is open and the client is not closing (the guide's meaning). */
  get isOpen() {
    const self = this._self;
    return (self._state === HANDSHAKE || self._state === READY) && !self._closing;
  }

  /** True once the handshake is done, until the connection is lost or closed. */
  get isReady() {
    return this._self._state === READY;
  }

  /** Closed for good: never connected, closed, or given up on by the reconnect strategy. */
  get _isClosed() {
    return this._self._state === CLOSED;
  }

  connect() {
    const self = this._self;
    if (self._closing) return Promise.reject(new errors.ClientClosedError());
    if (self._state === READY) return Promise.reject(errors.detachStack(new Error('Socket already opened')));
    if (self._state === CLOSED) self._open();
    self._connecting ??= deferred();
    const ready = self._connecting.promise;
    if (!traces.connect.hasSubscribers) return ready.then(() => this);
    return traces.connect.tracePromise(() => ready, { ...self._serverContext(), clientId: self._clientId }).then(() => this);
  }

  /** Where this client connects, as traces name it (node-redis' socket trace context). */
  _serverContext() {
    const { path, host, port } = this._settings.connection;
    return path !== undefined ? { serverAddress: path, serverPort: undefined } : { serverAddress: host, serverPort: port };
  }

  /** A command's trace context. */
  _commandContext(args) {
    return { command: String(args[0]).toUpperCase(), args: sanitizeArgs(args), database: this._database, clientId: this._clientId, ...this._serverContext() };
  }

  _open() {
    if (this._credentials === null) return this._openLink(undefined);
    // The credentials provider first: the handshake authenticates with what it gives.
    this._state = CONNECTING;
    this._connectStart = performance.now();
    const attempt = ++this._attempt;
    this._credentials.fetch().then(
      (credentials) => {
        if (attempt === this._attempt && this._state === CONNECTING && this._id === 0) this._openLink(credentials);
      },
      (err) => {
        if (attempt === this._attempt && this._state === CONNECTING && this._id === 0) this._lost(errors.detachStack(err), () => this._open());
      },
    );
  }

  /** The handshake of the current credentials, on `database`. */
  _handshake(database) {
    return encodeHandshake(this._settings, database, this._credentials?.current);
  }

  _openLink(credentials) {
    const { connection, offlineQueue, RESP } = this._settings;
    const { bytes, count, optional } = encodeHandshake(this._settings, this._database, credentials);
    let id = 0;
    // The engine thread reads connections with a socket timeout (its loop watches for silence)
    // and wakes JS from there; a server flooding one must not hold the event loop: at most one
    // drain of it per turn. (Other connections are read by this thread, one read per poll.)
    const wake = connection.socketTimeout === undefined ? () => this._onWake(id) : this._pacedWake(() => id);
    id = native.open(
      { ...connection, handshake: bytes, handshakeCount: count, handshakeOptional: optional, offlineQueue, resp3: RESP === 3 },
      wake,
    );
    this._id = id;
    this._submitted = 0; // a new link numbers its commands from 0
    this._retries = 0;
    this._state = CONNECTING;
    this._connectStart = performance.now();
    const { serverAddress, serverPort } = this._serverContext();
    registerClient(this._clientId, { host: serverAddress, port: serverPort, db: this._database });
    if (debug.enabled) debug('%s: connecting%s', describeTarget(connection), connection.tls ? ' (TLS)' : '');
    if (!this._keepAlive) native.setRef(id, false);
    if (this._encoder.count > 0) this._scheduleFlush(); // commands given while the credentials were fetched
  }

  // ---- commands -----------------------------------------------------------------------------

  /** A table command on a client with a client-side cache: a read from the cache, if it may be
   *  cached (not while a SELECT is on its way: which database it runs in is not known then); a
   *  write watched by it (./cache.js watchWrite); anything else sent. */
  _throughCache(method, args, transform, commandOptions) {
    const specs = cacheableSpecs(args);
    if (specs === undefined) {
      const reply = this._execute(args, transform, commandOptions);
      watchWrite(this._cache, args, reply);
      return reply;
    }
    if (this._selects > 0 || !cacheable(this, commandOptions)) return this._execute(args, transform, commandOptions);
    const scope = scopeOf(this._database, method, commandOptions?.typeMapping);
    return this._cache._read(args, specs, () => this._execute(args, transform, commandOptions), scope, this._clientId);
  }

  /** A command of a user module (`modules` option): on a client, as any command (a cluster
   *  routes it by `firstKey`). */
  _executeRouted(args, firstKey, readonly, transform, commandOptions) {
    return this._execute(args, transform, commandOptions);
  }

  /** Queues a command for this tick's batch; the promise settles with its (transformed) reply.
   *  `plan`: what the command takes if not one reply (./protocol/plan.js). */
  _execute(args, transform, commandOptions, plan) {
    if (commandOptions !== undefined && (commandOptions.timeout !== undefined || commandOptions.abortSignal !== undefined || commandOptions.asap)) {
      return executeGuarded(this, args, transform, commandOptions, plan);
    }
    return this._submitTraced(new Pending(transform, commandOptions?.typeMapping, transform === undefined ? undefined : args), args, plan);
  }

  /** `_submit`, traced when someone subscribes to node-redis:command; the command's promise. */
  _submitTraced(pending, args, plan, asap = false) {
    if (traces.command.hasSubscribers) return this._traced(pending, args, plan, asap);
    this._submit(pending, args, plan, asap);
    return pending.promise;
  }

  /** Takes `pending` (a GuardedPending) out if its command was never written, so that it never
   *  will be: true if so. False once any of it went to the socket (its reply will come). */
  _cancel(pending) {
    if (pending.seq === -1) {
      // Still in this tick's batch: cut out of it (the later cancellable ones move up).
      const index = pending.batchIndex;
      this._encoder.cut(index);
      const queue = this._pending;
      for (let i = queue.length - this._encoder.count - 1; i < queue.length; i++) {
        const other = queue.at(i);
        if (other.seq === -1 && other.batchIndex > index) other.batchIndex--;
      }
      this._unnumbered--;
    } else if (pending.seq < 0 || this._id === 0 || !native.cancel(this._id, pending.seq)) {
      return false;
    }
    const removed = this._pending.removed;
    const at = this._pending.remove(pending);
    // A blocking command waits for as many commands to leave the queue as were before it: one
    // taken out after it is not one of those.
    for (const waiter of this._waiters) if (at >= waiter.until - removed) waiter.until++;
    this._wakeWaiters();
    if (this._closing && this._pending.length === 0 && this._encoder.count === 0) this._finish();
    return true;
  }

  /** `_execute` while someone subscribes to node-redis:command. */
  _traced(pending, args, plan, asap = false) {
    return traces.command.tracePromise(() => {
      this._submit(pending, args, plan, asap);
      return pending.promise;
    }, this._commandContext(args));
  }

  /** A blocking command of the table, on a side connection (./side-connections.js). */
  _executeBlocking(args, transform, commandOptions) {
    if (this._state === CLOSED || this._closing) return Promise.reject(new errors.ClientClosedError());
    if (this._state !== READY && !this._settings.offlineQueue) return Promise.reject(new errors.ClientOfflineError());
    const database = this._selecting?.database ?? this._database; // as of when it was given
    const run = () => this._side.run(database, (side) => side._execute(args, transform, commandOptions));
    // The commands given before it run before it (the ones after may not: it blocks).
    const queued = this._pending.length;
    if (queued === 0) return run();
    return new Promise((resolve) => this._waiters.push({ until: this._pending.removed + queued, resolve })).then(() =>
      this._state === CLOSED || this._closing ? Promise.reject(new errors.ClientClosedError()) : run(),
    );
  }

  /** Wakes the blocking commands whose earlier commands have all left the queue. */
  _wakeWaiters() {
    const waiters = this._waiters;
    const removed = this._pending.removed;
    while (waiters.length > 0 && waiters[0].until <= removed) waiters.shift().resolve();
  }

  /** A side connection: this client's options on `database`, never reconnecting, no PING. */
  _sideClient(database) {
    const { options } = this._settings;
    return new RedisClient({
      ...options,
      url: undefined,
      database,
      pingInterval: undefined,
      blockingConnections: false,
      clientSideCache: undefined, // blocking commands are never cached; closing it must not flush ours
      emitInvalidate: false,
      // it queues its command while it connects (a cluster's node clients do not queue)
      disableOfflineQueue: false,
      enableOfflineQueue: true,
      socket: { ...options.socket, reconnectStrategy: false },
    });
  }

  /** Queues `pending`'s command (`args`) for this tick's batch, or rejects it at once when it
   *  cannot be sent: closed, offline without the offline queue, queue full, wrong argument.
   *  (A cluster hands its commands to its node clients here: lib/cluster/.) */
  _submit(pending, args, plan, asap = false) {
    if (this._state === CLOSED || this._closing) return pending.reject(new errors.ClientClosedError());
    if (this._state !== READY && !this._settings.offlineQueue) return pending.reject(new errors.ClientOfflineError());
    if (this._pending.length >= this._settings.queueLimit) return pending.reject(errors.detachStack(new Error('The queue is full')));
    if (asap && this._id !== 0) return this._submitFront(pending, args, plan);
    try {
      this._encoder.encode(args);
    } catch (err) {
      return pending.reject(err);
    }
    if (plan !== undefined) this._encoder.plan(plan[0], plan[1]);
    this._pending.push(pending);
    if (pending.seq === -1) {
      pending.batchIndex = this._encoder.count - 1;
      this._unnumbered++;
    }
    this._scheduleFlush();
  }

  /** `asap()`: the command goes to the engine now, before every command not written yet (those
   *  of this tick's batch included); its entry goes as far from the end of the queue. */
  _submitFront(pending, args, plan) {
    const encoder = (this._frontEncoder ??= new CommandEncoder());
    try {
      encoder.encode(args);
    } catch (err) {
      return pending.reject(err);
    }
    if (plan !== undefined) encoder.plan(plan[0], plan[1]);
    const plans = encoder.plans ?? NO_PLANS;
    const bytes = encoder.take();
    let ahead;
    try {
      ahead = native.submitFront(this._id, bytes, 1, plans);
    } catch (err) {
      return pending.reject(err); // an engine bug: nothing was queued
    } finally {
      encoder.release();
    }
    if (pending.seq === -1) pending.seq = this._submitted;
    this._submitted++;
    const at = this._pending.length - this._encoder.count - ahead;
    // a blocking command waiting for the commands before it now waits for this one too
    for (const waiter of this._waiters) if (at < waiter.until - this._pending.removed) waiter.until++;
    this._pending.insertAt(at, pending);
  }

  _scheduleFlush() {
    if (this._flushScheduled) return;
    this._flushScheduled = true;
    queueMicrotask(this._flush);
  }

  _flush() {
    this._flushScheduled = false;
    const encoder = this._encoder;
    const count = encoder.count;
    if (count === 0 || this._id === 0) return;
    const plans = encoder.plans;
    const bytes = encoder.take();
    // The engine numbers the commands it is handed; those that may be cancelled learn theirs.
    const first = this._submitted;
    this._submitted += count;
    if (this._unnumbered > 0) this._number(first, count);
    try {
      if (plans === null) native.submit(this._id, bytes, count);
      else native.submitPlanned(this._id, bytes, count, plans);
    } catch (err) {
      // Only an engine bug gets here: the commands must not be left waiting.
      this._restartLink(err);
    } finally {
      encoder.release();
    }
  }

  /** Gives the cancellable commands among the last `count` queued their engine numbers. */
  _number(first, count) {
    this._unnumbered = 0;
    const queue = this._pending;
    const start = queue.length - count;
    for (let k = 0; k < count; k++) {
      const pending = queue.at(start + k);
      if (pending.seq === -1) pending.seq = first + k;
    }
  }

  /** Sends any command as an array of strings/Buffers; the reply comes back untransformed. */
  sendCommand(args, options) {
    if (!Array.isArray(args) || args.length === 0) {
      const what = Array.isArray(args) ? 'an empty array' : describe(args);
      return Promise.reject(errors.detachStack(new TypeError(`sendCommand expects a non-empty array of arguments, got ${what} instead`)));
    }
    let plan;
    try {
      plan = planOf(args);
    } catch (err) {
      return Promise.reject(err);
    }
    const self = this._self;
    const commandOptions = options ?? this._commandOptions;
    // A blocking command sent raw goes to a side connection too (BLPOP, XREAD ... BLOCK...).
    if (self._side !== null && typeof args[0] === 'string' && BLOCKING_NAMES.has(args[0].length)) {
      const definition = COMMANDS[args[0].toUpperCase()];
      if (definition?.blocking !== undefined && isBlocking(definition, args)) return self._executeBlocking(args, undefined, commandOptions);
    }
    if (isSelect(args)) return self._select(args, commandOptions, plan);
    return self._execute(args, undefined, commandOptions, plan);
  }

  /** SELECT, remembered so that reconnections come back to the same database. Resolves to
   *  undefined, as node-redis' does. */
  async select(db) {
    await this._self._select(COMMANDS.SELECT.build(db), this._commandOptions);
  }

  /** A SELECT, by select() or sent raw (node-redis forgets a raw one: its next connection and
   *  its pool's reset take the client to be in the old database). Until its reply, the commands
   *  given after it are meant for that database (a blocking one on a side connection must know
   *  it when it is given; a cache is not read); once answered, it is remembered. */
  async _select(args, commandOptions, plan) {
    const selecting = { database: Number(String(args[1])) };
    this._selecting = selecting;
    this._selects++;
    try {
      const reply = await this._execute(args, undefined, commandOptions, plan);
      this._rememberDatabase(selecting.database);
      return reply;
    } finally {
      this._selects--;
      if (this._selecting === selecting) this._selecting = undefined;
    }
  }

  _rememberDatabase(db) {
    this._database = db;
    if (this._id !== 0) {
      const { bytes, count, optional } = this._handshake(db);
      native.setHandshake(this._id, bytes, count, optional);
    }
  }

  /** AUTH with new credentials on the live connection (not on a RESP2 connection in subscriber
   *  mode, which refuses it); with a credentials provider, from the next connection on too. */
  async reAuthenticate(credentials) {
    const self = this._self;
    const previous = self._credentials?.current;
    const remember = (which) => {
      if (self._credentials === null) return;
      self._credentials.current = which;
      self._rememberDatabase(self._database);
    };
    remember(credentials);
    if (self.isPubSubActive && self._settings.RESP === 2) return;
    try {
      await self._execute(COMMANDS.AUTH.build({ username: credentials.username, password: credentials.password ?? '' }), undefined, undefined);
    } catch (err) {
      // refused: the next connections keep the credentials that worked
      if (err instanceof errors.ErrorReply && self._credentials?.current === credentials) remember(previous);
      throw err;
    }
  }

  // ---- views ----------------------------------------------------------------------------------

  /** A view whose commands go before every command not written yet (node-redis' asap). */
  asap() {
    return this.withCommandOptions({ ...this._commandOptions, asap: true });
  }

  /** A pool of clients with this client's options (./pool.js). */
  createPool(poolOptions) {
    return require('./pool').createClientPool(this._self._settings.options, poolOptions);
  }

  /** node-redis v4's callback API on this client (./legacy.js). */
  legacy() {
    return new RedisLegacyClient(this);
  }

  /** A view whose commands are taken back if `signal` aborts before they are written (they
   *  then reject with AbortError); once written, they run. */
  withAbortSignal(signal) {
    return this.withCommandOptions({ ...this._commandOptions, abortSignal: signal });
  }

  // ---- transactions and pipelines -------------------------------------------------------------

  /** A transaction: chain commands, then `exec()` (MULTI/EXEC) or `execAsPipeline()`. */
  multi() {
    const multi = new RedisClientMultiCommand(this._self, this._commandOptions?.typeMapping);
    attachScriptingToMulti(multi, this._self._settings.options, this._self._settings.RESP);
    return multi;
  }

  MULTI() {
    return this.multi();
  }

  /** WATCH: the next `exec()` fails with WatchError if a key changes, or if the connection is
   *  lost meanwhile (the server forgets the WATCH with the connection). */
  async watch(keys) {
    const self = this._self;
    const reply = await self._execute(['WATCH', ...[].concat(keys)], undefined, undefined);
    self._watchEpoch = self._socketEpoch;
    return reply;
  }

  WATCH(keys) {
    return this.watch(keys);
  }

  async unwatch() {
    const self = this._self;
    const reply = await self._execute(['UNWATCH'], undefined, undefined);
    self._watchEpoch = undefined;
    return reply;
  }

  UNWATCH() {
    return this.unwatch();
  }

  get isWatching() {
    return this._self._watchEpoch !== undefined;
  }

  /** True after setDirtyWatch(), until the next exec(). */
  get isDirtyWatch() {
    return this._self._dirtyWatch !== undefined;
  }

  /** The next exec() fails with WatchError(message) (a pool or cluster marking a WATCH that can
   *  no longer hold). */
  setDirtyWatch(message) {
    this._self._dirtyWatch = message;
  }

  /** RESET, then the handshake again: back to the options' database, user and name, no
   *  subscriptions, no MONITOR, no WATCH. */
  async reset() {
    const self = this._self;
    const { database } = self._settings;
    const { commands, optional } = handshake(self._settings, database, self._credentials?.current);
    // RESET ends tracking: what was read before it will not be invalidated (the handshake after
    // it turns tracking on again, before any command given after reset()).
    const forget = self._cache === null ? undefined : (reply) => (self._cache.onError(), reply);
    const replies = [self._execute(['RESET'], forget, undefined, [PLAN.RESET, 0])];
    commands.forEach((args, i) => {
      const reply = self._execute(args, undefined, undefined, planOf(args));
      // CLIENT SETINFO: servers before 7.2 do not know it (as in the handshake)
      replies.push(i >= commands.length - optional ? reply.catch(() => {}) : reply);
    });
    await Promise.all(replies);
    self._pubsub.forgetAll();
    self._watchEpoch = undefined;
    self._dirtyWatch = undefined;
    self._rememberDatabase(database);
  }

  /** reset() if the client is not as its options made it (another database, subscriptions,
   *  MONITOR, a WATCH); undefined otherwise. For pools handing clients out. */
  resetIfDirty() {
    const self = this._self;
    const dirty = self._database !== self._settings.database || self._pubsub.isActive || self._pubsub.monitor !== undefined ||
      self._watchEpoch !== undefined || self._dirtyWatch !== undefined;
    if (!dirty) return undefined;
    if (debug.enabled) debug('%s: reset (the client was left dirty)', describeTarget(self._settings.connection));
    return self.reset();
  }

  get socketEpoch() {
    return this._self._socketEpoch;
  }

  /** MULTI, the commands and EXEC in this tick's batch. A wrong argument anywhere sends
   *  nothing. Resolves to EXEC's raw replies. */
  async _executeMulti(queue, typeMapping) {
    const watchEpoch = this._watchEpoch;
    const dirtyWatch = this._dirtyWatch;
    this._watchEpoch = undefined;
    this._dirtyWatch = undefined;
    if (this._state === CLOSED || this._closing) throw new errors.ClientClosedError();
    if (dirtyWatch !== undefined) throw new errors.WatchError(dirtyWatch);
    if (watchEpoch !== undefined && watchEpoch !== this._socketEpoch) {
      throw new errors.WatchError('Client reconnected after WATCH');
    }
    const exec = await this._tracedChain(queue, typeMapping, true);
    if (exec === null) throw new errors.WatchError();
    return exec;
  }

  /** The commands back to back, in one tick; rejects with the first error (as node-redis). */
  async _executePipeline(queue, typeMapping) {
    if (this._state === CLOSED || this._closing) throw new errors.ClientClosedError();
    return this._tracedChain(queue, typeMapping, false);
  }

  /** `_executeChain`, traced as a node-redis:batch, and a pipeline's commands each as a
   *  node-redis:command (as node-redis does), when someone subscribes. */
  _tracedChain(queue, typeMapping, transaction) {
    const eachCommand = !transaction && traces.command.hasSubscribers;
    if (!traces.batch.hasSubscribers) return this._executeChain(queue, typeMapping, transaction, eachCommand);
    const context = { batchMode: transaction ? 'MULTI' : 'PIPELINE', batchSize: queue.length, database: this._database, clientId: this._clientId, ...this._serverContext() };
    return traces.batch.tracePromise(() => this._executeChain(queue, typeMapping, transaction, eachCommand), context);
  }

  /** Encodes `queue`'s commands (inside MULTI … EXEC for a transaction) into this tick's batch,
   *  all or none, and queues one Chain for their replies. */
  _executeChain(queue, typeMapping, transaction, traced = false) {
    if (this._state !== READY && !this._settings.offlineQueue) return Promise.reject(new errors.ClientOfflineError());
    const encoder = this._encoder;
    const [byteLength, count] = [encoder.byteLength, encoder.count];
    try {
      if (transaction) {
        encoder.encode(MULTI);
        encoder.plan(TRANSACTION, queue.length + 2);
      }
      for (let i = 0; i < queue.length; i++) {
        const { args } = queue[i];
        const plan = planOf(args);
        if (plan !== undefined && transaction) throw new TypeError(`${String(args[0]).toUpperCase()} cannot run inside MULTI/EXEC here: it changes how the connection replies`);
        encoder.encode(args);
        if (plan !== undefined) encoder.plan(plan[0], plan[1]);
      }
      if (transaction) encoder.encode(EXEC);
    } catch (err) {
      encoder.rewind(byteLength, count);
      return Promise.reject(errors.detachStack(err));
    }
    const commands = encoder.count - count;
    if (this._pending.length + commands > this._settings.queueLimit) {
      encoder.rewind(byteLength, count);
      return Promise.reject(errors.detachStack(new Error('The queue is full')));
    }
    const chain = traced ? new TracedChain(commands, typeMapping, queue.map(({ args }) => ({ ...this._commandContext(args), batchMode: 'PIPELINE', batchSize: queue.length }))) : new Chain(commands, typeMapping, !transaction);
    for (let i = 0; i < commands; i++) this._pending.push(chain);
    this._scheduleFlush();
    return chain.promise;
  }

  // ---- replies and connection events from the engine ----------------------------------------

  /** A wake function that drains in the next turn of the event loop, once however many wakes
   *  came in this one. */
  _pacedWake(id) {
    let scheduled = false;
    const drain = () => {
      scheduled = false;
      this._onWake(id());
    };
    return () => {
      if (scheduled) return;
      scheduled = true;
      setImmediate(drain);
    };
  }

  _onWake(id) {
    if (id !== this._id) return;
    const reader = this._reader;
    const externals = reader.externals;
    const shared = drainBuffer !== null;
    let buffer = shared ? drainBuffer : drainBufferFor(0); // a drain inside a drain: its own
    drainBuffer = null;
    try {
      let length = native.drainInto(id, buffer, externals);
      if (length < 0) {
        buffer = drainBufferFor(-length);
        length = native.drainInto(id, buffer, externals);
      }
      if (length > 0) this._process(id, buffer.subarray(0, length));
      if (this._waiters.length > 0) this._wakeWaiters();
    } catch (err) {
      // Events' listeners cannot throw here (`_emit`), nor transforms (`Pending`): whatever
      // did is a corrupt reply stream, and the connection's replies cannot be trusted.
      if (this._id === id) this._restartLink(err);
      else throw err;
    } finally {
      reader.release();
      if (shared) drainBuffer = buffer.length > DRAIN_BUFFER_KEPT ? drainBufferFor(0) : buffer;
    }
  }

  _process(id, records) {
    const reader = this._reader;
    reader.reset(records);
    while (!reader.done && this._id === id) {
      switch (reader.nextRecordTag()) {
        case RECORD.REPLY: {
          // Read before it leaves the queue: if the stream is corrupt, it is failed with the rest.
          const pending = this._pending.peek();
          if (pending === undefined) throw corrupt(reader.offset - 1);
          const reply = reader.readValue(pending.typeMapping);
          this._pending.shift();
          pending.settle(reply);
          if (this._closing && this._pending.length === 0) this._finish();
          break;
        }
        case RECORD.REPLIES: {
          const at = reader.offset;
          this._settleReplies(reader.readReplies(), at);
          break;
        }
        case RECORD.PUSH: {
          const pubsub = this._pubsub;
          const mapping = pubsub.typeMapping;
          // A message of a channel, read without decoding its kind and channel again (strings only)
          const message = mapping === undefined ? reader.readChannelMessage(pubsub.lastChannel) : undefined;
          pubsub.onPush(message ?? reader.readValue(mapping));
          break;
        }
        case RECORD.CONNECTED:
          reader.forgetKnownStrings();
          this._state = HANDSHAKE;
          if (debug.enabled) debug('%s: connected, handshake under way', describeTarget(this._settings.connection));
          this._emit('connect');
          break;
        case RECORD.READY:
          this._onReady();
          break;
        case RECORD.FAILURE:
          this._onFailure(reader.readFailure());
          break;
        case RECORD.OFFLINE:
          this._rejectOldest(reader.readU32(), new errors.ClientOfflineError());
          break;
        case RECORD.IDENTITY:
          this._checkIdentity(id, reader.readCertificates());
          break;
        default:
          throw corrupt(reader.offset - 1);
      }
    }
  }

  /** An `M` record: the replies, each a string or null, to as many of the oldest commands. */
  _settleReplies({ tag, replies }, offset) {
    if (replies.length > this._pending.length) throw corrupt(offset);
    for (let i = 0; i < replies.length; i++) {
      const pending = this._pending.shift();
      const reply = replies[i];
      pending.settle(reply !== null && pending.typeMapping?.[tag] === Buffer ? Buffer.from(reply, 'utf8') : reply);
    }
    if (this._closing && this._pending.length === 0) this._finish();
  }

  /** Every command waiting fails with `error`, and this tick's batch is dropped with them (so
   *  that no later connection sends it). */
  _dropQueued(error) {
    this._encoder.take();
    this._encoder.release();
    this._unnumbered = 0;
    for (const pending of this._pending.clear()) pending.reject(error);
    this._wakeWaiters();
  }

  /** The engine's records no longer match the commands waiting (a ferrodis bug, never a
   *  server's: the engine checks what servers send). Rather than leave those commands waiting,
   *  or hand one another's reply, fail them all, drop the connection with everything it had
   *  queued, report the error, and connect afresh (as after a lost connection). */
  _restartLink(error) {
    this._dropQueued(error);
    clearTimeout(this._pingTimer);
    this._pingTimer = null;
    if (this._id !== 0) native.close(this._id);
    this._id = 0;
    if (this._state === CLOSED) return;
    this._lost(error, () => this._open());
  }

  _onReady() {
    if (points.ready.hasSubscribers) {
      points.ready.publish({ clientId: this._clientId, ...this._serverContext(), createTimeMs: performance.now() - this._connectStart });
    }
    this._state = READY;
    this._socketEpoch++;
    this._retries = 0;
    if (debug.enabled) debug('%s: ready (connection %d)', describeTarget(this._settings.connection), this._socketEpoch);
    // Subscriptions and MONITOR come back on every connection after the first (before the first
    // one, whatever was asked is still queued, or failed and was taken back).
    if (this._socketEpoch > 1) this._pubsub.restore();
    this._emit('ready');
    this._schedulePing();
    const connecting = this._connecting;
    this._connecting = null;
    connecting?.resolve();
  }

  /** `pingInterval`: a PING after each quiet interval while ready; its reply is emitted as
   *  'ping-interval', a failure as 'error'. */
  _schedulePing() {
    const interval = this._settings.pingInterval;
    if (interval === undefined) return;
    clearTimeout(this._pingTimer);
    const id = this._id;
    this._pingTimer = setTimeout(() => {
      this._pingTimer = null;
      if (this._id !== id || this._state !== READY) return;
      this._execute(['PING'], undefined, undefined).then(
        (reply) => {
          this._emit('ping-interval', reply);
          this._schedulePing();
        },
        (err) => {
          if (this._id === id) this._emitError(err);
        },
      );
    }, interval);
    if (!this._keepAlive) this._pingTimer.unref();
  }

  _rejectOldest(count, error) {
    for (let i = 0; i < count && this._pending.length > 0; i++) this._pending.shift().reject(error);
  }

  /** `socket.checkServerIdentity(hostname, cert)`, as Node's tls calls it once the chain is
   *  verified: an Error it returns or throws fails the connection with that very Error. */
  _checkIdentity(id, certificates) {
    const socket = this._settings.options.socket;
    let error;
    try {
      const result = socket.checkServerIdentity(socket.servername ?? socket.host ?? 'localhost', peerCertificate(certificates));
      if (result instanceof Error) error = result;
    } catch (err) {
      error = err instanceof Error ? err : new Error(String(err));
    }
    this._identityError = error;
    native.verifyIdentity(id, error === undefined ? null : error.message);
  }

  _onFailure(failure) {
    clearTimeout(this._pingTimer);
    this._pingTimer = null;
    const identityError = this._identityError;
    this._identityError = undefined;
    const error = failure.code === 'ERR_CHECK_SERVER_IDENTITY' && identityError !== undefined
      ? identityError
      : errors.connectionFailureToError(failure);
    this._rejectOldest(failure.rejected, error);
    const id = this._id;
    this._lost(error, () => this._retry(id));
  }

  /** Connects the link again — with fresh credentials from an async provider. */
  _retry(id) {
    if (this._credentials === null || this._credentials.provider.type !== 'async-credentials-provider') return native.retry(id);
    this._credentials.fetch().then(
      () => {
        if (this._id !== id || this._state !== CONNECTING) return;
        const { bytes, count, optional } = this._handshake(this._database);
        native.setHandshake(id, bytes, count, optional);
        native.retry(id);
      },
      (err) => {
        if (this._id === id && this._state === CONNECTING) this._lost(errors.detachStack(err), () => this._retry(id));
      },
    );
  }

  /** An `invalidate` push: the keys (null: all) another write changed since this connection
   *  read them. */
  _onInvalidate(keys) {
    if (this._cache !== null) {
      if (keys === null) this._cache.invalidate(null);
      else for (const key of keys) this._cache.invalidate(key);
    } else if (this._settings.emitInvalidate) {
      // node-redis reads pushes' strings as Buffers
      if (keys === null) this._emit('invalidate', null);
      else for (const key of keys) this._emit('invalidate', typeof key === 'string' ? Buffer.from(key) : key);
    }
  }

  /** The connection is lost (`error` says why): report it, ask the reconnect strategy, and
   *  after its delay `reconnect()` — or give up. */
  _lost(error, reconnect) {
    // The server forgot what this connection read: no invalidation will come for it.
    this._cache?.onError();
    if (debug.enabled) debug('%s: connection lost: %s', describeTarget(this._settings.connection), error.message);
    if (this._closing) return this._finish();
    if (this._state === READY && points.closed.hasSubscribers) points.closed.publish({ clientId: this._clientId, reason: 'error', wasConnected: true });
    this._state = WAITING;
    // No listener while a connect() is awaited: the error goes to that caller instead of
    // crashing the process, and the client stops (it is not left half-open).
    if (this._connecting !== null && this.listenerCount('error') === 0) return this._giveUp(error, false);
    this._emitError(error);
    if (this._state !== WAITING) return; // an error listener closed the client
    const decision = this._reconnectDelay(error);
    if (debug.enabled && typeof decision === 'number') debug('%s: reconnecting in %d ms (retry %d)', describeTarget(this._settings.connection), decision, this._retries + 1);
    if (typeof decision !== 'number') return this._giveUp(error, decision);
    this._retries++;
    this._retryTimer = setTimeout(() => {
      this._retryTimer = null;
      if (this._state !== WAITING) return;
      this._state = CONNECTING;
      this._connectStart = performance.now();
      this._emit('reconnecting');
      reconnect();
    }, decision);
    if (!this._keepAlive) this._retryTimer.unref();
  }

  /** Asks `reconnectStrategy`; a throw or a wrong answer is reported and the default applies. */
  _reconnectDelay(cause) {
    let result;
    try {
      result = this._settings.reconnectStrategy(this._retries, cause);
    } catch (err) {
      this._emitError(err);
      return defaultReconnectStrategy(this._retries);
    }
    if (result === false || result instanceof Error) return result;
    if (typeof result === 'number' && result >= 0 && result <= TIMER_MAX) return result;
    // node-redis passes any number to setTimeout, which turns NaN, negative and overlong delays
    // into 1 ms (a reconnect storm, with a TimeoutOverflowWarning each time): refused here.
    const range = typeof result === 'number' ? ` (a number of milliseconds from 0 to ${TIMER_MAX})` : '';
    this._emitError(new TypeError(`Reconnect strategy should return \`false | Error | number\`${range}, got ${asText(result)} instead`));
    return defaultReconnectStrategy(this._retries);
  }

  /** The strategy said stop: every waiting command fails — with the connection error after
   *  `false`, with a ReconnectStrategyError carrying the strategy's Error otherwise — and the
   *  client closes (without 'end', as in node-redis). */
  _giveUp(cause, decision) {
    if (debug.enabled) debug('%s: not reconnecting (%s); %d waiting commands fail', describeTarget(this._settings.connection), decision === false ? 'reconnect strategy: false' : decision?.message ?? 'no error listener while connecting', this._pending.length);
    const error = decision instanceof Error ? new errors.ReconnectStrategyError(decision, cause) : cause;
    this._release();
    this._dropQueued(error);
    const connecting = this._connecting;
    this._connecting = null;
    connecting?.reject(error);
  }

  // ---- closing --------------------------------------------------------------------------------

  /** Sends QUIT; the connection closes once every command sent before it has its reply. */
  quit() {
    const self = this._self;
    if (self._state === CLOSED || self._closing) return Promise.reject(new errors.ClientClosedError());
    if (self._state !== READY) {
      self.destroy();
      return Promise.resolve('OK');
    }
    const reply = self._execute(['QUIT'], undefined, undefined);
    self._beginClose();
    return reply;
  }

  QUIT() {
    return this.quit();
  }

  /** Graceful: new commands are refused, the ones already sent get their replies, then close. */
  close() {
    const self = this._self;
    if (self._state === CLOSED) return Promise.reject(new errors.ClientClosedError());
    if (self._closing) return self._closed.promise;
    if (self._state !== READY) {
      self.destroy();
      return Promise.resolve();
    }
    return self._beginClose();
  }

  _beginClose() {
    this._closing = true;
    const closed = (this._closed = deferred());
    if (this._pending.length === 0 && this._encoder.count === 0) this._finish();
    if (this._side === null) return closed.promise;
    // Side connections close as gracefully: each once its blocking command has its reply.
    const sides = this._side.close(new errors.ClientClosedError());
    return closed.promise.then(() => sides).then(() => undefined);
  }

  /** Immediate: pending commands fail with DisconnectsClientError. */
  destroy() {
    const self = this._self;
    if (self._state === CLOSED) throw new errors.ClientClosedError();
    const error = new errors.DisconnectsClientError();
    self._dropQueued(error);
    self._side?.destroy(error);
    self._finish();
  }

  disconnect() {
    try {
      this.destroy();
      return Promise.resolve();
    } catch (err) {
      return Promise.reject(err);
    }
  }

  _release() {
    this._cache?.onClose();
    clearTimeout(this._retryTimer);
    clearTimeout(this._pingTimer);
    this._retryTimer = null;
    this._pingTimer = null;
    if (this._id !== 0) native.close(this._id);
    this._id = 0;
    this._state = CLOSED;
    this._deadlines.clear();
    this._credentials?.dispose();
    registerClient(this._clientId, undefined);
    this._closing = false;
  }

  _finish() {
    if (points.closed.hasSubscribers) points.closed.publish({ clientId: this._clientId, reason: 'application_close', wasConnected: this._state === READY });
    if (debug.enabled) debug('%s: closed', describeTarget(this._settings.connection));
    this._release();
    this._emit('end');
    const closed = this._closed;
    this._closed = null;
    closed?.resolve();
    // As in node-redis, a connect() still retrying when the client is destroyed resolves.
    const connecting = this._connecting;
    this._connecting = null;
    connecting?.resolve();
  }

  // ---- events and the rest of the surface ---------------------------------------------------

  /** With no 'error' listener the error is thrown, as EventEmitter does, but asynchronously so
   *  that the client keeps its state and keeps reconnecting. */
  _emitError(error) {
    errors.detachStack(error); // e.g. a strategy's own Error: listeners may keep it
    if (this.listenerCount('error') > 0) this._emit('error', error);
    else
      process.nextTick(() => {
        throw error;
      });
  }

  /** Whether this client keeps the Node.js process alive while connected (default: yes). */
  ref() {
    const self = this._self;
    self._keepAlive = true;
    if (self._id !== 0) native.setRef(self._id, true);
    self._side?.setKeepAlive(true);
    self._retryTimer?.ref();
    self._pingTimer?.ref();
  }

  unref() {
    const self = this._self;
    self._keepAlive = false;
    if (self._id !== 0) native.setRef(self._id, false);
    self._side?.setKeepAlive(false);
    self._retryTimer?.unref();
    self._pingTimer?.unref();
  }

  /** A new, unconnected client with the same options (plus `overrides`). */
  duplicate(overrides) {
    const options = this._self._settings.options;
    return new RedisClient({
      ...options,
      commandOptions: this._commandOptions,
      ...overrides,
      socket: { ...options.socket, ...overrides?.socket },
    });
  }

  /** What `console.log(client)` and `util.inspect(client)` show: the state and where it
   *  connects — never the options, which hold the password, a URL with it, TLS keys. */
  [INSPECT](depth, options, inspect) {
    const name = this.constructor.name;
    if (depth < 0) return options.stylize(`[${name}]`, 'special');
    const self = this._self;
    const { connection, RESP } = self._settings;
    const summary = { isOpen: this.isOpen, isReady: this.isReady, target: describeTarget(connection) };
    if (connection.tls) summary.tls = true;
    if (self._database !== 0) summary.database = self._database;
    if (RESP !== 2) summary.RESP = RESP;
    return `${name} ${inspect(summary, { ...options, depth: options.depth === null ? null : options.depth - 1 })}`;
  }
}

/** `${value}` as a message shows it, for any value (a Symbol or a null-prototype object throws). */
function asText(value) {
  try {
    return String(value);
  } catch {
    return describe(value);
  }
}

/** `host:port` (IPv6 in brackets) or the UNIX socket path. */
function describeTarget({ path, host, port }) {
  if (path !== undefined) return path;
  return `${host.includes(':') ? `[${host}]` : host}:${port}`;
}

const DRAIN_BUFFER_MIN = 64 * 1024;
const DRAIN_BUFFER_KEPT = 4 * 1024 * 1024;
// The buffer every client's drain copies records into (the decoder copies out what it keeps);
// null while a drain uses it.
let drainBuffer = drainBufferFor(0);

/** A drain buffer for `bytes` of records: a power of two from 64 KiB (one over 4 MiB is dropped
 *  after its drain). */
function drainBufferFor(bytes) {
  let size = DRAIN_BUFFER_MIN;
  while (size < bytes) size *= 2;
  return Buffer.allocUnsafeSlow(size);
}

/** The server's certificate as Node's tls hands it to `checkServerIdentity`
 *  (`getPeerCertificate(true)`): the leaf's legacy object, each issuer chained after it. */
function peerCertificate(certificates) {
  const objects = certificates.map((der) => new X509Certificate(der).toLegacyObject());
  for (let i = 0; i + 1 < objects.length; i++) objects[i].issuerCertificate = objects[i + 1];
  return objects[0];
}

function deferred() {
  const d = {};
  d.promise = new Promise((resolve, reject) => {
    d.resolve = resolve;
    d.reject = reject;
  });
  return d;
}

/** A client's method for a table command: checks and builds its arguments, then sends it (on a
 *  side connection if it blocks, through the client-side cache if there is one). */
function tableMethod(definition) {
  const transforms = { 2: replyTransform(definition, 2), 3: replyTransform(definition, 3) };
  const command = function (...args) {
    const self = this._self;
    if (definition.unstableResp3) checkUnstableResp3(definition, self._settings); // throws at once, as node-redis does
    let commandArgs;
    try {
      commandArgs = definition.build(...args);
    } catch (err) {
      return Promise.reject(errors.detachStack(err));
    }
    const transform = transforms[self._settings.RESP];
    let reply;
    if (definition.blocking !== undefined && self._side !== null && isBlocking(definition, commandArgs)) {
      reply = self._executeBlocking(commandArgs, transform, this._commandOptions);
    } else if (self._cache !== null) {
      reply = self._throughCache(definition.method, commandArgs, transform, this._commandOptions);
    } else {
      reply = self._execute(commandArgs, transform, this._commandOptions);
    }
    return points.reply.hasSubscribers ? publishReply(reply, commandArgs, self._clientId) : reply;
  };
  Object.defineProperty(command, 'name', { value: definition.method });
  return command;
}

// Every command of the table, under its UPPER name and node-redis' camelCase name; the Redis
// Stack namespaces (`client.json.get`) the same way.
for (const [name, definition] of Object.entries(COMMANDS)) {
  if (RedisClient.prototype[definition.method] !== undefined) {
    RedisClient.prototype[name] = RedisClient.prototype[definition.method];
    continue;
  }
  RedisClient.prototype[name] = RedisClient.prototype[definition.method] = tableMethod(definition);
}
attachModules(RedisClient.prototype, tableMethod);

addSharedMembers(RedisClient);
addPubSubMembers(RedisClient.prototype);
attachScanIterators(RedisClient.prototype);

/** Whether `args` is SELECT with a database. */
function isSelect(args) {
  return args.length === 2 && typeof args[0] === 'string' && args[0].length === 6 && args[0].toUpperCase() === 'SELECT';
}

/** node-redis:command:reply for a table command's (transformed) reply. */
function publishReply(promise, args, clientId) {
  return promise.then((reply) => {
    points.reply.publish({ args: sanitizeArgs(args), reply, clientId });
    return reply;
  });
}

function createClient(options) {
  return new RedisClient(options);
}

module.exports = { RedisClient, createClient };
