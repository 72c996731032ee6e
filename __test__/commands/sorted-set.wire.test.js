'use strict';
// Sorted-set commands newer than the test server (Redis 7.0.15): ZRANK ... WITHSCORE (7.2).
// Both clients must write the same commands (also for falsy and absent options, which node-redis
// skips) and shape raw replies the same way; their replies from a newer Redis are compared in
// sorted-set.newer.test.js.
const redis = require('redis');
const { wireDifferential } = require('../helpers/differential');
const { sameReplyTransforms } = require('./sorted-set-geo-stream.helpers');

const { DOUBLE } = redis.RESP_TYPES;

wireDifferential('sorted-set commands on the wire', {
  'zRankWithScore': (c) => [c.zRankWithScore('z', 'm'), c.zRankWithScore(Buffer.from('z'), Buffer.from('m'))],
  'absent and falsy options': (c) => [
    c.zAdd('z', { score: 1, value: 'a' }, { condition: undefined, NX: true, comparison: undefined, GT: false, CH: false }), c.zAddIncr('z', { score: 1, value: 'a' }, {}),
    c.zRange('z', 0, 1, { BY: undefined, REV: false, LIMIT: undefined }), c.zRangeByLex('z', '-', '+', {}), c.zRangeStore('d', 'z', 0, 1, { REV: undefined }),
    c.zmPop('z', 'MIN', { COUNT: 0 }), c.bzmPop(0, 'z', 'MAX', {}), c.zInterCard('z', { LIMIT: 0 }), c.zInter('z', { AGGREGATE: undefined }), c.zScan('z', '0', { MATCH: '', COUNT: 0 }),
  ],
  'numbers as node-redis writes them': (c) => [
    c.zAdd('z', [{ score: 1e21, value: 'big' }, { score: -0.000001, value: 'tiny' }, { score: Infinity, value: 'inf' }]), c.zIncrBy('z', -Infinity, 'm'), c.zCount('z', -1.5, '(2'),
    c.bzPopMin(['a', 'b'], 0.25), c.zInter([{ key: 'a', weight: -Infinity }, { key: 'b', weight: 1e-7 }]), c.zRemRangeByScore('z', 1e100, Infinity),
  ],
});

sameReplyTransforms('ZRANK WITHSCORE', [
  ['RESP2', 'ZRANK_WITHSCORE', 2, () => [3, '2.5']],
  ['RESP2 infinite score', 'ZRANK_WITHSCORE', 2, () => [0, '-inf']],
  ['RESP2 DOUBLE → String is ignored', 'ZRANK_WITHSCORE', 2, () => [1, '0.5'], { [DOUBLE]: String }],
  ['RESP2 missing member', 'ZRANK_WITHSCORE', 2, () => null],
  ['RESP3', 'ZRANK_WITHSCORE', 3, () => [3, 2.5]],
  ['RESP3 missing member', 'ZRANK_WITHSCORE', 3, () => null],
]);
