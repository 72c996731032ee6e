'use strict';
// `client.cms`: ferrodis writes the commands node-redis 5.12.1 writes, for every argument form
// (replies: count-min-sketch.test.js).
const { wireDifferential } = require('../helpers/differential');

const bytes = Buffer.from([0, 1, 255]);

wireDifferential('cms (RedisBloom count-min sketches)', {
  'initByDim, initByProb, info, both names': (c) => [
    c.cms.initByDim('m', 100, 5), c.cms.INITBYDIM('m', '10', '2'), c.cms.initByProb('m', 0.001, 0.01), c.cms.INITBYPROB('m', '0.1', 1e-9), c.cms.info('m'), c.cms.INFO(Buffer.from('m')),
  ],
  'incrBy: one item or many': (c) => [
    c.cms.incrBy('m', { item: 'a', incrementBy: 1 }), c.cms.incrBy('m', [{ item: 'a', incrementBy: 2 }, { item: bytes, incrementBy: 30 }]), c.cms.INCRBY('m', [{ item: 'x', incrementBy: '5' }]),
    c.cms.incrBy('m', { item: 'a', incrementBy: 0 }), c.cms.incrBy('m', []),
  ],
  'query: one item or many': (c) => [c.cms.query('m', 'a'), c.cms.query('m', ['a', bytes]), c.cms.QUERY('m', [])],
  'merge: names, weighted sources, none': (c) => [
    c.cms.merge('d', ['a']), c.cms.merge('d', ['a', 'b', bytes]), c.cms.merge('d', [bytes, 'a']), c.cms.merge('d', [{ name: 'a', weight: 1 }]),
    c.cms.MERGE('d', [{ name: 'a', weight: 2 }, { name: bytes, weight: -3 }, { name: 'c', weight: '4' }]), c.cms.merge('d', []),
  ],
  'in a transaction': (c) => c.multi().cms.initByDim('m', 10, 2).cms.incrBy('m', { item: 'a', incrementBy: 3 }).cms.merge('m', [{ name: 'n', weight: 2 }]).cms.query('m', 'a').exec(),
});
