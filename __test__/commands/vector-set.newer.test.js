'use strict';
// Vector sets (Redis 8.0) live, side by side (helpers/differential.js), on a Redis 8 server
// installed by scripts/install-test-servers.sh; skipped, saying so, when none is installed.
// VRANGE (8.4) is newer than the installed Redis 8.2: it stays in vector-set.wire.test.js, with
// the encoding of every argument form and the reply transforms on hand-written replies.
//
// Determinism: small vectors, queried so that similarities are distinct, exact in float32 (NOQUANT
// keeps VEMB exact; Q8 and BIN quantize the same way every time). HNSW gives each element a random
// number of levels, so VINFO's max-level (and vset-uid, a counter) are blanked and VLINKS keeps
// only level 0 (the last level, where every element of a small set links to every other one),
// its neighbours sorted. VRANDMEMBER is deterministic on a one-element set; on a larger one, only
// its membership and length are compared.
//
// Left out, as ferrodis differs from node-redis 5.12.1 there (both fail on a null reply):
// - vEmbRaw of a missing element or key (RESP2 and RESP3): node-redis rejects with a TypeError
//   "Cannot read properties of null (reading '0')", ferrodis with a TypeError "object null is not
//   iterable (cannot read property Symbol(Symbol.iterator))".
// - vLinksWithScores of a missing element or key in RESP2: node-redis rejects with a TypeError
//   "reply is not iterable", ferrodis resolves to null, as both do in RESP3 (deliberate: see
//   lib/commands/vector-set.js and vector-set.wire.test.js).
const redis = require('redis');
const { differential } = require('../helpers/differential');

const { BLOB_STRING, DOUBLE, MAP } = redis.RESP_TYPES;
const asBuffers = (c) => c.withTypeMapping({ [BLOB_STRING]: Buffer });
const asMaps = (c) => c.withTypeMapping({ [MAP]: Map });

/** a (1,0,0), b (0,1,0), c (0.6,0.8,0), d (0.8,0,0.6): queried by a, c or d (b is as far from a as from d), similarities are distinct. */
const seed = (c, options = { QUANT: 'NOQUANT' }) => [
  c.vAdd('v', [1, 0, 0], 'a', options), c.vAdd('v', [0, 1, 0], 'b', { ...options, SETATTR: { n: 2, tag: 'x' } }),
  c.vAdd('v', [0.6, 0.8, 0], 'c', { ...options, SETATTR: { n: 5, tag: 'y' } }), c.vAdd('v', [0.8, 0, 0.6], 'd', options),
];

/** VINFO with the HNSW's random max-level and the vset-uid counter blanked, whatever the reply's type. */
const info = (promise) => promise.then((reply) => {
  const blank = ['max-level', 'vset-uid'];
  if (reply instanceof Map) {
    for (const key of blank) if (reply.has(key)) reply.set(key, 'N');
  } else if (Array.isArray(reply)) {
    for (let i = 0; i < reply.length; i += 2) if (blank.includes(String(reply[i]))) reply[i + 1] = 'N';
  } else if (reply) {
    for (const key of blank) if (key in reply) reply[key] = 'N';
  }
  return reply;
});

/** VLINKS [WITHSCORES]: level 0 only (the last), its neighbours sorted; the reply's types kept. */
const level0 = (promise) => promise.then((levels) => {
  if (!Array.isArray(levels)) return levels;
  const level = levels[levels.length - 1];
  if (Array.isArray(level)) return [[...level].sort()];
  if (level instanceof Map) return [new Map([...level].sort(([x], [y]) => String(x).localeCompare(String(y))))];
  return [level];
});

const sorted = (promise) => promise.then((members) => [...members].sort());
const within = (members) => (promise) => promise.then((reply) => [Array.isArray(reply), reply.length, [].concat(reply).every((m) => members.includes(String(m)))]);

