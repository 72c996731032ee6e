'use strict';
// `client.bf`: ferrodis writes the commands node-redis 5.12.1 writes, for every argument form and
// option (replies: bloom.test.js).
const { wireDifferential } = require('../helpers/differential');

const bytes = Buffer.from([0, 1, 255]);

wireDifferential('bf (RedisBloom Bloom filters)', {
  'add, exists, card, info, both names': (c) => [
    c.bf.add('b', 'a'), c.bf.ADD(Buffer.from('b'), bytes), c.bf.exists('b', 'a'), c.bf.EXISTS('b', bytes), c.bf.card('b'), c.bf.CARD('b'), c.bf.info('b'), c.bf.INFO('b'),
  ],
  'mAdd, mExists: one item or many': (c) => [
    c.bf.mAdd('b', 'a'), c.bf.mAdd('b', ['a', 'b', bytes]), c.bf.MADD('b', []), c.bf.mExists('b', 'a'), c.bf.mExists('b', ['a', bytes]), c.bf.MEXISTS('b', ['x']),
  ],
  'reserve options': (c) => [
    c.bf.reserve('b', 0.01, 100), c.bf.reserve('b', 0.001, 1000, {}), c.bf.reserve('b', 0.5, 10, { EXPANSION: 4 }), c.bf.reserve('b', 0.5, 10, { NONSCALING: true }),
    c.bf.reserve('b', 0.5, 10, { EXPANSION: 2, NONSCALING: true }), c.bf.reserve('b', 0.5, 10, { EXPANSION: 0, NONSCALING: false }), c.bf.RESERVE('b', '0.1', '20', { EXPANSION: '3' }),
    c.bf.reserve('b', 1e-7, 2 ** 40),
  ],
  'insert options': (c) => [
    c.bf.insert('b', 'a'), c.bf.insert('b', ['a', bytes]), c.bf.insert('b', ['a'], {}), c.bf.insert('b', ['a'], { CAPACITY: 100 }), c.bf.insert('b', ['a'], { CAPACITY: 0 }),
    c.bf.insert('b', ['a'], { ERROR: 0.01 }), c.bf.insert('b', ['a'], { ERROR: 0 }), c.bf.insert('b', ['a'], { EXPANSION: 2 }), c.bf.insert('b', ['a'], { EXPANSION: 0 }),
    c.bf.insert('b', ['a'], { NOCREATE: true }), c.bf.insert('b', ['a'], { NONSCALING: true }), c.bf.insert('b', ['a'], { NOCREATE: false, NONSCALING: false }),
    c.bf.INSERT('b', ['a', 'b'], { CAPACITY: 10, ERROR: 0.1, EXPANSION: 3, NOCREATE: true, NONSCALING: true }), c.bf.insert('b', [], { CAPACITY: '5', ERROR: '0.5' }),
  ],
  'scanDump, loadChunk': (c) => [
    c.bf.scanDump('b', 0), c.bf.SCANDUMP('b', 12345), c.bf.scanDump('b', '7'), c.bf.loadChunk('b', 1, 'chunk'), c.bf.LOADCHUNK('b', 2 ** 40, bytes),
  ],
  'in a transaction': (c) => c.multi().bf.reserve('b', 0.01, 10, { NONSCALING: true }).bf.insert('b', ['a'], { ERROR: 0.2 }).bf.mExists('b', ['a', 'b']).exec(),
});
