'use strict';
// sentinel.acquire() / sentinel.use(fn): a lease on one master client, for commands that need
// the same connection throughout (WATCH … MULTI/EXEC). The lease names a slot of the master pool,
// not a client: after a failover its commands go to that slot's client on the new master (and a
// WATCH the switch broke fails the EXEC with a WatchError). release() resets the client if it was
// left dirty, then hands the slot on.

const errors = require('../errors');
const { attachCommands, attachScripting } = require('./commands');
const { addSharedMembers } = require('../shared-members');

const RELEASED = 'Attempted execution on released RedisSentinelClient lease';

class RedisSentinelClient {
  constructor(sentinel, slot, commandOptions) {
    this._self = this;
    this._sentinel = sentinel;
    this._slot = slot;
    this._commandOptions = commandOptions;
    this._RESP = sentinel._RESP;
    this._nodeOptions = sentinel._nodeOptions;
    attachScripting(this, sentinel._nodeOptions);
  }

  get isOpen() { return this._self._sentinel.isOpen; }
  get isReady() { return this._self._sentinel.isReady; }
  get commandOptions() { return this._commandOptions; }

  /** Runs `fn(client)` on the leased slot's client (`readonly` is ignored: a lease is the master's). */
  _run(readonly, fn, again) {
    const self = this._self;
    if (self._slot === undefined) return Promise.reject(errors.detachStack(new Error(RELEASED)));
    return self._sentinel._runOn(self._slot, fn, again);
  }

  /** WATCH on the leased client (the next EXEC of this lease fails if the keys change). */
  watch(keys) {
    return this._run(false, (client) => client.watch(keys));
  }

  WATCH(keys) {
    return this.watch(keys);
  }

  unwatch() {
    return this._run(false, (client) => client.unwatch());
  }

  UNWATCH() {
    return this.unwatch();
  }

  /** Hands the slot back (after a reset, if the client was left dirty); throws if already done. */
  release() {
    const self = this._self;
    if (self._slot === undefined) throw new Error('RedisSentinelClient lease already released');
    const slot = self._slot;
    self._slot = undefined;
    return self._sentinel._releaseSlot(slot);
  }
}

addSharedMembers(RedisSentinelClient); // withCommandOptions, withTypeMapping
attachCommands(RedisSentinelClient.prototype);

module.exports = { RedisSentinelClient };
