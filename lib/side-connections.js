'use strict';
// Blocking commands on side connections: BLPOP, BRPOP, BLMOVE, BLMPOP, BRPOPLPUSH, BZPOPMIN/MAX,
// BZMPOP, XREAD/XREADGROUP with BLOCK and WAIT (the table's `blocking` flag) each run on a
// connection of their own, taken from a small per-client set, so that the client's commands are
// answered while they wait. A side connection is an ordinary client made with the same options
// (handshake, TLS, database), opened when needed, reused, and closed after `idleTimeout` unused.
// It never reconnects: if it is lost, the command on it fails (it may have run) and the next one
// gets a new connection. At most `max` at once; more blocking commands wait for one to be free.
// Inside multi() blocking commands stay on the client's connection (lib/multi.js does not come
// here). `blockingConnections: false` turns all this off (node-redis' behaviour).

const { TimeoutError } = require('./errors');

const DEFAULTS = Object.freeze({ max: 100, idleTimeout: 10000 });

/** The `blockingConnections` option, checked: false, or { max, idleTimeout }. */
function blockingSettings(option) {
  if (option === false) return false;
  if (option === undefined || option === true) return DEFAULTS;
  if (option === null || typeof option !== 'object') {
    throw new TypeError(`blockingConnections must be false or { max, idleTimeout }, got ${option === null ? 'null' : typeof option} instead`);
  }
  const max = option.max ?? DEFAULTS.max;
  const idleTimeout = option.idleTimeout ?? DEFAULTS.idleTimeout;
  if (!Number.isInteger(max) || max < 1 || max > 10000) throw new TypeError(`blockingConnections.max must be an integer from 1 to 10000, got ${String(max)} instead`);
  if (!Number.isInteger(idleTimeout) || idleTimeout < 0 || idleTimeout > 2 ** 31 - 1) {
    throw new TypeError(`blockingConnections.idleTimeout must be an integer number of milliseconds from 0 to 2147483647, got ${String(idleTimeout)} instead`);
  }
  return { max, idleTimeout };
}

class SideConnections {
  /** `open(database)`: a new, unconnected client like the owner, on that database. */
  constructor(settings, open) {
    this.settings = settings;
    this.open = open;
    this.idle = []; // { client, timer } free, most recently used last
    this.busy = new Set(); // clients running a command
    this.waiting = []; // commands waiting for a free connection: { run, fail }
    this.keepAlive = true;
  }

  get size() {
    return this.idle.length + this.busy.size;
  }

  /** Runs `execute(client)` (which sends the command and returns its promise) on a side
   *  connection on `database`. */
  run(database, execute) {
    return new Promise((resolve, reject) => {
      const job = { database, execute, resolve, reject };
      const client = this._take(database);
      if (client !== undefined) this._start(client, job);
      else this.waiting.push(job);
    });
  }

  /** A free connection on `database` (a new one if there is room), or undefined. */
  _take(database) {
    while (this.idle.length > 0) {
      const { client, timer } = this.idle.pop();
      clearTimeout(timer);
      if (client._database === database && !client._isClosed) return client;
      this._discard(client); // on another database (SELECT since), or lost
    }
    if (this.size >= this.settings.max) return undefined;
    const client = this.open(database);
    client.on('error', () => {}); // the command on it fails with the error
    if (!this.keepAlive) client.unref();
    client.connect().catch(() => {}); // likewise
    return client;
  }

  _start(client, job) {
    this.busy.add(client);
    let reply;
    try {
      reply = job.execute(client);
    } catch (err) {
      reply = Promise.reject(err);
    }
    reply.then(
      (value) => {
        this._release(client);
        job.resolve(value);
      },
      (err) => {
        // A command that timed out may still be blocked on the server: that connection goes
        // (the server then drops the command, and pops nothing for it).
        if (err instanceof TimeoutError) {
          this.busy.delete(client);
          this._discard(client);
          this._next();
        } else {
          this._release(client);
        }
        job.reject(err);
      },
    );
  }

  /** A command ended on `client`: the next one waiting gets it, or it waits idle. */
  _release(client) {
    this.busy.delete(client);
    if (client._isClosed || client._closing) return this._next();
    const job = this.waiting.shift();
    if (job !== undefined) {
      if (job.database === client._database) return this._start(client, job);
      this._discard(client);
      return this._startOn(job);
    }
    const timer = setTimeout(() => {
      const at = this.idle.findIndex((entry) => entry.client === client);
      if (at !== -1) this.idle.splice(at, 1);
      this._discard(client);
    }, this.settings.idleTimeout);
    timer.unref();
    this.idle.push({ client, timer });
  }

  /** A connection went away: the first waiting command may now open one. */
  _next() {
    const job = this.waiting.shift();
    if (job !== undefined) this._startOn(job);
  }

  _startOn(job) {
    const client = this._take(job.database);
    if (client !== undefined) this._start(client, job);
    else this.waiting.unshift(job);
  }

  _discard(client) {
    if (!client._isClosed) client.destroy();
  }

  /** The owner closes gracefully: idle connections now, busy ones once their command ends;
   *  commands still waiting for a connection fail with `error`. */
  close(error) {
    this._dropIdle(error);
    return Promise.all([...this.busy].map((client) => client.close().catch(() => {})));
  }

  /** The owner is destroyed: every side connection now (their commands fail). */
  destroy(error) {
    this._dropIdle(error);
    for (const client of this.busy) this._discard(client);
  }

  /** The commands waiting for a connection fail with `error`; the idle connections close. */
  _dropIdle(error) {
    for (const job of this.waiting.splice(0)) job.reject(error);
    for (const { client, timer } of this.idle.splice(0)) {
      clearTimeout(timer);
      this._discard(client);
    }
  }

  setKeepAlive(keepAlive) {
    this.keepAlive = keepAlive;
    for (const client of [...this.busy, ...this.idle.map((entry) => entry.client)]) {
      if (keepAlive) client.ref();
      else client.unref();
    }
  }
}

module.exports = { SideConnections, blockingSettings };
