'use strict';
// RESP type bytes, as node-redis exports them: the keys of a type mapping. They are also the
// tags of the reply stream (docs/REPLY_STREAM.md).
const RESP_TYPES = Object.freeze({
  NULL: 95, // _
  BOOLEAN: 35, // #
  NUMBER: 58, // :
  BIG_NUMBER: 40, // (
  DOUBLE: 44, // ,
  SIMPLE_STRING: 43, // +
  BLOB_STRING: 36, // $
  VERBATIM_STRING: 61, // =
  SIMPLE_ERROR: 45, // -
  BLOB_ERROR: 33, // !
  ARRAY: 42, // *
  SET: 126, // ~
  MAP: 37, // %
  PUSH: 62, // >
});

module.exports = { RESP_TYPES };
