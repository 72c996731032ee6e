'use strict';
// JSON values in and out of the RedisJSON commands (lib/commands/modules/json.js), as node-redis
// sends and reads them: a value argument is `JSON.stringify(value)`; a JSON reply (a bulk string
// holding JSON text) comes back `JSON.parse`d, null staying null.
const { Buffer } = require('buffer');
const { int, options, describe } = require('../../args');

/** A JSON value argument: its JSON text. Refuses what has none (undefined, a function...). */
function jsonArgument(v, what) {
  let text;
  try {
    text = JSON.stringify(v);
  } catch (err) {
    throw new TypeError(`${what} cannot be written as JSON: ${err.message}`);
  }
  if (text === undefined) throw new TypeError(`${what} must be a JSON value, got ${describe(v)} instead`);
  return text;
}

/** `command`'s arguments `values` (at least one) as JSON texts. */
function jsonArguments(values, what) {
  if (values.length === 0) throw new TypeError(`${what} needs at least one JSON value`);
  return values.map((v, i) => jsonArgument(v, values.length === 1 ? what : `${what} ${i + 1}`));
}

/** A path (or key) argument: a string or a Buffer. */
function path(v, what) {
  if (typeof v === 'string' || Buffer.isBuffer(v)) return v;
  throw new TypeError(`${what} must be a string or a Buffer, got ${describe(v)} instead`);
}

/** `[NAME, key]` and the optional `{ path }` of `opts`; `truthy` skips an empty path, as
 *  node-redis does for STRLEN and TYPE (the others skip only an undefined one). */
function keyAndPath(name, key, opts, truthy = false) {
  const args = [name, key];
  if (options(opts, `${name} options`)) {
    const given = opts.path;
    if (truthy ? given : given !== undefined) args.push(path(given, `${name} options.path`));
  }
  return args;
}

const JSON_NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/** NUMINCRBY's and NUMMULTBY's operand: a finite number (or its JSON text). */
function jsonNumber(v, what) {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'string' && JSON_NUMBER.test(v)) return v;
  throw new TypeError(`${what} must be a finite number, got ${describe(v)} instead`);
}

/** An optional integer: absent (undefined) or checked by `int`. */
function optionalInt(v, what) {
  return v === undefined ? undefined : int(v, what);
}

/** A JSON reply: the parsed value, or null. */
function parseJson(reply) {
  return reply === null ? null : JSON.parse(typeof reply === 'string' ? reply : reply.toString());
}

/** One JSON reply or an array of them (JSONPath): parsed, nulls kept. */
function parseJsonOrArray(reply) {
  return Array.isArray(reply) ? reply.map(parseJson) : parseJson(reply);
}

/** An array of JSON replies (JSON.MGET). */
function parseJsonArray(reply) {
  return reply.map(parseJson);
}

module.exports = { jsonArgument, jsonArguments, path, keyAndPath, jsonNumber, optionalInt, parseJson, parseJsonOrArray, parseJsonArray };
