'use strict';
// The workloads: what each one sends, how it is timed, what a correct reply looks like, and which
// redis-benchmark invocation (if any) has the same shape and serves as its "limit".
//
// Kinds (timed by worker.js):
//   sequential          one operation at a time, each awaited; latency is per operation
//   waves               `waveSize` operations issued at once, then Promise.all; latency is per wave
//   multi-client-waves  `clients` connections in one process, each running its own waves
//   memory              waves of GETs up to fixed operation counts, memory read at each checkpoint
//
// An "op" is one command, except in multi-100-sets where it is one MULTI … EXEC transaction.

const KEYS = {
  str16: 'bench:str16',
  str100k: 'bench:str100k',
  hash1000: 'bench:hash1000',
  list1000: 'bench:list1000',
  set16: 'bench:set16',
  set100k: 'bench:set100k',
  multiPrefix: 'bench:multi:',
};

// Deterministic printable ASCII, so one char is one byte for every client and decoder.
function asciiValue(length, seed) {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  let state = seed >>> 0 || 1;
  let out = '';
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out += alphabet[(state >>> 16) % alphabet.length];
  }
  return out;
}

const VALUE_16 = asciiValue(16, 16);
const VALUE_100K = asciiValue(100 * 1024, 100);
const HASH_FIELDS = 1000;
const LIST_LENGTH = 1000;
const MULTI_SETS = 100;

const hashField = (i) => `field:${String(i).padStart(4, '0')}`;
const hashValue = (i) => asciiValue(16, 1000 + i);
const listElement = (i) => asciiValue(16, 5000 + i);
const MULTI_PAIRS = Array.from({ length: MULTI_SETS }, (_, i) => [`${KEYS.multiPrefix}${i}`, VALUE_16]);

// The commands that put the data the read workloads need on the server (sent with redis-cli --pipe).
function seedCommands() {
  const hset = ['HSET', KEYS.hash1000];
  for (let i = 0; i < HASH_FIELDS; i++) hset.push(hashField(i), hashValue(i));
  const rpush = ['RPUSH', KEYS.list1000];
  for (let i = 0; i < LIST_LENGTH; i++) rpush.push(listElement(i));
  return [
    ['SET', KEYS.str16, VALUE_16],
    ['SET', KEYS.str100k, VALUE_100K],
    ['DEL', KEYS.hash1000, KEYS.list1000],
    hset,
    rpush,
  ];
}

// Number of entries in a reply, whatever shape a client gives it (object, array, string).
function sizeOf(reply) {
  if (reply == null) return -1;
  if (typeof reply === 'string' || Buffer.isBuffer(reply) || Array.isArray(reply)) return reply.length;
  if (typeof reply === 'object') return Object.keys(reply).length;
  return -1;
}

const isOk = (reply) => reply === 'OK';

const WORKLOADS = [
  {
    name: 'get-seq',
    kind: 'sequential',
    describe: 'GET of a 16 B value, one at a time (each awaited before the next)',
    op: (c) => c.get(KEYS.str16),
    check: (r) => r === VALUE_16,
    limit: { clients: 1, pipeline: 1, args: ['GET', KEYS.str16] },
  },
  {
    name: 'get-wave-1000',
    kind: 'waves',
    waveSize: 1000,
    describe: 'waves of 1000 concurrent GETs of a 16 B value (Promise.all); latency per wave',
    op: (c) => c.get(KEYS.str16),
    check: (r) => r === VALUE_16,
    limit: { clients: 1, pipeline: 1000, args: ['GET', KEYS.str16] },
  },
  {
    name: 'set-wave-1000',
    kind: 'waves',
    waveSize: 1000,
    describe: 'waves of 1000 concurrent SETs of a 16 B value; latency per wave',
    op: (c) => c.set(KEYS.set16, VALUE_16),
    check: isOk,
    limit: { clients: 1, pipeline: 1000, args: ['SET', KEYS.set16, VALUE_16] },
  },
  {
    name: 'get-100kb',
    kind: 'waves',
    waveSize: 10,
    describe: 'waves of 10 concurrent GETs of a 100 KiB value; latency per wave',
    op: (c) => c.get(KEYS.str100k),
    check: (r) => r === VALUE_100K,
    limit: { clients: 1, pipeline: 10, args: ['GET', KEYS.str100k] },
  },
  {
    name: 'set-100kb',
    kind: 'waves',
    waveSize: 10,
    describe: 'waves of 10 concurrent SETs of a 100 KiB value; latency per wave',
    op: (c) => c.set(KEYS.set100k, VALUE_100K),
    check: isOk,
    limit: { clients: 1, pipeline: 10, args: ['SET', KEYS.set100k, VALUE_100K] },
  },
  {
    name: 'hgetall-1000',
    kind: 'sequential',
    describe: `HGETALL of a ${HASH_FIELDS}-field hash (10-char fields, 16 B values), one at a time`,
    op: (c) => c.hGetAll(KEYS.hash1000),
    check: (r) => sizeOf(r) === HASH_FIELDS,
    limit: { clients: 1, pipeline: 1, args: ['HGETALL', KEYS.hash1000] },
  },
  {
    name: 'lrange-1000',
    kind: 'sequential',
    describe: `LRANGE 0 -1 of a ${LIST_LENGTH}-element list (16 B elements), one at a time`,
    op: (c) => c.lRange(KEYS.list1000, 0, -1),
    check: (r) => sizeOf(r) === LIST_LENGTH,
    limit: { clients: 1, pipeline: 1, args: ['LRANGE', KEYS.list1000, '0', '-1'] },
  },
  {
    name: 'multi-100-sets',
    kind: 'sequential',
    describe: `MULTI, ${MULTI_SETS} SETs of 16 B values, EXEC — one transaction at a time; an op is one transaction`,
    op: (c) => c.multiSets(MULTI_PAIRS),
    check: (r) => sizeOf(r) === MULTI_SETS,
    limit: null, // redis-benchmark has no MULTI-of-N shape
  },
  {
    name: 'clients-50-waves-100',
    kind: 'multi-client-waves',
    clients: 50,
    waveSize: 100,
    describe: '50 connections in one process, each running waves of 100 concurrent GETs (16 B); latency per wave',
    op: (c) => c.get(KEYS.str16),
    check: (r) => r === VALUE_16,
    limit: { clients: 50, pipeline: 100, args: ['GET', KEYS.str16] },
  },
  {
    name: 'memory-10m',
    kind: 'memory',
    waveSize: 1000,
    optIn: true, // long: only runs when named in --workloads
    describe: 'waves of 1000 GETs (16 B); RSS and heap before, and after each checkpoint (default 1M and 10M GETs)',
    op: (c) => c.get(KEYS.str16),
    check: (r) => r === VALUE_16,
    limit: null,
  },
];

const byName = new Map(WORKLOADS.map((w) => [w.name, w]));

module.exports = { WORKLOADS, byName, KEYS, seedCommands, sizeOf };
