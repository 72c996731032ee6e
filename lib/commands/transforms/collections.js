'use strict';
// Argument and reply shapes shared by the hash, list and set groups.
const { value, int, options, withVariadic, describe } = require('../args');

/** The builder of `NAME key item...` (LPUSH, SADD, HMGET, SUNIONSTORE...): one item or an array. */
function keyThenItems(name) {
  return (key, items) => withVariadic([name, key], items);
}

/** The builder of `NAME key count` (LPOP, SPOP, SRANDMEMBER... with a count). */
function keyThenCount(name) {
  return (key, count) => [name, key, int(count, `${name} count`)];
}

/**
 * A number that node-redis writes with `toString()` (blocking timeouts, HINCRBYFLOAT
 * increments), written the same way, or a numeric string written as given.
 */
function decimal(v, what) {
  if ((typeof v === 'number' && !Number.isNaN(v)) || (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)))) {
    return String(v);
  }
  throw new TypeError(`${what} must be a number, got ${describe(v)} instead`);
}

/** BLPOP/BRPOP/BZPOPMIN/BZPOPMAX: one key or many, then the timeout in seconds (fractions
 *  allowed). */
function blockingPop(name) {
  return (keys, timeout) => {
    const args = withVariadic([name], keys);
    args.push(decimal(timeout, `${name} timeout`));
    return args;
  };
}

/** `cursor [MATCH pattern] [COUNT count]` of HSCAN/SSCAN; like node-redis, an empty MATCH and a
 *  zero COUNT are left out. */
function scanArguments(cursor, opts, what) {
  const args = [value(cursor)];
  if (options(opts, `${what} options`)) {
    if (opts.MATCH) args.push('MATCH', opts.MATCH);
    if (opts.COUNT) args.push('COUNT', int(opts.COUNT, `${what} COUNT`));
  }
  return args;
}

/** A `[cursor, items]` scan reply as node-redis names it: `{ cursor, [itemsName]: items }`. */
function scanReply(itemsName, shapeItems = (items) => items) {
  return ([cursor, items]) => ({ cursor, [itemsName]: shapeItems(items) });
}

module.exports = { keyThenItems, keyThenCount, decimal, blockingPop, scanArguments, scanReply };
