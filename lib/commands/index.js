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

const fs = require('node:fs');

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

/** The reply transform of a definition for a protocol version, or undefined. */
function replyTransform(definition, resp) {
  const { reply } = definition;
  if (reply === undefined || typeof reply === 'function') return reply;
  return reply[resp];
}

module.exports = { COMMANDS, replyTransform };
