'use strict';
// User-defined Lua scripts (`scripts` option + defineScript) and server functions (`functions`
// option), attached to a client as methods the way node-redis v5 attaches them:
//   scripts: { add: defineScript({ SCRIPT, NUMBER_OF_KEYS, IS_READ_ONLY?, parseCommand, transformReply }) }
//     → client.add(...) runs EVALSHA (EVALSHA_RO when read-only), and EVAL when the server
//       does not know the script yet (NOSCRIPT).
//   functions: { library: { fn: { NUMBER_OF_KEYS?, IS_READ_ONLY?, parseCommand, transformReply } } }
//     → client.library.fn(...) runs FCALL / FCALL_RO.

const { createHash } = require('node:crypto');
const { CommandParser } = require('./parser');
const { detachStack } = require('./errors');

/** The script with its SHA1, as node-redis' defineScript returns it. */
function defineScript(script) {
  return { ...script, SHA1: createHash('sha1').update(script.SCRIPT).digest('hex') };
}

function transformFor(definition, resp) {
  const { transformReply } = definition;
  if (transformReply === undefined || typeof transformReply === 'function') return transformReply;
  return transformReply[resp];
}

/** `[name, ...prefix]` + what parseCommand pushes, or throws what parseCommand throws. */
function parse(prefix, definition, args) {
  const parser = new CommandParser();
  parser.push(...prefix);
  definition.parseCommand(parser, ...args);
  return parser.redisArgs;
}

function withKeyCount(prefix, definition) {
  return definition.NUMBER_OF_KEYS === undefined ? prefix : [...prefix, String(definition.NUMBER_OF_KEYS)];
}

function scriptMethod(script, resp) {
  const prefix = withKeyCount([script.IS_READ_ONLY ? 'EVALSHA_RO' : 'EVALSHA', script.SHA1], script);
  const transform = transformFor(script, resp);
  return async function (...args) {
    let commandArgs;
    try {
      commandArgs = parse(prefix, script, args);
    } catch (err) {
      throw detachStack(err);
    }
    const client = this;
    const run = () => client._self._execute(commandArgs, transform, client._commandOptions);
    try {
      return await run();
    } catch (err) {
      if (!err?.message?.startsWith?.('NOSCRIPT')) throw err;
      commandArgs[0] = 'EVAL';
      commandArgs[1] = script.SCRIPT;
      return run();
    }
  };
}

function functionMethod(name, fn, resp) {
  const prefix = withKeyCount([fn.IS_READ_ONLY ? 'FCALL_RO' : 'FCALL', name], fn);
  const transform = transformFor(fn, resp);
  return function (...args) {
    let commandArgs;
    try {
      commandArgs = parse(prefix, fn, args);
    } catch (err) {
      return Promise.reject(detachStack(err));
    }
    return this._client._self._execute(commandArgs, transform, this._client._commandOptions);
  };
}

/** Adds the `scripts` and `functions` of the options to one client. */
function attachScripting(client, { scripts, functions }, resp) {
  for (const [name, script] of Object.entries(scripts ?? {})) {
    client[name] = scriptMethod(script.SHA1 ? script : defineScript(script), resp);
  }
  for (const [library, fns] of Object.entries(functions ?? {})) {
    const namespace = { _client: client };
    for (const [name, fn] of Object.entries(fns)) namespace[name] = functionMethod(name, fn, resp);
    client[library] = namespace;
  }
}

/** The same, for a transaction: the methods queue EVALSHA/FCALL instead of sending them. In a
 *  transaction there is no NOSCRIPT retry, so the first use of a script is sent as EVAL. */
function attachScriptingToMulti(multi, { scripts, functions }, resp) {
  const used = new Set();
  for (const [name, definition] of Object.entries(scripts ?? {})) {
    const script = definition.SHA1 ? definition : defineScript(definition);
    const transform = transformFor(script, resp);
    multi[name] = function (...args) {
      try {
        const commandArgs = parse(withKeyCount(used.has(script.SHA1) ? ['EVALSHA', script.SHA1] : ['EVAL', script.SCRIPT], script), script, args);
        used.add(script.SHA1);
        return this.addCommand(commandArgs, transform);
      } catch (err) {
        this._buildError ??= detachStack(err);
        return this;
      }
    };
  }
  for (const [library, fns] of Object.entries(functions ?? {})) {
    const namespace = {};
    for (const [name, fn] of Object.entries(fns)) {
      const prefix = withKeyCount([fn.IS_READ_ONLY ? 'FCALL_RO' : 'FCALL', name], fn);
      const transform = transformFor(fn, resp);
      namespace[name] = (...args) => {
        try {
          return multi.addCommand(parse(prefix, fn, args), transform);
        } catch (err) {
          multi._buildError ??= detachStack(err);
          return multi;
        }
      };
    }
    multi[library] = namespace;
  }
}

module.exports = { defineScript, attachScripting, attachScriptingToMulti };
