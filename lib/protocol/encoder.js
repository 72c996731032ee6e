'use strict';
// Commands as RESP arrays of bulk strings, appended to one reusable Buffer per client. A tick's
// commands are encoded here and handed to the engine in one call (DESIGN.md, "The boundary"):
// `encode()` each command, then `take()` the batch and pass it to Rust synchronously.

const { Buffer } = require('buffer');
const { detachStack } = require('../errors');
// A first buffer this small comes from Node's shared pool of small Buffers: when many clients
// send in the same tick (each holds its buffer until its flush), they share slabs.
const INITIAL_CAPACITY = 1024;
// Capacity kept between batches; a buffer grown beyond it for one big batch is let go.
const RETAINED_CAPACITY = 4 * 1024 * 1024;
// Buffers of encoders that have nothing to send, for the next encoder that has: a client holds
// a buffer only from its first command of a tick to the flush, so idle clients cost none.
const POOL = [];
const POOL_MAX = 8;
const EMPTY = Buffer.alloc(0);
// Strings up to this many UTF-16 units are copied by a JS loop when they are ASCII: cheaper
// than a call into C++ for the short keys, names and values that make up most commands.
const SHORT_STRING = 32;
// Above this many UTF-16 units, a string's exact UTF-8 length is computed up front instead of
// reserving 3 bytes per unit. Computing it is a full extra pass (10 µs per 100 KB here, a third of
// the client's cost of a 100 KB SET), so only strings whose 3× reservation would be wasteful pay it.
const LONG_STRING = 8 * 1024 * 1024;
// Room for a bulk string header and its trailing CRLF: `$` + up to 10 digits + CRLF + CRLF.
const HEADER_ROOM = 16;

// Called through `.call` so that reading it is not a property load on every kind of string the
// encoder meets (cons, flat, internalized...), which makes that load megamorphic in writeString.
const charCodeAt = String.prototype.charCodeAt;

const DOLLAR = 36;
const STAR = 42;
const CR = 13;
const LF = 10;

function notAnArray(args) {
  return detachStack(new TypeError(`command arguments must be an array, got ${typeof args} instead.`));
}

// Redis answers nothing to an empty command (`*0`): sent, it would take the next command's reply.
function emptyCommand() {
  return detachStack(new TypeError('a command needs at least one argument, its name: got an empty array'));
}

// node-redis' wording, so that messages compare equal.
function wrongArgument(i, arg) {
  // Formatted now: its frames are the client's (errors.js, detachStack).
  return detachStack(new TypeError(`"arguments[${i}]" must be of type "string | Buffer", got ${typeof arg} instead.`));
}

class CommandEncoder {
  constructor() {
    this._buffer = EMPTY;
    this._length = 0;
    this._count = 0;
    // `[index, code, argument, ...]` of the batch's commands that do not take one reply
    // (./plan.js), or null.
    this._plans = null;
  }

  /** Commands encoded since the last `take()`. */
  get count() {
    return this._count;
  }

  /** Bytes encoded since the last `take()`. */
  get byteLength() {
    return this._length;
  }

  /**
   * Appends one command (`[name, ...args]`, each a string, Buffer or Uint8Array) and returns
   * the number of bytes written. Throws node-redis' TypeError for any other argument, and a
   * TypeError for an empty command (which Redis would not answer), before writing anything.
   */
  encode(args) {
    if (!Array.isArray(args)) throw notAnArray(args);
    const count = args.length;
    if (count === 0) throw emptyCommand();
    let room = HEADER_ROOM;
    for (let i = 0; i < count; i++) {
      const arg = args[i];
      if (typeof arg === 'string') {
        room += (arg.length > LONG_STRING ? Buffer.byteLength(arg) : arg.length * 3) + HEADER_ROOM;
      } else if (arg instanceof Uint8Array) {
        room += arg.length + HEADER_ROOM;
      } else {
        throw wrongArgument(i, arg);
      }
    }

    const start = this._length;
    let buffer = this._buffer;
    if (start + room > buffer.length) buffer = this._grow(start + room);

    let pos = start;
    buffer[pos++] = STAR;
    pos = writeDecimal(buffer, pos, count);
    buffer[pos++] = CR;
    buffer[pos++] = LF;
    for (let i = 0; i < count; i++) {
      const arg = args[i];
      if (typeof arg === 'string') {
        pos = writeString(buffer, pos, arg);
      } else {
        const length = arg.length;
        buffer[pos++] = DOLLAR;
        pos = writeDecimal(buffer, pos, length);
        buffer[pos++] = CR;
        buffer[pos++] = LF;
        if (length < 16) {
          for (let j = 0; j < length; j++) buffer[pos + j] = arg[j];
        } else {
          buffer.set(arg, pos);
        }
        pos += length;
        buffer[pos++] = CR;
        buffer[pos++] = LF;
      }
    }
    this._length = pos;
    this._count++;
    return pos - start;
  }

  /** The last command encoded does not take one reply: `code` and `argument` say what it
   *  takes (./plan.js). */
  plan(code, argument) {
    (this._plans ??= []).push(this._count - 1, code, argument);
  }

  /** The plans of the batch since the last `take()`, as a Uint32Array of triples, or null. */
  get plans() {
    return this._plans === null ? null : Uint32Array.from(this._plans);
  }

  /**
   * The bytes of every command encoded since the last call, and a fresh batch. The Buffer
   * shares memory with the encoder: use it (pass it to the engine), then `release()`, before
   * the next `encode()`.
   */
  take() {
    const batch = this._buffer.subarray(0, this._length);
    this._length = 0;
    this._count = 0;
    this._plans = null;
    return batch;
  }

