'use strict';
// The RedisTimeSeries commands on the wire: for every option and each form node-redis accepts
// (timestamps as numbers, Dates and text; options sent when set or when truthy; filters and
// selected labels as one string or several), ferrodis writes what node-redis writes.
// Where node-redis drops an option its own type declares (AGGREGATION.ALIGN), ferrodis sends it:
// tested on its own below. Also: the constants, and the table's routing flags.
const redis = require('redis');
const { wireDifferential, captureWire } = require('../helpers/differential');
const ferrodis = require('../..');
const { MODULES, MODULE_CONSTANTS } = require('../../lib/commands');

const IGNORE = { maxTimeDiff: 10, maxValDiff: 0.5 };
const EVERY_CREATE_OPTION = { RETENTION: 1000, ENCODING: 'COMPRESSED', CHUNK_SIZE: 128, DUPLICATE_POLICY: 'LAST', LABELS: { a: '1', b: 'two' }, IGNORE };
// (An empty ENCODING or DUPLICATE_POLICY, which node-redis sends as it is, is a TypeError here.)
const FALSY = { RETENTION: 0, CHUNK_SIZE: 0, ON_DUPLICATE: '', LABELS: null, UNCOMPRESSED: false, TIMESTAMP: null };
const UNDEFINED = { RETENTION: undefined, ENCODING: undefined, CHUNK_SIZE: undefined, DUPLICATE_POLICY: undefined, ON_DUPLICATE: undefined, LABELS: undefined, IGNORE: undefined, TIMESTAMP: undefined };

const RANGE_OPTIONS = [
  undefined, {}, { LATEST: true }, { LATEST: false }, { FILTER_BY_TS: [1, new Date(2), '3'] }, { FILTER_BY_TS: [] }, { FILTER_BY_TS: null },
  { FILTER_BY_VALUE: { min: 0, max: 1.5 } }, { FILTER_BY_VALUE: { min: -1, max: 0 } }, { FILTER_BY_VALUE: null }, { COUNT: 10 }, { COUNT: 0 }, { COUNT: undefined },
  { ALIGN: 5 }, { AGGREGATION: { type: 'AVG', timeBucket: 10 } }, { AGGREGATION: { type: 'TWA', timeBucket: new Date(60000) } }, { AGGREGATION: { type: 'SUM', timeBucket: '10' } },
  { ALIGN: 0, AGGREGATION: { type: 'MIN', timeBucket: 10 } }, { ALIGN: '-', AGGREGATION: { type: 'MAX', timeBucket: 10 } }, { ALIGN: new Date(5), AGGREGATION: { type: 'RANGE', timeBucket: 10 } },
  { AGGREGATION: { type: 'COUNT', timeBucket: 10, BUCKETTIMESTAMP: '-' } }, { AGGREGATION: { type: 'STD.P', timeBucket: 10, BUCKETTIMESTAMP: '~', EMPTY: true } },
  { AGGREGATION: { type: 'VAR.S', timeBucket: 10, BUCKETTIMESTAMP: '', EMPTY: false } }, { AGGREGATION: null },
  { LATEST: true, FILTER_BY_TS: [5, 6], FILTER_BY_VALUE: { min: 1, max: 2 }, COUNT: 3, ALIGN: 'start', AGGREGATION: { type: 'LAST', timeBucket: 1, BUCKETTIMESTAMP: '+', EMPTY: true } },
];
const GROUP = { label: 'l', REDUCE: 'MAX' };

