'use strict';
// FT.AGGREGATE's options: LOAD, the pipeline STEPS (GROUPBY with its REDUCE functions, SORTBY,
// APPLY, LIMIT, FILTER), PARAMS and DIALECT — shared by FT.AGGREGATE ... WITHCURSOR and
// FT.PROFILE ... AGGREGATE — and the cursor commands; the constants node-redis exports for them.
const { isText, text, number, integer, pushCounted, pushParams, pushDialect, list, options, object } = require('./search-args');
const { profileStart } = require('./search-query');

const FT_AGGREGATE_STEPS = { GROUPBY: 'GROUPBY', SORTBY: 'SORTBY', APPLY: 'APPLY', LIMIT: 'LIMIT', FILTER: 'FILTER' };

const FT_AGGREGATE_GROUP_BY_REDUCERS = {
  COUNT: 'COUNT', COUNT_DISTINCT: 'COUNT_DISTINCT', COUNT_DISTINCTISH: 'COUNT_DISTINCTISH', SUM: 'SUM', MIN: 'MIN', MAX: 'MAX',
  AVG: 'AVG', STDDEV: 'STDDEV', QUANTILE: 'QUANTILE', TOLIST: 'TOLIST', FIRST_VALUE: 'FIRST_VALUE', RANDOM_SAMPLE: 'RANDOM_SAMPLE',
};

const ONE_PROPERTY = new Set(['COUNT_DISTINCT', 'COUNT_DISTINCTISH', 'SUM', 'MIN', 'MAX', 'AVG', 'STDDEV', 'TOLIST']);

/** FIRST_VALUE's `n property [BY property [ASC|DESC]]`. */
function firstValueArguments(reducer, what) {
  const args = [text(reducer.property, `${what}.property`)];
  if (reducer.BY) {
    args.push('BY');
    if (isText(reducer.BY)) {
      args.push(reducer.BY);
    } else {
      object(reducer.BY, `${what}.BY`);
      args.push(text(reducer.BY.property, `${what}.BY.property`));
      if (reducer.BY.direction) args.push(text(reducer.BY.direction, `${what}.BY.direction`));
    }
  }
  return [String(args.length), ...args];
}

/** `REDUCE type n args... [AS name]` (GROUPBY's, and FT.HYBRID's). */
function pushReducer(args, reducer, what) {
  object(reducer, what);
  const { type } = reducer;
  args.push('REDUCE', type);
  if (type === 'COUNT') args.push('0');
  else if (ONE_PROPERTY.has(type)) args.push('1', text(reducer.property, `${what}.property`));
  else if (type === 'QUANTILE') args.push('2', text(reducer.property, `${what}.property`), number(reducer.quantile, `${what}.quantile`));
  else if (type === 'RANDOM_SAMPLE') args.push('2', text(reducer.property, `${what}.property`), integer(reducer.sampleSize, `${what}.sampleSize`));
  else if (type === 'FIRST_VALUE') args.push(...firstValueArguments(reducer, what));
  else throw new TypeError(`${what}.type must be one of ${Object.keys(FT_AGGREGATE_GROUP_BY_REDUCERS).join(', ')}, got ${typeof type === 'string' ? `'${type}'` : typeof type} instead`);
  if (reducer.AS) args.push('AS', text(reducer.AS, `${what}.AS`));
}

/** Every reducer of `reducers` (one or an array). */
function pushReducers(args, reducers, what) {
  if (Array.isArray(reducers)) reducers.forEach((reducer, i) => pushReducer(args, reducer, `${what}[${i}]`));
  else pushReducer(args, reducers, what);
}

/** LOAD's arguments: `@field` or `{ identifier, AS? }`. */
function loadArguments(load) {
  const args = [];
  const loads = Array.isArray(load) ? load : [load];
  loads.forEach((field, i) => {
    const what = Array.isArray(load) ? `FT.AGGREGATE LOAD[${i}]` : 'FT.AGGREGATE LOAD';
    if (isText(field)) {
      args.push(field);
      return;
    }
    object(field, what);
    args.push(text(field.identifier, `${what}.identifier`));
    if (field.AS) args.push('AS', text(field.AS, `${what}.AS`));
  });
  return args;
}

/**
 * SORTBY's `n property [ASC|DESC] ... [MAX num]`. node-redis 5.12.1 counts MAX and its number in
 * `n`, which the server refuses ("MISSING ASC or DESC after sort field (MAX)"): MAX follows the
 * counted properties here, as FT.AGGREGATE's syntax has it.
 */
