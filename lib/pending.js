'use strict';
// What waits in a client's reply queue: a Pending per command, or one Chain for the commands of a
// transaction or pipeline. The client reads each reply with the entry's `typeMapping` and hands
// it to `settle`; a lost connection calls `reject`.

const errors = require('./errors');

/** A promise plus its settle functions, without a closure per command. */
class Pending {
  constructor(transform, typeMapping, args) {
    this.transform = transform;
    this.typeMapping = typeMapping;
    this.args = args;
    this.resolve = undefined;
    this.fail = undefined;
    this.promise = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.fail = reject;
    });
  }

  /** The command failed (an error reply, a lost connection...). A cluster's command overrides
   *  this to follow redirects (lib/cluster/routed.js). */
  reject(error) {
    this.fail(error);
  }

  settle(reply) {
    if (reply instanceof errors.ErrorReply) return this.reject(reply);
    if (this.transform === undefined) return this.resolve(reply);
    try {
      this.resolve(this.transform(reply, this.typeMapping, this.args));
    } catch (err) {
      this.reject(errors.detachStack(err)); // made inside the client's reply callback
    }
  }
}

/**
 * One promise for a run of commands sent together (MULTI … EXEC, a pipeline). It stands in the
 * reply queue once per command instead of a Pending each, and settles with the last reply (or
 * every reply) once all have arrived — rejecting with the first error reply, as Promise.all
 * over the commands would.
 */
class Chain {
  constructor(count, typeMapping, keepEvery) {
    this.remaining = count;
    this.typeMapping = typeMapping;
    this.replies = keepEvery ? [] : undefined;
    this.error = undefined;
    this.lastReply = undefined;
    this.promise = new Promise((resolve, reject) => {
      this.resolveChain = resolve;
      this.rejectChain = reject;
    });
  }

  settle(reply) {
    if (reply instanceof errors.ErrorReply) this.error ??= reply;
    else this.replies?.push(reply);
    this.lastReply = reply;
    if (--this.remaining !== 0) return;
    if (this.error !== undefined) this.rejectChain(this.error);
    else this.resolveChain(this.replies ?? this.lastReply);
  }

  /** The connection failed: called once per command still waiting; the first call counts. */
  reject(error) {
    if (this.remaining <= 0) return;
    this.remaining = 0;
    this.rejectChain(error);
  }
}

module.exports = { Pending, Chain };
