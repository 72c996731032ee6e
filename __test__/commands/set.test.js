'use strict';
// The set commands through ferrodis and node-redis side by side (helpers/differential.js), on
// the test server (Redis 7.0.15). Sets of integers are intsets, which Redis lists in numeric
// order; sets of strings are hash tables, whose order we sort away. Random commands run on
// one-member sets.
const redis = require('redis');
const { differential } = require('../helpers/differential');
const { rejectsBeforeSending } = require('../helpers/bad-arguments');

const { BLOB_STRING, SET } = redis.RESP_TYPES;
const asBuffers = (c) => c.withTypeMapping({ [BLOB_STRING]: Buffer });
const asSets = (c) => c.withTypeMapping({ [SET]: Set });
const sorted = (promise) => promise.then((members) => [...members].sort());

differential('set commands', {
  'sAdd, sRem, sCard, sMembers': (c) => [
    c.sAdd('s', ['a', 'b', 'a']), c.sAdd('s', 'c'), c.sRem('s', 'a'), c.sRem('s', ['b', 'z']), c.sRem('nope', 'a'), c.sCard('s'), c.sCard('nope'), c.sMembers('s'), c.sMembers('nope'),
    c.sAdd('i', ['3', '1', '2']), c.sMembers('i'), asSets(c).sMembers('i'), asBuffers(c).sMembers('i'), asSets(c).sMembers('nope'),
  ],
  'sIsMember, smIsMember': (c) => [c.sAdd('s', ['a', 'b']), c.sIsMember('s', 'a'), c.sIsMember('s', 'z'), c.sIsMember('nope', 'a'), c.smIsMember('s', ['a', 'z', 'b']), c.smIsMember('s', 'b')],
  'sDiff, sInter, sUnion': (c) => [
    c.sAdd('a', ['1', '2', '3', '4']), c.sAdd('b', ['3', '4', '5']), c.sAdd('x', ['p', 'q', 'r']), c.sAdd('y', ['q', 'r', 's']),
    c.sDiff(['a', 'b']), c.sInter(['a', 'b']), c.sUnion(['a', 'b']), c.sDiff('a'), c.sInter(['a', 'nope']), c.sUnion('nope'), asSets(c).sUnion(['a', 'b']),
    sorted(c.sDiff(['x', 'y'])), sorted(c.sInter(['x', 'y'])), sorted(c.sUnion(['x', 'y'])),
  ],
  'store variants': (c) => [
    c.sAdd('a', ['1', '2', '3']), c.sAdd('b', ['2', '3', '4']), c.sDiffStore('d', ['a', 'b']), c.sInterStore('i', ['a', 'b']), c.sUnionStore('u', ['a', 'b']), c.sUnionStore('u2', 'a'),
    c.sMembers('d'), c.sMembers('i'), c.sMembers('u'), c.sInterStore('n', ['a', 'nope']), c.exists('n'),
  ],
  'sInterCard': (c) => [
    c.sAdd('a', ['1', '2', '3']), c.sAdd('b', ['2', '3', '4']), c.sInterCard(['a', 'b']), c.sInterCard(['a', 'b'], { LIMIT: 1 }), c.sInterCard(['a', 'b'], 1), c.sInterCard('a', {}), c.sInterCard(['a', 'nope']),
  ],
  'sMove': (c) => [c.sAdd('a', ['1', '2']), c.sMove('a', 'b', '1'), c.sMove('a', 'b', 'z'), c.sMove('nope', 'b', '1'), c.sMembers('a'), c.sMembers('b')],
  'sPop, sRandMember on one-member sets': (c) => [
    c.sAdd('s', 'only'), c.sRandMember('s'), c.sRandMember('nope'), c.sRandMemberCount('s', 5), c.sRandMemberCount('s', -3), c.sRandMemberCount('nope', 2),
    asBuffers(c).sRandMember('s'), c.sPop('s'), c.sPop('s'), c.sAdd('t', 'one'), c.sPopCount('t', 3), c.sPopCount('nope', 2), c.sAdd('u', 'x'), asSets(c).sPopCount('u', 1),
  ],
  'sScan': (c) => [
    c.sAdd('s', ['1', '2', '3', '10', '20']), c.sScan('s', '0'), c.sScan('s', '0', { MATCH: '1*' }), c.sScan('s', '0', { COUNT: 100 }), c.sScan('s', '0', { MATCH: '', COUNT: 0 }), c.sScan('nope', '0'),
    asBuffers(c).sScan('s', '0', { MATCH: '2*' }),
  ],
  'errors': (c) => [c.set('str', 'v'), c.sAdd('str', 'a'), c.sMembers('str'), c.sScan('str', '0'), c.sInterCard(['str']), c.sPopCount('str', 1), c.sAdd('s', 'a'), c.sRandMemberCount('str', 1)],
});

rejectsBeforeSending('set commands', [
  ['sPopCount with a non-integer', (c) => c.sPopCount('s', 1.5)],
  ['sRandMemberCount without a count', (c) => c.sRandMemberCount('s')],
  ['sInterCard with a bad LIMIT', (c) => c.sInterCard(['a'], { LIMIT: 'many' })],
  ['sInterCard with options that are not an object', (c) => c.sInterCard(['a'], 'LIMIT')],
  ['sScan with a bad COUNT', (c) => c.sScan('s', '0', { COUNT: [] })],
  ['sAdd with an object member', (c) => c.sAdd('s', { a: 1 })],
]);
