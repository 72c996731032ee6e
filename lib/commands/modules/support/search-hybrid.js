'use strict';
// FT.HYBRID (Redis 8.4+): a text SEARCH and a vector VSIM expression, how their scores COMBINE,
// and the post-processing (LOAD, GROUPBY, APPLY, SORTBY, NOSORT, FILTER, LIMIT, PARAMS,
// TIMEOUT), written as node-redis writes them.
const { text, number, integer, pushCounted, pushParams, options, object } = require('./search-args');
const { pushReducers } = require('./search-aggregate');

/** `name value` pairs of the options of `source` that are set, numbers each. */
function numbers(source, names, what) {
  const pairs = [];
  for (const name of names) if (source[name] !== undefined) pairs.push(name, number(source[name], `${what}.${name}`));
  return pairs;
}

function pushSearch(args, search) {
  object(search, 'FT.HYBRID SEARCH');
  args.push('SEARCH', text(search.query, 'FT.HYBRID SEARCH.query'));
  for (const name of ['SCORER', 'YIELD_SCORE_AS']) if (search[name]) args.push(name, text(search[name], `FT.HYBRID SEARCH.${name}`));
}

function pushVsim(args, vsim) {
  object(vsim, 'FT.HYBRID VSIM');
  args.push('VSIM', text(vsim.field, 'FT.HYBRID VSIM.field'), text(vsim.vector, 'FT.HYBRID VSIM.vector'));
  if (vsim.method) {
    const { method } = vsim;
    object(method, 'FT.HYBRID VSIM.method');
    let pairs;
    if (method.type === 'KNN') pairs = ['K', integer(method.K, 'FT.HYBRID VSIM.method.K'), ...numbers(method, ['EF_RUNTIME'], 'FT.HYBRID VSIM.method')];
    else if (method.type === 'RANGE') pairs = ['RADIUS', number(method.RADIUS, 'FT.HYBRID VSIM.method.RADIUS'), ...numbers(method, ['EPSILON'], 'FT.HYBRID VSIM.method')];
    else throw new TypeError("FT.HYBRID VSIM.method.type must be 'KNN' or 'RANGE'");
    args.push(method.type, String(pairs.length), ...pairs);
  }
  for (const name of ['FILTER', 'YIELD_SCORE_AS']) if (vsim[name]) args.push(name, text(vsim[name], `FT.HYBRID VSIM.${name}`));
}

// The numeric parameters of each fusion method, in node-redis' order.
const COMBINE_PARAMETERS = { RRF: ['WINDOW', 'CONSTANT'], LINEAR: ['ALPHA', 'BETA', 'WINDOW'] };

/** COMBINE RRF|LINEAR n params... [YIELD_SCORE_AS name] (n counts YIELD_SCORE_AS too). */
function pushCombine(args, combine) {
  object(combine, 'FT.HYBRID COMBINE');
  const method = object(combine.method, 'FT.HYBRID COMBINE.method');
  if (method.type !== 'RRF' && method.type !== 'LINEAR') throw new TypeError("FT.HYBRID COMBINE.method.type must be 'RRF' or 'LINEAR'");
  const pairs = numbers(method, COMBINE_PARAMETERS[method.type], 'FT.HYBRID COMBINE.method');
  const yieldAs = combine.YIELD_SCORE_AS ? ['YIELD_SCORE_AS', text(combine.YIELD_SCORE_AS, 'FT.HYBRID COMBINE.YIELD_SCORE_AS')] : [];
  args.push('COMBINE', method.type, String(pairs.length + yieldAs.length), ...pairs, ...yieldAs);
}

function pushApply(args, apply, what) {
  object(apply, what);
  args.push('APPLY', text(apply.expression, `${what}.expression`));
  if (apply.AS) args.push('AS', text(apply.AS, `${what}.AS`));
}

/** SORTBY n field [ASC|DESC] ... of `{ fields: [{ field, direction? }] }`. */
function pushSortBy(args, sortBy) {
  object(sortBy, 'FT.HYBRID SORTBY');
  if (!Array.isArray(sortBy.fields)) throw new TypeError('FT.HYBRID SORTBY.fields must be an array');
  const by = [];
  sortBy.fields.forEach((entry, i) => {
    object(entry, `FT.HYBRID SORTBY.fields[${i}]`);
    by.push(text(entry.field, `FT.HYBRID SORTBY.fields[${i}].field`));
    if (entry.direction) by.push(text(entry.direction, `FT.HYBRID SORTBY.fields[${i}].direction`));
  });
  args.push('SORTBY', String(by.length), ...by);
}

function hybrid(index, opts) {
  const args = ['FT.HYBRID', text(index, 'FT.HYBRID index')];
  if (options(opts, 'FT.HYBRID options') === undefined) throw new TypeError('FT.HYBRID needs its options ({ SEARCH, VSIM, ... })');
  pushSearch(args, opts.SEARCH);
  pushVsim(args, opts.VSIM);
  if (opts.COMBINE) pushCombine(args, opts.COMBINE);
  if (opts.LOAD === '*') args.push('LOAD', '*');
  else if (opts.LOAD) pushCounted(args, 'LOAD', opts.LOAD, 'FT.HYBRID LOAD');
  if (opts.GROUPBY) {
    object(opts.GROUPBY, 'FT.HYBRID GROUPBY');
    pushCounted(args, 'GROUPBY', opts.GROUPBY.fields, 'FT.HYBRID GROUPBY.fields');
    if (opts.GROUPBY.REDUCE) pushReducers(args, opts.GROUPBY.REDUCE, 'FT.HYBRID GROUPBY.REDUCE');
  }
  if (opts.APPLY) {
    if (Array.isArray(opts.APPLY)) opts.APPLY.forEach((apply, i) => pushApply(args, apply, `FT.HYBRID APPLY[${i}]`));
    else pushApply(args, opts.APPLY, 'FT.HYBRID APPLY');
  }
  if (opts.SORTBY) pushSortBy(args, opts.SORTBY);
  if (opts.NOSORT) args.push('NOSORT');
  if (opts.FILTER) args.push('FILTER', text(opts.FILTER, 'FT.HYBRID FILTER'));
  if (opts.LIMIT) {
    object(opts.LIMIT, 'FT.HYBRID LIMIT');
    args.push('LIMIT', integer(opts.LIMIT.offset, 'FT.HYBRID LIMIT.offset'), integer(opts.LIMIT.count, 'FT.HYBRID LIMIT.count'));
  }
  if (opts.PARAMS && Object.keys(object(opts.PARAMS, 'FT.HYBRID PARAMS')).length > 0) pushParams(args, opts.PARAMS, 'FT.HYBRID PARAMS');
  if (opts.TIMEOUT !== undefined) args.push('TIMEOUT', integer(opts.TIMEOUT, 'FT.HYBRID TIMEOUT'));
  return args;
}

module.exports = { hybrid };
