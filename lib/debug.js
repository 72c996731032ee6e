'use strict';
// The connection lifecycle as a log, for `NODE_DEBUG=ferrodis` (Node's switch, through
// util.debuglog) or `DEBUG=ferrodis` (the debug package's convention: `ferrodis`, `ferrodis:*` or
// `*` in a comma list). Off, it costs one boolean test at each call site (`if (debug.enabled)`).
// Lines name where a client connects (host:port or the socket path), never options: no password,
// no key, no URL.

const util = require('node:util');

const nodeDebug = util.debuglog('ferrodis');
const viaDebug = (process.env.DEBUG ?? '').split(',').some((name) => ['ferrodis', 'ferrodis:*', '*'].includes(name.trim()));

function debug(format, ...args) {
  if (nodeDebug.enabled) nodeDebug(format, ...args);
  else process.stderr.write(`FERRODIS ${process.pid}: ${util.format(format, ...args)}\n`);
}

debug.enabled = nodeDebug.enabled || viaDebug;

module.exports = { debug };