  /** After `take()` and its use: the buffer goes back to the pool until the next command. */
  release() {
    const buffer = this._buffer;
    this._buffer = EMPTY;
    if (buffer !== EMPTY && buffer.length <= RETAINED_CAPACITY && POOL.length < POOL_MAX) POOL.push(buffer);
  }

  /**
   * Drops what was encoded after a point read from `byteLength` and `count` (e.g. the queued
   * commands of a MULTI whose later command was rejected).
   */
  rewind(byteLength, count) {
    if (byteLength > this._length || count > this._count) {
      throw new RangeError('rewind past the end of the batch');
    }
    this._length = byteLength;
    this._count = count;
    if (this._plans !== null) {
      let kept = 0;
      while (kept < this._plans.length && this._plans[kept] < count) kept += 3;
      this._plans.length = kept;
      if (kept === 0) this._plans = null;
    }
  }

  /** Takes the `index`th command of the batch out (one cancelled before the batch was sent). */
  cut(index) {
    const start = commandStart(this._buffer, this._length, index);
    const end = commandStart(this._buffer, this._length, 1, start);
    this._buffer.copyWithin(start, end, this._length);
    this._length -= end - start;
    this._count--;
    if (this._plans !== null) {
      const plans = [];
      for (let i = 0; i < this._plans.length; i += 3) {
        const at = this._plans[i];
        if (at !== index) plans.push(at > index ? at - 1 : at, this._plans[i + 1], this._plans[i + 2]);
      }
      this._plans = plans.length === 0 ? null : plans;
    }
  }

  _grow(needed) {
    const pooled = this._buffer === EMPTY && POOL.length > 0 ? POOL.pop() : EMPTY;
    if (pooled.length >= needed) return (this._buffer = pooled);
    const size = Math.max(needed, this._buffer.length * 2, INITIAL_CAPACITY);
    const grown = size < Buffer.poolSize >>> 1 ? Buffer.allocUnsafe(size) : Buffer.allocUnsafeSlow(size);
    this._buffer.copy(grown, 0, 0, this._length);
    this._buffer = grown;
    return grown;
  }
}

/** Where the command `skip` commands after the one at `from` starts (commands as this encoder
 *  writes them: `*<n>\r\n` then n times `$<len>\r\n<bytes>\r\n`). */
function commandStart(buffer, length, skip, from = 0) {
  let pos = from;
  for (let k = 0; k < skip; k++) {
    let [count, at] = readHeader(buffer, pos);
    for (; count > 0; count--) {
      const [bytes, start] = readHeader(buffer, at);
      at = start + bytes + 2;
    }
    pos = at;
  }
  if (pos > length) throw new RangeError('cut past the end of the batch');
  return pos;
}

/** The number after the `*` or `$` at `pos`, and where its line ends. */
function readHeader(buffer, pos) {
  let value = 0;
  let at = pos + 1;
  while (buffer[at] !== CR) value = value * 10 + (buffer[at++] - 48);
  return [value, at + 2];
}

/** Writes `$<bytes>\r\n<utf-8>\r\n` at `pos` (room reserved by the caller); returns the end. */
function writeString(buffer, pos, string) {
  const units = string.length;
  if (units <= SHORT_STRING) {
    let at = pos;
    buffer[at++] = DOLLAR;
    at = writeDecimal(buffer, at, units);
    buffer[at++] = CR;
    buffer[at++] = LF;
    let i = 0;
    for (; i < units; i++) {
      const code = charCodeAt.call(string, i);
      if (code > 0x7f) break;
      buffer[at + i] = code;
    }
    if (i === units) {
      at += units;
      buffer[at++] = CR;
      buffer[at++] = LF;
      return at;
    }
    // Not ASCII: rewrite it below, header included.
  }
  // Write the text where the header would end if it were ASCII, then fix the header up: the
  // UTF-8 length has at most two more digits than the UTF-16 one, and the room is reserved.
  const guessedDigits = decimalDigits(units);
  const guessedStart = pos + 1 + guessedDigits + 2;
  const bytes = buffer.utf8Write(string, guessedStart);
  const digits = decimalDigits(bytes);
  const dataStart = guessedStart + digits - guessedDigits;
  if (dataStart !== guessedStart) buffer.copyWithin(dataStart, guessedStart, guessedStart + bytes);
  buffer[pos] = DOLLAR;
  writeDecimal(buffer, pos + 1, bytes);
  buffer[dataStart - 2] = CR;
  buffer[dataStart - 1] = LF;
  let end = dataStart + bytes;
  buffer[end++] = CR;
  buffer[end++] = LF;
  return end;
}

function decimalDigits(n) {
  if (n < 10) return 1;
  if (n < 100) return 2;
  if (n < 1000) return 3;
  if (n < 10000) return 4;
  let digits = 5;
  for (let limit = 100000; n >= limit; limit *= 10) digits++;
  return digits;
}

/** Writes the non-negative integer `n` in decimal at `pos`; returns the end. */
function writeDecimal(buffer, pos, n) {
  if (n < 10) {
    buffer[pos] = 48 + n;
    return pos + 1;
  }
  if (n < 100) {
    buffer[pos] = 48 + ((n / 10) | 0);
    buffer[pos + 1] = 48 + (n % 10);
    return pos + 2;
  }
  const end = pos + decimalDigits(n);
  for (let at = end - 1; at >= pos; at--) {
    buffer[at] = 48 + (n % 10);
    n = Math.floor(n / 10);
  }
  return end;
}

module.exports = { CommandEncoder };
