'use strict';
// Reads the reply stream the engine hands over on each drain (docs/REPLY_STREAM.md) and turns
// its values into the JS values node-redis 5 gives for the same RESP reply, honouring a type
// mapping (keys are RESP_TYPES codes, which are also the value tags of the stream).

const { Buffer } = require('buffer');
const { RESP_TYPES } = require('../resp-types');
const { SimpleError, BlobError, serverError } = require('../errors');
const { VerbatimString } = require('../verbatim-string');

/** Tags of the top-level records. */
const RECORD = Object.freeze({
  REPLY: 0x52, // R
  REPLIES: 0x4d, // M
  PUSH: 0x50, // P
  CONNECTED: 0x43, // C
  READY: 0x59, // Y
  FAILURE: 0x46, // F
  OFFLINE: 0x4f, // O
  IDENTITY: 0x56, // V
});

/** The mapping node-redis decodes pushes with: blob strings as Buffers, the rest as default. */
const PUSH_TYPE_MAPPING = Object.freeze({ [RESP_TYPES.BLOB_STRING]: Buffer });

const DEFAULT_MAPPING = Object.freeze({});
const EMPTY = Buffer.alloc(0);

const {
  NULL,
  BOOLEAN,
  NUMBER,
  BIG_NUMBER,
  DOUBLE,
  SIMPLE_STRING,
  BLOB_STRING,
  VERBATIM_STRING,
  SIMPLE_ERROR,
  BLOB_ERROR,
  ARRAY,
  SET,
  MAP,
  PUSH,
} = RESP_TYPES;

const fromCharCode = String.fromCharCode;
// Strings up to this many bytes are decoded in JS when they are ASCII; longer ones, or
// non-ASCII ones, by Buffer's native UTF-8 decoder. Below ~12 bytes the call into C++ costs
// more than the decoding (measured: 20-40 ns in JS vs 70-100 ns native).
const SHORT_STRING = 12;
// A string run (docs/REPLY_STREAM.md): an aggregate of short strings or nulls that the engine
// wrote as one JSON array, so that V8 builds every string in one native pass.
const STRING_RUN = 0x4a; // J
// A blob string of 16 KiB or more, all ASCII: `X` and its `u32` length; the string itself is
// the next of the drain's external strings, made by the engine over the bytes it read.
const EXTERNAL_STRING = 0x58; // X
// Slots of the engine's table of known strings (`SLOTS` in core/src/resp/known_strings.rs).
const KNOWN_SLOTS = 4096;
// Codes of a string run's elements (see `_decode`).
const DEFINE_CODE = 0x8000;
const TEXT_CODE = 0xffff;
// Aggregates nested deeper than this are built without recursion (`_deep`): the engine
// accepts replies nested far deeper than the JS stack allows (a Lua script's tables).
const RECURSION_MAX = 200;

class ReplyReader {
  constructor() {
    this.buffer = EMPTY;
    this.offset = 0;
    // The drain's external strings (`drainInto` fills it), and the next one to read.
    this.externals = [];
    this.external = 0;
    // Aggregates open around the value being read (recursion depth).
    this.depth = 0;
    // Known strings (docs/REPLY_STREAM.md): what the engine's table of the current connection
    // defined, by slot; made at the first definition (most clients never see one). Filled, so
    // that V8 keeps its elements packed rather than sparse.
    this.known = null;
  }

  /** A new connection: its engine table starts empty, and so does this one. */
  forgetKnownStrings() {
    this.known = null;
  }

  /** Starts reading a drained Buffer, whose external strings `drainInto` put in `externals`. */
  reset(buffer) {
    this.buffer = buffer;
    this.offset = 0;
    this.external = 0;
  }

  /** Lets go of the drain's external strings (they hold socket memory until collected). */
  release() {
    if (this.externals.length > 0) this.externals.length = 0;
  }

  /** True when every record of the Buffer has been read. */
  get done() {
    return this.offset >= this.buffer.length;
  }

