'use strict';
// Shared by the server-administration groups (acl.js, client-admin.js, connection.js,
// server.js): their common definition shapes, and their replies as node-redis v5 returns them
// (ACL, CLIENT, COMMAND, HELLO, MEMORY, LATENCY, MODULE, ROLE, HOTKEYS). Most RESP2 replies here
// are flat [name, value, ...] records that node-redis turns into plain objects with fixed
// fields, while the RESP3 maps are returned as decoded.
const { double } = require('../replies');

// ---- definitions -----------------------------------------------------------------------------

/** node-redis flags nearly every administration command read-only and keyless. */
const ADMIN = Object.freeze({ readonly: true, keyless: true });

/** A command with fixed words and no arguments. */
const fixed = (method, words, ts, flags = ADMIN, reply = undefined) => ({ method, ts, ...flags, build: () => [...words], reply });

/** `args` must be an array of arguments (a command line, module arguments...). */
function argumentList(args, what) {
  if (!Array.isArray(args)) throw new TypeError(`${what} must be an array of arguments`);
  return args;
}

// ---- records ---------------------------------------------------------------------------------

/**
 * A flat [name1, value1, name2, value2...] record as a plain object with the given fields, in
 * that order: `fields` maps each output property to the reply's field name (absent → undefined),
 * and a field can be given a transform `[name, (value) => shaped]`.
 */
function record(reply, fields) {
  const values = new Map();
  for (let i = 0; i < reply.length; i += 2) values.set(reply[i].toString(), reply[i + 1]);
  const object = {};
  for (const [property, field] of Object.entries(fields)) {
    const [name, shape] = Array.isArray(field) ? field : [field];
    const value = values.get(name);
    object[property] = shape && value !== undefined ? shape(value) : value;
  }
  return object;
}

/** `record` for RESP2 (given `fields`); RESP3 maps are returned as decoded. */
function recordReply(fields) {
  return { 2: (reply) => record(reply, fields), 3: undefined };
}

const same = (names) => Object.fromEntries(names.map((name) => [name, name]));

// ---- ACL -----------------------------------------------------------------------------------

const ACL_SELECTOR = same(['commands', 'keys', 'channels']);
const ACL_USER = { ...same(['flags', 'passwords', 'commands', 'keys', 'channels']), selectors: ['selectors', (list) => list.map((s) => record(s, ACL_SELECTOR))] };

const ACL_LOG_FIELDS = ['count', 'reason', 'context', 'object', 'username', 'age-seconds', 'client-info', 'entry-id', 'timestamp-created', 'timestamp-last-updated'];

function aclLog(reply, typeMapping) {
  const fields = { ...same(ACL_LOG_FIELDS), 'age-seconds': ['age-seconds', (age) => double(age, typeMapping)] };
  return reply.map((entry) => record(entry, fields));
}

// ---- CLIENT INFO / LIST ------------------------------------------------------------------------

const CLIENT_FIELD = /([^\s=]+)=([^\s]*)/g;
// Always present, in node-redis' order; `true` marks the numeric ones.
const CLIENT_FIELDS = [['id', true], ['addr'], ['fd', true], ['name'], ['age', true], ['idle', true], ['flags'], ['db', true], ['sub', true],
  ['psub', true], ['multi', true], ['qbuf', true], ['qbuf-free', true], ['argv-mem', true], ['obl', true], ['oll', true], ['omem', true],
  ['tot-mem', true], ['events'], ['cmd'], ['user'], ['lib-name'], ['lib-ver']];
// Only present when the server sends them (they depend on its version).
const CLIENT_OPTIONAL_FIELDS = [['laddr'], ['redir', true], ['ssub', true], ['multi-mem', true], ['resp', true]];

const camel = (name) => name.replace(/-(.)/g, (_, c) => c.toUpperCase());

/** One CLIENT INFO line (`id=7 addr=... cmd=client|info ...`) as node-redis' ClientInfoReply. */
function clientInfo(line) {
  const fields = {};
  for (const [, name, value] of line.toString().matchAll(CLIENT_FIELD)) fields[name] = value;
  const info = {};
  const put = ([name, numeric]) => {
    info[camel(name)] = numeric ? Number(fields[name]) : fields[name];
  };
  CLIENT_FIELDS.forEach(put);
  CLIENT_OPTIONAL_FIELDS.filter(([name]) => fields[name] !== undefined).forEach(put);
  return info;
}

