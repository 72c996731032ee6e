'use strict';
// digest(value): node-redis' helper for SET and DELEX with IFDEQ/IFDNE — the 64-bit XXH3 digest
// Redis' DIGEST command computes of a value, as 16 lowercase hex digits. The engine computes it
// (src/digest.rs); node-redis needs the optional `@node-rs/xxhash` package and rejects without it.

const { Buffer } = require('buffer');
const native = require('./native');
const { describe } = require('./commands/args');
const { detachStack } = require('./errors');

/** Resolves to the digest of a string (its UTF-8 bytes) or of a Buffer / Uint8Array. */
async function digest(value) {
  if (typeof value === 'string' || Buffer.isBuffer(value)) return native.digest(value);
  if (value instanceof Uint8Array) return native.digest(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
  throw detachStack(new TypeError(`digest expects a string or a Buffer, got ${describe(value)} instead`));
}

module.exports = { digest };
