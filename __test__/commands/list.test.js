'use strict';
// The list commands through ferrodis and node-redis side by side (helpers/differential.js), on
// the test server (Redis 7.0.15). Blocking commands are run on lists that already hold data
// (they answer at once) and on empty keys with a 0.1 s timeout (they answer null).
const redis = require('redis');
const { differential } = require('../helpers/differential');
const { rejectsBeforeSending } = require('../helpers/bad-arguments');

const asBuffers = (c) => c.withTypeMapping({ [redis.RESP_TYPES.BLOB_STRING]: Buffer });

differential('list commands', {
  'pushes, lRange, lLen': (c) => [
    c.lPush('l', ['a', 'b']), c.lPush('l', 'c'), c.rPush('l', 'd'), c.rPush('l', ['e', 'f']), c.lPushX('l', 'g'), c.rPushX('l', ['h', 'i']), c.lPushX('nope', 'x'), c.rPushX('nope', ['x']),
    c.lRange('l', 0, -1), c.lRange('l', '1', '2'), c.lRange('l', 50, 60), c.lLen('l'), c.lLen('nope'), asBuffers(c).lRange('l', 0, 1),
  ],
  'lIndex, lInsert, lSet, lRem, lTrim': (c) => [
    c.rPush('l', ['a', 'b', 'a', 'c', 'a']), c.lIndex('l', 1), c.lIndex('l', -1), c.lIndex('l', 99), c.lInsert('l', 'BEFORE', 'b', 'x'), c.lInsert('l', 'AFTER', 'c', 'y'),
    c.lInsert('l', 'AFTER', 'zz', 'y'), c.lInsert('nope', 'BEFORE', 'a', 'b'), c.lSet('l', 0, 'A'), c.lSet('l', 99, 'Z'), c.lRem('l', 1, 'a'), c.lRem('l', -1, 'a'), c.lRem('l', 0, 'q'),
    c.lTrim('l', 1, -2), c.lRange('l', 0, -1),
  ],
  'lPop, rPop, counts': (c) => [
    c.rPush('l', ['a', 'b', 'c', 'd', 'e']), c.lPop('l'), c.rPop('l'), c.lPopCount('l', 2), c.rPopCount('l', 5), c.lPop('l'), c.rPop('nope'), c.lPopCount('nope', 2), c.rPopCount('nope', 1),
    c.rPush('b', 'x'), asBuffers(c).lPop('b'),
  ],
  'lPos, lPosCount': (c) => [
    c.rPush('l', ['a', 'b', 'a', 'c', 'a']), c.lPos('l', 'a'), c.lPos('l', 'a', { RANK: 2 }), c.lPos('l', 'a', { RANK: -1, MAXLEN: 10 }), c.lPos('l', 'a', { MAXLEN: 1, RANK: 2 }), c.lPos('l', 'z'),
    c.lPosCount('l', 'a', 0), c.lPosCount('l', 'a', 2, { RANK: -1 }), c.lPosCount('l', 'a', 0, { MAXLEN: 3 }), c.lPosCount('nope', 'a', 1), c.lPos('l', 'a', { RANK: 0 }),
  ],
  'lMove, rPopLPush, lmPop': (c) => [
    c.rPush('l', ['a', 'b', 'c', 'd']), c.lMove('l', 'm', 'LEFT', 'RIGHT'), c.lMove('l', 'm', 'RIGHT', 'LEFT'), c.lMove('nope', 'm', 'LEFT', 'LEFT'), c.rPopLPush('l', 'm'), c.rPopLPush('nope', 'm'),
    c.lRange('m', 0, -1), c.lmPop('m', 'LEFT'), c.lmPop(['nope', 'm'], 'RIGHT', { COUNT: 5 }), c.lmPop('nope', 'LEFT'), c.rPush('b', ['x', 'y']), asBuffers(c).lmPop('b', 'LEFT', { COUNT: 1 }),
  ],
  'blocking commands with data present': (c) => [
    c.rPush('l', ['a', 'b', 'c', 'd', 'e', 'f', 'g']), c.blPop('l', 1), c.brPop(['nope', 'l'], 1), c.blMove('l', 'm', 'LEFT', 'LEFT', 1), c.brPopLPush('l', 'm', 1),
    c.blmPop(1, ['nope', 'l'], 'LEFT'), c.blmPop(1, 'l', 'RIGHT', { COUNT: 10 }), c.lRange('m', 0, -1), c.rPush('b', 'x'), asBuffers(c).blPop('b', 1),
  ],
  'blocking commands timing out on empty keys': (c) => [
    c.blPop('e1', 0.1), c.brPop(['e2', 'e3'], '0.1'), c.blMove('e4', 'e5', 'RIGHT', 'LEFT', 0.1), c.brPopLPush('e6', 'e7', 0.1), c.blmPop(0.1, 'e8', 'LEFT', { COUNT: 2 }),
  ],
  'errors': (c) => [c.set('s', 'v'), c.lPush('s', 'a'), c.lRange('s', 0, -1), c.blPop('s', 1), c.lmPop('s', 'LEFT'), c.rPush('l', 'a'), c.blPop('l', -1), c.lPos('l', 'a', { RANK: 0 })],
});

rejectsBeforeSending('list commands', [
  ['lRange with a non-integer index', (c) => c.lRange('l', 0.5, 1)],
  ['lInsert with a bad position', (c) => c.lInsert('l', 'UNDER', 'a', 'b')],
  ['lMove with a bad side', (c) => c.lMove('a', 'b', 'left', 'RIGHT')],
  ['blPop with a non-numeric timeout', (c) => c.blPop('l', 'soon')],
  ['blPop without a timeout', (c) => c.blPop('l')],
  ['blmPop with options that are not an object', (c) => c.blmPop(1, 'l', 'LEFT', 3)],
  ['lmPop with a bad COUNT', (c) => c.lmPop('l', 'LEFT', { COUNT: 'all' })],
  ['lPos with a bad RANK', (c) => c.lPos('l', 'a', { RANK: null })],
  ['lPopCount with a string count', (c) => c.lPopCount('l', 'two')],
]);