differential('vector sets on Redis 8', {
  'vAdd forms, vCard, vDim, vRem': (c) => [
    ...seed(c), c.vAdd('v', [1, 0, 0], 'a', { QUANT: 'NOQUANT' }), c.vAdd('v', [0, 0, 1], Buffer.from('e'), { QUANT: 'NOQUANT', EF: 100 }), c.vCard('v'), c.vDim('v'),
    c.vAdd('m', [1, 1], 'x', { M: 8 }), c.vAdd('m', [1, 2], 'y', { M: 16 }), c.vCard('m'),
    c.vAdd('v', [0, 0, 1], 'f', { QUANT: 'NOQUANT', CAS: true }), c.vCard('v'), c.vRem('v', 'f'), c.vRem('v', 'f'), c.vRem('nope', 'a'), c.vCard('v'), c.vCard('nope'),
  ],
  'vAdd REDUCE, vDim, vInfo': (c) => [
    c.vAdd('r', [1, 0, 0, 0, 0, 0, 0, 1], 'a', { REDUCE: 2 }), c.vAdd('r', [0, 1, 0, 0, 0, 0, 0, 1], 'b', { REDUCE: 2 }), c.vDim('r'), c.vCard('r'), info(c.vInfo('r')),
  ],
  'vEmb, vEmbRaw with NOQUANT, Q8, BIN': (c) => [
    ...seed(c), c.vEmb('v', 'c'), c.vEmb('v', 'd'), c.vEmbRaw('v', 'c'), asBuffers(c).vEmbRaw('v', 'c'), c.withTypeMapping({ [DOUBLE]: String }).vEmb('v', 'c'),
    c.vAdd('q', [0.5, -1, 0.25], 'x', { QUANT: 'Q8' }), c.vEmb('q', 'x'), c.vEmbRaw('q', 'x'), asBuffers(c).vEmbRaw('q', 'x'), c.withTypeMapping({ [DOUBLE]: String }).vEmbRaw('q', 'x'),
    c.vAdd('bin', [0.5, -1, 0.25], 'x', { QUANT: 'BIN' }), c.vEmb('bin', 'x'), c.vEmbRaw('bin', 'x'),
    c.vEmb('v', 'nope'), c.vEmb('nope', 'a'), // RESP2: a TypeError in both clients (null.map)
  ],
  'vSetAttr, vGetAttr': (c) => [
    ...seed(c), c.vGetAttr('v', 'b'), c.vGetAttr('v', 'a'), c.vGetAttr('v', 'nope'), c.vGetAttr('nope', 'a'), c.vSetAttr('v', 'a', { x: 1, y: [true, null], s: 'é' }),
    c.vGetAttr('v', 'a'), asBuffers(c).vGetAttr('v', 'a'), c.vSetAttr('v', 'a', '{"z":2}'), c.vGetAttr('v', 'a'), c.vSetAttr('v', 'a', ''), c.vGetAttr('v', 'a'),
    c.vSetAttr('v', 'nope', { x: 1 }), c.vSetAttr('nope', 'a', { x: 1 }), c.vSetAttr('v', 'a', 'not json'),
  ],
  'vInfo': (c) => [
    ...seed(c), info(c.vInfo('v')), info(asMaps(c).vInfo('v')), info(c.withTypeMapping({ [MAP]: Array }).vInfo('v')), info(asBuffers(c).vInfo('v')), c.vInfo('nope'),
    c.vAdd('q', [1, 2], 'x'), info(c.vInfo('q')), c.vAdd('bin', [1, 2], 'x', { QUANT: 'BIN', M: 4 }), info(c.vInfo('bin')),
  ],
  'vLinks, vLinksWithScores': (c) => [
    ...seed(c), level0(c.vLinks('v', 'a')), level0(c.vLinksWithScores('v', 'a')), level0(asBuffers(c).vLinks('v', 'c')), level0(asMaps(c).vLinksWithScores('v', 'c')),
    level0(c.withTypeMapping({ [DOUBLE]: String }).vLinksWithScores('v', 'd')), c.vLinks('v', 'nope'), c.vLinks('nope', 'a'),
  ],
  'vSim': (c) => [
    ...seed(c), c.vSim('v', 'a'), c.vSim('v', [1, 0, 0]), c.vSim('v', [0, 1, 0], { COUNT: 2 }), c.vSim('v', Buffer.from('c'), { EF: 50, TRUTH: true, NOTHREAD: true }),
    c.vSim('v', 'a', { EPSILON: 0.3 }), c.vSim('v', 'a', { FILTER: '.n > 1' }), c.vSim('v', 'a', { FILTER: '.tag == "y"', 'FILTER-EF': 10 }), c.vSim('v', 'a', { COUNT: 0, FILTER: '', TRUTH: false }),
    asBuffers(c).vSim('v', 'd'), c.vSim('v', 'nope'), c.vSim('nope', 'a'), c.vSim('nope', [1, 0, 0]),
  ],
  'vSimWithScores': (c) => [
    ...seed(c), c.vSimWithScores('v', 'a'), c.vSimWithScores('v', [0, 1, 0], { COUNT: 2 }), c.vSimWithScores('v', 'a', { FILTER: '.n > 1' }), c.vSimWithScores('v', 'a', { EPSILON: 0.3 }),
    asMaps(c).vSimWithScores('v', 'c'), asBuffers(c).vSimWithScores('v', 'c'), c.withTypeMapping({ [DOUBLE]: String }).vSimWithScores('v', 'd'),
    c.withTypeMapping({ [MAP]: Array }).vSimWithScores('v', 'd'), c.vSimWithScores('nope', 'a'), c.vSimWithScores('v', 'nope'),
  ],
  'vRandMember': (c) => [
    c.vAdd('one', [1, 2], 'x'), c.vRandMember('one'), c.vRandMember('one', 1), c.vRandMember('one', 3), c.vRandMember('one', -3), c.vRandMember('one', 0), asBuffers(c).vRandMember('one', -2),
    asBuffers(c).vRandMember('one'), c.vRandMember('nope'), c.vRandMember('nope', 3), c.vRandMember('nope', -3),
    ...seed(c), within(['a', 'b', 'c', 'd'])(c.vRandMember('v', 2)), sorted(c.vRandMember('v', 10)), within(['a', 'b', 'c', 'd'])(c.vRandMember('v', -7)),
    c.vRandMember('v').then((m) => ['a', 'b', 'c', 'd'].includes(m)),
  ],
  'errors': (c) => [
    ...seed(c), c.vAdd('v', [1, 0], 'x'), c.vAdd('v', [1, 0, 0], 'a', { QUANT: 'Q8' }), c.vSim('v', [1, 0]), c.set('s', 'v'), c.vAdd('s', [1], 'x'), c.vCard('s'), c.vDim('s'), c.vDim('nope'),
    c.vEmb('s', 'a'), c.vInfo('s'), c.vSim('s', 'a'), c.vRandMember('s'), c.vLinks('s', 'a'), c.vGetAttr('s', 'a'), c.vSetAttr('s', 'a', { x: 1 }), c.vRem('s', 'a'),
    c.vSim('v', 'a', { FILTER: '.n >' }), c.vAdd('z', [1, 2], 'x', { REDUCE: 5 }),
  ],
}, { newer: { flavor: 'redis', minVersion: '8.0' } });

differential('vector sets on Redis 8, RESP3 only', {
  'vLinksWithScores of a missing element': (c) => [c.vAdd('v', [1, 0], 'a'), c.vLinksWithScores('v', 'nope'), c.vLinksWithScores('nope', 'a')],
}, { newer: { flavor: 'redis', minVersion: '8.0' }, resp: [3] });
