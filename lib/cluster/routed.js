'use strict';
// A cluster command: a Pending (one promise, handed from node client to node client) that knows
// where it goes and follows the cluster's answers. It is queued on a node client like any
// command; what comes back decides:
//   - a reply, or an error that is an answer: settled, as on a single client;
//   - MOVED / ASK / TRYAGAIN / CLUSTERDOWN: the server did not run it; the cluster sends it on;
//   - ClientOfflineError: the node client refused it before writing a byte (the node is down):
//     the cluster holds it until a node can take it.
// A command written on a connection that is then lost fails with that error: it may have run,
// so it is never sent again.

const { Pending } = require('../pending');
const errors = require('../errors');
const { redirectOf } = require('./topology');

class Routed extends Pending {
  constructor(cluster, slot, readonly, args, plan, transform, typeMapping) {
    super(transform, typeMapping, transform === undefined ? undefined : args);
    this.cluster = cluster;
    this.slot = slot; // undefined: a keyless command, for any node
    this.readonly = readonly;
    this.commandArgs = args;
    this.plan = plan;
    this.redirections = 0;
    this.target = undefined; // the address an ASK sent it to, for its next sending only
    this.node = undefined; // the node it was last queued on
    this.notBefore = 0; // while held: not to be sent before this time (a TRYAGAIN's pause)
    this.deadline = undefined; // while held: failed if no node took it by then
    this.lastReply = undefined; // the TRYAGAIN / CLUSTERDOWN it was held after, if any
    this.blocking = false; // sent on a side connection of its node's client
    this.attempt = undefined; // { resolve, reject } of that side connection's use, this attempt
    this.done = false; // settled (true only with a timeout or a signal: lib/guarded.js)
  }

  /** This attempt on a side connection is over: the connection is free again — or, after a
   *  timeout, closed (the command may still be blocked on the server). */
  _endAttempt(error) {
    const attempt = this.attempt;
    if (attempt === undefined) return;
    this.attempt = undefined;
    if (error instanceof errors.TimeoutError) attempt.reject(error);
    else attempt.resolve();
  }

  settle(reply) {
    if (this.done) return; // the late reply of a command that timed out: dropped
    this._endAttempt();
    if (reply instanceof errors.ErrorReply) {
      const redirect = redirectOf(reply.message);
      if (redirect !== undefined && this.cluster._redirect(this, redirect, reply)) return;
    }
    super.settle(reply);
  }

  /** Sends it (again) to wherever its slot is served now. */
  retry() {
    if (this.seq !== undefined) this.seq = -1; // numbered afresh on the link it goes to
    this.cluster._dispatch(this);
  }

  reject(error) {
    if (this.done) return;
    this._endAttempt(error);
    if (error instanceof errors.ClientOfflineError && this.cluster._hold(this)) return;
    this.fail(error);
  }
}

module.exports = { Routed };
