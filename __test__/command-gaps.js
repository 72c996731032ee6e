'use strict';
// node-redis 5.12.1 command methods that ferrodis does not have yet, each with the reason.
// __test__/surface.test.js fails when a node-redis method is missing from ferrodis and is not
// listed here, and when a listed one exists (so the list only shrinks, and stays true).
// None today: every command method of node-redis 5.12.1 is in lib/commands.
const KNOWN_GAPS = {};

module.exports = { KNOWN_GAPS };
