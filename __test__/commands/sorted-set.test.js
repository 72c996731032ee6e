'use strict';
// The sorted-set commands through ferrodis and node-redis side by side (helpers/differential.js),
// on the test server (Redis 7.0.15). ZRANK ... WITHSCORE is newer: see sorted-set.wire.test.js.
// Small sorted sets are listpacks, so ZSCAN returns everything, in score order, in one call.
const redis = require('redis');
const { differential } = require('../helpers/differential');
const { rejectsBeforeSending } = require('../helpers/bad-arguments');

const { BLOB_STRING, DOUBLE } = redis.RESP_TYPES;
const asBuffers = (c) => c.withTypeMapping({ [BLOB_STRING]: Buffer });
const doublesAsText = (c) => c.withTypeMapping({ [DOUBLE]: String });
const byValue = (members) => [...members].sort((a, b) => String(a.value ?? a).localeCompare(String(b.value ?? b)));

const abc = (c, key = 'z') => c.zAdd(key, [{ score: 1, value: 'a' }, { score: 2.5, value: 'b' }, { score: 3, value: 'c' }]);

differential('sorted-set commands', {
  'zAdd forms and zAddIncr': (c) => [
    abc(c), c.zAdd('z', { score: 10, value: 'a' }, { XX: true, CH: true }), c.zAdd('z', { score: 0, value: 'b' }, { comparison: 'GT', CH: true }),
    c.zAdd('z', [{ score: -Infinity, value: 'lo' }, { score: Infinity, value: 'hi' }], { NX: true }), c.zAdd('z', { score: 1, value: 'a' }, { condition: 'NX' }),
    c.zAddIncr('z', { score: 1.5, value: 'a' }), c.zAddIncr('z', { score: 1, value: 'a' }, { condition: 'NX' }), c.zAddIncr('z', { score: 2, value: 'new' }, { condition: 'XX' }),
    c.zAddIncr('z', { score: -100, value: 'a' }, { comparison: 'GT', CH: true }), c.zRangeWithScores('z', 0, -1),
  ],
  'zIncrBy, zScore, zmScore, zCard, zCount, zLexCount': (c) => [
    abc(c), c.zIncrBy('z', 0.25, 'a'), c.zIncrBy('z', -3, 'new'), c.zScore('z', 'a'), c.zScore('z', 'nope'), c.zScore('nope', 'a'), c.zmScore('z', ['a', 'nope', 'c']), c.zmScore('z', 'b'),
    c.zmScore('nope', ['a']), c.zCard('z'), c.zCard('nope'), c.zCount('z', 1, 2.5), c.zCount('z', '(1', '+inf'), c.zCount('z', -Infinity, Infinity),
    c.zAdd('lex', ['a', 'b', 'c', 'd'].map((value) => ({ score: 0, value }))), c.zLexCount('lex', '[b', '+'), c.zLexCount('lex', '-', '(c'),
  ],
  'scores as text (DOUBLE → String)': (c) => [
    abc(c), doublesAsText(c).zScore('z', 'b'), doublesAsText(c).zmScore('z', ['a', 'nope']), doublesAsText(c).zIncrBy('z', 1, 'a'), doublesAsText(c).zRangeWithScores('z', 0, -1),
    doublesAsText(c).zPopMax('z'), doublesAsText(c).zmPop('z', 'MIN'), doublesAsText(c).zScan('z', '0'), doublesAsText(c).zAdd('z', { score: 1, value: 'x' }),
  ],
  'zRange forms': (c) => [
    abc(c), c.zAdd('z', [{ score: -Infinity, value: 'lo' }, { score: Infinity, value: 'hi' }]), c.zRange('z', 0, -1), c.zRange('z', 0, 1, { REV: true }),
    c.zRange('z', '(1', Infinity, { BY: 'SCORE' }), c.zRange('z', 3, -Infinity, { BY: 'SCORE', REV: true, LIMIT: { offset: 1, count: 2 } }),
    c.zRange('z', '[a', '(c', { BY: 'LEX' }), c.zRange('nope', 0, -1),
    c.zRangeWithScores('z', 0, -1), c.zRangeWithScores('z', 1, 2, { BY: 'SCORE', REV: false }), c.zRangeWithScores('nope', 0, -1),
  ],
  'zRangeByScore, zRangeByLex, zRangeStore': (c) => [
    abc(c), c.zRangeByScore('z', 1, '(3'), c.zRangeByScore('z', -Infinity, Infinity, { LIMIT: { offset: 1, count: 5 } }), c.zRangeByScoreWithScores('z', '(1', 3),
    c.zRangeByScoreWithScores('z', 0, 10, { LIMIT: { offset: 0, count: 1 } }), c.zRangeByScoreWithScores('nope', 0, 1),
    c.zRangeByLex('z', '-', '+'), c.zRangeByLex('z', '[b', '+', { LIMIT: { offset: 0, count: 1 } }),
    c.zRangeStore('dst', 'z', 0, 1), c.zRangeStore('dst', 'z', 2, 10, { BY: 'SCORE', REV: undefined }), c.zRangeStore('dst', 'z', '+', '[b', { BY: 'LEX', REV: true, LIMIT: { offset: 0, count: 5 } }),
    c.zRangeWithScores('dst', 0, -1),
  ],
  'zRank, zRevRank, zRem, zRemRangeBy*': (c) => [
    abc(c), c.zRank('z', 'b'), c.zRank('z', 'nope'), c.zRevRank('z', 'a'), c.zRevRank('nope', 'a'), c.zRem('z', 'a'), c.zRem('z', ['b', 'nope']), c.zRem('nope', 'x'),
    abc(c, 'y'), c.zRemRangeByRank('y', 0, 0), c.zRemRangeByScore('y', '(2', Infinity), c.zRange('y', 0, -1),
    c.zAdd('lex', ['a', 'b', 'c'].map((value) => ({ score: 0, value }))), c.zRemRangeByLex('lex', '[a', '(c'), c.zRange('lex', 0, -1),
  ],
  'zDiff, zInter, zUnion and their WITHSCORES / STORE forms': (c) => [
    abc(c, 'z1'), c.zAdd('z2', [{ score: 10, value: 'b' }, { score: 20, value: 'd' }]),
    c.zDiff(['z1', 'z2']), c.zDiff('z1'), c.zDiffWithScores(['z1', 'z2']), c.zDiffStore('d', ['z1', 'z2']), c.zDiffStore('d2', 'z2'),
    c.zInter(['z1', 'z2']), c.zInter('z1'), c.zInterWithScores(['z1', 'z2'], { AGGREGATE: 'MIN' }), c.zInterWithScores([{ key: 'z1', weight: 2 }, { key: 'z2', weight: 0.5 }]),
    c.zInterWithScores({ key: 'z1', weight: 3 }), c.zInterStore('i', ['z1', 'z2'], { AGGREGATE: 'MAX' }), c.zInterStore('i2', { key: 'z2', weight: -1 }), c.zRangeWithScores('i2', 0, -1),
    c.zInterCard(['z1', 'z2']), c.zInterCard(['z1', 'z2'], 1), c.zInterCard('z1', { LIMIT: 2 }), c.zInterCard('z1', { LIMIT: 0 }),
    c.zUnion(['z1', 'z2']), c.zUnionWithScores(['z1', 'z2'], { AGGREGATE: 'SUM' }), c.zUnionWithScores([{ key: 'z1', weight: 1 }, { key: 'z2', weight: 2 }]),
    c.zUnionStore('u', ['z1', 'z2']), c.zUnionStore('u2', [{ key: 'z1', weight: 10 }], { AGGREGATE: 'MIN' }), c.zRangeWithScores('u2', 0, -1),
  ],
  'pops: zPopMin/Max, counts, zmPop, blocking forms with data or a short timeout': (c) => [
    abc(c), c.zPopMin('z'), c.zPopMax('z'), c.zPopMin('nope'), c.zPopMax('nope'), abc(c), c.zPopMinCount('z', 2), c.zPopMaxCount('z', 5), c.zPopMinCount('nope', 1),
    abc(c), c.bzPopMin('z', 1), c.bzPopMax(['nope', 'z'], 0), c.bzPopMin('nope', 0.01), c.bzPopMax(['nope', 'nope2'], 0.01),
    abc(c), c.zmPop('z', 'MIN'), c.zmPop(['nope', 'z'], 'MAX', { COUNT: 5 }), c.zmPop('nope', 'MIN'),
    abc(c), c.bzmPop(1, 'z', 'MAX'), c.bzmPop(0, ['z'], 'MIN', { COUNT: 10 }), c.bzmPop(0.01, 'nope', 'MIN'),
  ],
  'zRandMember family (on sets whose whole content comes back)': (c) => [
    c.zAdd('one', { score: 4.5, value: 'only' }), c.zRandMember('one'), c.zRandMember('nope'), c.zRandMemberCount('one', 1), c.zRandMemberCount('one', -2),
    c.zRandMemberCountWithScores('one', 1), c.zRandMemberCountWithScores('one', -2), c.zRandMemberCountWithScores('nope', 3),
    abc(c), c.zRandMemberCount('z', 10).then(byValue), c.zRandMemberCountWithScores('z', 10).then(byValue),
  ],
  'zScan': (c) => [
    abc(c), c.zAdd('z', { score: 7, value: 'ab' }), c.zScan('z', '0'), c.zScan('z', '0', { MATCH: 'a*' }), c.zScan('z', '0', { COUNT: 100, MATCH: 'c' }), c.zScan('nope', '0'),
  ],
  'members and scores as Buffers': (c) => [
    abc(c), c.zAdd('z', { score: 0, value: Buffer.from([0, 255]) }), asBuffers(c).zRange('z', 0, -1), asBuffers(c).zRangeWithScores('z', 0, 1), asBuffers(c).zScore('z', 'a'),
    asBuffers(c).zmScore('z', ['a', 'x']), asBuffers(c).zPopMax('z'), asBuffers(c).zPopMinCount('z', 1), asBuffers(c).bzPopMin('z', 0), asBuffers(c).zmPop('z', 'MIN'),
    asBuffers(c).zScan('z', '0'), asBuffers(c).zRandMemberCountWithScores('z', -1), asBuffers(c).zIncrBy('z', 1, 'x'),
  ],
  'errors': (c) => [
    c.set('s', 'v'), c.zAdd('s', { score: 1, value: 'a' }), c.zRangeWithScores('s', 0, -1), c.zPopMax('s'), c.zmPop('s', 'MIN'), c.zScan('s', '0'), c.zIncrBy('s', 1, 'a'),
    c.zAddIncr('z', [{ score: 1, value: 'a' }, { score: 2, value: 'b' }]), c.zAdd('z', { score: 1, value: 'a' }, { NX: true, GT: true }), c.zInterCard('z', -1), c.zRange('z', 'x', 'y', { BY: 'SCORE' }),
  ],
});

