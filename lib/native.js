'use strict';
// The native engine, as loaded by the generated napi-rs loader (binding.js, built by
// `npm run build`). Everything Rust is reached through this module.
try {
  module.exports = require('../binding.js');
} catch (err) {
  err.message = `ferrodis: the native engine is not built or cannot load (run \`npm run build\`): ${err.message}`;
  throw err;
}
