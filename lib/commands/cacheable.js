'use strict';
// Which commands' replies a client-side cache may keep, and the keys each reads (the keys whose
// invalidation drops the entry). Both come from the server's own metadata, COMMAND INFO,
// generated into cacheable.json by scripts/gen-cacheable.js; __test__/cacheable.test.js checks
// the file against a live server and the keys against COMMAND GETKEYS.
//
// A command is cacheable when (the cross-client rule, as node-redis' later versions derive it):
//   - it has the `readonly` flag, and not `blocking` (a timed-out XREAD BLOCK would be replayed);
//   - it reads at least one key (invalidation is per key), every key found by its key specs
//     (SORT_RO's BY/GET patterns read keys no spec names: not cacheable);
//   - no `nondeterministic_output` or `dont_cache` tip (`nondeterministic_output_order` is
//     fine: the same data gives the same reply);
//   - it runs no script (@scripting: EVAL_RO, FCALL_RO);
//   - and it is not one of EXCLUDED below.

const { Buffer } = require('buffer');
// Without prototypes: a command named `constructor` or `__proto__` finds nothing.
const TABLE = withoutPrototype(require('./cacheable.json'));

function withoutPrototype(table) {
  const out = Object.create(null);
  for (const [name, entry] of Object.entries(table)) out[name] = 'sub' in entry ? { sub: Object.assign(Object.create(null), entry.sub) } : entry;
  return out;
}

// Read-only by their flags, but a cached reply would be wrong: TOUCH's effect on the keys' idle
// time is its point; VRANDMEMBER is random without the tip that says so; XINFO STREAM and GROUPS
// show consumer groups, whose changes (XGROUP, XREADGROUP, XACK) the server does not invalidate.
const EXCLUDED = new Set(['TOUCH', 'VRANDMEMBER', 'XINFO|STREAM', 'XINFO|GROUPS']);

/** The entry of TABLE (a command, or a container's subcommand `XINFO|STREAM`) for `args`. */
function specsOf(args) {
  const entry = entryOf(args[0]);
  if (entry === undefined || !('sub' in entry)) return entry?.keys;
  return args.length > 1 ? entry.sub[commandName(args[1])] : undefined;
}

function commandName(arg) {
  return (typeof arg === 'string' ? arg : Buffer.isBuffer(arg) ? arg.latin1Slice() : '').toUpperCase();
}

/** TABLE's entry of a command name (the table's builders write names in capitals already). */
function entryOf(arg) {
  return (typeof arg === 'string' ? TABLE[arg] : undefined) ?? TABLE[commandName(arg)];
}

/** The key specs of `args` (a built command) if its reply may be cached; undefined otherwise. */
function cacheableSpecs(args) {
  return specsOf(args);
}

/** The keys `args` (a built command) reads, if its reply may be cached; undefined otherwise. */
function cacheableKeys(args) {
  const specs = specsOf(args);
  return specs === undefined ? undefined : keysOf(specs, args);
}

/**
 * The keys `args` reads, by its key specs (`cacheableSpecs`): the server's `begin_search`
 * index and `find_keys` range or keynum; undefined if `args` does not match them.
 */
function keysOf(specs, args) {
  const keys = [];
  for (const [begin, find] of specs) {
    if (begin >= args.length) continue;
    if (find[0] === 'range') {
      const [, lastKey, step, limit] = find;
      // As the server counts (db.c getKeysUsingKeySpecs).
      const last = lastKey >= 0 ? begin + lastKey : limit === 0 ? args.length + lastKey : begin + Math.floor((args.length - begin) / limit) + lastKey;
      for (let i = begin; i <= last && i < args.length; i += step) keys.push(args[i]);
    } else {
      const [, keyNumIndex, firstKey, step] = find;
      const count = Number(args[begin + keyNumIndex]);
      if (!Number.isInteger(count) || count < 0) return undefined;
      const first = begin + firstKey;
      if (first + (count - 1) * step >= args.length) return undefined;
      for (let i = 0; i < count; i++) keys.push(args[first + i * step]);
    }
  }
  return keys.length > 0 ? keys : undefined;
}

/** Whether COMMAND INFO's entry `info` (one command or subcommand) is cacheable, and its key
 *  specs in TABLE's form; undefined if not. For scripts/gen-cacheable.js and the test. */
function fromCommandInfo(info) {
  const [name, , flags, , , , categories, tips = [], keySpecs = []] = info;
  const upper = String(name).toUpperCase();
  const cacheable = flags.includes('readonly') && !flags.includes('blocking') && !categories.includes('@scripting') &&
    !tips.includes('nondeterministic_output') && !tips.includes('dont_cache') && !EXCLUDED.has(upper) &&
    keySpecs.length > 0;
  if (!cacheable) return undefined;
  const keys = [];
  for (const { begin_search: begin, find_keys: find } of keySpecs) {
    if (begin.type !== 'index') return undefined;
    if (find.type === 'range') keys.push([begin.spec.index, ['range', find.spec.lastkey, find.spec.keystep, find.spec.limit]]);
    else if (find.type === 'keynum') keys.push([begin.spec.index, ['keynum', find.spec.keynumidx, find.spec.firstkey, find.spec.keystep]]);
    else return undefined;
  }
  return keys;
}

/** COMMAND INFO's whole reply → TABLE (what scripts/gen-cacheable.js writes). */
function tableOf(commandInfo) {
  const table = {};
  for (const info of commandInfo) {
    const name = String(info[0]).toUpperCase();
    const subcommands = info[9] ?? [];
    if (subcommands.length > 0) {
      const sub = {};
      for (const s of subcommands) {
        const keys = fromCommandInfo(s);
        if (keys !== undefined) sub[String(s[0]).toUpperCase().split('|')[1]] = keys;
      }
      if (Object.keys(sub).length > 0) table[name] = { sub: sortedObject(sub) };
      continue;
    }
    const keys = fromCommandInfo(info);
    if (keys !== undefined) table[name] = { keys };
  }
  return sortedObject(table);
}

function sortedObject(object) {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

module.exports = { cacheableSpecs, cacheableKeys, keysOf, tableOf };