wireDifferential('time-series commands', {
  'create': (c) => [
    c.ts.create('k'), c.ts.create('k', {}), c.ts.create('k', EVERY_CREATE_OPTION), c.ts.CREATE('k', FALSY), c.ts.create('k', UNDEFINED), c.ts.create('k', { ENCODING: 'UNCOMPRESSED' }),
    c.ts.create('k', { LABELS: {} }), c.ts.create('k', { IGNORE: { maxTimeDiff: 0, maxValDiff: 0 } }), c.ts.create(Buffer.from('buf'), { DUPLICATE_POLICY: 'BLOCK', ON_DUPLICATE: 'MIN' }),
  ],
  'add': (c) => [
    c.ts.add('k', 1, 1), c.ts.add('k', '*', 1.5), c.ts.add('k', new Date(1700000000000), -2), c.ts.add('k', '1700000000000', 0), c.ts.ADD('k', 0, 1e300),
    c.ts.add('k', 1, NaN), c.ts.add('k', 1, Infinity), c.ts.add('k', 1, -Infinity), c.ts.add('k', 1, 0.1 + 0.2),
    c.ts.add('k', 1, 1, { RETENTION: 1, ENCODING: 'UNCOMPRESSED', CHUNK_SIZE: 64, ON_DUPLICATE: 'SUM', LABELS: { x: 'y' }, IGNORE, DUPLICATE_POLICY: 'LAST' }),
    c.ts.add('k', 1, 1, FALSY), c.ts.add('k', 1, 1, UNDEFINED), c.ts.add('k', 1, 1, { ON_DUPLICATE: 'FIRST' }),
  ],
  'alter': (c) => [
    c.ts.alter('k'), c.ts.alter('k', {}), c.ts.ALTER('k', { ...EVERY_CREATE_OPTION, ENCODING: 'UNCOMPRESSED' }), c.ts.alter('k', FALSY), c.ts.alter('k', UNDEFINED),
    c.ts.alter('k', { LABELS: { only: 'one' } }), c.ts.alter('k', { IGNORE: { maxTimeDiff: 1, maxValDiff: 2 } }),
  ],
  'incrBy and decrBy': (c) => [
    c.ts.incrBy('k', 1), c.ts.decrBy('k', 2.5), c.ts.INCRBY('k', -1, { TIMESTAMP: 5 }), c.ts.DECRBY('k', 1, { TIMESTAMP: new Date(5) }), c.ts.incrBy('k', 1, { TIMESTAMP: '*' }),
    c.ts.incrBy('k', 1, { TIMESTAMP: 0, RETENTION: 10, UNCOMPRESSED: true, CHUNK_SIZE: 48, LABELS: { a: 'b' }, IGNORE, ENCODING: 'COMPRESSED', DUPLICATE_POLICY: 'MAX' }),
    c.ts.decrBy('k', 1, { TIMESTAMP: 1, RETENTION: 0, UNCOMPRESSED: true, CHUNK_SIZE: 0, LABELS: {}, IGNORE }), c.ts.incrBy('k', 1, FALSY), c.ts.decrBy('k', 1, UNDEFINED),
  ],
  'mAdd': (c) => [
    c.ts.mAdd([{ key: 'a', timestamp: 1, value: 1 }]), c.ts.MADD([{ key: 'a', timestamp: '*', value: 1.5 }, { key: 'b', timestamp: new Date(2), value: -2 }, { key: 'c', timestamp: '3', value: 0 }]),
    c.ts.mAdd([]),
  ],
  'del, get, createRule, deleteRule, info, queryIndex': (c) => [
    c.ts.del('k', 0, 10), c.ts.DEL('k', '-', '+'), c.ts.del('k', new Date(0), new Date(10)), c.ts.get('k'), c.ts.GET('k', { LATEST: true }), c.ts.get('k', { LATEST: false }), c.ts.get('k', {}),
    c.ts.createRule('s', 'd', 'AVG', 10), c.ts.CREATERULE('s', 'd', 'TWA', 60000, 0), c.ts.createRule('s', 'd', 'STD.S', 5, 1000), c.ts.createRule('s', 'd', 'COUNTNAN', 5, undefined),
    c.ts.deleteRule('s', 'd'), c.ts.DELETERULE('s', 'd'), c.ts.info('k'), c.ts.INFO('k'), c.ts.infoDebug('k'), c.ts.INFO_DEBUG('k'),
    c.ts.queryIndex('a=b'), c.ts.QUERYINDEX(['a=b', 'c!=d', 'e=(f,g)']), c.ts.queryIndex([]),
  ],
  'range and revRange with every option': (c) => RANGE_OPTIONS.flatMap((opts) => [c.ts.range('k', '-', '+', opts), c.ts.revRange('k', 0, new Date(100), opts)]),
  'range and revRange timestamps and names': (c) => [c.ts.RANGE('k', 1, '+'), c.ts.REVRANGE('k', '-', 100), c.ts.range('k', new Date(0), '1700000000000')],
  'mGet family': (c) => [
    c.ts.mGet('a=b'), c.ts.mGet(['a=b', 'c=d']), c.ts.MGET('a=b', { LATEST: true }), c.ts.mGet('a=b', { LATEST: false }), c.ts.mGet('a=b', {}),
    c.ts.mGetWithLabels('a=b'), c.ts.MGET_WITHLABELS(['a=b', 'c=d'], { LATEST: true }), c.ts.mGetWithLabels('a=b', { SELECTED_LABELS: ['x'] }),
    c.ts.mGetSelectedLabels('a=b', 'x'), c.ts.MGET_SELECTED_LABELS(['a=b', 'c=d'], ['x', 'y'], { LATEST: true }), c.ts.mGetSelectedLabels('a=b', [], {}),
  ],
  'mRange family': (c) => [
    c.ts.mRange('-', '+', 'a=b'), c.ts.MRANGE(0, new Date(10), ['a=b', 'c=d'], { COUNT: 1 }), c.ts.mRevRange('-', '+', 'a=b', { LATEST: true }), c.ts.MREVRANGE('1', '2', 'a=b'),
    c.ts.mRangeWithLabels('-', '+', 'a=b'), c.ts.MRANGE_WITHLABELS('-', '+', ['a=b', 'x=y'], { AGGREGATION: { type: 'AVG', timeBucket: 5 } }),
    c.ts.mRevRangeWithLabels('-', '+', 'a=b', { FILTER_BY_VALUE: { min: 1, max: 2 } }), c.ts.MREVRANGE_WITHLABELS('-', '+', 'a=b'),
    c.ts.mRangeSelectedLabels('-', '+', 'x', 'a=b'), c.ts.MRANGE_SELECTED_LABELS('-', '+', ['x', 'y'], ['a=b', 'c=d'], { COUNT: 2 }),
    c.ts.mRevRangeSelectedLabels('-', '+', 'x', 'a=b', { LATEST: true }), c.ts.MREVRANGE_SELECTED_LABELS(5, 6, ['x'], 'a=b'),
    c.ts.mRangeGroupBy('-', '+', 'a=b', GROUP), c.ts.MRANGE_GROUPBY('-', '+', ['a=b', 'c=d'], { label: 'c', REDUCE: 'STD.P' }, { COUNT: 3 }),
    c.ts.mRevRangeGroupBy('-', '+', 'a=b', GROUP, { ALIGN: 1, AGGREGATION: { type: 'SUM', timeBucket: 2 } }), c.ts.MREVRANGE_GROUPBY('-', '+', 'a=b', { label: Buffer.from('l'), REDUCE: 'AVG' }),
    c.ts.mRangeWithLabelsGroupBy('-', '+', 'a=b', GROUP), c.ts.MRANGE_WITHLABELS_GROUPBY('-', '+', ['a=b'], GROUP, { FILTER_BY_TS: [1, 2] }),
    c.ts.mRevRangeWithLabelsGroupBy('-', '+', 'a=b', GROUP, { LATEST: true }), c.ts.MREVRANGE_WITHLABELS_GROUPBY(0, 1, 'a=b', { label: 'l', REDUCE: 'COUNTALL' }),
    c.ts.mRangeSelectedLabelsGroupBy('-', '+', 'x', 'a=b', GROUP), c.ts.MRANGE_SELECTED_LABELS_GROUPBY('-', '+', ['x', 'y'], ['a=b', 'c=d'], GROUP, { COUNT: 0 }),
    c.ts.mRevRangeSelectedLabelsGroupBy('-', '+', 'x', 'a=b', GROUP, { AGGREGATION: { type: 'MAX', timeBucket: 1, EMPTY: true } }),
    c.ts.MREVRANGE_SELECTED_LABELS_GROUPBY('-', '+', 'x', 'a=b', { label: 'l', REDUCE: 'VAR.S' }),
  ],
  'every range option through the mRange family': (c) => RANGE_OPTIONS.flatMap((opts) => [
    c.ts.mRange('-', '+', 'a=b', opts), c.ts.mRevRangeWithLabels('-', '+', 'a=b', opts), c.ts.mRangeSelectedLabels('-', '+', 'x', 'a=b', opts),
    c.ts.mRevRangeGroupBy('-', '+', 'a=b', GROUP, opts), c.ts.mRangeWithLabelsGroupBy('-', '+', 'a=b', GROUP, opts), c.ts.mRevRangeSelectedLabelsGroupBy('-', '+', ['x'], 'a=b', GROUP, opts),
  ]),
  'in a transaction': (c) => c.multi().ts.create('k', EVERY_CREATE_OPTION).ts.add('k', 1, 1).ts.mRangeWithLabelsGroupBy('-', '+', 'a=b', GROUP, { COUNT: 1 }).ts.queryIndex('a=b').exec(),
});

