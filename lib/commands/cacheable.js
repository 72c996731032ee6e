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
//
// writes.json, generated alongside, has the key specs of the commands with the `write` flag: a
// cache drops what a client's own write changes when the write is sent, and stores no read of
// those keys until the write is answered (lib/cache.js), so a process reads its own writes even
// through another client of its pool. Key specs found by a keyword (SORT ... STORE) count too.

const { Buffer } = require('buffer');
// Without prototypes: a command named `constructor` or `__proto__` finds nothing.
const TABLE = withoutPrototype(require('./cacheable.json'));
const WRITES = withoutPrototype(require('./writes.json'));

function withoutPrototype(table) {
  const out = Object.create(null);
  for (const [name, entry] of Object.entries(table)) out[name] = 'sub' in entry ? { sub: Object.assign(Object.create(null), entry.sub) } : entry;
  return out;
}

// Read-only by their flags, but a cached reply would be wrong: TOUCH's effect on the keys' idle
// time is its point; VRANDMEMBER is random without the tip that says so; XINFO STREAM and GROUPS
// show consumer groups, whose changes (XGROUP, XREADGROUP, XACK) the server does not invalidate.
const EXCLUDED = new Set(['TOUCH', 'VRANDMEMBER', 'XINFO|STREAM', 'XINFO|GROUPS']);

/** The key specs in `table` (of a command, or a container's subcommand `XINFO|STREAM`) for `args`. */
function specsOf(args, table = TABLE) {
  const entry = entryOf(args[0], table);
  if (entry === undefined || !('sub' in entry)) return entry?.keys;
  return args.length > 1 ? entry.sub[commandName(args[1])] : undefined;
}

function commandName(arg) {
  return (typeof arg === 'string' ? arg : Buffer.isBuffer(arg) ? arg.latin1Slice() : '').toUpperCase();
}

/** TABLE's entry of a command name (the table's builders write names in capitals already). */
function entryOf(arg, table) {
  return (typeof arg === 'string' ? table[arg] : undefined) ?? table[commandName(arg)];
}

/** The key specs of `args` (a built command) if its reply may be cached; undefined otherwise. */
function cacheableSpecs(args) {
  return specsOf(args);
}

/** The keys `args` (a built command) writes, if it is a write whose keys the specs locate. */
function writtenKeys(args) {
  const specs = specsOf(args, WRITES);
  return specs === undefined ? undefined : keysOf(specs, args);
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
  for (const [from, find] of specs) {
    const begin = typeof from === 'number' ? from : keywordAt(args, from[1], from[2]) + 1;
    if (begin === 0 || begin >= args.length) continue;
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

/** The index of `keyword` in `args` as the server looks for it (`startfrom` > 0: forwards from
 *  there; < 0: backwards from the end), or -1. */
function keywordAt(args, keyword, startfrom) {
  const matches = (arg) => commandName(arg) === keyword;
  if (startfrom >= 0) {
    for (let i = startfrom; i < args.length; i++) if (matches(args[i])) return i;
  } else {
    for (let i = args.length + startfrom; i > 0; i--) if (matches(args[i])) return i;
  }
  return -1;
}

/** Whether COMMAND INFO's entry `info` (one command or subcommand) is cacheable (`kind` 'read')
 *  or a write (`kind` 'write'), and its key specs in the tables' form; undefined if not. For
 *  scripts/gen-cacheable.js and the test. */
function fromCommandInfo(info, kind = 'read') {
  const [name, , flags, , , , categories, tips = [], keySpecs = []] = info;
  const upper = String(name).toUpperCase();
  const wanted = kind === 'write'
    ? flags.includes('write')
    : flags.includes('readonly') && !flags.includes('blocking') && !categories.includes('@scripting') &&
      !tips.includes('nondeterministic_output') && !tips.includes('dont_cache') && !EXCLUDED.has(upper);
  if (!wanted || keySpecs.length === 0) return undefined;
  const keys = [];
  for (const { begin_search: begin, find_keys: find } of keySpecs) {
    let from;
    if (begin.type === 'index') from = begin.spec.index;
    else if (begin.type === 'keyword' && kind === 'write') from = ['keyword', String(begin.spec.keyword).toUpperCase(), begin.spec.startfrom];
    else return undefined;
    if (find.type === 'range') keys.push([from, ['range', find.spec.lastkey, find.spec.keystep, find.spec.limit]]);
    else if (find.type === 'keynum') keys.push([from, ['keynum', find.spec.keynumidx, find.spec.firstkey, find.spec.keystep]]);
    else return undefined;
  }
  return keys;
}

/** COMMAND INFO's whole reply → the table of `kind` (what scripts/gen-cacheable.js writes:
 *  'read' cacheable.json, 'write' writes.json). */
function tableOf(commandInfo, kind = 'read') {
  const table = {};
  for (const info of commandInfo) {
    const name = String(info[0]).toUpperCase();
    const subcommands = info[9] ?? [];
    if (subcommands.length > 0) {
      const sub = {};
      for (const s of subcommands) {
        const keys = fromCommandInfo(s, kind);
        if (keys !== undefined) sub[String(s[0]).toUpperCase().split('|')[1]] = keys;
      }
      if (Object.keys(sub).length > 0) table[name] = { sub: sortedObject(sub) };
      continue;
    }
    const keys = fromCommandInfo(info, kind);
    if (keys !== undefined) table[name] = { keys };
  }
  return sortedObject(table);
}

function sortedObject(object) {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

module.exports = { cacheableSpecs, cacheableKeys, writtenKeys, keysOf, tableOf };
