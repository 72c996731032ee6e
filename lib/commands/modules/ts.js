'use strict';
// RedisTimeSeries (`client.ts.add(...)`), as node-redis' @redis/time-series 5.12.1 has it. The
// single-series commands are here; TS.MGET and the TS.MRANGE family in support/time-series-multi.js.
const { int, options, variadic, describe } = require('../args');
const { object } = require('../transforms/required-objects');
const { timestamp, numeric, word, seriesOptions, rangeArguments } = require('./support/time-series-arguments');
const { sample2, sample3, samples2, samples3, info2, infoDebug2 } = require('./support/time-series-replies');
const { MULTI_SERIES } = require('./support/time-series-multi');
const constants = require('./support/time-series-constants');

const K = 'key: RedisArgument';
const OK = "Promise<SimpleStringReply<'OK'>>";
const SAMPLES = { 2: samples2, 3: samples3 };
const RANGE_TS = `(${K}, fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp, options?: TsRangeOptions): Promise<Array<TsSampleReply>>`;

/** TS.INCRBY / TS.DECRBY key value [options]. */
function incrBy(name) {
  return (key, v, opts) => seriesOptions(name, [name, key, numeric(v, `${name} value`)], opts);
}

/** TS.MADD key timestamp value [key timestamp value ...] from `[{ key, timestamp, value }]`. */
function mAdd(samples) {
  if (!Array.isArray(samples)) throw new TypeError(`TS.MADD samples must be an array of { key, timestamp, value }, got ${describe(samples)} instead`);
  const args = ['TS.MADD'];
  for (const s of samples) {
    object(s, 'TS.MADD sample');
    args.push(s.key, timestamp(s.timestamp, 'TS.MADD timestamp'), numeric(s.value, 'TS.MADD value'));
  }
  return args;
}

/** TS.CREATERULE source destination AGGREGATION type bucketDuration [alignTimestamp]. */
function createRule(source, destination, type, bucketDuration, alignTimestamp) {
  const args = ['TS.CREATERULE', source, destination, 'AGGREGATION', word(type, 'TS.CREATERULE aggregationType'), int(bucketDuration, 'TS.CREATERULE bucketDuration')];
  if (alignTimestamp !== undefined) args.push(int(alignTimestamp, 'TS.CREATERULE alignTimestamp'));
  return args;
}

function range(name) {
  return (key, from, to, opts) => rangeArguments([name, key], from, to, opts, name);
}

const commands = {
  ADD: {
    method: 'add',
    doc: 'Appends a sample (`timestamp` a number, a Date or \'*\' for now) to the time series at `key`, creating it with the options; the timestamp. TS.ADD key timestamp value [options].',
    ts: `(${K}, timestamp: TsTimestamp, value: number, options?: TsAddOptions): Promise<number>`,
    build: (key, ts, v, opts) => seriesOptions('TS.ADD', ['TS.ADD', key, timestamp(ts, 'TS.ADD timestamp'), numeric(v, 'TS.ADD value')], opts),
  },
  ALTER: { method: 'alter', ts: `(${K}, options?: TsAlterOptions): ${OK}`, build: (key, opts) => seriesOptions('TS.ALTER', ['TS.ALTER', key], opts) },
  CREATE: {
    method: 'create',
    doc: 'Creates the time series `key` (retention, encoding, chunk size, duplicate policy, labels, ignore). TS.CREATE key [options].',
    ts: `(${K}, options?: TsCreateOptions): ${OK}`,
    build: (key, opts) => seriesOptions('TS.CREATE', ['TS.CREATE', key], opts),
  },
  CREATERULE: {
    method: 'createRule',
    ts: `(sourceKey: RedisArgument, destinationKey: RedisArgument, aggregationType: TimeSeriesAggregationType, bucketDuration: number, alignTimestamp?: number): ${OK}`,
    build: createRule,
  },
  DECRBY: { method: 'decrBy', ts: `(${K}, value: number, options?: TsIncrByOptions): Promise<number>`, build: incrBy('TS.DECRBY') },
  DEL: {
    method: 'del',
    ts: `(${K}, fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp): Promise<number>`,
    build: (key, from, to) => ['TS.DEL', key, timestamp(from, 'TS.DEL fromTimestamp'), timestamp(to, 'TS.DEL toTimestamp')],
  },
  DELETERULE: { method: 'deleteRule', ts: `(sourceKey: RedisArgument, destinationKey: RedisArgument): ${OK}`, build: (source, destination) => ['TS.DELETERULE', source, destination] },
  GET: {
    method: 'get',
    doc: 'The last sample of the time series at `key` as `{ timestamp, value }`, or null when it has none. TS.GET key [LATEST].',
    ts: `(${K}, options?: TsGetOptions): Promise<TsSampleReply | null>`,
    readonly: true,
    build: (key, opts) => (options(opts, 'TS.GET options')?.LATEST ? ['TS.GET', key, 'LATEST'] : ['TS.GET', key]),
    reply: { 2: (s) => (s.length === 0 ? null : sample2(s)), 3: (s) => (s.length === 0 ? null : sample3(s)) },
  },
  INCRBY: { method: 'incrBy', ts: `(${K}, value: number, options?: TsIncrByOptions): Promise<number>`, build: incrBy('TS.INCRBY') },
  // node-redis refuses TS.INFO on RESP3 unless the client has `unstableResp3: true` (then: the
  // server's map as it is).
  INFO: { method: 'info', ts: `(${K}): Promise<TsInfoReply>`, ts3: 'ReplyUnion', readonly: true, unstableResp3: true, build: (key) => ['TS.INFO', key], reply: { 2: info2 } },
  INFO_DEBUG: {
    method: 'infoDebug',
    ts: `(${K}): Promise<TsInfoDebugReply>`,
    ts3: 'ReplyUnion',
    readonly: true,
    unstableResp3: true,
    build: (key) => ['TS.INFO', key, 'DEBUG'],
    reply: { 2: infoDebug2 },
  },
  MADD: { method: 'mAdd', ts: '(toAdd: Array<TsMAddSample>): Promise<Array<number | ErrorReply>>', build: mAdd },
  QUERYINDEX: {
    method: 'queryIndex',
    ts: '(filter: RedisVariadicArgument): Promise<SetReply<string>>',
    readonly: true,
    keyless: true,
    build: (filter) => {
      if (filter === undefined || filter === null) throw new TypeError(`TS.QUERYINDEX needs a filter, got ${describe(filter)} instead`);
      return ['TS.QUERYINDEX', ...variadic(filter)];
    },
  },
  RANGE: { method: 'range', doc: 'The samples of the time series at `key` from `fromTimestamp` to `toTimestamp` (\'-\' and \'+\' for the ends), filtered or aggregated by the options. TS.RANGE key from to [options].', ts: RANGE_TS, readonly: true, build: range('TS.RANGE'), reply: SAMPLES },
  REVRANGE: { method: 'revRange', ts: RANGE_TS, readonly: true, build: range('TS.REVRANGE'), reply: SAMPLES },
  ...MULTI_SERIES,
};

module.exports = { namespace: 'ts', commands, constants: { ...constants } };
