'use strict';
// Arguments of the time-series commands (lib/commands/modules/ts.js): timestamps, sample values,
// the options of TS.CREATE/ADD/ALTER/INCRBY, the range options of TS.RANGE/MRANGE, filters,
// SELECTED_LABELS and GROUPBY. Each option is sent under the condition node-redis sends it on
// (some when set, some when truthy), in node-redis' order; wrong types are TypeErrors.
const { Buffer } = require('buffer');
const { int, options, variadic, describe } = require('../../args');
const { object } = require('../../transforms/required-objects');

const isText = (v) => typeof v === 'string' || Buffer.isBuffer(v);

/** A timestamp: a number (ms), a Date, or text the server reads ('-', '+', '*', '1700000000000'). */
function timestamp(v, what) {
  if (isText(v)) return v;
  if (v instanceof Date) {
    const ms = v.getTime();
    if (Number.isNaN(ms)) throw new TypeError(`${what} must be a valid Date`);
    return String(ms);
  }
  if (typeof v === 'number') return int(v, what);
  throw new TypeError(`${what} must be a number, a Date or a string, got ${describe(v)} instead`);
}

/** A sample value or a value bound: a number as its decimal text (NaN too, which Redis 8.6
 *  stores), or text the server reads. */
function numeric(v, what) {
  if (typeof v === 'number') return String(v);
  if (isText(v)) return v;
  throw new TypeError(`${what} must be a number, got ${describe(v)} instead`);
}

/** A word the server checks (an aggregation type, a policy, a reducer...): text. */
function word(v, what) {
  if ((typeof v === 'string' && v !== '') || Buffer.isBuffer(v)) return v;
  throw new TypeError(`${what} must be a non-empty string, got ${describe(v)} instead`);
}

/** `LABELS label value...` from `{ label: value }` (or a Map). */
function pushLabels(args, labels, what) {
  args.push('LABELS');
  if (labels instanceof Map) {
    for (const [label, v] of labels) args.push(word(label, `${what} label`), numeric(v, `${what} value`));
    return;
  }
  object(labels, what);
  for (const label of Object.keys(labels)) args.push(label, numeric(labels[label], `${what} ${label}`));
}

// The options of TS.CREATE, TS.ADD, TS.ALTER, TS.INCRBY and TS.DECRBY, each pushed by a writer;
// a command lists the ones node-redis sends for it, in its order.
const WRITERS = {
  TIMESTAMP: (args, v, what) => v !== undefined && v !== null && args.push('TIMESTAMP', timestamp(v, `${what} TIMESTAMP`)),
  RETENTION: (args, v, what) => v !== undefined && args.push('RETENTION', int(v, `${what} RETENTION`)),
  ENCODING: (args, v, what) => v !== undefined && args.push('ENCODING', word(v, `${what} ENCODING`)),
  UNCOMPRESSED: (args, v) => v && args.push('UNCOMPRESSED'),
  CHUNK_SIZE: (args, v, what) => v !== undefined && args.push('CHUNK_SIZE', int(v, `${what} CHUNK_SIZE`)),
  DUPLICATE_POLICY: (args, v, what) => v !== undefined && args.push('DUPLICATE_POLICY', word(v, `${what} DUPLICATE_POLICY`)),
  ON_DUPLICATE: (args, v, what) => v && args.push('ON_DUPLICATE', word(v, `${what} ON_DUPLICATE`)),
  LABELS: (args, v, what) => v && pushLabels(args, v, `${what} LABELS`),
  IGNORE: (args, v, what) => {
    if (v === undefined) return;
    object(v, `${what} IGNORE`);
    args.push('IGNORE', int(v.maxTimeDiff, `${what} IGNORE.maxTimeDiff`), numeric(v.maxValDiff, `${what} IGNORE.maxValDiff`));
  },
};

const SERIES_OPTIONS = {
  'TS.CREATE': ['RETENTION', 'ENCODING', 'CHUNK_SIZE', 'DUPLICATE_POLICY', 'LABELS', 'IGNORE'],
  'TS.ADD': ['RETENTION', 'ENCODING', 'CHUNK_SIZE', 'ON_DUPLICATE', 'LABELS', 'IGNORE'],
  'TS.ALTER': ['RETENTION', 'CHUNK_SIZE', 'DUPLICATE_POLICY', 'LABELS', 'IGNORE'],
  'TS.INCRBY': ['TIMESTAMP', 'RETENTION', 'UNCOMPRESSED', 'CHUNK_SIZE', 'LABELS', 'IGNORE'],
  'TS.DECRBY': ['TIMESTAMP', 'RETENTION', 'UNCOMPRESSED', 'CHUNK_SIZE', 'LABELS', 'IGNORE'],
};

