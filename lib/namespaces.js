'use strict';
// Command namespaces: `client.json.get(...)` (the Redis Stack tables, lib/commands/modules) and
// `client.library.fn(...)` / `client.module.command(...)` (the `functions` and `modules` options,
// lib/scripting.js). A namespace is a getter on its owner (a client, a transaction, a cluster, a
// pool, or the prototype of them all) that gives, per object it is read on, an object whose
// methods run with that object as `this`: a view (`withTypeMapping`) gets its own, so its
// command options reach the namespace's commands.

const { MODULES } = require('./commands');

/** Defines namespace `name` on `target`, its methods `methods` (called with the owner as `this`). */
function defineNamespace(target, name, methods) {
  const prototype = Object.create(null);
  const calls = new Map(); // one function for both names of a method
  for (const [method, fn] of Object.entries(methods)) {
    if (!calls.has(fn)) {
      const call = function (...args) {
        return fn.apply(this._owner, args);
      };
      Object.defineProperty(call, 'name', { value: method });
      calls.set(fn, call);
    }
    prototype[method] = calls.get(fn);
  }
  const key = Symbol(name);
  Object.defineProperty(target, name, {
    configurable: true,
    enumerable: false,
    get() {
      if (Object.hasOwn(this, key)) return this[key];
      const namespace = Object.create(prototype, { _owner: { value: this } });
      Object.defineProperty(this, key, { value: namespace });
      return namespace;
    },
  });
}

/**
 * Adds every Redis Stack namespace to `prototype`. `methodFor(definition, namespace)` makes the
 * method the owner has for a table definition (as it does for the core commands); each is put
 * under node-redis' camelCase and UPPER names.
 */
function attachModules(prototype, methodFor) {
  for (const [namespace, commands] of Object.entries(MODULES)) {
    const methods = {};
    for (const [name, definition] of Object.entries(commands)) {
      methods[definition.method] = methods[name] = methodFor(definition, namespace);
    }
    defineNamespace(prototype, namespace, methods);
  }
}

module.exports = { defineNamespace, attachModules };
