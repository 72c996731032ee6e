'use strict';
// The few commands that do not take exactly one reply, and what the engine must know of them to
// pair every reply with its command (core/src/connection/ledger.rs, `Plan::decode`): a
// (P|S)SUBSCRIBE or (P|S)UNSUBSCRIBE is confirmed once per channel and switches a RESP2
// connection to messages, MONITOR to monitor lines, RESET back, HELLO changes the protocol.
// Commands built from the command table are never among them; `sendCommand` and pipelines
// check here.

const { Buffer } = require('buffer');

/** Codes shared with the engine. */
const PLAN = Object.freeze({
  SUBSCRIBE: 1,
  PSUBSCRIBE: 2,
  SSUBSCRIBE: 3,
  UNSUBSCRIBE: 4,
  PUNSUBSCRIBE: 5,
  SUNSUBSCRIBE: 6,
  MONITOR: 7,
  RESET: 8,
  HELLO: 9,
});

// Names of the commands above, plus CLIENT (for CLIENT REPLY): a command whose name is not
// this long is none of them, which spares most commands an upper-casing.
const NAME_LENGTHS = new Set(['CLIENT', ...Object.keys(PLAN)].map((name) => name.length));

function nameOf(arg) {
  if (typeof arg === 'string') return NAME_LENGTHS.has(arg.length) ? arg.toUpperCase() : undefined;
  if (arg instanceof Uint8Array && NAME_LENGTHS.has(arg.length)) {
    return Buffer.from(arg.buffer, arg.byteOffset, arg.length).latin1Slice().toUpperCase();
  }
  return undefined;
}

/**
 * `[code, argument]` for a command that does not take one reply, or undefined. Throws a
 * TypeError for CLIENT REPLY OFF/SKIP: replies the server leaves out cannot be told from
 * replies it sends late, so no reply could be trusted to reach its own command after them.
 */
function planOf(args) {
  const name = nameOf(args[0]);
  if (name === undefined) return undefined;
  const code = PLAN[name];
  if (code === PLAN.HELLO) {
    const version = args.length > 1 ? Number(String(args[1])) : NaN;
    return Number.isInteger(version) && version >= 0 && version < 2 ** 32 ? [code, version] : undefined;
  }
  if (code === PLAN.MONITOR || code === PLAN.RESET) return [code, 0];
  if (code !== undefined) {
    // SUBSCRIBE with no channel is a plain wrong-arguments error; UNSUBSCRIBE with none means all.
    if (code <= PLAN.SSUBSCRIBE && args.length < 2) return undefined;
    return [code, args.length - 1];
  }
  if (name === 'CLIENT' && args.length === 3) {
    const mode = String(args[2]).toUpperCase();
    if (String(args[1]).toUpperCase() === 'REPLY' && (mode === 'OFF' || mode === 'SKIP')) {
      throw new TypeError(`CLIENT REPLY ${mode} is not supported: with replies left out, no later reply could be matched to its command for sure`);
    }
  }
  return undefined;
}

/** The plan of MULTI in a transaction of `length` commands (MULTI … EXEC): the engine never goes
 *  on with a transaction begun on a connection that failed (its rest fails with it). Not a
 *  command name: JS attaches it when it encodes a transaction. */
const TRANSACTION = 10;

module.exports = { PLAN, TRANSACTION, planOf };
