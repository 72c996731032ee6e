'use strict';
// The scan iterators of node-redis v5: async generators that yield one batch (an array) per
// SCAN / HSCAN / SSCAN / ZSCAN call until the cursor comes back to '0'.

const ITERATORS = {
  async *scanIterator(options) {
    yield* cursorBatches(options, (cursor) => this.scan(cursor, options), (reply) => reply.keys);
  },

  /** Yields `{ field, value }[]` batches. */
  async *hScanIterator(key, options) {
    yield* cursorBatches(options, (cursor) => this.hScan(key, cursor, options), (reply) => reply.entries);
  },

  /** Yields batches of values (node-redis 5.12.1 yields field names here, a bug fixed in 6.x). */
  async *hScanValuesIterator(key, options) {
    yield* cursorBatches(options, (cursor) => this.hScan(key, cursor, options), (reply) => reply.entries.map((entry) => entry.value));
  },

  /** Yields batches of field names. */
  async *hScanNoValuesIterator(key, options) {
    yield* cursorBatches(options, (cursor) => this.hScanNoValues(key, cursor, options), (reply) => reply.fields);
  },

  async *sScanIterator(key, options) {
    yield* cursorBatches(options, (cursor) => this.sScan(key, cursor, options), (reply) => reply.members);
  },

  /** Yields `{ value, score }[]` batches. */
  async *zScanIterator(key, options) {
    yield* cursorBatches(options, (cursor) => this.zScan(key, cursor, options), (reply) => reply.members);
  },
};

/** Calls `scan(cursor)` from `options.cursor` (default '0') until the cursor comes back to '0',
 *  yielding `batch(reply)` of each reply. */
async function* cursorBatches(options, scan, batch) {
  let cursor = options?.cursor ?? '0';
  do {
    const reply = await scan(cursor);
    cursor = reply.cursor;
    yield batch(reply);
  } while (cursor.toString() !== '0'); // a Buffer cursor too, under a Buffer type mapping
}

/** Adds the iterators to the client's prototype. */
function attachScanIterators(prototype) {
  for (const [name, iterator] of Object.entries(Object.getOwnPropertyDescriptors(ITERATORS))) {
    Object.defineProperty(prototype, name, { ...iterator, enumerable: false });
  }
}

module.exports = { attachScanIterators };
