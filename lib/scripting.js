'use strict';
// User-defined Lua scripts (`scripts` option + defineScript) and server functions (`functions`
// option), attached to a client as methods the way node-redis v5 attaches them:
//   scripts: { add: defineScript({ SCRIPT, NUMBER_OF_KEYS, IS_READ_ONLY?, parseCommand, transformReply }) }
//     → client.add(...) runs EVALSHA (EVALSHA_RO when read-only), and EVAL when the server
//       does not know the script yet (NOSCRIPT).
//   functions: { library: { fn: { NUMBER_OF_KEYS?, IS_READ_ONLY?, parseCommand, transformReply } } }
//     → client.library.fn(...) runs FCALL / FCALL_RO.
//   modules: { name: { command: { parseCommand, transformReply?, IS_READ_ONLY? } } }
//     → client.name.command(...) runs what parseCommand pushes (routed by its first key in a
//       cluster).
// transformReply is called as node-redis calls it: (reply, preserve, typeMapping).

const { createHash } = require('node:crypto');
const { CommandParser } = require('./parser');
const { detachStack } = require('./errors');
const { defineNamespace } = require('./namespaces');

/** The script with its SHA1, as node-redis' defineScript returns it. */
function defineScript(script) {
  return { ...script, SHA1: createHash('sha1').update(script.SCRIPT).digest('hex') };
}

/** The definition's transformReply for `resp`, as the client calls transforms:
 *  `(reply, typeMapping)`, handed on as node-redis does `(reply, preserve, typeMapping)`. */
function transformFor(definition, resp, preserve) {
  const { transformReply } = definition;
  const transform = transformReply === undefined || typeof transformReply === 'function' ? transformReply : transformReply[resp];
  return transform === undefined ? undefined : (reply, typeMapping) => transform(reply, preserve, typeMapping);
}

/** The parser after `prefix` and what parseCommand pushes (throws what parseCommand throws). */
function parsed(prefix, definition, args) {
  const parser = new CommandParser();
  parser.push(...prefix);
  definition.parseCommand(parser, ...args);
  return parser;
}

/** `[name, ...prefix]` + what parseCommand pushes, or throws what parseCommand throws. */
function parse(prefix, definition, args) {
  return parsed(prefix, definition, args).redisArgs;
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
    return this._self._execute(commandArgs, transform, this._commandOptions);
  };
}

function moduleMethod(command, resp) {
  return function (...args) {
    let parser;
    try {
      parser = parsed([], command, args);
    } catch (err) {
      return Promise.reject(detachStack(err));
    }
    return this._self._executeRouted(parser.redisArgs, parser.firstKey, command.IS_READ_ONLY === true, transformFor(command, resp, parser.preserve), this._commandOptions);
  };
}

/** Adds the `scripts`, `functions` and `modules` of the options to one client (or cluster). */
function attachScripting(client, { scripts, functions, modules }, resp) {
  for (const [name, script] of Object.entries(scripts ?? {})) {
    put(client, name, scriptMethod(script.SHA1 ? script : defineScript(script), resp));
  }
  for (const [library, fns] of Object.entries(functions ?? {})) {
    defineNamespace(client, library, mapValues(fns, (fn, name) => functionMethod(name, fn, resp)));
  }
  for (const [module, commands] of Object.entries(modules ?? {})) {
    defineNamespace(client, module, mapValues(commands, (command) => moduleMethod(command, resp)));
  }
}

function mapValues(object, fn) {
  return Object.fromEntries(Object.entries(object).map(([name, v]) => [name, fn(v, name)]));
}

/** Puts `value` on `target` as its own `name` (a namespace of the prototype, `json`..., may be
 *  a getter: a user's module of that name takes its place, as in node-redis). */
function put(target, name, value) {
  Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: true });
}

/** The same, for a transaction: the methods queue EVALSHA/FCALL instead of sending them. In a
 *  transaction there is no NOSCRIPT retry, so the first use of a script is sent as EVAL. */
function attachScriptingToMulti(multi, { scripts, functions, modules }, resp) {
  const used = new Set();
  for (const [name, definition] of Object.entries(scripts ?? {})) {
    const script = definition.SHA1 ? definition : defineScript(definition);
    const transform = transformFor(script, resp);
    put(multi, name, function (...args) {
      try {
        const commandArgs = parse(withKeyCount(used.has(script.SHA1) ? ['EVALSHA', script.SHA1] : ['EVAL', script.SCRIPT], script), script, args);
        used.add(script.SHA1);
        return this.addCommand(commandArgs, transform);
      } catch (err) {
        this._buildError ??= detachStack(err);
        return this;
      }
    });
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
    put(multi, library, namespace);
  }
  for (const [module, commands] of Object.entries(modules ?? {})) {
    const namespace = {};
    for (const [name, command] of Object.entries(commands)) {
      namespace[name] = (...args) => {
        try {
          const parser = parsed([], command, args);
          return multi.addCommand(parser.redisArgs, transformFor(command, resp, parser.preserve));
        } catch (err) {
          multi._buildError ??= detachStack(err);
          return multi;
        }
      };
    }
    put(multi, module, namespace);
  }
}

module.exports = { defineScript, attachScripting, attachScriptingToMulti, put, mapValues };
