'use strict';
// `client.cf`: ferrodis writes the commands node-redis 5.12.1 writes, for every argument form and
// option (replies: cuckoo.test.js).
const { wireDifferential } = require('../helpers/differential');

const bytes = Buffer.from([0, 1, 255]);

wireDifferential('cf (RedisBloom cuckoo filters)', {
  'one-item commands, both names': (c) => [
    c.cf.add('c', 'a'), c.cf.ADD('c', bytes), c.cf.addNX('c', 'a'), c.cf.ADDNX('c', bytes), c.cf.count('c', 'a'), c.cf.COUNT('c', bytes), c.cf.del('c', 'a'), c.cf.DEL('c', bytes),
    c.cf.exists('c', 'a'), c.cf.EXISTS(Buffer.from('c'), bytes), c.cf.info('c'), c.cf.INFO('c'),
  ],
  'reserve options': (c) => [
    c.cf.reserve('c', 100), c.cf.reserve('c', 100, {}), c.cf.reserve('c', 100, { BUCKETSIZE: 4 }), c.cf.reserve('c', 100, { MAXITERATIONS: 20 }), c.cf.reserve('c', 100, { EXPANSION: 2 }),
    c.cf.reserve('c', 100, { BUCKETSIZE: 0, MAXITERATIONS: 0, EXPANSION: 0 }), c.cf.RESERVE('c', '1000', { EXPANSION: '1', MAXITERATIONS: 500, BUCKETSIZE: '2' }),
  ],
  'insert, insertNX options': (c) => [
    c.cf.insert('c', 'a'), c.cf.insert('c', ['a', bytes]), c.cf.insert('c', ['a'], {}), c.cf.insert('c', ['a'], { CAPACITY: 1000 }), c.cf.insert('c', ['a'], { CAPACITY: 0 }),
    c.cf.insert('c', ['a'], { NOCREATE: true }), c.cf.insert('c', ['a'], { NOCREATE: false }), c.cf.INSERT('c', ['a', 'b'], { CAPACITY: '10', NOCREATE: true }),
    c.cf.insertNX('c', 'a'), c.cf.insertNX('c', ['a', bytes]), c.cf.insertNX('c', ['a'], { CAPACITY: 5 }), c.cf.insertNX('c', ['a'], { NOCREATE: true }),
    c.cf.INSERTNX('c', [], { CAPACITY: 7, NOCREATE: true }),
  ],
  'scanDump, loadChunk': (c) => [
    c.cf.scanDump('c', 0), c.cf.SCANDUMP('c', 99), c.cf.scanDump('c', '3'), c.cf.loadChunk('c', 1, 'chunk'), c.cf.LOADCHUNK('c', 8193, bytes),
  ],
  'in a transaction': (c) => c.multi().cf.reserve('c', 10, { BUCKETSIZE: 2 }).cf.insertNX('c', ['a'], { NOCREATE: true }).cf.count('c', 'a').exec(),
});