/** `args` with the options of command `name` appended. */
function seriesOptions(name, args, opts) {
  if (!options(opts, `${name} options`)) return args;
  for (const option of SERIES_OPTIONS[name]) WRITERS[option](args, opts[option], name);
  return args;
}

/** `AGGREGATION type bucketDuration [BUCKETTIMESTAMP bt] [EMPTY]`, after its `ALIGN`. */
function pushAggregation(args, opts, what) {
  const aggregation = object(opts.AGGREGATION, `${what} AGGREGATION`);
  // node-redis reads ALIGN from the options only, and drops the AGGREGATION.ALIGN its type
  // declares: that one is sent too, unless both are given.
  const align = opts.ALIGN !== undefined ? opts.ALIGN : aggregation.ALIGN;
  if (align !== undefined) args.push('ALIGN', timestamp(align, `${what} ALIGN`));
  args.push('AGGREGATION', word(aggregation.type, `${what} AGGREGATION.type`), timestamp(aggregation.timeBucket, `${what} AGGREGATION.timeBucket`));
  if (aggregation.BUCKETTIMESTAMP) args.push('BUCKETTIMESTAMP', word(aggregation.BUCKETTIMESTAMP, `${what} AGGREGATION.BUCKETTIMESTAMP`));
  if (aggregation.EMPTY) args.push('EMPTY');
}

/** `from to [LATEST] [FILTER_BY_TS ts...] [FILTER_BY_VALUE min max] [COUNT n] [ALIGN a]
 *  [AGGREGATION ...]` appended to `args` (TS.RANGE, TS.MRANGE and their REV forms). */
function rangeArguments(args, from, to, opts, what) {
  args.push(timestamp(from, `${what} fromTimestamp`), timestamp(to, `${what} toTimestamp`));
  if (!options(opts, `${what} options`)) return args;
  if (opts.LATEST) args.push('LATEST');
  if (opts.FILTER_BY_TS) {
    if (!Array.isArray(opts.FILTER_BY_TS)) throw new TypeError(`${what} FILTER_BY_TS must be an array of timestamps, got ${describe(opts.FILTER_BY_TS)} instead`);
    args.push('FILTER_BY_TS');
    for (const ts of opts.FILTER_BY_TS) args.push(timestamp(ts, `${what} FILTER_BY_TS`));
  }
  if (opts.FILTER_BY_VALUE) {
    const { min, max } = object(opts.FILTER_BY_VALUE, `${what} FILTER_BY_VALUE`);
    args.push('FILTER_BY_VALUE', numeric(min, `${what} FILTER_BY_VALUE.min`), numeric(max, `${what} FILTER_BY_VALUE.max`));
  }
  if (opts.COUNT !== undefined) args.push('COUNT', int(opts.COUNT, `${what} COUNT`));
  if (opts.AGGREGATION) pushAggregation(args, opts, what);
  return args;
}

/** `FILTER filter...`: one filter expression or several. */
function pushFilter(args, filter, what) {
  if (filter === undefined || filter === null) throw new TypeError(`${what} needs a filter, got ${describe(filter)} instead`);
  args.push('FILTER', ...variadic(filter));
}

function pushSelectedLabels(args, labels, what) {
  if (labels === undefined || labels === null) throw new TypeError(`${what} needs the labels to select, got ${describe(labels)} instead`);
  args.push('SELECTED_LABELS', ...variadic(labels));
}

/** `GROUPBY label REDUCE reducer` from `{ label, REDUCE }`. */
function pushGroupBy(args, groupBy, what) {
  object(groupBy, `${what} groupBy`);
  args.push('GROUPBY', word(groupBy.label, `${what} groupBy.label`), 'REDUCE', word(groupBy.REDUCE, `${what} groupBy.REDUCE`));
}

module.exports = { timestamp, numeric, word, seriesOptions, rangeArguments, pushFilter, pushSelectedLabels, pushGroupBy };