rejectsBeforeSending('sorted-set commands', [
  ['zAdd with a member that is not an object', (c) => c.zAdd('z', 'a')],
  ['zAdd with a NaN score', (c) => c.zAdd('z', { score: NaN, value: 'a' })],
  ['zAdd with a bad condition', (c) => c.zAdd('z', { score: 1, value: 'a' }, { condition: 'YY' })],
  ['zAddIncr with a text score', (c) => c.zAddIncr('z', { score: '1', value: 'a' })],
  ['zIncrBy with text', (c) => c.zIncrBy('z', 'one', 'a')],
  ['zRange with an object bound', (c) => c.zRange('z', {}, 1)],
  ['zRange with a bad BY', (c) => c.zRange('z', 0, 1, { BY: 'RANK' })],
  ['zRange with a LIMIT lacking count', (c) => c.zRange('z', 0, 1, { LIMIT: { offset: 0 } })],
  ['zRangeByScore with options that are not an object', (c) => c.zRangeByScore('z', 0, 1, 'LIMIT')],
  ['zRemRangeByRank with a fractional index', (c) => c.zRemRangeByRank('z', 0.5, 1)],
  ['zPopMinCount with NaN', (c) => c.zPopMinCount('z', NaN)],
  ['zInter with a null key', (c) => c.zInter([null])],
  ['zInter with a bad weight', (c) => c.zInter([{ key: 'a', weight: 'heavy' }])],
  ['zUnion with a bad AGGREGATE', (c) => c.zUnion(['a'], { AGGREGATE: 'AVG' })],
  ['zmPop with a bad side', (c) => c.zmPop('z', 'LEFT')],
  ['bzPopMin with a text timeout', (c) => c.bzPopMin('z', 'soon')],
  ['bzmPop with a missing timeout', (c) => c.bzmPop(undefined, 'z', 'MIN')],
  ['zInterCard with a text LIMIT', (c) => c.zInterCard('z', { LIMIT: 'all' })],
  ['zScan with a fractional COUNT', (c) => c.zScan('z', '0', { COUNT: 1.5 })],
]);
