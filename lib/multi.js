'use strict';
// client.multi(): queue commands with the same methods as the client (chainable), then run them
// as one MULTI/EXEC transaction (`exec()`) or as a plain pipeline (`execAsPipeline()`). The
// commands of either are handed to the engine in the same tick, so nothing interleaves.

const errors = require('./errors');
const { COMMANDS, replyTransform, checkUnstableResp3 } = require('./commands');
const { attachModules } = require('./namespaces');

class RedisClientMultiCommand {
  constructor(client, typeMapping) {
    this._client = client;
    this._typeMapping = typeMapping;
    this._queue = []; // { args, transform }
    this._buildError = null; // the first wrong argument: exec() rejects with it, sends nothing
    this._selectedDB = undefined;
  }

  /** Queues raw arguments (`sendCommand` of a transaction); replies are not transformed. */
  addCommand(args, transform) {
    if (!Array.isArray(args)) {
      this._buildError ??= errors.detachStack(new TypeError('addCommand expects an array of arguments'));
    } else {
      this._queue.push({ args, transform });
    }
    return this;
  }

  sendCommand(args) {
    return this.addCommand(Array.isArray(args) ? args.slice() : args);
  }

  /** SELECT inside the transaction; the client remembers the database once it has run. */
  select(db) {
    this._queueDefinition(COMMANDS.SELECT, [db]);
    if (this._buildError === null) this._selectedDB = Number(db);
    return this;
  }

  SELECT(db) {
    return this.select(db);
  }

  /** The RESP and options of what runs the transaction (for the `unstableResp3` gate). */
  _settingsOf() {
    return this._client._settings;
  }

  _queueDefinition(definition, args) {
    try {
      this._queueBuilt(definition, definition.build(...args));
    } catch (err) {
      this._buildError ??= errors.detachStack(err);
    }
    return this;
  }

  /** Queues a table command's built arguments (a cluster's transaction also notes its key). */
  _queueBuilt(definition, commandArgs) {
    this.addCommand(commandArgs, replyTransform(definition, this._client._settings.RESP));
  }

  /** MULTI … EXEC. Resolves to the transformed replies; WatchError if a watched key changed;
   *  MultiErrorReply if some commands failed inside the transaction. */
  async exec(execAsPipeline = false) {
    if (execAsPipeline) return this.execAsPipeline();
    if (this._buildError !== null) throw this._buildError;
    return this._selecting(async () => this._settle(await this._client._executeMulti(this._queue, this._typeMapping)));
  }

  /** `run()`, counted as a SELECT on its way while it is, if the commands select a database (a
   *  client-side cache is not read meanwhile: lib/client.js _throughCache). */
  async _selecting(run) {
    if (this._selectedDB === undefined || this._client._selects === undefined) return run();
    this._client._selects++;
    try {
      return await run();
    } finally {
      this._client._selects--;
    }
  }

  EXEC(execAsPipeline) {
    return this.exec(execAsPipeline);
  }

  execTyped(execAsPipeline) {
    return this.exec(execAsPipeline);
  }

  /** The same commands without MULTI/EXEC; rejects with the first failing command's error. */
  async execAsPipeline() {
    if (this._buildError !== null) throw this._buildError;
    if (this._queue.length === 0) return [];
    return this._selecting(async () => this._settle(await this._client._executePipeline(this._queue, this._typeMapping)));
  }

  execAsPipelineTyped() {
    return this.execAsPipeline();
  }

  /** `util.inspect(multi)`: how many commands are queued and the client's summary (never the
   *  arguments: a queued AUTH carries a password). */
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return options.stylize('[RedisClientMultiCommand]', 'special');
    const summary = { queued: this._queue.length, client: this._client };
    return `RedisClientMultiCommand ${inspect(summary, { ...options, depth: options.depth === null ? null : options.depth - 1 })}`;
  }

  _settle(replies) {
    if (this._selectedDB !== undefined) this._client._rememberDatabase(this._selectedDB);
    const errorIndexes = [];
    const results = replies.map((reply, i) => {
      if (reply instanceof errors.ErrorReply) {
        errorIndexes.push(i);
        return reply;
      }
      const { transform, args } = this._queue[i];
      return transform === undefined ? reply : transform(reply, this._typeMapping, args);
    });
    if (errorIndexes.length > 0) throw new errors.MultiErrorReply(results, errorIndexes);
    return results;
  }
}

function queueMethod(definition) {
  const queue = function (...args) {
    if (definition.unstableResp3) checkUnstableResp3(definition, this._settingsOf()); // throws at once, as node-redis does
    return this._queueDefinition(definition, args);
  };
  Object.defineProperty(queue, 'name', { value: definition.method });
  return queue;
}

// Every command of the table under both names, and the Redis Stack namespaces
// (`multi.json.set(...)` queues and returns the transaction).
for (const [name, definition] of Object.entries(COMMANDS)) {
  const method = RedisClientMultiCommand.prototype[definition.method];
  if (method !== undefined) {
    RedisClientMultiCommand.prototype[name] ??= method;
    continue;
  }
  RedisClientMultiCommand.prototype[name] = RedisClientMultiCommand.prototype[definition.method] = queueMethod(definition);
}
attachModules(RedisClientMultiCommand.prototype, queueMethod);

module.exports = { RedisClientMultiCommand };
