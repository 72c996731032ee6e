'use strict';
// createClientPool / client.createPool: node-redis 5's RedisClientPool. A task (`execute(fn)`,
// or one command) takes an idle client for itself, or waits for one; the pool opens clients on
// demand up to `maximum` and closes the idle ones above `minimum` after `cleanupDelay`.
//
// Beyond node-redis 5.12.1 (README: differences):
//   - a client handed back dirty (another database, subscriptions, MONITOR, a WATCH) is reset
//     before the next task gets it (node-redis 5.12.1 hands it on as it is);
//   - a scale-up connect that fails rejects the task that asked for it, with the cause (node-redis:
//     an unhandled rejection, and the task waits for acquireTimeout);
//   - destroy() rejects the waiting tasks (node-redis leaves them to acquireTimeout);
//   - a client that gave up reconnecting leaves the pool, and a task waiting gets a new one;
//   - a task's client is handed back before the task's caller resumes.

const { EventEmitter } = require('node:events');
const { performance } = require('node:perf_hooks');
const errors = require('./errors');
const { RedisClient } = require('./client');
const { viewOf, attachDelegatedCommands, attachDelegatedScripting } = require('./delegated');
const { describe } = require('./commands/args');
const { RedisClientMultiCommand } = require('./multi');
const { attachScriptingToMulti } = require('./scripting');
const { addSharedMembers } = require('./shared-members');
const { cacheOf, BasicPooledClientSideCache } = require('./cache');
const { points } = require('./tracing');
const Queue = require('./queue');
const { TIMER_MAX } = require('./options');

const DEFAULTS = { minimum: 1, maximum: 100, acquireTimeout: 3000, cleanupDelay: 3000 };

function checkPoolOptions(options) {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new TypeError(`pool options must be an object, got ${describe(options)} instead`);
  }
  const settings = { ...DEFAULTS, ...options };
  const integer = (name, min, max = Number.MAX_SAFE_INTEGER) => {
    const value = settings[name];
    if (!(Number.isInteger(value) || (value === Infinity && max === Infinity)) || value < min || value > max) {
      throw new TypeError(`pool option ${name} must be an integer from ${min} to ${max}, got ${describe(value)} instead`);
    }
  };
  integer('minimum', 1);
  integer('maximum', settings.minimum, Infinity);
  integer('acquireTimeout', 0, TIMER_MAX); // longer, Node's timers would fire at once
  integer('cleanupDelay', 0, TIMER_MAX);
  return settings;
}

class RedisClientPool extends EventEmitter {
  constructor(clientOptions, poolOptions) {
    super();
    this._self = this;
    this._options = checkPoolOptions(poolOptions);
    if (clientOptions !== undefined && (clientOptions === null || typeof clientOptions !== 'object')) {
      throw new TypeError(`createClientPool: client options must be an object, got ${describe(clientOptions)} instead`);
    }
    const options = { ...clientOptions };
    this._cache = cacheOf(this._options.clientSideCache, BasicPooledClientSideCache);
    if (this._cache !== undefined) options.clientSideCache = this._cache; // one cache for every client
    // Checks the options at once (as createClient would), and gives the pool the clients' RESP.
    this._RESP = new RedisClient(options)._settings.RESP;
    this._clientOptions = options;
    this._commandOptions = undefined;
    this._idle = []; // idle clients, the most recently returned last
    this._inUse = new Set(); // clients connecting or running a task
    this._tasks = new Queue(); // { fn, resolve, reject, timer, start }
    this._isOpen = false;
    this._isClosing = false;
    this._drained = null; // resolve() of close()'s wait for the tasks under way
    this._cleanupTimer = null;
    attachDelegatedScripting(this, options, (readonly, call) => task(call));
  }

  get idleClients() { return this._self._idle.length; }
  get clientsInUse() { return this._self._inUse.size; }
  get totalClients() { return this._self._idle.length + this._self._inUse.size; }
  get tasksQueueLength() { return this._self._tasks.length; }
  get isOpen() { return this._self._isOpen; }
  get isClosing() { return this._self._isClosing; }
  get clientSideCache() { return this._self._cache; }

  /** Opens `minimum` clients. Resolves to the pool; a second call resolves to undefined. */
  async connect() {
    const self = this._self;
    if (self._isOpen) return undefined;
    self._isOpen = true;
    const opening = [];
    for (let i = 0; i < self._options.minimum; i++) opening.push(self._create());
    const results = await Promise.allSettled(opening);
    const failed = results.find((r) => r.status === 'rejected');
    if (failed !== undefined) {
      self.destroy();
      throw failed.reason;
    }
    return this;
  }

