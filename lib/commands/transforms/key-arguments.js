'use strict';
// Argument shapes shared by the string, bitmap, HyperLogLog and keyspace groups.
const { value, int, options, describe } = require('../args');

/** The builder of a command whose only argument is one key: `keyOnly('OBJECT', 'FREQ')`. */
function keyOnly(...words) {
  // GET, INCR, TTL... take the hot path of small commands: no spread (an iterator) per call.
  if (words.length === 1) {
    const [name] = words;
    return (key) => [name, key];
  }
  return (key) => [...words, key];
}

/**
 * A unix time for EXAT/PXAT/EXPIREAT/PEXPIREAT: a number as given, or a Date converted to
 * whole seconds (`unit` 's') or milliseconds ('ms').
 */
function unixTime(v, unit, what) {
  if (v instanceof Date) {
    const ms = v.getTime();
    if (Number.isNaN(ms)) throw new TypeError(`${what} must be a valid Date`);
    return String(unit === 's' ? Math.floor(ms / 1000) : ms);
  }
  return int(v, what);
}

/** An expiration clause: EX/PX take a duration, EXAT/PXAT a unix time, KEEPTTL/PERSIST nothing. */
function expiration(type, v, what) {
  switch (type) {
    case 'EX':
    case 'PX':
      return [type, int(v, what)];
    case 'EXAT':
    case 'PXAT':
      return [type, unixTime(v, type === 'EXAT' ? 's' : 'ms', what)];
    default:
      return [type];
  }
}

/**
 * MSET/MSETNX/MSETEX pairs: `[[k, v], ...]`, `[k, v, k, v...]` or `{ k: v }`, flattened to
 * `[k, v, k, v...]`. Refuses an empty list, as node-redis does, rather than letting the server
 * answer with a wrong-number-of-arguments error.
 */
function keyValuePairs(pairs, what) {
  const flat = [];
  if (Array.isArray(pairs)) {
    const tuples = Array.isArray(pairs[0]);
    for (const item of pairs) {
      if (tuples) {
        if (!Array.isArray(item) || item.length !== 2) throw new TypeError(`${what} tuples must be [key, value], got ${describe(item)} instead`);
        flat.push(item[0], value(item[1]));
      } else flat.push(flat.length % 2 === 0 ? item : value(item));
    }
    if (!tuples && flat.length % 2 !== 0) throw new TypeError(`${what} needs a value for every key`);
  } else {
    options(pairs, what);
    if (pairs) for (const key of Object.keys(pairs)) flat.push(key, value(pairs[key]));
  }
  if (flat.length === 0) throw new TypeError(`${what} needs at least one key and value`);
  return flat;
}

module.exports = { keyOnly, unixTime, expiration, keyValuePairs };
