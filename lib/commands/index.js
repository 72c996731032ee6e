'use strict';
// The command table: one definition per command, grouped by the Redis docs' groups. Method
// names (UPPER and camelCase), argument building and reply transforms all derive from it.
//
// A definition: { method: camelCase name, build(...args) → full argument list (name first),
//                 reply?: transform or { 2: transform, 3: transform }, readonly?, keyless? }

const GROUPS = ['connection', 'generic', 'hash', 'list', 'server', 'set', 'sorted-set', 'string'];

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
