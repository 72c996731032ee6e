'use strict';
// Argument helpers of the FT.* commands (lib/commands/modules/ft.js): names, numbers, counted
// lists, PARAMS and DIALECT, written as node-redis' @redis/search writes them, each checked so
// that a wrong argument is a TypeError before anything is sent.
const { Buffer } = require('buffer');
const { int, options, describe } = require('../../args');
const { object } = require('../../transforms/required-objects');

// node-redis' DEFAULT_DIALECT: sent when a query command is given no (or a falsy) DIALECT.
const DEFAULT_DIALECT = '2';

function isText(v) {
  return typeof v === 'string' || Buffer.isBuffer(v);
}

/** A string or Buffer argument: an index, a query, a field, an expression... */
function text(v, what) {
  if (isText(v)) return v;
  throw new TypeError(`${what} must be a string or a Buffer, got ${describe(v)} instead`);
}

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A number node-redis sends with `.toString()`: a finite number, or its decimal text. */
function number(v, what) {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'string' && NUMERIC.test(v)) return v;
  throw new TypeError(`${what} must be a number, got ${describe(v)} instead`);
}

/** An integer (number or integer text); a cursor id may also be a bigint. */
function integer(v, what) {
  return typeof v === 'bigint' ? String(v) : int(v, what);
}

/** `name n v1 ... vn` — node-redis' parseOptionalVariadicArgument, for a value that is given. */
function pushCounted(args, name, values, what) {
  if (name !== undefined) args.push(name);
  if (Array.isArray(values)) {
    args.push(String(values.length));
    values.forEach((v, i) => args.push(text(v, `${what}[${i}]`)));
  } else {
    args.push('1', text(values, what));
  }
}

/** `v1 v2 ...` from one value or an array of them. */
function pushVariadic(args, values, what) {
  if (Array.isArray(values)) {
    if (values.length === 0) throw new TypeError(`${what} needs at least one value`);
    values.forEach((v, i) => args.push(text(v, `${what}[${i}]`)));
  } else {
    args.push(text(values, what));
  }
}

/** `PARAMS n name value ...` from `{ name: value }` (numbers sent as their text). */
function pushParams(args, params, what) {
  if (!params) return;
  object(params, what);
  const pairs = [];
  for (const name of Object.keys(params)) {
    const v = params[name];
    pairs.push(name, typeof v === 'number' ? String(v) : text(v, `${what}.${name}`));
  }
  args.push('PARAMS', String(pairs.length), ...pairs);
}

/** `DIALECT n`, node-redis' default dialect when none (or 0) is given. */
function pushDialect(args, dialect) {
  args.push('DIALECT', dialect ? integer(dialect, 'DIALECT') : DEFAULT_DIALECT);
}

/** `[{...}]` or `{...}` → an array of objects. */
function list(v, what) {
  return Array.isArray(v) ? v.map((item, i) => object(item, `${what}[${i}]`)) : [object(v, what)];
}

module.exports = { DEFAULT_DIALECT, isText, text, number, integer, pushCounted, pushVariadic, pushParams, pushDialect, list, options, object };
