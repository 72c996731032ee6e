'use strict';
// client.legacy(): node-redis v4's callback API on a v5 client, as node-redis 5 keeps it. Every
// command of the table, under both its names, takes its arguments flattened (arrays spread,
// numbers and Dates as text) and an optional callback `(err, reply)` last. As in node-redis, the
// name called is sent as the command's name (so a command of two words, CLIENT INFO, goes through
// sendCommand) and the reply comes raw, but for the commands node-redis transforms in legacy mode
// (HGETALL: an object). Without a callback, a failure goes to the client's 'error' event.
// multi() queues the same way and runs with exec(cb); sendCommand(...args, cb).

const { COMMANDS, replyTransform } = require('./commands');

// node-redis' TRANSFORM_LEGACY_REPLY commands: their reply is transformed as in v5.
const TRANSFORMED = new Set(['HGETALL']);

/** Takes the callback off the end of `args`, if there is one. */
function callbackOf(args) {
  return typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
}

/** `args` flattened into `into`: arrays spread, numbers and Dates as text. */
function pushArguments(into, args) {
  for (const arg of args) {
    if (Array.isArray(arg)) pushArguments(into, arg);
    else into.push(typeof arg === 'number' || arg instanceof Date ? arg.toString() : arg);
  }
  return into;
}

/** Hands a reply (through `transform`) or a failure to `callback` — in node-redis' order: a
 *  failure a turn after a reply — or a failure to the client's 'error' event. A callback that
 *  throws is not called again: its exception is thrown, as an event listener's is. */
function answer(client, promise, callback, transform) {
  if (callback === undefined) {
    promise.catch((err) => client._self._emitError(err));
    return;
  }
  let called = false;
  promise
    .then((reply) => {
      called = true;
      callback(null, transform === undefined ? reply : transform(reply));
    })
    .catch((err) => {
      if (!called) return callback(err);
      process.nextTick(() => {
        throw err;
      });
    });
}

class RedisLegacyClient {
  constructor(client) {
    this._client = client;
  }

  sendCommand(...args) {
    const callback = callbackOf(args);
    answer(this._client, this._client.sendCommand(pushArguments([], args)), callback);
  }

  multi() {
    return new LegacyMultiCommand(this._client);
  }
}

class LegacyMultiCommand {
  constructor(client) {
    this._client = client;
    this._multi = client.multi();
  }

  sendCommand(...args) {
    this._multi.addCommand(pushArguments([], args));
    return this;
  }

  exec(callback) {
    answer(this._client, this._multi.exec(), callback);
  }
}

/** The transform of a command's reply in legacy mode, for a client (undefined: raw). */
function legacyTransform(name, definition, client) {
  return TRANSFORMED.has(name) ? replyTransform(definition, client._self._settings.RESP) : undefined;
}

for (const [name, definition] of Object.entries(COMMANDS)) {
  for (const called of new Set([name, definition.method])) {
    RedisLegacyClient.prototype[called] = function (...args) {
      const callback = callbackOf(args);
      const client = this._client;
      const transform = legacyTransform(name, definition, client);
      const typeMapping = client._commandOptions?.typeMapping;
      const reply = client.sendCommand(pushArguments([called], args));
      answer(client, reply, callback, transform === undefined ? undefined : (raw) => transform(raw, typeMapping, undefined));
    };
    LegacyMultiCommand.prototype[called] = function (...args) {
      this._multi.addCommand(pushArguments([called], args), legacyTransform(name, definition, this._client));
      return this;
    };
  }
}

module.exports = { RedisLegacyClient };
