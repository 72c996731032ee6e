'use strict';
// String commands through ferrodis and node-redis side by side (helpers/differential.js), in
// RESP2 and RESP3, plus argument checks that must fail before anything is sent.
const { RESP_TYPES } = require('redis');
const { differential } = require('../helpers/differential');
const ferrodis = require('../..');

const asBuffers = (c) => c.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
const within = (low, high) => (n) => n >= low && n <= high;

differential('string commands', {
  'SET and GET': (c) => [c.set('s', 'v'), c.get('s'), c.set('s', 'w', { NX: true }), c.set('s', 'w', { XX: true, GET: true }), c.get('missing'),
    c.set('n', 42), c.get('n'), c.set('e', 'v', { EX: 100 }), c.ttl('e'), c.set('e', 'v', { expiration: { type: 'PX', value: 100000 } }), c.set('e', 'x', { KEEPTTL: true }),
    c.set('e', 'y', { expiration: 'KEEPTTL', condition: 'XX' }), c.set('e', 'z', { condition: 'NX' })],
  'SETNX, SETEX and PSETEX': (c) => [c.setNX('k', 'v'), c.setNX('k', 'w'), c.get('k'), c.setEx('ex', 100, 'v'), c.ttl('ex'), c.pSetEx('px', 100000, 'v'), c.pTTL('px').then(within(98000, 100000)),
    c.setEx('bad', 0, 'v'), c.pSetEx('bad', -1, 'v')],
  'GETSET and GETDEL': (c) => [c.getSet('g', 'a'), c.getSet('g', 'b'), c.getDel('g'), c.getDel('g'), c.get('g')],
  'GETEX forms': (c) => [c.set('x', 'v'), c.getEx('x', { EX: 100 }), c.ttl('x'), c.getEx('x', { type: 'PX', value: 200000 }), c.ttl('x'),
    c.getEx('x', { EXAT: 4102444800 }), c.expireTime('x'), c.getEx('x', { type: 'EXAT', value: new Date(4102444801000) }), c.expireTime('x'),
    c.getEx('x', { PXAT: new Date(4102444802500) }), c.pExpireTime('x'), c.getEx('x', { type: 'PXAT', value: 4102444803500 }), c.pExpireTime('x'),
    c.getEx('x', { PERSIST: true }), c.ttl('x'), c.getEx('x', { type: 'EX', value: 5 }), c.getEx('x', { type: 'PERSIST' }), c.ttl('x'), c.getEx('missing', { EX: 1 })],
  'ranges, APPEND and STRLEN': (c) => [c.append('r', 'Hello'), c.append('r', ' World'), c.strLen('r'), c.getRange('r', 0, 4), c.getRange('r', -5, -1), c.getRange('r', 100, 200),
    c.setRange('r', 6, 'Redis'), c.get('r'), c.setRange('pad', 3, 'x'), c.get('pad'), c.strLen('missing'), c.getRange('missing', 0, -1)],
  'MSET and MSETNX forms': (c) => [c.mSet({ a: '1', b: '2' }), c.mSet([['c', '3'], ['d', '4']]), c.mSet(['e', '5', 'f', '6']), c.mGet(['a', 'b', 'c', 'd', 'e', 'f', 'g']),
    c.mSetNX({ g: '7', a: 'x' }), c.mSetNX([['h', '8'], ['i', '9']]), c.mSetNX(['j', '10']), c.mGet(['a', 'g', 'h', 'i', 'j']), c.mGet('a')],
  'INCR and DECR family': (c) => [c.incr('n'), c.incrBy('n', 10), c.decr('n'), c.decrBy('n', 5), c.decrBy('n', -2), c.incrByFloat('f', 1.5), c.incrByFloat('f', -0.25),
    c.incrByFloat('f', 3), c.incrByFloat('n', 0.5), c.get('n'), c.set('s', 'text'), c.incr('s'), c.decr('s'), c.decrBy('s', 1), c.incrByFloat('s', 1)],
  'LCS family': (c) => [c.mSet({ k1: 'ohmytext', k2: 'mynewtext' }), c.lcs('k1', 'k2'), c.lcsLen('k1', 'k2'), c.lcsIdx('k1', 'k2'), c.lcsIdx('k1', 'k2', { MINMATCHLEN: 4 }),
    c.lcsIdxWithMatchLen('k1', 'k2'), c.lcsIdxWithMatchLen('k1', 'k2', { MINMATCHLEN: 2 }), c.lcs('k1', 'missing'), c.lcsIdx('missing', 'other')],
  'LCS IDX with a Map or Array map type': (c) => {
    const asMap = c.withTypeMapping({ [RESP_TYPES.MAP]: Map });
    const asArray = c.withTypeMapping({ [RESP_TYPES.MAP]: Array });
    return [c.mSet({ k1: 'ohmytext', k2: 'mynewtext' }), asMap.lcsIdx('k1', 'k2'), asArray.lcsIdx('k1', 'k2'), asMap.lcsIdxWithMatchLen('k1', 'k2', { MINMATCHLEN: 4 })];
  },
  'Buffer replies': (c) => {
    const b = asBuffers(c);
    return [c.set(Buffer.from('bk'), Buffer.from([0, 255, 10, 1])), b.getRange('bk', 1, 2), b.getSet('bk', Buffer.from([7])), b.getDel('bk'), b.getEx('nope', { PERSIST: true }),
      b.incrByFloat('f', 2.5), c.mSet([[Buffer.from('m'), Buffer.from([200, 201])]]), b.mGet(['m']), b.lcs('m', 'm')];
  },
  'errors': (c) => [c.lPush('list', 'a'), c.get('list'), c.append('list', 'x'), c.getRange('list', 0, 1), c.setRange('list', 0, 'x'), c.strLen('list'),
    c.getEx('list', { EX: 1 }), c.lcs('list', 'other'), c.mSetNX(['list', 'v']), c.setRange('k', -1, 'x')],
});

describe('string commands reject bad arguments before sending', () => {
  const client = ferrodis.createClient();
  test.each([
    ['setEx with a non-integer', () => client.setEx('k', 1.5, 'v')],
    ['pSetEx with a string', () => client.pSetEx('k', 'soon', 'v')],
    ['getRange without an end', () => client.getRange('k', 0)],
    ['setRange with NaN', () => client.setRange('k', NaN, 'v')],
    ['incrByFloat with an object', () => client.incrByFloat('k', {})],
    ['decrBy with a float', () => client.decrBy('k', 0.5)],
    ['getEx without options', () => client.getEx('k')],
    ['getEx with an unknown type', () => client.getEx('k', { type: 'KEEPTTL' })],
    ['getEx with an invalid Date', () => client.getEx('k', { EXAT: new Date('nope') })],
    ['mSet with an empty array', () => client.mSet([])],
    ['mSet with an odd flat array', () => client.mSet(['a', '1', 'b'])],
    ['mSet with a bad tuple', () => client.mSet([['a', '1'], 'b'])],
    ['mSetNX with a string', () => client.mSetNX('a')],
    ['lcsIdx with a bad MINMATCHLEN', () => client.lcsIdx('a', 'b', { MINMATCHLEN: 'long' })],
    ['set with a bad expiration type', () => client.set('k', 'v', { expiration: { type: 'EXPIRE', value: 1 } })],
  ])('%s', async (_title, call) => {
    await expect(call()).rejects.toThrow(TypeError);
  });
});
