'use strict';
// What routing a command needs to know of it, derived from its definition in the table and its
// built arguments: whether it blocks (for a side connection: issue "blocking commands"), its
// first key, and that key's hash slot (for a cluster: which node). The connection's own routing,
// what each command waits for, is the engine's ledger (lib/protocol/plan.js).

const { Buffer } = require('buffer');

/** Whether `args` (built by `definition`) may be held by the server until data arrives. */
function isBlocking(definition, args) {
  const { blocking } = definition;
  return typeof blocking === 'function' ? blocking(args) : blocking === true;
}

/** The first key of `args` (built by `definition`), or undefined for a command with none. */
function firstKey(definition, args) {
  if (definition.keyless) return undefined;
  const at = typeof definition.firstKey === 'function' ? definition.firstKey(args) : definition.firstKey ?? 1;
  return at > 0 ? args[at] : undefined;
}

const SLOTS = 16384;

// CRC16-CCITT (polynomial 0x1021, initial 0), the checksum Redis Cluster takes of a key.
const CRC16 = new Uint16Array(256);
for (let byte = 0; byte < 256; byte++) {
  let crc = byte << 8;
  for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? (crc << 1) ^ 0x1021 : crc << 1;
  CRC16[byte] = crc & 0xffff;
}

function crc16(bytes, start, end) {
  let crc = 0;
  for (let i = start; i < end; i++) crc = ((crc << 8) & 0xffff) ^ CRC16[((crc >> 8) ^ bytes[i]) & 0xff];
  return crc;
}

const OPEN = 0x7b; // {
const CLOSE = 0x7d; // }

/** The cluster hash slot of a key (string or Buffer): of its hash tag, the part between the
 *  first `{` and the first `}` after it, if that is not empty; of the whole key otherwise. */
function slotOf(key) {
  if (typeof key === 'string') {
    const slot = asciiSlot(key);
    if (slot !== -1) return slot;
  }
  const bytes = typeof key === 'string' ? Buffer.from(key) : key;
  const [start, end] = hashTag(bytes, bytes.length);
  return crc16(bytes, start, end) % SLOTS;
}

/** The part of `key` that is hashed, as [start, end) (of bytes, or of characters of an ASCII
 *  string: the same positions). */
function hashTag(key, length) {
  const open = key.indexOf(typeof key === 'string' ? '{' : OPEN);
  if (open !== -1) {
    const close = key.indexOf(typeof key === 'string' ? '}' : CLOSE, open + 1);
    if (close > open + 1) return [open + 1, close];
  }
  return [0, length];
}

/** slotOf for an ASCII string, without making its bytes; -1 for any other string. */
function asciiSlot(key) {
  const [start, end] = hashTag(key, key.length);
  let crc = 0;
  for (let i = start; i < end; i++) {
    const code = key.charCodeAt(i);
    if (code > 0x7f) return -1;
    crc = ((crc << 8) & 0xffff) ^ CRC16[((crc >> 8) ^ code) & 0xff];
  }
  // Outside the tag too: a non-ASCII character there moves where the tag is in bytes only, not
  // which characters it holds, so the slot stands.
  return crc % SLOTS;
}

module.exports = { isBlocking, firstKey, slotOf, SLOTS };
