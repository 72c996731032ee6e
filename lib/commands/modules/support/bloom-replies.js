'use strict';
// Reply transforms of the RedisBloom namespaces, shaped as node-redis 5 shapes them.
const { pairsToMap, double } = require('../../replies');

/** BF/CF/CMS/TDIGEST.INFO: RESP2's flat [field, value...] list as a map (MAP may map it);
 *  RESP3 sends a map. */
const INFO = { 2: pairsToMap };

/**
 * TOPK.INFO: as INFO, with RESP2's `decay` (sent as text) read as a double — a number unless
 * DOUBLE maps to String.
 */
const TOPK_INFO = {
  2: (reply, typeMapping) => {
    const fields = reply.slice();
    for (let i = 0; i < fields.length; i += 2) {
      if (String(fields[i]) === 'decay') fields[i + 1] = double(fields[i + 1], typeMapping);
    }
    return pairsToMap(fields, typeMapping);
  },
};

/**
 * ADD/EXISTS/DEL...: RESP2 sends 1 or 0, read as a boolean; RESP3 sends a boolean. (node-redis
 * compares with `=== 1`, which calls every reply false once NUMBER maps to String or BigInt.)
 */
const isOne = (reply) => Number(reply) === 1;
const BOOLEAN = { 2: isOne };
const BOOLEANS = { 2: (reply) => reply.map(isOne) };

/** T-Digest values: RESP2 sends doubles as text ('nan', 'inf', '-inf' included). */
const DOUBLE = { 2: double };
const DOUBLES = { 2: (reply, typeMapping) => reply.map((d) => double(d, typeMapping)) };

/** BF/CF.SCANDUMP: `{ iterator, chunk }`. */
function scanDump(reply) {
  return { iterator: reply[0], chunk: reply[1] };
}

/** TOPK.LIST WITHCOUNT: `[item, count, item, count...]` → `[{ item, count }]`. */
function itemsWithCount(reply) {
  const items = [];
  for (let i = 0; i < reply.length; i += 2) items.push({ item: reply[i], count: reply[i + 1] });
  return items;
}

module.exports = { INFO, TOPK_INFO, BOOLEAN, BOOLEANS, DOUBLE, DOUBLES, scanDump, itemsWithCount };