  /** The next record's tag (a `RECORD` char code); moves past it. */
  nextRecordTag() {
    return this.buffer[this.offset++];
  }

  /** The tag of the value about to be read (a `RESP_TYPES` code), e.g. to spot errors. */
  peekValueTag() {
    return this.buffer[this.offset];
  }

  /**
   * Reads one value (the payload of `R` and `P`), shaped as node-redis shapes it under
   * `typeMapping`. Error values come back as `SimpleError` / `BlobError` instances.
   */
  readValue(typeMapping) {
    this.depth = 0;
    const value = this._value(typeMapping || DEFAULT_MAPPING);
    if (this.offset > this.buffer.length) throw corrupt(this.offset);
    return value;
  }

  /**
   * A push that is a message of a channel, `message` or `smessage` with the channel and the
   * payload as blob strings, read with the default mapping: `[kind, channel, payload]`, the
   * kind and (when its bytes are `last.bytes`) the channel not decoded again but taken from
   * `last` ({ kind: { message, smessage }, bytes, text }, which it updates). Anything else is
   * left unread: undefined. Messages come in runs of one channel; this is their hot path.
   */
  readChannelMessage(last) {
    const buffer = this.buffer;
    const at = this.offset;
    const tag = buffer[at];
    if ((tag !== PUSH && tag !== ARRAY) || readU32(buffer, at + 1) !== 3 || buffer[at + 5] !== BLOB_STRING) return undefined;
    const kindLength = readU32(buffer, at + 6);
    const kindAt = at + 10;
    const kind = kindLength === 7 && isWord(buffer, kindAt, MESSAGE) ? 'message' : kindLength === 8 && isWord(buffer, kindAt, SMESSAGE) ? 'smessage' : undefined;
    const channelAt = kindAt + kindLength;
    if (kind === undefined || buffer[channelAt] !== BLOB_STRING) return undefined;
    const start = channelAt + 5;
    const end = start + readU32(buffer, channelAt + 1);
    const payloadAt = end;
    if (end > buffer.length || buffer[payloadAt] !== BLOB_STRING) return undefined;
    let channel;
    if (last.bytes !== null && last.bytes.length === end - start && isWord(buffer, start, last.bytes)) {
      channel = last.text;
    } else {
      channel = decodeUtf8(buffer, start, end);
      last.bytes = Buffer.from(buffer.subarray(start, end)); // a copy: the drain buffer is reused
      last.text = channel;
    }
    const payloadStart = payloadAt + 5;
    const payloadEnd = payloadStart + readU32(buffer, payloadAt + 1);
    if (payloadEnd > buffer.length) throw corrupt(payloadAt);
    this.offset = payloadEnd;
    return [kind, channel, decodeUtf8(buffer, payloadStart, payloadEnd)];
  }

  /**
   * The payload of `M`: the replies to as many of the oldest pending commands, each a string of
   * one RESP type or null, as `{ tag, replies }` — the strings' type (for each command's type
   * mapping) and the replies as the default mapping shapes them.
   */
  readReplies() {
    const at = this.offset;
    if (this.buffer[at] !== STRING_RUN || this.buffer[at + 1] !== ARRAY) throw corrupt(at);
    const tag = this.buffer[at + 2];
    return { tag, replies: this._run(DEFAULT_MAPPING) };
  }