function pushSortStep(args, step, what) {
  const by = [];
  const properties = Array.isArray(step.BY) ? step.BY : [step.BY];
  properties.forEach((property, i) => {
    const at = Array.isArray(step.BY) ? `${what}.BY[${i}]` : `${what}.BY`;
    if (isText(property)) {
      by.push(property);
      return;
    }
    object(property, at);
    by.push(text(property.BY, `${at}.BY`));
    if (property.DIRECTION) by.push(text(property.DIRECTION, `${at}.DIRECTION`));
  });
  args.push(String(by.length), ...by);
  if (step.MAX) args.push('MAX', integer(step.MAX, `${what}.MAX`));
}

function pushStep(args, step, what) {
  switch (step.type) {
    case 'GROUPBY':
      args.push('GROUPBY');
      if (step.properties) pushCounted(args, undefined, step.properties, `${what}.properties`);
      else args.push('0');
      if (step.REDUCE === undefined) throw new TypeError(`${what}.REDUCE is required (an empty array for none)`);
      pushReducers(args, step.REDUCE, `${what}.REDUCE`);
      break;
    case 'SORTBY':
      args.push('SORTBY');
      pushSortStep(args, step, what);
      break;
    case 'APPLY':
      args.push('APPLY', text(step.expression, `${what}.expression`), 'AS', text(step.AS, `${what}.AS`));
      break;
    case 'LIMIT':
      args.push('LIMIT', integer(step.from, `${what}.from`), integer(step.size, `${what}.size`));
      break;
    case 'FILTER':
      args.push('FILTER', text(step.expression, `${what}.expression`));
      break;
    default:
      throw new TypeError(`${what}.type must be one of ${Object.keys(FT_AGGREGATE_STEPS).join(', ')}, got ${typeof step.type === 'string' ? `'${step.type}'` : typeof step.type} instead`);
  }
}

/** Everything after `FT.AGGREGATE index query` (node-redis' parseAggregateOptions). */
function pushAggregateOptions(args, opts) {
  if (options(opts, 'FT.AGGREGATE options') === undefined) {
    pushDialect(args, undefined);
    return args;
  }
  if (opts.VERBATIM) args.push('VERBATIM');
  if (opts.ADDSCORES) args.push('ADDSCORES');
  if (opts.LOAD) {
    const load = loadArguments(opts.LOAD);
    args.push('LOAD', String(load.length), ...load);
  }
  if (opts.TIMEOUT !== undefined) args.push('TIMEOUT', integer(opts.TIMEOUT, 'FT.AGGREGATE TIMEOUT'));
  if (opts.STEPS) {
    if (!Array.isArray(opts.STEPS)) throw new TypeError('FT.AGGREGATE STEPS must be an array of steps');
    list(opts.STEPS, 'FT.AGGREGATE STEPS').forEach((step, i) => pushStep(args, step, `FT.AGGREGATE STEPS[${i}]`));
  }
  pushParams(args, opts.PARAMS, 'FT.AGGREGATE PARAMS');
  pushDialect(args, opts.DIALECT);
  return args;
}

function aggregate(index, query, opts) {
  return pushAggregateOptions(['FT.AGGREGATE', text(index, 'FT.AGGREGATE index'), text(query, 'FT.AGGREGATE query')], opts);
}

function aggregateWithCursor(index, query, opts) {
  const args = aggregate(index, query, opts);
  args.push('WITHCURSOR');
  if (opts?.COUNT !== undefined) args.push('COUNT', integer(opts.COUNT, 'FT.AGGREGATE COUNT'));
  if (opts?.MAXIDLE !== undefined) args.push('MAXIDLE', integer(opts.MAXIDLE, 'FT.AGGREGATE MAXIDLE'));
  return args;
}

function profileAggregate(index, query, opts) {
  return pushAggregateOptions(profileStart('AGGREGATE', index, query, opts), opts);
}

function cursorRead(index, cursor, opts) {
  const args = ['FT.CURSOR', 'READ', text(index, 'FT.CURSOR READ index'), integer(cursor, 'FT.CURSOR READ cursor')];
  if (options(opts, 'FT.CURSOR READ options')?.COUNT !== undefined) args.push('COUNT', integer(opts.COUNT, 'FT.CURSOR READ COUNT'));
  return args;
}

function cursorDel(index, cursor) {
  return ['FT.CURSOR', 'DEL', text(index, 'FT.CURSOR DEL index'), integer(cursor, 'FT.CURSOR DEL cursor')];
}

const CONSTANTS = { FT_AGGREGATE_STEPS, FT_AGGREGATE_GROUP_BY_REDUCERS };

module.exports = { aggregate, aggregateWithCursor, profileAggregate, cursorRead, cursorDel, pushReducers, CONSTANTS };
