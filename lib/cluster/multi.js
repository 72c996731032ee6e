'use strict';
// cluster.multi(routingKey?): a transaction or pipeline on one node — the node of `routingKey`,
// else of the first queued command that has a key (any node when none has) — with the client's
// methods (lib/multi.js). Read-only throughout and `useReplicas`: it may go to a replica.

const { RedisClientMultiCommand } = require('../multi');
const { COMMANDS, replyTransform } = require('../commands');
const { firstKey, slotOf } = require('../commands/routing');
const { attachScriptingToMulti } = require('../scripting');

const SCRIPT_COMMANDS = new Set(['EVAL', 'EVALSHA', 'EVAL_RO', 'EVALSHA_RO', 'FCALL', 'FCALL_RO']);

class RedisClusterMultiCommand extends RedisClientMultiCommand {
  constructor(cluster, routingKey, typeMapping) {
    super(cluster, typeMapping);
    this._firstKey = routingKey;
    this._readonly = true;
    attachScriptingToMulti(this, cluster._options, cluster._RESP);
  }

  /** `addCommand(args, transform?)` as on a client's transaction, or node-redis' cluster form
   *  `addCommand(firstKey, isReadonly, args, transform?)`. */
  addCommand(...form) {
    if (Array.isArray(form[0])) {
      const [args, transform] = form;
      const name = String(args[0]).toUpperCase();
      if (SCRIPT_COMMANDS.has(name)) this._note(Number(args[2]) > 0 ? args[3] : undefined, name.endsWith('_RO'));
      else this._readonly = false; // raw arguments: nothing says they only read
      return super.addCommand(args, transform);
    }
    const [key, isReadonly, args, transform] = form;
    this._note(key, isReadonly === true);
    return super.addCommand(args, transform);
  }

  /** node-redis' cluster transaction `sendCommand(args, { firstKey, isReadonly })`. */
  sendCommand(args, options) {
    return this.addCommand(options?.firstKey, options?.isReadonly, Array.isArray(args) ? args.slice() : args);
  }

  select(db) {
    return this._queueDefinition(COMMANDS.SELECT, [db]);
  }

  SELECT(db) {
    return this.select(db);
  }

  _settingsOf() {
    return { RESP: this._client._RESP, options: this._client._options };
  }

  _queueBuilt(definition, commandArgs) {
    this._note(firstKey(definition, commandArgs), definition.readonly === true);
    RedisClientMultiCommand.prototype.addCommand.call(this, commandArgs, replyTransform(definition, this._client._RESP));
  }

  _note(key, readonly) {
    this._firstKey ??= key;
    this._readonly &&= readonly;
  }

  async exec(execAsPipeline = false) {
    if (execAsPipeline) return this.execAsPipeline();
    if (this._buildError !== null) throw this._buildError;
    return this._settle(await this._run(true));
  }

  async execAsPipeline() {
    if (this._buildError !== null) throw this._buildError;
    if (this._queue.length === 0) return [];
    return this._settle(await this._run(false));
  }

  _run(transaction) {
    const slot = this._firstKey === undefined || this._firstKey === null ? undefined : slotOf(this._firstKey);
    return this._client._executeChainOn(slot, this._readonly, this._queue, this._typeMapping, transaction);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return options.stylize('[RedisClusterMultiCommand]', 'special');
    const summary = { queued: this._queue.length, cluster: this._client };
    return `RedisClusterMultiCommand ${inspect(summary, { ...options, depth: options.depth === null ? null : options.depth - 1 })}`;
  }
}

module.exports = { RedisClusterMultiCommand };
