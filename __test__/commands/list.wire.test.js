'use strict';
// Argument forms of the list commands that the replies cannot show: how timeouts, counts and
// option objects are written. Both clients must write the same commands.
const { wireDifferential } = require('../helpers/differential');

wireDifferential('list command arguments', {
  'blocking timeouts': (c) => [c.blPop(['a', 'b'], 0), c.brPop('a', 1.5), c.blMove('a', 'b', 'LEFT', 'RIGHT', 0.25), c.brPopLPush('a', 'b', 2), c.blmPop(0.5, ['a', 'b'], 'RIGHT', { COUNT: 3 })],
  'lPos option order': (c) => [c.lPos('l', 'x', { MAXLEN: 5, RANK: -2 }), c.lPosCount('l', 'x', 3, { MAXLEN: 5, RANK: 1 }), c.lPosCount('l', 'x', 0), c.lPos('l', 'x', {})],
  'lmPop forms': (c) => [c.lmPop('l', 'LEFT'), c.lmPop(['a', 'b'], 'RIGHT', { COUNT: 2 }), c.lmPop('l', 'LEFT', {})],
});
