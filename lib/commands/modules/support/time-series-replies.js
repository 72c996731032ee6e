'use strict';
// Reply shapes of the time-series commands, as node-redis 5.12.1 gives them. A sample is
// `{ timestamp, value }`; RESP2 sends the value as text, which becomes a number whatever the
// DOUBLE type mapping says (as in node-redis). The multi-series commands (TS.MGET, TS.MRANGE...)
// answer one entry per series (or group), keyed by its name: RESP2 as [name, labels, data]
// triples, RESP3 as a map of [labels, metadata..., data] tuples.
const { RESP_TYPES } = require('../../../resp-types');
const { parseDouble, double } = require('../../replies');

const text = (v) => (typeof v === 'string' ? v : v.toString());

// ---- samples --------------------------------------------------------------------------------

/** RESP2 `[timestamp, 'value']`. An empty one (TS.MGET of a series without samples) gives an
 *  undefined timestamp and a NaN value, as node-redis' Number(undefined) does. */
function sample2(s) {
  return { timestamp: s[0], value: s[1] === undefined ? NaN : parseDouble(text(s[1])) };
}

function sample3(s) {
  return { timestamp: s[0], value: s[1] };
}

const samples2 = (list) => list.map(sample2);
const samples3 = (list) => list.map(sample3);

// ---- per-series maps ------------------------------------------------------------------------

/**
 * RESP2 [[name, labels, data]...] → `{ name: shape(triple) }`, or a Map under MAP → Map; under
 * MAP → Array node-redis puts the shaped value in place of each triple's labels (the triples
 * stay, with their raw data third).
 */
function bySeries2(shape) {
  return (reply, typeMapping) => {
    const mapType = typeMapping ? typeMapping[RESP_TYPES.MAP] : undefined;
    if (mapType === Array) {
      for (const triple of reply) triple[1] = shape(triple, typeMapping);
      return reply;
    }
    if (mapType === Map) return new Map(reply.map((triple) => [text(triple[0]), shape(triple, typeMapping)]));
    const result = Object.create(null);
    for (const triple of reply) result[text(triple[0])] = shape(triple, typeMapping);
    return result;
  };
}

/** RESP3 map of tuples → the same map (a flat array under MAP → Array) with each tuple shaped. */
function bySeries3(shape) {
  return (reply) => {
    if (Array.isArray(reply)) {
      for (let i = 1; i < reply.length; i += 2) reply[i] = shape(reply[i]);
    } else if (reply instanceof Map) {
      for (const [name, tuple] of reply) reply.set(name, shape(tuple));
    } else {
      for (const name of Object.keys(reply)) reply[name] = shape(reply[name]);
    }
    return reply;
  };
}

// ---- labels ---------------------------------------------------------------------------------

/** RESP2 labels [[label, value]...] from `from` to `to` as an object, a Map (MAP → Map) or a flat
 *  array (MAP → Array). Without a type mapping: an object, as node-redis does for most commands. */
function labels2(pairs, typeMapping, to = pairs.length) {
  const mapType = typeMapping ? typeMapping[RESP_TYPES.MAP] : undefined;
  if (mapType === Array) return pairs.slice(0, to).flat();
  if (mapType === Map) {
    const map = new Map();
    for (let i = 0; i < to; i++) map.set(text(pairs[i][0]), pairs[i][1]);
    return map;
  }
  const object = Object.create(null);
  for (let i = 0; i < to; i++) object[text(pairs[i][0])] = pairs[i][1];
  return object;
}

/** A GROUPBY ... WITHLABELS reply's labels (RESP2): the group's, then `__reducer__` and
 *  `__source__` — the comma-separated names of the series in the group. */
function labelsWithSources2(pairs) {
  const sourceList = pairs[pairs.length - 1][1];
  return { labels: labels2(pairs, undefined, pairs.length - 2), sources: splitSources(sourceList) };
}

/** 'a,b,c' → ['a', 'b', 'c'] (Buffers split into Buffers). */
function splitSources(list) {
  if (typeof list === 'string') return list.split(',');
  const parts = [];
  let start = 0;
  for (let comma = list.indexOf(','); comma !== -1; comma = list.indexOf(',', start)) {
    parts.push(list.subarray(start, comma));
    start = comma + 1;
  }
  parts.push(start === 0 ? list : list.subarray(start));
  return parts;
}

/** RESP3 GROUPBY metadata `{ sources: [...] }` (a Map or a flat array under a MAP mapping). */
function sources3(metadata) {
  if (metadata instanceof Map) return metadata.get('sources');
  if (Array.isArray(metadata)) return metadata[1];
  return metadata.sources;
}

// ---- TS.INFO --------------------------------------------------------------------------------

const INFO_AS_IS = new Set(['totalSamples', 'memoryUsage', 'firstTimestamp', 'lastTimestamp', 'retentionTime', 'chunkCount', 'chunkSize', 'chunkType', 'duplicatePolicy', 'sourceKey', 'ignoreMaxTimeDiff']);

/** RESP2 TS.INFO: the fields node-redis knows, labels and rules as objects. */
function info2(reply, typeMapping) {
  const result = {};
  for (let i = 0; i < reply.length; i += 2) {
    const field = text(reply[i]);
    const v = reply[i + 1];
    if (INFO_AS_IS.has(field)) result[field] = v;
    else if (field === 'labels') result.labels = v.map(([name, value]) => ({ name, value }));
    else if (field === 'rules') result.rules = v.map(([key, timeBucket, aggregationType]) => ({ key, timeBucket, aggregationType }));
    else if (field === 'ignoreMaxValDiff') result.ignoreMaxValDiff = double(v, typeMapping);
  }
  return result;
}

/** RESP2 TS.INFO ... DEBUG: TS.INFO's fields, `keySelfName` and the `chunks`. */
function infoDebug2(reply, typeMapping) {
  const result = info2(reply, typeMapping);
  for (let i = 0; i < reply.length; i += 2) {
    const field = text(reply[i]);
    if (field === 'keySelfName') result.keySelfName = reply[i + 1];
    else if (field === 'Chunks') {
      result.chunks = reply[i + 1].map((chunk) => ({ startTimestamp: chunk[1], endTimestamp: chunk[3], samples: chunk[5], size: chunk[7], bytesPerSample: chunk[9] }));
    }
  }
  return result;
}

module.exports = { sample2, sample3, samples2, samples3, bySeries2, bySeries3, labels2, labelsWithSources2, sources3, info2, infoDebug2 };