  /** A new client, counted in use while it connects; idle (or given to a task) once ready.
   *  `failFast` (a scale-up, with a task waiting): its first connection error fails it, rather
   *  than the reconnect strategy retrying while the task waits out acquireTimeout. connect()'s
   *  clients retry as the strategy says, their errors going to the pool's 'error' listeners —
   *  or, with none, failing connect() (as a client's connect() does). */
  async _create(failFast = false) {
    const client = new RedisClient(this._clientOptions);
    this._inUse.add(client);
    let failed;
    const connectError = new Promise((resolve, reject) => (failed = reject));
    connectError.catch(() => {});
    client.on('error', (err) => (failFast || this.listenerCount('error') === 0 ? failed(err) : this._emitError(err)));
    try {
      await Promise.race([client.connect(), connectError]);
    } catch (err) {
      this._inUse.delete(client);
      if (!client._isClosed) client.destroy();
      this._settled();
      throw err;
    }
    client.removeAllListeners('error');
    client.on('error', (err) => this._emitError(err));
    client.on('end', () => this._gone(client));
    if (!this._isOpen) {
      this._inUse.delete(client);
      client.destroy();
      return;
    }
    this._release(client);
  }

  /** Runs `fn(client)` with a client for it alone; resolves to what fn returns. */
  execute(fn) {
    const self = this._self;
    return new Promise((resolve, reject) => {
      if (self._isClosing || !self._isOpen) return reject(new errors.ClientClosedError());
      if (typeof fn !== 'function') return reject(new TypeError(`execute expects a function, got ${describe(fn)} instead`));
      const task = { fn, resolve, reject, timer: null, start: performance.now() };
      const client = self._takeIdle();
      if (client !== undefined) {
        self._inUse.add(client);
        return self._run(client, task);
      }
      self._tasks.push(task);
      if (self._options.acquireTimeout > 0) {
        task.timer = setTimeout(() => {
          if (self._tasks.remove(task) === -1) return;
          reject(new errors.TimeoutError('Timeout waiting for a client'));
          self._settled();
        }, self._options.acquireTimeout);
      }
      self._scaleUpFor(task);
    });
  }

  /** The most recently returned idle client still open (one that gave up reconnecting leaves). */
  _takeIdle() {
    for (let client = this._idle.pop(); client !== undefined; client = this._idle.pop()) {
      if (!client._isClosed) return client;
    }
    return undefined;
  }

  /** A new client for `task` (waiting), if the pool may grow; if it cannot connect, the task
   *  fails with the reason (if it still waits). */
  _scaleUpFor(task) {
    if (this.totalClients >= this._options.maximum) return;
    this._create(true).catch((err) => {
      if (this._tasks.remove(task) === -1) return;
      clearTimeout(task.timer);
      task.reject(err);
      this._settled();
    });
  }

  /** A client left the pool: the oldest waiting task gets a new one, if the pool may grow. */
  _refill() {
    const task = this._tasks.peek();
    if (task !== undefined && this._isOpen) this._scaleUpFor(task);
  }

  _run(client, task) {
    if (points.poolWait.hasSubscribers) points.poolWait.publish({ clientId: client._clientId, waitStartTimestamp: task.start });
    let result;
    let thenable;
    try {
      result = task.fn(client);
      thenable = result !== null && (typeof result === 'object' || typeof result === 'function') && typeof result.then === 'function';
    } catch (err) {
      task.reject(err);
      return this._release(client);
    }
    if (!thenable) {
      task.resolve(result);
      return this._release(client);
    }
    // The client goes back before the task's caller resumes: it then sees the pool as it is.
    Promise.resolve(result).then(
      (value) => {
        this._release(client);
        task.resolve(value);
      },
      (err) => {
        this._release(client);
        task.reject(err);
      },
    );
  }

  /** `client` is free: reset if the task left it dirty, then to the next task or idle. */
  _release(client) {
    let reset;
    try {
      reset = client._isClosed ? undefined : client.resetIfDirty();
    } catch (err) {
      reset = Promise.reject(err);
    }
    if (reset === undefined) return this._next(client);
    reset.then(() => this._next(client), (err) => {
      // Not handed on as it is: the next task would run in the state it was left in.
      this._emitError(err);
      this._inUse.delete(client);
      if (!client._isClosed) client.destroy();
      this._refill();
      this._settled();
    });
  }

  _next(client) {
    if (client._isClosed) {
      this._inUse.delete(client);
      this._refill();
      return this._settled();
    }
    const task = this._tasks.shift();
    if (task !== undefined) {
      clearTimeout(task.timer);
      return this._run(client, task);
    }
    this._inUse.delete(client);
    this._idle.push(client);
    this._settled();
    this._scheduleCleanup();
  }

