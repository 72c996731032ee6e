'use strict';
// The command surface a sentinel and its leases share: every table command in both names (but
// HOTKEYS, which needs one connection throughout, as node-redis leaves it off), the Redis Stack
// namespaces, the options' scripts, functions and modules, `sendCommand` and `multi()`. Each runs
// `fn(client)` through the owner's `_run(readonly, fn)`, which picks the client (master or
// replica), waits while there is none, and retries what a topology change refused.

const { viewOf, attachDelegatedCommands, attachDelegatedScripting } = require('../delegated');
const { RedisClientMultiCommand } = require('../multi');
const { attachScriptingToMulti } = require('../scripting');
const { unwritten } = require('./retry');

/** A method that runs `call(client, args)` on a client the owner picks. */
function routed(readonly, call) {
  return function (...args) {
    const options = this._commandOptions;
    return this._run(readonly, (client) => call(viewOf(client, options), args));
  };
}

// Read-only for the server, but what they publish reaches only the subscribers of the node that
// runs them, and the sentinel's subscriptions are on the master: they go to the master. (node-redis
// 5.12.1 sends them to a replica with replicaPoolSize, where nobody listens.)
const MASTER_ONLY = new Set(['publish', 'sPublish']);

function attachCommands(prototype) {
  attachDelegatedCommands(prototype, (readonly, call, definition) => routed(readonly && !MASTER_ONLY.has(definition.method), call));

  /** node-redis' sentinel form: `sendCommand(isReadonly, args, options)`. */
  prototype.sendCommand = function (isReadonly, args, options) {
    const commandOptions = this._commandOptions;
    return this._run(isReadonly === true, (client) => viewOf(client, commandOptions).sendCommand(args, options));
  };

  prototype.multi = prototype.MULTI = function () {
    const multi = new SentinelMultiCommand(this, this._commandOptions?.typeMapping);
    attachScriptingToMulti(multi, this._self._nodeOptions, this._self._RESP);
    return multi;
  };
}

/**
 * sentinel.multi(): queued here, run on the master (on the lease's client, for a lease). Sent
 * again only if it was never written, and not then either if its client was watching (the WATCH
 * went with that client): a READONLY may come after commands of it that ran.
 */
class SentinelMultiCommand extends RedisClientMultiCommand {
  constructor(owner, typeMapping) {
    super({ _settings: { RESP: owner._self._RESP, options: owner._self._nodeOptions } }, typeMapping); // a client is picked at exec time
    this._owner = owner;
  }

  exec(execAsPipeline = false) {
    if (execAsPipeline) return this.execAsPipeline();
    return this._runOnce((client) => RedisClientMultiCommand.prototype.exec.call(this, false));
  }

  execAsPipeline() {
    return this._runOnce(() => RedisClientMultiCommand.prototype.execAsPipeline.call(this));
  }

  _runOnce(run) {
    let watched = false;
    return this._owner._run(false, (client) => {
      this._client = client;
      watched = client.isWatching || client.isDirtyWatch;
      return run(client);
    }, (err) => !watched && unwritten(err));
  }
}

/** The options' scripts, functions and modules on a sentinel (or lease) object. */
const attachScripting = (target, options) => attachDelegatedScripting(target, options, routed);

module.exports = { attachCommands, attachScripting };