  /** Skips one value without building it. */
  skipValue() {
    const buffer = this.buffer;
    let values = 1;
    while (values > 0) {
      values--;
      const tag = buffer[this.offset];
      switch (tag) {
        case NULL:
          this.offset += 1;
          break;
        case BOOLEAN:
          this.offset += 2;
          break;
        case ARRAY:
        case SET:
        case PUSH:
          values += readU32(buffer, this.offset + 1);
          this.offset += 5;
          break;
        case MAP:
          values += 2 * readU32(buffer, this.offset + 1);
          this.offset += 5;
          break;
        case STRING_RUN:
          this._run(DEFAULT_MAPPING); // for the known strings it defines
          break;
        case EXTERNAL_STRING:
          this.offset += 5;
          this.external++;
          break;
        case BLOB_STRING:
        case SIMPLE_STRING:
        case SIMPLE_ERROR:
        case BLOB_ERROR:
        case NUMBER:
        case DOUBLE:
        case BIG_NUMBER:
        case VERBATIM_STRING:
          this.offset += 5 + readU32(buffer, this.offset + 1);
          break;
        default:
          throw corrupt(this.offset);
      }
    }
    if (this.offset > buffer.length) throw corrupt(this.offset);
  }

  /** The payload of `O`: a count. */
  readU32() {
    const value = readU32(this.buffer, this.offset);
    this.offset += 4;
    return value;
  }

  /** The payload of `V`: the server's certificates, DER Buffers of their own, leaf first. */
  readCertificates() {
    const count = this.readU32();
    const certificates = [];
    for (let i = 0; i < count; i++) {
      const start = this.offset + 4;
      const end = start + readU32(this.buffer, this.offset);
      if (end > this.buffer.length) throw corrupt(this.offset);
      certificates.push(copyOut(this.buffer, start, end));
      this.offset = end;
    }
    return certificates;
  }

  /** The payload of `F`: `{ kind, code, message, rejected }` (kinds in docs/REPLY_STREAM.md). */
  readFailure() {
    const kind = this.buffer[this.offset++];
    const code = this._string();
    const message = this._string();
    const rejected = this.readU32();
    if (this.offset > this.buffer.length) throw corrupt(this.offset);
    return { kind, code, message, rejected };
  }

  _string() {
    const start = this.offset + 4;
    const end = start + readU32(this.buffer, this.offset);
    this.offset = end;
    return decodeUtf8(this.buffer, start, end);
  }

  _value(mapping) {
    const buffer = this.buffer;
    const at = this.offset;
    const tag = buffer[at];
    switch (tag) {
      case BLOB_STRING:
      case SIMPLE_STRING: {
        const start = at + 5;
        const end = start + readU32(buffer, at + 1);
        this.offset = end;
        return mapping[tag] === Buffer ? copyOut(buffer, start, end) : decodeUtf8(buffer, start, end);
      }
      case NUMBER: {
        const start = at + 5;
        const end = start + readU32(buffer, at + 1);
        this.offset = end;
        return mapping[NUMBER] === String ? decodeUtf8(buffer, start, end) : parseInteger(buffer, start, end);
      }
      case STRING_RUN:
        return this._run(mapping);
      case EXTERNAL_STRING: {
        const text = this._externalString();
        return mapping[BLOB_STRING] === Buffer ? Buffer.from(text, 'latin1') : text;
      }
      case ARRAY:
      case PUSH: {
        if (this.depth >= RECURSION_MAX) return this._deep(mapping);
        const length = readU32(buffer, at + 1);
        this.offset = at + 5;
        const array = new Array(length);
        this.depth++;
        for (let i = 0; i < length; i++) array[i] = this._value(mapping);
        this.depth--;
        return array;
      }
      case MAP:
        if (this.depth >= RECURSION_MAX) return this._deep(mapping);
        this.depth++;
        try {
          return this._map(mapping);
        } finally {
          this.depth--;
        }
      case NULL:
        this.offset = at + 1;
        return null;
      case DOUBLE: {
        const start = at + 5;
        const end = start + readU32(buffer, at + 1);
        this.offset = end;
        const text = decodeUtf8(buffer, start, end);
        return mapping[DOUBLE] === String ? text : parseDouble(text);
      }
      case BOOLEAN:
        this.offset = at + 2;
        return buffer[at + 1] !== 0;
      case SIMPLE_ERROR:
      case BLOB_ERROR: {
        const start = at + 5;
        const end = start + readU32(buffer, at + 1);
        this.offset = end;
        const message = decodeUtf8(buffer, start, end);
        return serverError(tag === SIMPLE_ERROR ? SimpleError : BlobError, message);
      }
      case SET: {
        if (this.depth >= RECURSION_MAX) return this._deep(mapping);
        const length = readU32(buffer, at + 1);
        this.offset = at + 5;
        this.depth++;
        if (mapping[SET] === Set) {
          const set = new Set();
          for (let i = 0; i < length; i++) set.add(this._value(mapping));
          this.depth--;
          return set;
        }
        const array = new Array(length);
        for (let i = 0; i < length; i++) array[i] = this._value(mapping);
        this.depth--;
        return array;
      }
      case BIG_NUMBER: {
        const start = at + 5;
        const end = start + readU32(buffer, at + 1);
        this.offset = end;
        const text = decodeUtf8(buffer, start, end);
        const type = mapping[BIG_NUMBER];
        if (type === String) return text;
        if (type === Number) return Number(text);
        return BigInt(buffer[start] === 0x2b /* + */ ? text.slice(1) : text);
      }
      case VERBATIM_STRING: {
        // `txt:` then the text.
        const start = at + 5;
        const end = start + readU32(buffer, at + 1);
        this.offset = end;
        const type = mapping[VERBATIM_STRING];
        if (type === Buffer) return copyOut(buffer, start + 4, end);
        const text = decodeUtf8(buffer, start + 4, end);
        if (type === VerbatimString || (typeof type === 'function' && type.prototype instanceof String)) {
          return new type(buffer.latin1Slice(start, start + 3), text);
        }
        return text;
      }
      default:
        throw corrupt(at);
    }
  }