  /** A client closed on its own (it gave up reconnecting): out of the pool. */
  _gone(client) {
    const at = this._idle.indexOf(client);
    if (at !== -1) this._idle.splice(at, 1);
    // One in use leaves when its task hands it back (_next).
  }

  /** close() waits for the tasks under way: done once no client is in use. */
  _settled() {
    if (this._drained !== null && this._inUse.size === 0 && this._tasks.length === 0) this._drained();
  }

  _scheduleCleanup() {
    if (this.totalClients <= this._options.minimum || this._isClosing) return;
    clearTimeout(this._cleanupTimer);
    this._cleanupTimer = setTimeout(() => {
      this._cleanupTimer = null;
      const extra = Math.min(this._idle.length, this.totalClients - this._options.minimum);
      // The longest idle go first.
      for (const client of this._idle.splice(0, extra)) client.destroy();
    }, this._options.cleanupDelay);
    this._cleanupTimer.unref?.();
  }

  sendCommand(args, options) {
    return this.execute((client) => client.sendCommand(args, options));
  }

  /** A transaction or pipeline, run on one client of the pool. */
  multi() {
    const multi = new RedisClientPoolMultiCommand(this._self, this._commandOptions?.typeMapping);
    attachScriptingToMulti(multi, this._self._clientOptions, this._self._RESP);
    return multi;
  }

  MULTI() {
    return this.multi();
  }

  asap() {
    return this.withCommandOptions({ ...this._commandOptions, asap: true });
  }

  withAbortSignal(signal) {
    return this.withCommandOptions({ ...this._commandOptions, abortSignal: signal });
  }

  /** Waits for the tasks under way and waiting, then closes every client. */
  async close() {
    const self = this._self;
    if (self._isClosing || !self._isOpen) return;
    self._isClosing = true;
    clearTimeout(self._cleanupTimer);
    try {
      if (self._inUse.size > 0 || self._tasks.length > 0) await new Promise((resolve) => (self._drained = resolve));
      const idle = self._idle.splice(0); // (each close takes its client out of _idle: _gone)
      await Promise.allSettled(idle.map((client) => client.close()));
    } finally {
      self._idle = [];
      self._inUse.clear();
      self._cache?.onPoolClose();
      self._drained = null;
      self._isClosing = false;
      self._isOpen = false;
    }
  }

  /** Closes every client now: their commands fail, and so do the tasks waiting for one. */
  destroy() {
    const self = this._self;
    clearTimeout(self._cleanupTimer);
    for (const client of [...self._idle, ...self._inUse]) if (!client._isClosed) client.destroy();
    self._idle = [];
    self._inUse.clear();
    for (let task = self._tasks.shift(); task !== undefined; task = self._tasks.shift()) {
      clearTimeout(task.timer);
      task.reject(new errors.DisconnectsClientError());
    }
    self._cache?.onPoolClose();
    self._drained?.();
    self._isOpen = false;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return options.stylize('[RedisClientPool]', 'special');
    const self = this._self;
    const summary = { isOpen: self._isOpen, idleClients: self.idleClients, clientsInUse: self.clientsInUse, tasksQueueLength: self.tasksQueueLength };
    return `RedisClientPool ${inspect(summary, { ...options, depth: options.depth === null ? null : options.depth - 1 })}`;
  }
}

addSharedMembers(RedisClientPool);

/** A pool's transaction: queued like a client's, run on one client of the pool at exec. */
class RedisClientPoolMultiCommand extends RedisClientMultiCommand {
  constructor(pool, typeMapping) {
    super({ _settings: { RESP: pool._RESP, options: pool._clientOptions } }, typeMapping); // a client is taken at exec time
    this._pool = pool;
  }

  exec(execAsPipeline = false) {
    if (execAsPipeline) return this.execAsPipeline();
    return this._pool.execute((client) => {
      this._client = client;
      return RedisClientMultiCommand.prototype.exec.call(this, false);
    });
  }

  execAsPipeline() {
    return this._pool.execute((client) => {
      this._client = client;
      return RedisClientMultiCommand.prototype.execAsPipeline.call(this);
    });
  }
}

/** A pool method that runs `run(client, args)` as a task of its own, on a client seen through
 *  the pool's (or its view's) command options. */
function task(run) {
  return function (...args) {
    const { _commandOptions: options } = this;
    return this._self.execute((client) => run(viewOf(client, options), args));
  };
}

// Every command of the table in both names, each a task of its own, and the Redis Stack
// namespaces the same way (./delegated.js).
attachDelegatedCommands(RedisClientPool.prototype, (readonly, call) => task(call));

function createClientPool(clientOptions, poolOptions) {
  return new RedisClientPool(clientOptions, poolOptions);
}

module.exports = { RedisClientPool, createClientPool };