/** CLIENT LIST: one line per client, each ending with a newline. */
function clientList(reply) {
  const lines = reply.toString().split('\n');
  lines.pop();
  return lines.map(clientInfo);
}

// ---- COMMAND -------------------------------------------------------------------------------

/** A COMMAND / COMMAND INFO entry; node-redis keeps its first seven items only. */
function commandInfo(entry) {
  if (entry === null) return null;
  const [name, arity, flags, firstKeyIndex, lastKeyIndex, step, categories] = entry;
  return { name, arity, flags: new Set(flags), firstKeyIndex, lastKeyIndex, step, categories: new Set(categories) };
}

// ---- MEMORY STATS, LATENCY HISTOGRAM ----------------------------------------------------------

// The fields RESP2 sends as text that node-redis reads as doubles.
const MEMORY_DOUBLES = new Set(['dataset.percentage', 'peak.percentage', 'allocator-fragmentation.ratio', 'allocator-rss.ratio', 'rss-overhead.ratio', 'fragmentation']);

function memoryStats(reply, typeMapping) {
  const stats = {};
  for (let i = 0; i < reply.length; i += 2) {
    const name = reply[i].toString();
    stats[name] = MEMORY_DOUBLES.has(name) ? double(reply[i + 1], typeMapping) : reply[i + 1];
  }
  return stats;
}

/** RESP2 LATENCY HISTOGRAM: [command, [calls, n, histogram_usec, [bucket, count...]]...]. */
function latencyHistogram(reply) {
  const histograms = {};
  for (let i = 0; i < reply.length; i += 2) {
    const [, calls, , buckets] = reply[i + 1];
    const usec = Object.create(null);
    for (let j = 0; j < buckets.length; j += 2) usec[buckets[j].toString()] = buckets[j + 1];
    histograms[reply[i].toString()] = { calls, histogram_usec: usec };
  }
  return histograms;
}

// ---- ROLE ----------------------------------------------------------------------------------

function role(reply) {
  switch (reply[0].toString()) {
    case 'master': {
      const [name, replicationOffest, replicas] = reply; // node-redis' spelling
      return { role: name, replicationOffest, replicas: replicas.map(([host, port, offset]) => ({ host, port: Number(port), replicationOffest: Number(offset) })) };
    }
    case 'slave': {
      const [name, host, port, state, dataReceived] = reply;
      return { role: name, master: { host, port }, state, dataReceived };
    }
    case 'sentinel':
      return { role: reply[0], masterNames: reply[1] };
    default:
      return undefined;
  }
}

// ---- HOTKEYS GET (RESP2) ---------------------------------------------------------------------

const hotkeyList = (list) => {
  const entries = [];
  for (let i = 0; i < list.length; i += 2) entries.push({ key: list[i].toString(), value: Number(list[i + 1]) });
  return entries;
};
const slotRanges = (ranges) => ranges.map(([start, end = start]) => ({ start: Number(start), end: Number(end) }));

// Reply field → [property, shape]; fields not listed here are left out, as node-redis does.
const HOTKEYS_FIELDS = new Map([
  ...['tracking-active', 'sample-ratio', 'sampled-commands-selected-slots-us', 'all-commands-selected-slots-us', 'all-commands-all-slots-us',
    'net-bytes-sampled-commands-selected-slots', 'net-bytes-all-commands-selected-slots', 'net-bytes-all-commands-all-slots',
    'collection-start-time-unix-ms', 'collection-duration-ms', 'total-cpu-time-sys-ms', 'total-cpu-time-user-ms', 'total-net-bytes']
    .map((name) => [name, [camel(name), Number]]),
  ['selected-slots', ['selectedSlots', slotRanges]],
  ['by-cpu-time-us', ['byCpuTimeUs', hotkeyList]],
  ['by-net-bytes', ['byNetBytes', hotkeyList]],
]);

/** The record comes wrapped in a one-element array. */
function hotkeys(reply) {
  if (reply === null) return null;
  const [data] = reply;
  const result = {};
  for (let i = 0; i < data.length; i += 2) {
    const field = HOTKEYS_FIELDS.get(data[i].toString());
    if (field !== undefined) result[field[0]] = field[1](data[i + 1]);
  }
  return result;
}

module.exports = {
  ADMIN,
  fixed,
  argumentList,
  record,
  recordReply,
  same,
  ACL_USER,
  aclLog,
  clientInfo,
  clientList,
  commandInfo,
  memoryStats,
  latencyHistogram,
  role,
  hotkeys,
};
