'use strict';
// Arguments that must be objects — `{ key, weight }`, `{ longitude, latitude }`, `{ key, id }`,
// an XADD message... Unlike args.options(), which lets an absent options object through, null
// and undefined are rejected too.
const { Buffer } = require('buffer');
const { describe } = require('../args');

function object(v, what) {
  if (v === null || typeof v !== 'object' || Array.isArray(v) || Buffer.isBuffer(v)) {
    throw new TypeError(`${what} must be an object, got ${describe(v)} instead`);
  }
  return v;
}

module.exports = { object };
