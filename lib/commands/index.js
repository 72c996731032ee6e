'use strict';
// The command table: one definition per command, grouped by the Redis docs' groups. Method
// names (UPPER and camelCase), argument building and reply transforms all derive from it.
//
// A definition, keyed by node-redis' UPPER name (`ZRANGE_WITHSCORES`, `CLIENT_SETNAME`...):
//   method     node-redis' camelCase name (`zRangeWithScores`, `clientSetName`)
//   build(...) the method's arguments → the full command (name first), as strings/Buffers;
//              throws TypeError on wrong arguments (helpers in ./args.js), before anything is sent
//   reply      optional transform `(reply, typeMapping, commandArgs) => value`, or
//              `{ 2: transform, 3: transform }` when RESP2 and RESP3 need different ones; the
//              reply arrives decoded as node-redis' decoder would (lib/protocol/decoder.js)
//   readonly   true for read-only commands (replica routing later)
//   keyless    true when the command has no key (routed to any node in a cluster)
//   firstKey   index in the built command of the first key when it is not 1, or a function
//              `(commandArgs) => index` (EVAL's keys follow numkeys...)
//   blocking   true for a command the server may hold until data arrives (BLPOP, BZPOPMIN...),
//              or a function `(commandArgs) => boolean` where an option decides (XREAD BLOCK);
//              the server's flag (COMMAND INFO; tested in __test__/routing.test.js). Such a
//              command runs on a side connection. Not WAIT/WAITAOF: they count what the
//              replicas have of their own connection's writes
//   doc        optional one-line description for editors (index.d.ts JSDoc), for the common
//              commands
//   ts         the TypeScript signature(s) of the method, e.g.
//              '(key: RedisArgument): Promise<string | null>' — index.d.ts is generated from it
//   unstableResp3  true where node-redis refuses the command on a RESP3 client unless the client
//              was made with `unstableResp3: true` (its reply shape there may still change)
//
// The Redis Stack command sets (modules/*.js) are the same kind of table, one per namespace:
// `client.json.get()` / `client.json.GET()`. Each file exports
//   { namespace: 'json', commands: { GET: definition, ... }, constants?: { NAME: value, ... } }
// with definitions keyed by node-redis' UPPER name inside the namespace (`client.ft.SEARCH`), and
// the constants node-redis exports for them (`SCHEMA_FIELD_TYPE`...), exported by the package.

const fs = require('node:fs');
const { detachStack } = require('../errors');

// Every file of this folder is a group, except these helpers (and the transforms/ folder).
const NOT_GROUPS = new Set(['index.js', 'args.js', 'replies.js', 'routing.js', 'cacheable.js']);
const GROUPS = fs.readdirSync(__dirname).filter((f) => f.endsWith('.js') && !NOT_GROUPS.has(f)).sort();

const COMMANDS = Object.create(null);
for (const group of GROUPS) {
  for (const [name, definition] of Object.entries(require(`./${group}`))) {
    if (COMMANDS[name]) throw new Error(`command ${name} is defined twice`);
    COMMANDS[name] = definition;
  }
}

const MODULES = Object.create(null);
const MODULE_CONSTANTS = Object.create(null);
const MODULES_DIR = `${__dirname}/modules`;
for (const file of fs.readdirSync(MODULES_DIR).filter((f) => f.endsWith('.js')).sort()) {
  const { namespace, commands, constants } = require(`${MODULES_DIR}/${file}`);
  if (typeof namespace !== 'string' || MODULES[namespace]) throw new Error(`modules/${file}: namespace ${namespace} is missing or defined twice`);
  MODULES[namespace] = commands;
  for (const [name, constant] of Object.entries(constants ?? {})) {
    if (name in MODULE_CONSTANTS) throw new Error(`modules/${file}: constant ${name} is defined twice`);
    MODULE_CONSTANTS[name] = constant;
  }
}

const UNSTABLE_RESP3 = 'Some RESP3 results for Redis Query Engine responses may change. Refer to the readme for guidance';

/** node-redis' refusal of an `unstableResp3` command on a RESP3 client made without
 *  `unstableResp3: true` (`settings`: a client's; thrown synchronously, as node-redis does). */
function checkUnstableResp3(definition, settings) {
  if (definition.unstableResp3 && settings?.RESP === 3 && !settings.options?.unstableResp3) throw detachStack(new Error(UNSTABLE_RESP3));
}

/** The reply transform of a definition for a protocol version, or undefined. */
function replyTransform(definition, resp) {
  const { reply } = definition;
  if (reply === undefined || typeof reply === 'function') return reply;
  return reply[resp];
}

module.exports = { COMMANDS, MODULES, MODULE_CONSTANTS, replyTransform, checkUnstableResp3 };
