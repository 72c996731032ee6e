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
// One timer per client serves all its deadlines (a binary heap by time), so that a default
// timeout on every command costs a heap insertion, not a timer each.

const { Pending } = require('./pending');
const errors = require('./errors');

/** A Pending that settles once: the first of its reply, its failure, its timeout or abort. */
class GuardedPending extends Pending {
  constructor(transform, typeMapping, args) {
    super(transform, typeMapping, args);
    this.seq = -1; // its sequence number on the link once handed to the engine (client._flush)
    this.batchIndex = -1; // its place in this tick's batch until then (client._submit)
    this.done = false;
    this.timeout = 0;
    this.deadline = 0;
    this.signal = undefined;
    this.onAbort = undefined;
  }

  settle(reply) {
    if (this.done) return; // the late reply of a command that timed out: dropped
    if (reply instanceof errors.ErrorReply) return this.reject(reply);
    this._finish();
    super.settle(reply);
  }

  reject(error) {
    if (this.done) return;
    this._finish();
    super.reject(error);
  }

  _finish() {
    this.done = true;
    if (this.onAbort !== undefined) this.signal.removeEventListener('abort', this.onAbort);
  }
}

/** The deadlines of a client's commands: one timer for the nearest. */
class Deadlines {
  constructor(client) {
    this.client = client;
    this.heap = []; // GuardedPendings by deadline
    this.timer = null;
    this.at = Infinity; // when the timer fires
    this.fire = this.fire.bind(this);
  }

  add(pending, ms) {
    pending.deadline = performance.now() + ms;
    const heap = this.heap;
    heap.push(pending);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent].deadline <= heap[i].deadline) break;
      [heap[parent], heap[i]] = [heap[i], heap[parent]];
      i = parent;
    }
    if (pending.deadline < this.at) this._arm();
  }

  _pop() {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < heap.length && heap[left].deadline < heap[smallest].deadline) smallest = left;
        if (right < heap.length && heap[right].deadline < heap[smallest].deadline) smallest = right;
        if (smallest === i) break;
        [heap[smallest], heap[i]] = [heap[i], heap[smallest]];
        i = smallest;
      }
    }
    return top;
  }

  _arm() {
    clearTimeout(this.timer);
    this.timer = null;
    this.at = Infinity;
    // Settled commands are dropped from the top as they come up.
    while (this.heap.length > 0 && this.heap[0].done) this._pop();
    if (this.heap.length === 0) return;
    this.at = this.heap[0].deadline;
    this.timer = setTimeout(this.fire, Math.max(0, Math.ceil(this.at - performance.now())));
    this.timer.unref(); // a command's deadline never keeps the process alive by itself
  }

  fire() {
    this.timer = null;
    const now = performance.now();
    while (this.heap.length > 0 && (this.heap[0].done || this.heap[0].deadline <= now)) {
      const pending = this._pop();
      if (pending.done) continue;
      this.client._cancel(pending); // never written: it never will be
      pending.reject(new errors.TimeoutError(`The command timed out after ${Math.round(pending.timeout)} ms`));
    }
    this.at = Infinity;
    this._arm();
  }

  /** The client is gone: no timer left behind. */
  clear() {
    clearTimeout(this.timer);
    this.timer = null;
    this.at = Infinity;
    this.heap = [];
  }
}

/** A `commandOptions.timeout`, checked. */
function timeoutOf(commandOptions) {
  const { timeout } = commandOptions;
  if (timeout === undefined) return undefined;
  if (typeof timeout !== 'number' || !(timeout >= 0) || timeout > 2 ** 31 - 1) {
    throw new TypeError(`commandOptions.timeout must be a number of milliseconds from 0 to 2147483647, got ${String(timeout)} instead`);
  }
  return timeout === 0 ? undefined : timeout; // 0: none, as in node-redis (which tests it for truthiness)
}

/**
 * Sends a command with `commandOptions.timeout` and/or `abortSignal` (client._execute hands it
 * here): its promise.
 */
function executeGuarded(client, args, transform, commandOptions, plan) {
  let timeout;
  try {
    timeout = timeoutOf(commandOptions);
  } catch (err) {
    return Promise.reject(errors.detachStack(err));
  }
  const { abortSignal: signal } = commandOptions;
  if (signal !== undefined && (signal === null || typeof signal.aborted !== 'boolean' || typeof signal.addEventListener !== 'function')) {
    return Promise.reject(errors.detachStack(new TypeError('abortSignal must be an AbortSignal')));
  }
  if (signal?.aborted) return Promise.reject(new errors.AbortError());
  const pending = new GuardedPending(transform, commandOptions.typeMapping, transform === undefined ? undefined : args);
  const promise = client._submitTraced(pending, args, plan, commandOptions.asap === true);
  if (pending.done) return promise; // rejected at once (closed, offline, wrong argument)
  if (timeout !== undefined) {
    pending.timeout = timeout;
    client._deadlines.add(pending, timeout);
  }
  if (signal !== undefined) {
    pending.signal = signal;
    pending.onAbort = () => {
      // Only a command not written yet is taken back, as in node-redis.
      if (!pending.done && client._cancel(pending)) pending.reject(new errors.AbortError());
    };
    signal.addEventListener('abort', pending.onAbort, { once: true });
  }
  return promise;
}

module.exports = { GuardedPending, Deadlines, executeGuarded };