  _map(mapping) {
    const at = this.offset;
    const pairs = readU32(this.buffer, at + 1);
    this.offset = at + 5;
    return this._shapeMap(pairs, mapping, () => this._key(mapping), () => this._value(mapping));
  }

  /** A map of `pairs` pairs read with `key()` and `value()`, shaped as `mapping` says. */
  _shapeMap(pairs, mapping, key, value) {
    const type = mapping[MAP];
    if (type === Map) {
      const map = new Map();
      for (let i = 0; i < pairs; i++) {
        const k = key();
        map.set(k, value());
      }
      return map;
    }
    if (type === Array) {
      // node-redis decodes both keys and values as plain values here.
      const array = new Array(pairs * 2);
      for (let i = 0; i < array.length; i++) array[i] = value();
      return array;
    }
    const object = Object.create(null);
    for (let i = 0; i < pairs; i++) {
      const k = key();
      object[k] = value();
    }
    return object;
  }

  /**
   * The aggregate at the offset, built with a stack of its open aggregates instead of
   * recursion, however deep it nests. Shaped exactly as `_value` shapes it.
   */
  _deep(mapping) {
    const buffer = this.buffer;
    const stack = [];
    for (;;) {
      const at = this.offset;
      const tag = buffer[at];
      let value;
      const top = stack.length === 0 ? undefined : stack[stack.length - 1];
      if (tag === ARRAY || tag === PUSH || tag === SET || tag === MAP) {
        const length = readU32(buffer, at + 1);
        this.offset = at + 5;
        const frame = { tag, length, items: [] };
        if (length > 0) {
          if (this.offset > buffer.length) throw corrupt(at);
          stack.push(frame);
          continue;
        }
        value = this._close(frame, mapping);
      } else if (top !== undefined && top.tag === MAP && top.items.length % 2 === 0 && mapping[MAP] !== Array) {
        value = this._key(mapping);
      } else {
        value = this._value(mapping);
      }
      for (;;) {
        if (stack.length === 0) return value;
        const frame = stack[stack.length - 1];
        frame.items.push(value);
        if (frame.items.length < (frame.tag === MAP ? 2 * frame.length : frame.length)) break;
        stack.pop();
        value = this._close(frame, mapping);
      }
    }
  }

