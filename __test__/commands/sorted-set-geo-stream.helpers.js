'use strict';
// A helper of the sorted-set and stream wire tests: reply transforms compared on hand-written raw
// replies, for what neither the test server (7.0.15) nor an installed newer one can produce.
const nodeRedisCommands = require('@redis/client/dist/lib/commands/index.js').default;
const { getTransformReply } = require('@redis/client/dist/lib/commander.js');
const { COMMANDS, replyTransform } = require('../../lib/commands');
const { shape } = require('../helpers/differential');

/**
 * cases: [[title, NAME, resp, () => rawReply, typeMapping?], ...] — the raw reply as the decoder
 * gives it (a function, since some transforms reshape it in place). ferrodis' transform of
 * COMMANDS[NAME] must give what node-redis' transformReply gives.
 */
function sameReplyTransforms(name, cases) {
  describe(`${name}: reply transforms on raw replies equal node-redis'`, () => {
    // A rest parameter: jest takes a callback with more parameters than the row for a done-callback test.
    test.each(cases)('%s', (...row) => {
      const [, command, resp, raw, typeMapping] = row;
      const theirs = getTransformReply(nodeRedisCommands[command], resp);
      const ours = replyTransform(COMMANDS[command], resp);
      const expected = theirs ? theirs(raw(), undefined, typeMapping) : raw();
      const actual = ours ? ours(raw(), typeMapping, [command]) : raw();
      expect(shape(actual)).toEqual(shape(expected));
    });
  });
}

module.exports = { sameReplyTransforms };
