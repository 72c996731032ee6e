'use strict';
// `client.topK`: ferrodis writes the commands node-redis 5.12.1 writes, for every argument form
// and option (replies: top-k.test.js).
const { wireDifferential } = require('../helpers/differential');

const bytes = Buffer.from([0, 1, 255]);

wireDifferential('topK (RedisBloom top-k)', {
  'reserve options': (c) => [
    c.topK.reserve('t', 5), c.topK.reserve('t', 5, { width: 50, depth: 4, decay: 0.9 }), c.topK.RESERVE('t', '3', { width: '8', depth: '7', decay: '0.5' }),
    c.topK.reserve('t', 1, { width: 1, depth: 1, decay: 1 }),
  ],
  'add, query, count: one item or many': (c) => [
    c.topK.add('t', 'a'), c.topK.add('t', ['a', bytes]), c.topK.ADD('t', []), c.topK.query('t', 'a'), c.topK.QUERY('t', ['a', bytes]), c.topK.count('t', 'a'), c.topK.COUNT('t', ['a', 'b']),
  ],
  'incrBy: one item or many': (c) => [
    c.topK.incrBy('t', { item: 'a', incrementBy: 1 }), c.topK.incrBy('t', [{ item: 'a', incrementBy: 2 }, { item: 'b', incrementBy: 100000 }]), c.topK.INCRBY('t', [{ item: 'c', incrementBy: '3' }]),
    c.topK.incrBy('t', []),
  ],
  'list, listWithCount, info': (c) => [c.topK.list('t'), c.topK.LIST('t'), c.topK.listWithCount('t'), c.topK.LIST_WITHCOUNT(Buffer.from('t')), c.topK.info('t'), c.topK.INFO('t')],
  'in a transaction': (c) => c.multi().topK.reserve('t', 2, { width: 8, depth: 7, decay: 0.9 }).topK.incrBy('t', { item: 'a', incrementBy: 2 }).topK.listWithCount('t').exec(),
});
