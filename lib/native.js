'use strict';
// The native engine, as loaded by the generated napi-rs loader (binding.js, built by
// `npm run build`). Everything Rust is reached through this module.
try {
  module.exports = require('../binding.js');
} catch (err) {
  err.message = `${unavailable()}\nCause: ${err.message}`;
  throw err;
}

/** What to tell someone whose platform has no engine: which one theirs is, which ones have one,
 *  and how to build one. */
function unavailable() {
  const { napi } = require('../package.json');
  const libc = process.platform === 'linux' ? ` (${process.report?.getReport?.().header?.glibcVersionRuntime ? 'glibc' : 'musl'})` : '';
  return [
    `ferrodis: no native engine loads on ${process.platform}-${process.arch}${libc}.`,
    `Engines are built for: ${napi.targets.join(', ')}.`,
    'To build one from source: install Rust (https://rustup.rs), then in a clone of the ferrodis',
    'repository run `npm install` (it builds the engine in release mode), or `npm run build` after',
    'changing the Rust code.',
  ].join('\n');
}
