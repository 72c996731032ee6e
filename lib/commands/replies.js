'use strict';
// Reply transforms shared by several commands. Each takes (reply, typeMapping) and returns the
// shape node-redis v5 returns.
const { RESP_TYPES } = require('../resp-types');
const { parseDouble } = require('../protocol/decoder');

/** A flat [k1, v1, k2, v2...] array (RESP2 maps) as node-redis shows a map. */
function pairsToMap(reply, typeMapping) {
  const mapType = typeMapping ? typeMapping[RESP_TYPES.MAP] : undefined;
  if (mapType === Array) return reply;
  if (mapType === Map) {
    const map = new Map();
    for (let i = 0; i < reply.length; i += 2) map.set(keyString(reply[i]), reply[i + 1]);
    return map;
  }
  const object = Object.create(null);
  for (let i = 0; i < reply.length; i += 2) object[keyString(reply[i])] = reply[i + 1];
  return object;
}

/** A key as a string. Keys are strings unless BLOB_STRING maps to Buffer: testing first keeps
 *  `.toString` off strings, whose several internal shapes make that load megamorphic. */
function keyString(key) {
  return typeof key === 'string' ? key : key.toString();
}

/** RESP2 sends doubles as bulk strings; node-redis returns numbers unless DOUBLE maps to String. */
function double(reply, typeMapping) {
  if (reply === null) return null;
  if (typeMapping && typeMapping[RESP_TYPES.DOUBLE] === String) return reply;
  return parseDouble(reply.toString());
}

module.exports = { pairsToMap, double, parseDouble };
