'use strict';
// Reply shapes of the stream commands (lib/commands/stream.js), as node-redis v5 gives them.
// Entries arrive as `[id, [field, value, ...]]`; node-redis turns the fields into a map (an
// object, or a Map/flat array per the MAP type mapping) — except where noted, where it ignores
// the type mapping and always builds a null-prototype object.
const { pairsToMap } = require('../replies');

/** `[id, fields, idle?, deliveries?]` → `{ id, message, millisElapsedFromDelivery?, deliveriesCounter? }`. */
function entry(raw, typeMapping) {
  const [id, fields, millisElapsedFromDelivery, deliveriesCounter] = raw;
  const shaped = { id, message: pairsToMap(fields, typeMapping) };
  if (millisElapsedFromDelivery !== undefined) shaped.millisElapsedFromDelivery = millisElapsedFromDelivery;
  if (deliveriesCounter !== undefined) shaped.deliveriesCounter = deliveriesCounter;
  return shaped;
}

const nullableEntry = (raw, typeMapping) => (raw === null ? null : entry(raw, typeMapping));

/** XRANGE, XREVRANGE. */
const entries = (reply, typeMapping) => reply.map((raw) => entry(raw, typeMapping));

/** XCLAIM: entries deleted meanwhile come back as null. */
const claimed = (reply, typeMapping) => reply.map((raw) => nullableEntry(raw, typeMapping));

const autoClaimed = ([nextId, messages, deletedMessages], typeMapping) => ({ nextId, messages: claimed(messages, typeMapping), deletedMessages });
const autoClaimedIds = ([nextId, messages, deletedMessages]) => ({ nextId, messages, deletedMessages });

/** XREAD/XREADGROUP on RESP2: node-redis' v4-style `[{ name, messages }]` (type mapping ignored). */
const streams2 = (reply) => (reply === null ? null : reply.map(([name, messages]) => ({ name, messages: entries(messages) })));

/** XINFO STREAM's first/last entry (type mapping ignored). */
const infoEntry = (raw) => (raw === null ? raw : { id: raw[0], message: pairsToMap(raw[1]) });
const ENTRY_FIELDS = ['first-entry', 'last-entry'];

const infoStream = {
  // A plain object (not null-prototype) in RESP2, as node-redis builds it.
  2: (reply) => {
    const info = {};
    for (let i = 0; i < reply.length; i += 2) info[reply[i]] = ENTRY_FIELDS.includes(reply[i]) ? infoEntry(reply[i + 1]) : reply[i + 1];
    return info;
  },
  // RESP3: the decoded map (object, Map or flat array per the type mapping), entries reshaped.
  3: (reply) => {
    if (reply instanceof Map) {
      for (const field of ENTRY_FIELDS) reply.set(field, infoEntry(reply.get(field)));
    } else if (Array.isArray(reply)) {
      for (let i = 0; i < reply.length; i += 2) if (ENTRY_FIELDS.includes(reply[i])) reply[i + 1] = infoEntry(reply[i + 1]);
    } else {
      for (const field of ENTRY_FIELDS) reply[field] = infoEntry(reply[field]);
    }
    return reply;
  },
};

const pendingSummary = ([pending, firstId, lastId, consumers]) => ({
  pending,
  firstId,
  lastId,
  consumers: consumers === null ? null : consumers.map(([name, count]) => ({ name, deliveriesCounter: Number(count) })),
});

const pendingRange = (reply) =>
  reply.map(([id, consumer, millisecondsSinceLastDelivery, deliveriesCounter]) => ({ id, consumer, millisecondsSinceLastDelivery, deliveriesCounter }));

module.exports = { entries, claimed, autoClaimed, autoClaimedIds, streams2, infoStream, pendingSummary, pendingRange };
