'use strict';
// Argument helpers shared by the command tables: they turn JS values into RESP arguments and
// reject wrong types with a TypeError before anything is sent. Plain strings and Buffers pass
// through untouched; the encoder rejects anything else that reaches the wire.

const { Buffer } = require('buffer');
function describe(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isNaN(value)) return 'NaN';
  return typeof value;
}

function fail(what, expected, value) {
  throw new TypeError(`${what} must be ${expected}, got ${describe(value)} instead`);
}

/** A value argument: string, Buffer, or a number (sent as its decimal text). */
function value(v) {
  return typeof v === 'number' ? String(v) : v;
}

/** An integer argument (number or numeric string). */
function int(v, what) {
  if (typeof v === 'number' ? Number.isInteger(v) : typeof v === 'string' && /^-?\d+$/.test(v)) {
    return String(v);
  }
  return fail(what, 'an integer', v);
}

/** A floating point argument; ±Infinity become Redis' +inf/-inf. */
function double(v, what) {
  if (typeof v === 'number' && !Number.isNaN(v)) {
    return v === Infinity ? '+inf' : v === -Infinity ? '-inf' : String(v);
  }
  return fail(what, 'a number', v);
}

/** A score bound: a number, or a string such as '(1', '-inf', '[a' (ZRANGE BYSCORE/BYLEX). */
function bound(v, what) {
  return typeof v === 'string' || Buffer.isBuffer(v) ? v : double(v, what);
}

function oneOf(v, allowed, what) {
  if (allowed.includes(v)) return v;
  return fail(what, `one of ${allowed.map((a) => `'${a}'`).join(', ')}`, v);
}

function options(v, what) {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'object' || Array.isArray(v) || Buffer.isBuffer(v)) fail(what, 'an object', v);
  return v;
}

/**
 * An option node-redis v5 spells `{ condition: 'NX' }` and also, deprecated, `{ NX: true }`:
 * the word (checked against `words`, first match wins in their order) or undefined.
 */
function choice(opts, name, words, what) {
  if (opts[name]) return oneOf(opts[name], words, `${what} ${name}`);
  return words.find((word) => opts[word]);
}

/** One or many: `key` or `[key1, key2]` become a flat list of arguments. */
function variadic(v) {
  return Array.isArray(v) ? v.map(value) : [value(v)];
}

/** `args` with `variadic(v)` appended, without an array spread (an iterator per call, which
 *  costs a small command more than the rest of building it). */
function withVariadic(args, v) {
  if (!Array.isArray(v)) {
    args.push(value(v));
    return args;
  }
  for (let i = 0; i < v.length; i++) args.push(value(v[i]));
  return args;
}

module.exports = { value, int, double, bound, oneOf, options, choice, variadic, withVariadic, describe };
