'use strict';
// String commands newer than the 7.0.15 test server (MSETEX, DELEX, DIGEST, SET IFEQ...): both
// clients must write the same command arrays (helpers/differential.js, wireDifferential).
const { wireDifferential } = require('../helpers/differential');
const ferrodis = require('../..');

wireDifferential('string commands on the wire', {
  'MSETEX pair forms': (c) => [c.mSetEx({ a: '1', b: '2' }), c.mSetEx([['a', '1'], ['b', '2']]), c.mSetEx(['a', '1'])],
  'MSETEX options': (c) => [
    c.mSetEx({ a: '1' }, { mode: 'NX', expiration: { type: 'EX', value: 10 } }),
    c.mSetEx({ a: '1' }, { mode: 'XX', expiration: { type: 'PX', value: 1500 } }),
    c.mSetEx({ a: '1' }, { expiration: { type: 'EXAT', value: 4102444800 } }),
    c.mSetEx({ a: '1' }, { expiration: { type: 'EXAT', value: new Date(4102444800999) } }),
    c.mSetEx({ a: '1' }, { expiration: { type: 'PXAT', value: new Date(4102444800999) } }),
    c.mSetEx({ a: '1' }, { expiration: { type: 'KEEPTTL' } }),
  ],
  // node-redis' own spec pins these: an expiration without a type sends no expiration argument.
  'MSETEX empty options': (c) => [
    c.mSetEx([['key1', 'value1'], ['key2', 'value2']], { expiration: {} }),
    c.mSetEx({ a: '1' }, { mode: 'NX', expiration: {} }),
    c.mSetEx({ a: '1' }, { expiration: { value: 10 } }),
    c.mSetEx({ a: '1' }, {}),
    c.mSetEx({ a: '1' }, { expiration: undefined }),
  ],
  'DELEX and DIGEST': (c) => [c.delEx('k'), c.delEx('k', { condition: 'IFEQ', matchValue: 'v' }), c.delEx('k', { condition: 'IFNE', matchValue: Buffer.from('v') }),
    c.delEx('k', { condition: 'IFDEQ', matchValue: 'abc' }), c.delEx('k', { condition: 'IFDNE', matchValue: 'abc' }), c.digest('k')],
  'SET value conditions': (c) => [c.set('k', 'v', { condition: 'IFEQ', matchValue: 'old' }), c.set('k', 'v', { condition: 'IFNE', matchValue: 'old', GET: true }),
    c.set('k', 'v', { condition: 'IFDEQ', matchValue: 'abc', EX: 5 }), c.set('k', 'v', { condition: 'IFDNE', matchValue: 'abc', expiration: { type: 'PXAT', value: 99 } })],
  'GETEX and SET expirations': (c) => [c.getEx('k', { EX: 1 }), c.getEx('k', { PX: 1 }), c.getEx('k', { EXAT: new Date(4102444800999) }), c.getEx('k', { PXAT: new Date(4102444800999) }),
    c.getEx('k', { type: 'EXAT', value: 4102444800 }), c.getEx('k', { PERSIST: true }), c.set('k', 'v', { PXAT: 4102444800999, XX: true }), c.set('k', 'v', { EXAT: 4102444800 })],
});

describe('newer string commands reject bad arguments before sending', () => {
  const client = ferrodis.createClient();
  test.each([
    ['mSetEx with a bad mode', () => client.mSetEx({ a: '1' }, { mode: 'GT' })],
    ['mSetEx with a bad expiration', () => client.mSetEx({ a: '1' }, { expiration: { type: 'EX', value: 'x' } })],
    ['mSetEx with an unknown expiration type (node-redis sends none)', () => client.mSetEx({ a: '1' }, { expiration: { type: 'EY', value: 1 } })],
    ['mSetEx with no pairs', () => client.mSetEx({})],
    ['delEx with a bad condition', () => client.delEx('k', { condition: 'EQ', matchValue: 'v' })],
  ])('%s', async (_title, call) => {
    await expect(call()).rejects.toThrow(TypeError);
  });
});