  /** The value of an aggregate `_deep` read all the items of. */
  _close({ tag, length, items }, mapping) {
    if (tag === MAP) {
      let next = 0;
      const item = () => items[next++];
      return this._shapeMap(length, mapping, item, item);
    }
    return tag === SET && mapping[SET] === Set ? new Set(items) : items;
  }

  /**
   * A string run: `J`, the aggregate's tag, the elements' string tag, `u32` count (pairs for a
   * map), `u32` length, a JSON array (strings and nulls), `u32` codes, then that many `u16`
   * codes. Without codes the array holds every element; with them, one code per element says
   * where it is (docs/REPLY_STREAM.md, "Known strings"). Shaped as the element-by-element form
   * of the same aggregate would be.
   */
  _run(mapping) {
    const buffer = this.buffer;
    const at = this.offset;
    const aggregate = buffer[at + 1];
    const count = readU32(buffer, at + 3);
    const start = at + 11;
    const end = start + readU32(buffer, at + 7);
    if (end + 4 > buffer.length) throw corrupt(at);
    const codes = readU32(buffer, end);
    this.offset = end + 4 + 2 * codes;
    if (this.offset > buffer.length) throw corrupt(at);
    const texts = JSON.parse(buffer.utf8Slice(start, end));
    const length = aggregate === MAP ? 2 * count : count;
    const items = codes === 0 ? texts : this._decode(texts, codes, end + 4, at);
    if (items.length !== length) throw corrupt(at);
    const asBuffers = mapping[buffer[at + 2]] === Buffer;
    if (aggregate !== MAP) {
      if (asBuffers) toBuffers(items, 0, 1);
      return aggregate === SET && mapping[SET] === Set ? new Set(items) : items;
    }
    const type = mapping[MAP];
    if (type === Array) {
      if (asBuffers) toBuffers(items, 0, 1);
      return items;
    }
    // Keys stay strings whatever the mapping (see `_key`).
    if (asBuffers) toBuffers(items, 1, 2);
    if (type === Map) {
      const map = new Map();
      for (let i = 0; i < items.length; i += 2) map.set(items[i], items[i + 1]);
      return map;
    }
    const object = Object.create(null);
    for (let i = 0; i < items.length; i += 2) object[items[i]] = items[i + 1];
    return object;
  }

  /**
   * The elements of a run with codes, in order: a code below `DEFINE_CODE` is the slot of a
   * known string; any other takes the next item of `texts`, and `DEFINE_CODE + slot` also
   * stores it under that slot.
   */
  _decode(texts, codes, at, run) {
    const buffer = this.buffer;
    const known = (this.known ??= new Array(KNOWN_SLOTS).fill(undefined));
    const items = new Array(codes);
    let next = 0;
    for (let i = 0; i < codes; i++, at += 2) {
      const code = buffer[at] | (buffer[at + 1] << 8);
      if (code < KNOWN_SLOTS) {
        const text = known[code];
        if (text === undefined) throw corrupt(run); // a slot never defined
        items[i] = text;
        continue;
      }
      if (next === texts.length) throw corrupt(run);
      const item = texts[next++];
      if (code !== TEXT_CODE) {
        const slot = code - DEFINE_CODE;
        if (typeof item !== 'string' || slot < 0 || slot >= KNOWN_SLOTS) throw corrupt(run);
        known[slot] = item;
      }
      items[i] = item;
    }
    if (next !== texts.length) throw corrupt(run);
    return items;
  }

  /** A map key: simple and blob strings are always strings, whatever the mapping says. */
  _key(mapping) {
    const buffer = this.buffer;
    const at = this.offset;
    const tag = buffer[at];
    if (tag === BLOB_STRING || tag === SIMPLE_STRING) {
      const start = at + 5;
      const end = start + readU32(buffer, at + 1);
      this.offset = end;
      return decodeUtf8(buffer, start, end);
    }
    if (tag === EXTERNAL_STRING) return this._externalString();
    return this._value(mapping);
  }

