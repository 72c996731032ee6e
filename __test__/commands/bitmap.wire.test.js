'use strict';
// BITOP's operations newer than the 7.0.15 test server (DIFF, DIFF1, ANDOR, ONE: Redis 8.2), on
// the wire (helpers/differential.js, wireDifferential), with the other bitmap argument forms.
const { wireDifferential } = require('../helpers/differential');

wireDifferential('bitmap commands on the wire', {
  'BITOP operations of Redis 8.2': (c) => [c.bitOp('DIFF', 'd', ['a', 'b']), c.bitOp('DIFF1', 'd', ['a', 'b', 'c']), c.bitOp('ANDOR', 'd', ['a', 'b']), c.bitOp('ONE', 'd', 'a')],
  'BITPOS and BITCOUNT argument forms': (c) => [c.bitPos('k', 1, undefined, 5), c.bitPos('k', 0, 1, 2, 'BIT'), c.bitCount('k', { start: 0, end: -1, mode: 'BYTE' })],
  'BITFIELD with every operation': (c) => [c.bitField('k', [{ operation: 'OVERFLOW', behavior: 'wrap' }, { operation: 'SET', encoding: 'u63', offset: '#3', value: 5 },
    { operation: 'INCRBY', encoding: 'i5', offset: 100, increment: -1 }, { operation: 'GET', encoding: 'u4', offset: 0 }]), c.bitFieldRo('k', [{ encoding: 'u8', offset: '#1' }])],
});
