'use strict';
// HyperLogLog commands through ferrodis and node-redis side by side (helpers/differential.js),
// in RESP2 and RESP3 (their arguments are keys and elements only: the encoder checks those).
const { differential } = require('../helpers/differential');

differential('HyperLogLog commands', {
  'PFADD and PFCOUNT': (c) => [c.pfAdd('h', ['a', 'b', 'c']), c.pfAdd('h', 'a'), c.pfAdd('h', 'd'), c.pfAdd('empty'), c.pfAdd('empty'), c.pfCount('h'), c.pfCount(['h', 'empty', 'missing']), c.pfCount('missing')],
  'PFMERGE': (c) => [c.pfAdd('h1', ['a', 'b']), c.pfAdd('h2', ['b', 'c', 'd']), c.pfMerge('m', ['h1', 'h2']), c.pfCount('m'), c.pfMerge('m', 'h1'), c.pfMerge('alone'), c.pfCount('alone'),
    c.exists('alone')],
  'errors': (c) => [c.set('s', 'not a hll'), c.pfAdd('s', 'a'), c.pfCount('s'), c.pfMerge('m', 's'), c.lPush('l', 'x'), c.pfCount('l')],
});