  _externalString() {
    const at = this.offset;
    const text = this.externals[this.external++];
    if (typeof text !== 'string' || text.length !== readU32(this.buffer, at + 1)) throw corrupt(at);
    this.offset = at + 5;
    return text;
  }
}

/** Replaces the strings at `from`, `from + step`... of `items` by their UTF-8 bytes. */
function toBuffers(items, from, step) {
  for (let i = from; i < items.length; i += step) {
    if (items[i] !== null) items[i] = Buffer.from(items[i], 'utf8');
  }
}

function readU32(buffer, at) {
  return (buffer[at] | (buffer[at + 1] << 8) | (buffer[at + 2] << 16) | (buffer[at + 3] << 24)) >>> 0;
}

/**
 * UTF-8 text of `buffer[start, end)`. Invalid sequences become U+FFFD, as with
 * `buffer.toString()`.
 */
const MESSAGE = Buffer.from('message');
const SMESSAGE = Buffer.from('smessage');

/** Whether `buffer` holds the bytes of `word` at `at`. */
function isWord(buffer, at, word) {
  if (at + word.length > buffer.length) return false;
  for (let i = 0; i < word.length; i++) if (buffer[at + i] !== word[i]) return false;
  return true;
}

function decodeUtf8(buffer, start, end) {
  if (end - start > SHORT_STRING) return buffer.utf8Slice(start, end);
  let text = '';
  let at = start;
  for (; end - at >= 4; at += 4) {
    const a = buffer[at];
    const b = buffer[at + 1];
    const c = buffer[at + 2];
    const d = buffer[at + 3];
    if ((a | b | c | d) & 0x80) return buffer.utf8Slice(start, end);
    text += fromCharCode(a, b, c, d);
  }
  switch (end - at) {
    case 3: {
      const a = buffer[at];
      const b = buffer[at + 1];
      const c = buffer[at + 2];
      if ((a | b | c) & 0x80) return buffer.utf8Slice(start, end);
      return text + fromCharCode(a, b, c);
    }
    case 2: {
      const a = buffer[at];
      const b = buffer[at + 1];
      if ((a | b) & 0x80) return buffer.utf8Slice(start, end);
      return text + fromCharCode(a, b);
    }
    case 1: {
      const a = buffer[at];
      if (a & 0x80) return buffer.utf8Slice(start, end);
      return text + fromCharCode(a);
    }
    default:
      return text;
  }
}

/**
 * An integer reply as node-redis computes it: digit by digit in double arithmetic, so values
 * beyond 2^53 round the same way.
 */
function parseInteger(buffer, start, end) {
  let at = start;
  const sign = buffer[at];
  if (sign === 0x2d /* - */ || sign === 0x2b /* + */) at++;
  let value = 0;
  for (; at < end; at++) value = value * 10 + buffer[at] - 0x30;
  return sign === 0x2d ? -value : value;
}

/** A Buffer of its own: the drained buffer is reused by the next drain. */
function copyOut(buffer, start, end) {
  return Buffer.copyBytesFrom(buffer, start, end - start);
}

/** A RESP3 double: `1.5`, `-1e+20`, `inf`, `-inf`, `nan`. */
function parseDouble(text) {
  switch (text) {
    case 'inf':
    case '+inf':
      return Infinity;
    case '-inf':
      return -Infinity;
    case 'nan':
    case '-nan':
      return NaN;
    default:
      return Number(text);
  }
}

/** The reply stream did not decode: a ferrodis bug, never a server's (the engine rejects bad
 *  RESP itself). */
class CorruptStreamError extends Error {}

function corrupt(offset) {
  return new CorruptStreamError(`ferrodis: corrupt reply stream at offset ${offset}`);
}

module.exports = { ReplyReader, RECORD, PUSH_TYPE_MAPPING, CorruptStreamError, corrupt, parseDouble };
