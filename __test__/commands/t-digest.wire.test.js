'use strict';
// `client.tDigest`: ferrodis writes the commands node-redis 5.12.1 writes, for every argument form
// and option (replies: t-digest.test.js). Numbers are written as node-redis writes them
// (`toString()`: 1e-7, 1e+21, Infinity).
const { wireDifferential } = require('../helpers/differential');

wireDifferential('tDigest (RedisBloom t-digest)', {
  'create options': (c) => [c.tDigest.create('d'), c.tDigest.create('d', {}), c.tDigest.create('d', { COMPRESSION: 100 }), c.tDigest.create('d', { COMPRESSION: 0 }), c.tDigest.CREATE('d', { COMPRESSION: '50' })],
  'add: numbers as node-redis writes them': (c) => [
    c.tDigest.add('d', [1]), c.tDigest.add('d', [1, -2.5, 0.1 + 0.2, 1e-7, 1e21, Infinity, -Infinity, -0]), c.tDigest.ADD('d', ['3', '4.5']), c.tDigest.add('d', []),
  ],
  'quantile, cdf, rank, revRank': (c) => [
    c.tDigest.quantile('d', [0, 0.5, 1]), c.tDigest.QUANTILE('d', ['0.9']), c.tDigest.cdf('d', [1, -Infinity, Infinity]), c.tDigest.CDF('d', [2.5]),
    c.tDigest.rank('d', [1, 2.5]), c.tDigest.RANK('d', [Infinity]), c.tDigest.revRank('d', [1, 1e-9]), c.tDigest.REVRANK('d', ['7']),
  ],
  'byRank, byRevRank': (c) => [c.tDigest.byRank('d', [0, 1, 100]), c.tDigest.BYRANK('d', ['5']), c.tDigest.byRevRank('d', [0]), c.tDigest.BYREVRANK('d', [2, 3])],
  'min, max, trimmedMean, info, reset': (c) => [
    c.tDigest.min('d'), c.tDigest.MIN('d'), c.tDigest.max('d'), c.tDigest.MAX('d'), c.tDigest.trimmedMean('d', 0.1, 0.9), c.tDigest.TRIMMED_MEAN('d', 0, '1'),
    c.tDigest.info('d'), c.tDigest.INFO('d'), c.tDigest.reset('d'), c.tDigest.RESET(Buffer.from('d')),
  ],
  'merge options': (c) => [
    c.tDigest.merge('d', 's'), c.tDigest.merge('d', ['s1', 's2']), c.tDigest.merge('d', ['s'], {}), c.tDigest.merge('d', ['s'], { COMPRESSION: 100 }), c.tDigest.merge('d', ['s'], { COMPRESSION: 0 }),
    c.tDigest.merge('d', ['s'], { OVERRIDE: true }), c.tDigest.merge('d', ['s'], { OVERRIDE: false }), c.tDigest.MERGE('d', [Buffer.from('s'), 't'], { COMPRESSION: '20', OVERRIDE: true }),
    c.tDigest.merge('d', []),
  ],
  'in a transaction': (c) => c.multi().tDigest.create('d', { COMPRESSION: 10 }).tDigest.add('d', [1, 2]).tDigest.merge('e', 'd', { OVERRIDE: true }).tDigest.quantile('e', [0.5]).exec(),
});
