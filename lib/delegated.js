'use strict';
// The command surface of an owner that runs each call on a client it picks — a pool (a task per
// call), a sentinel and its leases (the master or a replica): every table command in both names
// (but HOTKEYS, which needs one connection throughout, as node-redis leaves it off), the Redis
// Stack namespaces, and the options' scripts, functions and modules. The owner says how a call
// runs: `method(readonly, call, definition?)` makes its method from `call(client, args)`, which
// runs on the client it picks; `viewOf` lets that client see the owner's (or its view's) command
// options.

const { COMMANDS } = require('./commands');
const { defineNamespace, attachModules } = require('./namespaces');
const { put, mapValues } = require('./scripting');

/** `client` as the owner's view sees it: with the view's command options, if it has some. */
function viewOf(client, commandOptions) {
  return commandOptions === undefined ? client : client.withCommandOptions(commandOptions);
}

/** Every table command and the Redis Stack namespaces on `prototype`. */
function attachDelegatedCommands(prototype, method) {
  for (const [name, definition] of Object.entries(COMMANDS)) {
    if (name.startsWith('HOTKEYS')) continue;
    const camel = definition.method;
    if (prototype[camel] !== undefined) {
      prototype[name] ??= prototype[camel];
      continue;
    }
    const command = method(definition.readonly === true, (client, args) => client[camel](...args), definition);
    Object.defineProperty(command, 'name', { value: camel });
    prototype[name] = prototype[camel] = command;
  }
  attachModules(prototype, (definition, namespace) => method(definition.readonly === true, (client, args) => client[namespace][definition.method](...args), definition));
}

/** The options' scripts, functions and modules on `target` (one owner: they are per options). */
function attachDelegatedScripting(target, { scripts, functions, modules }, method) {
  for (const [name, script] of Object.entries(scripts ?? {})) {
    put(target, name, method(script.IS_READ_ONLY === true, (client, args) => client[name](...args)));
  }
  for (const [library, fns] of [...Object.entries(functions ?? {}), ...Object.entries(modules ?? {})]) {
    defineNamespace(target, library, mapValues(fns, (fn, name) => method(fn.IS_READ_ONLY === true, (client, args) => client[library][name](...args))));
  }
}

module.exports = { viewOf, attachDelegatedCommands, attachDelegatedScripting };
