'use strict';
// The multi-series commands: TS.MGET and TS.MRANGE / TS.MREVRANGE with their label and GROUPBY
// variants. They select series by FILTER expressions, not keys (`keyless`: any cluster node).
// node-redis 5.12.1's MRANGE_SELECTED_LABELS reads RESP3 labels from the wrong tuple element
// (the `{ aggregators }` metadata); here they are the labels, as on RESP2.
const { options } = require('../../args');
const { rangeArguments, pushFilter, pushSelectedLabels, pushGroupBy } = require('./time-series-arguments');
const { sample2, sample3, samples2, samples3, bySeries2, bySeries3, labels2, labelsWithSources2, sources3 } = require('./time-series-replies');

// ---- TS.MGET --------------------------------------------------------------------------------

function mGetStart(opts) {
  const args = ['TS.MGET'];
  if (options(opts, 'TS.MGET options')?.LATEST) args.push('LATEST');
  return args;
}

const SAMPLE = 'TsSampleReply';

const MGET = {
  MGET: {
    method: 'mGet',
    ts: `(filter: RedisVariadicArgument, options?: TsMGetOptions): Promise<MapReply<{ sample: ${SAMPLE} }>>`,
    build: (filter, opts) => {
      const args = mGetStart(opts);
      pushFilter(args, filter, 'TS.MGET');
      return args;
    },
    reply: { 2: bySeries2(([, , s]) => ({ sample: sample2(s) })), 3: bySeries3(([, s]) => ({ sample: sample3(s) })) },
  },
  MGET_WITHLABELS: {
    method: 'mGetWithLabels',
    ts: `(filter: RedisVariadicArgument, options?: TsMGetWithLabelsOptions): Promise<MapReply<{ labels: Record<string, string>; sample: ${SAMPLE} }>>`,
    ts3: `MapReply<{ labels: MapReply<string>; sample: ${SAMPLE} }>`,
    build: (filter, opts) => {
      const args = mGetStart(opts);
      args.push('WITHLABELS');
      pushFilter(args, filter, 'TS.MGET');
      return args;
    },
    reply: { 2: bySeries2(([, labels, s]) => ({ labels: labels2(labels), sample: sample2(s) })), 3: bySeries3(([labels, s]) => ({ labels, sample: sample3(s) })) },
  },
  MGET_SELECTED_LABELS: {
    method: 'mGetSelectedLabels',
    ts: `(filter: RedisVariadicArgument, selectedLabels: RedisVariadicArgument, options?: TsMGetOptions): Promise<MapReply<{ labels: Record<string, string | null>; sample: ${SAMPLE} }>>`,
    ts3: `MapReply<{ labels: MapReply<string | null>; sample: ${SAMPLE} }>`,
    build: (filter, selectedLabels, opts) => {
      const args = mGetStart(opts);
      pushSelectedLabels(args, selectedLabels, 'TS.MGET');
      pushFilter(args, filter, 'TS.MGET');
      return args;
    },
    reply: { 2: bySeries2(([, labels, s]) => ({ labels: labels2(labels), sample: sample2(s) })), 3: bySeries3(([labels, s]) => ({ labels, sample: sample3(s) })) },
  },
};

// ---- TS.MRANGE / TS.MREVRANGE ---------------------------------------------------------------

const FROM_TO = 'fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp';
const SAMPLES = `Array<${SAMPLE}>`;

