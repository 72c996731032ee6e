'use strict';

/**
 * A RESP3 verbatim string (`=`), returned when a type mapping maps
 * `RESP_TYPES.VERBATIM_STRING` to `VerbatimString`: the text, plus the 3-letter `format`
 * the server gave it (`txt`, `mkd`).
 */
class VerbatimString extends String {
  constructor(format, value) {
    super(value);
    this.format = format;
  }
}

module.exports = { VerbatimString };
