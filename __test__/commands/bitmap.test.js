'use strict';
// Bitmap commands through ferrodis and node-redis side by side (helpers/differential.js), in
// RESP2 and RESP3, plus argument checks that must fail before anything is sent.
const { differential } = require('../helpers/differential');
const ferrodis = require('../..');

differential('bitmap commands', {
  'SETBIT and GETBIT': (c) => [c.setBit('b', 7, 1), c.setBit('b', 7, 0), c.setBit('b', 100, 1), c.getBit('b', 100), c.getBit('b', 7), c.getBit('b', 100000), c.getBit('missing', 0),
    c.setBit('b', 1, 2), c.setBit('b', -1, 1)],
  'BITCOUNT ranges and modes': (c) => [c.set('k', 'foobar'), c.bitCount('k'), c.bitCount('k', { start: 0, end: 0 }), c.bitCount('k', { start: 1, end: 1 }),
    c.bitCount('k', { start: 1, end: 1, mode: 'BYTE' }), c.bitCount('k', { start: 5, end: 30, mode: 'BIT' }), c.bitCount('k', { start: -2, end: -1 }), c.bitCount('missing')],
  'BITPOS': (c) => [c.set('k', Buffer.from([0xff, 0xf0, 0x00])), c.bitPos('k', 0), c.bitPos('k', 1), c.bitPos('k', 0, 2), c.bitPos('k', 1, 1, -1), c.bitPos('k', 1, 7, 15, 'BIT'),
    c.bitPos('k', 0, 0, 0, 'BYTE'), c.bitPos('missing', 1), c.bitPos('k', 2)],
  'BITOP': (c) => [c.set('a', 'abc'), c.set('b', 'ab'), c.bitOp('AND', 'dest', ['a', 'b']), c.get('dest'), c.bitOp('OR', 'dest', ['a', 'b']), c.get('dest'),
    c.bitOp('XOR', 'dest', ['a', 'b', 'missing']), c.strLen('dest'), c.bitOp('NOT', 'dest', 'a'), c.bitCount('dest'), c.bitOp('NOT', 'dest', ['a', 'b'])],
  'BITFIELD operations': (c) => [
    c.bitField('bf', [{ operation: 'SET', encoding: 'u8', offset: 0, value: 200 }, { operation: 'GET', encoding: 'u8', offset: 0 }, { operation: 'GET', encoding: 'i8', offset: '#0' }]),
    c.bitField('bf', [{ operation: 'INCRBY', encoding: 'u8', offset: 0, increment: 100 }, { operation: 'OVERFLOW', behavior: 'SAT' }, { operation: 'INCRBY', encoding: 'u8', offset: 0, increment: 200 },
      { operation: 'OVERFLOW', behavior: 'FAIL' }, { operation: 'INCRBY', encoding: 'u8', offset: 0, increment: 1 }]),
    c.bitField('bf', [{ operation: 'SET', encoding: 'i16', offset: '#1', value: -5 }, { operation: 'GET', encoding: 'i16', offset: 16 }]),
    c.bitField('bf', []), c.bitField('bf', [{ operation: 'GET', encoding: 'x8', offset: 0 }]),
  ],
  'BITFIELD_RO': (c) => [c.set('k', Buffer.from([1, 2, 3])), c.bitFieldRo('k', [{ encoding: 'u8', offset: 0 }, { encoding: 'u8', offset: '#2' }, { encoding: 'i4', offset: 12 }]),
    c.bitFieldRo('missing', [{ encoding: 'u16', offset: 0 }]), c.bitFieldRo('k', [])],
  'errors': (c) => [c.lPush('list', 'a'), c.setBit('list', 0, 1), c.getBit('list', 0), c.bitCount('list'), c.bitPos('list', 1), c.bitOp('AND', 'd', ['list']), c.bitField('list', [{ operation: 'GET', encoding: 'u8', offset: 0 }])],
});

describe('bitmap commands reject bad arguments before sending', () => {
  const client = ferrodis.createClient();
  test.each([
    ['setBit with a float offset', () => client.setBit('k', 1.5, 1)],
    ['getBit without an offset', () => client.getBit('k')],
    ['bitCount with a bad range', () => client.bitCount('k', { start: 0 })],
    ['bitCount with a bad mode', () => client.bitCount('k', { start: 0, end: 1, mode: 'WORD' })],
    ['bitPos with a bad bit', () => client.bitPos('k', 'one')],
    ['bitOp with an unknown operation', () => client.bitOp('NAND', 'd', ['a'])],
    ['bitField without an array', () => client.bitField('k', { operation: 'GET', encoding: 'u8', offset: 0 })],
    ['bitField with an unknown operation', () => client.bitField('k', [{ operation: 'DEL' }])],
    ['bitField SET without a value', () => client.bitField('k', [{ operation: 'SET', encoding: 'u8', offset: 0 }])],
    ['bitFieldRo with a non-object', () => client.bitFieldRo('k', ['u8'])],
  ])('%s', async (_title, call) => {
    await expect(call()).rejects.toThrow(TypeError);
  });
});