// Each variant: the number of its parameters between the range and the options (`arity`, typed
// by `ts`), how they are written after the range arguments, and its reply types and shapes.
// RESP2 entries are [name, labels, samples]; RESP3 tuples [labels, metadata, samples], or
// [labels, metadata, { sources }, samples] with GROUPBY.
const VARIANTS = {
  '': {
    arity: 1,
    write: (args, [filter], what) => pushFilter(args, filter, what),
    ts: 'filter: RedisVariadicArgument',
    reply: SAMPLES,
    shape2: ([, , s]) => samples2(s),
    shape3: ([, , s]) => samples3(s),
  },
  WITHLABELS: {
    arity: 1,
    write: (args, [filter], what) => {
      args.push('WITHLABELS');
      pushFilter(args, filter, what);
    },
    ts: 'filter: RedisVariadicArgument',
    reply: `{ labels: Record<string, string>; samples: ${SAMPLES} }`,
    reply3: `{ labels: MapReply<string>; samples: ${SAMPLES} }`,
    shape2: ([, labels, s]) => ({ labels: labels2(labels), samples: samples2(s) }),
    shape3: ([labels, , s]) => ({ labels, samples: samples3(s) }),
  },
  SELECTED_LABELS: {
    arity: 2,
    write: (args, [selectedLabels, filter], what) => {
      pushSelectedLabels(args, selectedLabels, what);
      pushFilter(args, filter, what);
    },
    ts: 'selectedLabels: RedisVariadicArgument, filter: RedisVariadicArgument',
    reply: `{ labels: MapReply<string | null>; samples: ${SAMPLES} }`,
    shape2: ([, labels, s], typeMapping) => ({ labels: labels2(labels, typeMapping), samples: samples2(s) }),
    shape3: ([labels, , s]) => ({ labels, samples: samples3(s) }),
  },
  GROUPBY: {
    arity: 2,
    write: (args, [filter, groupBy], what) => {
      pushFilter(args, filter, what);
      pushGroupBy(args, groupBy, what);
    },
    ts: 'filter: RedisVariadicArgument, groupBy: TsMRangeGroupBy',
    reply: `{ samples: ${SAMPLES} }`,
    reply3: `{ sources: Array<string>; samples: ${SAMPLES} }`,
    shape2: ([, , s]) => ({ samples: samples2(s) }),
    shape3: ([, , metadata, s]) => ({ sources: sources3(metadata), samples: samples3(s) }),
  },
  WITHLABELS_GROUPBY: {
    arity: 2,
    write: (args, [filter, groupBy], what) => {
      args.push('WITHLABELS');
      pushFilter(args, filter, what);
      pushGroupBy(args, groupBy, what);
    },
    ts: 'filter: RedisVariadicArgument, groupBy: TsMRangeGroupBy',
    reply: `{ labels: Record<string, string>; sources: Array<string>; samples: ${SAMPLES} }`,
    reply3: `{ labels: MapReply<string>; sources: Array<string>; samples: ${SAMPLES} }`,
    shape2: ([, labels, s]) => ({ ...labelsWithSources2(labels), samples: samples2(s) }),
    shape3: ([labels, , metadata, s]) => ({ labels, sources: sources3(metadata), samples: samples3(s) }),
  },
  SELECTED_LABELS_GROUPBY: {
    arity: 3,
    write: (args, [selectedLabels, filter, groupBy], what) => {
      pushSelectedLabels(args, selectedLabels, what);
      pushFilter(args, filter, what);
      pushGroupBy(args, groupBy, what);
    },
    ts: 'selectedLabels: RedisVariadicArgument, filter: RedisVariadicArgument, groupBy: TsMRangeGroupBy',
    reply: `{ labels: MapReply<string | null>; samples: ${SAMPLES} }`,
    reply3: `{ labels: MapReply<string | null>; sources: Array<string>; samples: ${SAMPLES} }`,
    // RESP2: node-redis shapes it as SELECTED_LABELS does (no sources).
    shape2: ([, labels, s], typeMapping) => ({ labels: labels2(labels, typeMapping), samples: samples2(s) }),
    shape3: ([labels, , metadata, s]) => ({ labels, sources: sources3(metadata), samples: samples3(s) }),
  },
};

/** `mRange` + 'WITHLABELS_GROUPBY' → `mRangeWithLabelsGroupBy`. */
function methodName(base, variant) {
  const words = { WITHLABELS: 'WithLabels', SELECTED: 'Selected', LABELS: 'Labels', GROUPBY: 'GroupBy' };
  return base + variant.split('_').filter(Boolean).map((w) => words[w]).join('');
}

/** The six TS.MRANGE (or TS.MREVRANGE) definitions, keyed MRANGE, MRANGE_WITHLABELS... */
function rangeFamily(command, upper, base) {
  const definitions = {};
  for (const [suffix, variant] of Object.entries(VARIANTS)) {
    definitions[suffix ? `${upper}_${suffix}` : upper] = {
      method: methodName(base, suffix),
      ts: `(${FROM_TO}, ${variant.ts}, options?: TsRangeOptions): Promise<MapReply<${variant.reply}>>`,
      ...(variant.reply3 ? { ts3: `MapReply<${variant.reply3}>` } : {}),
      build: (from, to, ...rest) => {
        const args = rangeArguments([command], from, to, rest[variant.arity], command);
        variant.write(args, rest, command);
        return args;
      },
      reply: { 2: bySeries2(variant.shape2), 3: bySeries3(variant.shape3) },
    };
  }
  return definitions;
}

// All read-only, all keyless.
const COMMANDS = { ...MGET, ...rangeFamily('TS.MRANGE', 'MRANGE', 'mRange'), ...rangeFamily('TS.MREVRANGE', 'MREVRANGE', 'mRevRange') };
for (const definition of Object.values(COMMANDS)) Object.assign(definition, { readonly: true, keyless: true });

module.exports = { MULTI_SERIES: COMMANDS };