describe('AGGREGATION.ALIGN, which node-redis 5.12.1 drops', () => {
  const aggregation = { type: 'AVG', timeBucket: 10, ALIGN: 5 };
  test('node-redis sends no ALIGN for it', async () => {
    expect(await captureWire(redis, (c) => c.ts.range('k', '-', '+', { AGGREGATION: aggregation }))).toEqual([['TS.RANGE', 'k', '-', '+', 'AGGREGATION', 'AVG', '10']]);
  });

  test('ferrodis sends it, unless the options have their own ALIGN', async () => {
    const written = await captureWire(ferrodis, (c) => [
      c.ts.range('k', '-', '+', { AGGREGATION: aggregation }), c.ts.mRangeGroupBy('-', '+', 'a=b', GROUP, { AGGREGATION: { ...aggregation, ALIGN: '+' } }),
      c.ts.revRange('k', '-', '+', { ALIGN: 1, AGGREGATION: aggregation }),
    ]);
    expect(written).toEqual([
      ['TS.RANGE', 'k', '-', '+', 'ALIGN', '5', 'AGGREGATION', 'AVG', '10'],
      ['TS.MRANGE', '-', '+', 'ALIGN', '+', 'AGGREGATION', 'AVG', '10', 'FILTER', 'a=b', 'GROUPBY', 'l', 'REDUCE', 'MAX'],
      ['TS.REVRANGE', 'k', '-', '+', 'ALIGN', '1', 'AGGREGATION', 'AVG', '10'],
    ]);
  });
});

