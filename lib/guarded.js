'use strict';
// Commands with a deadline (`commandOptions.timeout`) or an AbortSignal (`withAbortSignal`), or
// sent `asap()` (client._submitFront).
//
// A command that times out before any of it is written is taken out of the queue (the engine
// cuts it out: core/src/connection/outgoing.rs, `cancel`) and never runs. One that times out
// after it was written rejects with TimeoutError too — node-redis 5 only counts the time before
// the write, so a command a slow server holds waits forever there — but it keeps its place
// among the commands waiting for replies, and its reply, when it comes, is dropped: never
// handed to another command, and the connection is kept. An abort only takes out a command not
// yet written, as in node-redis; after that it changes nothing.
//
// The deadlines of a client (or a cluster) are kept in one FIFO per timeout value — with the
// same timeout, commands expire in the order they were given — and one timer serves the
// nearest. A settled command leaves its FIFO as soon as the ones before it have settled too
// (replies come in order), so a client default timeout keeps only the commands in flight.

const { Pending } = require('./pending');
const Queue = require('./queue');
const errors = require('./errors');

/** Makes `pending` (a GuardedPending, or a cluster's Routed command given a timeout or a signal)
 *  settle once: whatever settles it first — its reply, its failure, its timeout or abort — marks
 *  it done, takes it off its signal and out of its deadlines. */
function guard(pending) {
  pending.seq = -1; // its sequence number on the link once handed to the engine (client._flush)
  pending.batchIndex = -1; // its place in this tick's batch until then (client._submit)
  pending.done = false;
  pending.timeout = 0;
  pending.expiresAt = 0;
  pending.deadlines = undefined; // the Deadlines it is in
  pending.signal = undefined;
  pending.onAbort = undefined;
  const { resolve, fail } = pending;
  pending.resolve = (value) => {
    finish(pending);
    resolve(value);
  };
  pending.fail = (error) => {
    finish(pending);
    fail(error);
  };
}

function finish(pending) {
  pending.done = true;
  if (pending.onAbort !== undefined) pending.signal.removeEventListener('abort', pending.onAbort);
  pending.deadlines?.settled(pending);
}

/** A Pending that settles once: the first of its reply, its failure, its timeout or abort. */
class GuardedPending extends Pending {
  constructor(transform, typeMapping, args) {
    super(transform, typeMapping, args);
    guard(this);
  }

  settle(reply) {
    if (!this.done) super.settle(reply); // else the late reply of a command that timed out: dropped
  }

  reject(error) {
    if (!this.done) super.reject(error);
  }
}

class Deadlines {
  /** `owner._cancel(pending)` takes a command out if none of it was written. */
  constructor(owner) {
    this.owner = owner;
    this.queues = new Map(); // timeout ms → Queue of commands, oldest first
    this.timer = null;
    this.at = Infinity; // when the timer fires
    this.fire = this.fire.bind(this);
  }

  add(pending, ms) {
    pending.timeout = ms;
    pending.expiresAt = performance.now() + ms;
    pending.deadlines = this;
    let queue = this.queues.get(ms);
    if (queue === undefined) this.queues.set(ms, (queue = new Queue()));
    queue.push(pending);
    if (pending.expiresAt < this.at) this._arm();
  }

  /** A command settled: the settled ones at the front of its queue leave it. */
  settled(pending) {
    const queue = this.queues.get(pending.timeout);
    if (queue === undefined) return;
    while (queue.length > 0 && queue.peek().done) queue.shift();
    if (queue.length === 0) this.queues.delete(pending.timeout);
  }

  _arm() {
    clearTimeout(this.timer);
    this.timer = null;
    this.at = Infinity;
    for (const queue of this.queues.values()) this.at = Math.min(this.at, queue.peek().expiresAt);
    if (this.at === Infinity) return;
    this.timer = setTimeout(this.fire, Math.max(0, Math.ceil(this.at - performance.now())));
    this.timer.unref(); // a command's deadline never keeps the process alive by itself
  }

  fire() {
    this.timer = null;
    const now = performance.now();
    for (const [ms, queue] of this.queues) {
      while (queue.length > 0 && (queue.peek().done || queue.peek().expiresAt <= now)) {
        const pending = queue.shift();
        if (pending.done) continue;
        pending.deadlines = undefined; // it leaves its queue here
        this.owner._cancel(pending); // never written: it never will be
        pending.reject(new errors.TimeoutError(`The command timed out after ${Math.round(ms)} ms`));
      }
      if (queue.length === 0) this.queues.delete(ms);
    }
    this._arm();
  }

  /** The owner is gone: no timer left behind. */
  clear() {
    clearTimeout(this.timer);
    this.timer = null;
    this.at = Infinity;
    this.queues.clear();
  }
}

/** A `commandOptions.timeout`, checked: undefined for none. */
function timeoutOf(commandOptions) {
  const { timeout } = commandOptions;
  if (timeout === undefined) return undefined;
  if (typeof timeout !== 'number' || !(timeout >= 0) || timeout > 2 ** 31 - 1) {
    throw new TypeError(`commandOptions.timeout must be a number of milliseconds from 0 to 2147483647, got ${String(timeout)} instead`);
  }
  return timeout === 0 ? undefined : timeout; // 0: none, as in node-redis (which tests it for truthiness)
}

/** A `commandOptions.abortSignal`, checked. */
function signalOf(commandOptions) {
  const { abortSignal: signal } = commandOptions;
  if (signal !== undefined && (signal === null || typeof signal.aborted !== 'boolean' || typeof signal.addEventListener !== 'function')) {
    throw new TypeError('abortSignal must be an AbortSignal');
  }
  return signal;
}

/** Starts `pending`'s timeout and abort watch, once it is queued (`owner`: its client or
 *  cluster, whose `_deadlines` keep the time and whose `_cancel` takes it back). */
function watch(owner, pending, timeout, signal) {
  if (pending.done) return; // rejected at once (closed, offline, wrong argument)
  if (timeout !== undefined) owner._deadlines.add(pending, timeout);
  if (signal !== undefined) {
    pending.signal = signal;
    pending.onAbort = () => {
      // Only a command not written yet is taken back, as in node-redis.
      if (!pending.done && owner._cancel(pending)) pending.reject(new errors.AbortError());
    };
    signal.addEventListener('abort', pending.onAbort, { once: true });
  }
}

/**
 * A command with `commandOptions.timeout` and/or `abortSignal`, checked: `make()` gives its
 * pending (guarded), `send(pending)` queues it and returns its promise; then its time and signal
 * are watched. The client's commands and a cluster's come here.
 */
function sendGuarded(owner, commandOptions, make, send) {
  let timeout;
  let signal;
  try {
    timeout = timeoutOf(commandOptions);
    signal = signalOf(commandOptions);
  } catch (err) {
    return Promise.reject(errors.detachStack(err));
  }
  if (signal?.aborted) return Promise.reject(new errors.AbortError());
  const pending = make();
  const promise = send(pending);
  watch(owner, pending, timeout, signal);
  return promise;
}

/** A client's command with `commandOptions.timeout`, `abortSignal` and/or `asap`
 *  (client._execute hands it here): its promise. */
function executeGuarded(client, args, transform, commandOptions, plan) {
  return sendGuarded(
    client,
    commandOptions,
    () => new GuardedPending(transform, commandOptions.typeMapping, transform === undefined ? undefined : args),
    (pending) => client._submitTraced(pending, args, plan, commandOptions.asap === true),
  );
}

module.exports = { GuardedPending, Deadlines, executeGuarded, sendGuarded, guard };
