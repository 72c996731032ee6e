'use strict';
// Argument shapes shared by the cluster, scripting, pub/sub and vector-set groups.
const { oneOf, options } = require('../args');

/** The builder of a command without arguments: `fixed('CLUSTER', 'INFO')`. */
function fixed(...words) {
  return () => [...words];
}

/**
 * The builder of `words... a1 ... aN` whose `arity` arguments are sent as given (keys, node ids,
 * elements: the encoder rejects what is not a string or a Buffer, with node-redis' message).
 */
function asGiven(arity, ...words) {
  return (...args) => [...words, ...args.slice(0, arity)];
}

/** Appends an optional mode word; node-redis skips a falsy one. */
function pushMode(args, mode, modes, what) {
  if (mode) args.push(oneOf(mode, modes, what));
  return args;
}

/** The builder of `words... [mode]` from node-redis' `{ mode }` option object. */
function modeOption(modes, ...words) {
  const what = words.join(' ');
  return (opts) => pushMode([...words], options(opts, `${what} options`)?.mode, modes, `${what} mode`);
}

module.exports = { fixed, asGiven, pushMode, modeOption };