describe('the time-series table', () => {
  test('the constants are deep-equal to node-redis\'s', () => {
    for (const name of ['TIME_SERIES_AGGREGATION_TYPE', 'TIME_SERIES_BUCKET_TIMESTAMP', 'TIME_SERIES_DUPLICATE_POLICIES', 'TIME_SERIES_ENCODING', 'TIME_SERIES_REDUCERS']) {
      expect(MODULE_CONSTANTS[name]).toStrictEqual(redis[name]);
    }
  });

  test('every node-redis ts command, under both of its names', () => {
    const names = Object.entries(MODULES.ts).flatMap(([upper, { method }]) => [upper, method]).sort();
    expect(names).toEqual(Object.keys(require('@redis/time-series').default).sort());
    const client = ferrodis.createClient();
    for (const name of names) expect(typeof client.ts[name]).toBe('function');
  });

  test('filter commands are keyless, the rest are routed by their first key; read-only flags follow node-redis', () => {
    const nodeRedis = require('@redis/time-series').default;
    for (const [name, definition] of Object.entries(MODULES.ts)) {
      expect([name, definition.keyless === true]).toEqual([name, /^(MGET|MRANGE|MREVRANGE|QUERYINDEX)/.test(name)]);
      expect([name, definition.firstKey]).toEqual([name, undefined]);
      expect([name, definition.readonly === true]).toEqual([name, nodeRedis[name].IS_READ_ONLY]);
      expect([name, definition.unstableResp3 === true]).toEqual([name, nodeRedis[name].unstableResp3 === true]);
    }
  });
});
