'use strict';
// Argument helpers of the RedisBloom namespaces (bf, cf, cms, topK, tDigest). node-redis writes
// every number with `toString()`; so do these, after checking it is one (integers where the
// module parses an integer: capacities, iterators, increments, ranks, weights).
const { Buffer } = require('buffer');
const { value, int, options, withVariadic, describe } = require('../../args');
const { decimal, keyThenItems } = require('../../transforms/collections');
const { object } = require('../../transforms/required-objects');

/** `[NAME, key, item]` (BF.ADD, CF.EXISTS...). */
function keyThenItem(name) {
  return (key, item) => [name, key, value(item)];
}

/** An array, refused otherwise (node-redis iterates it, or reads its length). */
function list(v, what) {
  if (!Array.isArray(v)) throw new TypeError(`${what} must be an array, got ${describe(v)} instead`);
  return v;
}

/** `[NAME, key, n1, n2...]` from an array of numbers (`convert`: int or decimal). */
function keyThenNumbers(name, what, convert = decimal) {
  return (key, numbers) => {
    const args = [name, key];
    for (const n of list(numbers, `${name} ${what}`)) args.push(convert(n, `${name} ${what}`));
    return args;
  };
}

/**
 * CMS.INCRBY / TOPK.INCRBY: `{ item, incrementBy }` or an array of them, flattened to
 * `item increment item increment...`.
 */
function incrByItems(name) {
  const push = (args, entry) => {
    object(entry, `${name} item`);
    args.push(value(entry.item), int(entry.incrementBy, `${name} incrementBy`));
  };
  return (key, items) => {
    const args = [name, key];
    if (Array.isArray(items)) for (const entry of items) push(args, entry);
    else push(args, items);
    return args;
  };
}

/** `[NAME, key, iterator]` (SCANDUMP). */
function scanDump(name) {
  return (key, iterator) => [name, key, int(iterator, `${name} iterator`)];
}

/** `[NAME, key, iterator, chunk]` (LOADCHUNK); the chunk is a SCANDUMP chunk, string or Buffer. */
function loadChunk(name) {
  return (key, iterator, chunk) => {
    if (typeof chunk !== 'string' && !Buffer.isBuffer(chunk)) throw new TypeError(`${name} chunk must be a string or a Buffer, got ${describe(chunk)} instead`);
    return [name, key, int(iterator, `${name} iterator`), chunk];
  };
}

/** Pushes `WORD value` for each of `names` whose option is set (not undefined), as `convert` writes it. */
function pushValued(args, opts, names, convert, what) {
  for (const name of names) {
    if (opts[name] !== undefined) args.push(name, convert(opts[name], `${what} ${name}`));
  }
}

/** Pushes the word of each of `names` whose option is truthy (NOCREATE, NONSCALING, OVERRIDE). */
function pushFlags(args, opts, names) {
  for (const name of names) if (opts[name]) args.push(name);
}

module.exports = { value, int, decimal, options, withVariadic, list, keyThenItem, keyThenItems, keyThenNumbers, incrByItems, scanDump, loadChunk, pushValued, pushFlags };
