'use strict';
// BITOP's operations newer than the 7.0.15 test server (DIFF, DIFF1, ANDOR, ONE: Redis 8.2) live,
// side by side (helpers/differential.js), on a Redis 8.2+ server installed by
// scripts/install-test-servers.sh; skipped, saying so, when none is installed. Their encoding:
// bitmap.wire.test.js.
const { RESP_TYPES } = require('redis');
const { differential } = require('../helpers/differential');

const asBuffers = (c) => c.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });

differential('BITOP operations of Redis 8.2', {
  'DIFF, DIFF1, ANDOR, ONE': (c) => [
    c.set('a', Buffer.from([0b11110000, 0xff])), c.set('b', Buffer.from([0b10101010])), c.set('c', Buffer.from([0b00001111, 0x01])),
    c.bitOp('DIFF', 'd', ['a', 'b', 'c']), asBuffers(c).get('d'),
    c.bitOp('DIFF1', 'd1', ['a', 'b', 'c']), asBuffers(c).get('d1'), c.bitOp('ANDOR', 'ao', ['a', 'b', 'c']), asBuffers(c).get('ao'), c.bitOp('ONE', 'o', ['a', 'b', 'c']), asBuffers(c).get('o'),
    c.bitOp('ONE', 'o1', 'a'), asBuffers(c).get('o1'), c.bitOp('DIFF', 'nd', ['nope', 'a']), c.exists('nd'),
  ],
  'errors': (c) => [c.set('a', 'x'), c.bitOp('DIFF', 'd', 'a'), c.bitOp('ANDOR', 'd', 'a'), c.lPush('l', 'x'), c.bitOp('ONE', 'd', ['a', 'l'])],
}, { newer: { flavor: 'redis', minVersion: '8.2' } });
