'use strict';
// The RedisTimeSeries commands (`client.ts`) through ferrodis and node-redis side by side
// (helpers/differential.js) on Redis Stack 7.4.1 (RedisTimeSeries 1.12), RESP2 and RESP3.
// Timestamps are explicit except where '*' is under test (the server's clock: checked, then
// dropped). The multi-series replies differ a lot between the protocols (RESP3 adds GROUPBY's
// sources, RESP2 sends values as text) and with the MAP type mapping.
//
// node-redis 5.12.1 flags TS.INFO (and ... DEBUG) `unstableResp3`: on a RESP3 client without
// `unstableResp3: true` ts.info() throws synchronously; with it, it resolves to the server's map.
//
// Differences by design (tested at the end, not compared):
//   - mRangeSelectedLabels / mRevRangeSelectedLabels on RESP3: node-redis reads the labels from
//     the wrong element of the reply's tuple (it gives `{ aggregators: [] }`); ferrodis gives the
//     labels. Compared on RESP2 only.
const redis = require('redis');
const ferrodis = require('../..');
const { differential } = require('../helpers/differential');
const { rejectsBeforeSending } = require('../helpers/bad-arguments');
const { stackServerOptions } = require('../helpers/servers');
const { startRedis } = require('../helpers/redis-server');

const { BLOB_STRING, DOUBLE, MAP, SET } = redis.RESP_TYPES;
const asBuffers = (c) => c.withTypeMapping({ [BLOB_STRING]: Buffer });
const asMaps = (c) => c.withTypeMapping({ [MAP]: Map });
const asArrays = (c) => c.withTypeMapping({ [MAP]: Array });
const asText = (c) => c.withTypeMapping({ [DOUBLE]: String });

/** Two labelled series `a` (l1=x, l2=y) and `b` (l1=x, l2=z), `e` (l1=x, no samples), `o` (l1=o). */
const seed = (c) => [
  c.ts.create('a', { LABELS: { l1: 'x', l2: 'y' } }), c.ts.create('b', { LABELS: { l1: 'x', l2: 'z' } }), c.ts.create('e', { LABELS: { l1: 'x' } }),
  c.ts.create('o', { LABELS: { l1: 'o' } }),
  c.ts.mAdd([{ key: 'a', timestamp: 1, value: 1.5 }, { key: 'a', timestamp: 12, value: 2.5 }, { key: 'a', timestamp: 25, value: -3 }, { key: 'b', timestamp: 1, value: 10 }, { key: 'b', timestamp: 30, value: 30.25 }, { key: 'o', timestamp: 5, value: 0.1 }]),
];

const RANGE_OPTIONS = [
  undefined, {}, { LATEST: true }, { COUNT: 1 }, { COUNT: 0 }, { FILTER_BY_TS: [1, new Date(12), '30'] }, { FILTER_BY_VALUE: { min: 0, max: 10 } },
  { AGGREGATION: { type: 'AVG', timeBucket: 10 } }, { ALIGN: 5, AGGREGATION: { type: 'SUM', timeBucket: 10, BUCKETTIMESTAMP: '~', EMPTY: true } },
  { ALIGN: '-', AGGREGATION: { type: 'MAX', timeBucket: 10, BUCKETTIMESTAMP: '+' } }, { ALIGN: 7 }, { AGGREGATION: { type: 'TWA', timeBucket: new Date(10), EMPTY: false } },
  { LATEST: true, FILTER_BY_TS: [1, 12, 25], FILTER_BY_VALUE: { min: -5, max: 5 }, COUNT: 5, ALIGN: 'end', AGGREGATION: { type: 'COUNT', timeBucket: '4', BUCKETTIMESTAMP: '-' } },
];

const AGGREGATIONS = ['AVG', 'FIRST', 'LAST', 'MIN', 'MAX', 'SUM', 'RANGE', 'COUNT', 'STD.P', 'STD.S', 'VAR.P', 'VAR.S', 'TWA', 'avg', 'COUNTNAN', 'COUNTALL'];

const SCENARIOS = {
  'create with every option, add, get': (c) => [
    c.ts.create('k', { RETENTION: 60000, ENCODING: 'UNCOMPRESSED', CHUNK_SIZE: 128, DUPLICATE_POLICY: 'LAST', LABELS: { sensor: 'temp', room: 'kitchen' }, IGNORE: { maxTimeDiff: 10, maxValDiff: 0.5 } }),
    c.ts.create('k'), c.ts.CREATE('plain', {}), c.ts.create('c', { ENCODING: 'COMPRESSED', RETENTION: 0, DUPLICATE_POLICY: 'SUM' }), c.ts.create('bad', { ENCODING: 'ZIPPED' }),
    c.ts.add('k', 1000, 21.5), c.ts.add('k', new Date(2000), 22), c.ts.add('k', '3000', -1.25), c.ts.add('k', 3000, 7), c.ts.get('k'), c.ts.add('c', 5, 1), c.ts.add('c', 5, 2), c.ts.get('c'),
    c.ts.add('now', '*', 1).then((ts) => typeof ts === 'number' && ts > 1e12), c.ts.get('plain'), c.ts.get('nope'), c.ts.GET('k', { LATEST: true }), c.ts.get('k', {}),
  ],
  'add creating the series with every option': (c) => [
    c.ts.add('k', 1, 1, { RETENTION: 100, ENCODING: 'COMPRESSED', CHUNK_SIZE: 4096, ON_DUPLICATE: 'MAX', LABELS: { a: 'b' }, IGNORE: { maxTimeDiff: 0, maxValDiff: 0 } }),
    c.ts.add('k', 1, 5, { ON_DUPLICATE: 'MIN' }), c.ts.add('k', 1, 0.5, { ON_DUPLICATE: 'MIN' }), c.ts.get('k'), c.ts.add('k', 1, 9), c.ts.add('k', 1, 8, { ON_DUPLICATE: 'BLOCK' }),
    c.ts.add('u', 1, 1, { ENCODING: 'UNCOMPRESSED', LABELS: {} }), c.ts.add('f', 1, 1, { ON_DUPLICATE: 'FIRST' }), c.ts.add('f', 1, 2, { ON_DUPLICATE: 'FIRST' }), c.ts.range('f', '-', '+'),
    c.ts.add('big', 1, 1e300), c.ts.add('big', 2, -0.000001), c.ts.add('big', 3, 12345678.125), c.ts.range('big', '-', '+'), c.ts.add('k', 2, NaN), c.ts.add('k', 2, Infinity),
  ],
  'alter': (c) => [
    c.ts.create('k'), c.ts.alter('k', { RETENTION: 5000, CHUNK_SIZE: 256, DUPLICATE_POLICY: 'SUM', LABELS: { a: '1' }, IGNORE: { maxTimeDiff: 5, maxValDiff: 1.5 } }), c.ts.alter('k'),
    c.ts.ALTER('k', {}), c.ts.alter('k', { LABELS: { b: '2' } }), c.ts.queryIndex('b=2'), c.ts.alter('nope', { RETENTION: 1 }), c.ts.add('k', 1, 1), c.ts.add('k', 1, 2), c.ts.get('k'),
  ],
  'incrBy and decrBy with every option': (c) => [
    c.ts.incrBy('k', 5, { TIMESTAMP: 10, RETENTION: 1000, UNCOMPRESSED: true, CHUNK_SIZE: 128, LABELS: { kind: 'counter' }, IGNORE: { maxTimeDiff: 1, maxValDiff: 1 } }),
    c.ts.incrBy('k', 2.5, { TIMESTAMP: new Date(10) }), c.ts.incrBy('k', 1, { TIMESTAMP: '20' }), c.ts.decrBy('k', 0.5, { TIMESTAMP: 20 }), c.ts.get('k'), c.ts.INCRBY('k', 1, { TIMESTAMP: 5 }),
    c.ts.incrBy('auto', 1).then((ts) => typeof ts === 'number'), c.ts.decrBy('auto2', 3, { TIMESTAMP: '*', UNCOMPRESSED: false }).then((ts) => typeof ts === 'number'), c.ts.get('auto2').then((s) => s.value),
    c.ts.DECRBY('k', 1, { TIMESTAMP: null }).then((ts) => typeof ts === 'number'), c.ts.decrBy('d', -2, { TIMESTAMP: 1, LABELS: { kind: 'gauge' } }), c.ts.queryIndex('kind=gauge'),
  ],
  'mAdd': (c) => [
    c.ts.create('a'), c.ts.create('b', { DUPLICATE_POLICY: 'BLOCK' }), c.set('str', 'v'),
    c.ts.mAdd([{ key: 'a', timestamp: 1, value: 1 }, { key: 'b', timestamp: new Date(2), value: 2.5 }, { key: 'a', timestamp: '3', value: -3 }]),
    c.ts.mAdd([{ key: 'b', timestamp: 2, value: 9 }, { key: 'nope', timestamp: 1, value: 1 }, { key: 'str', timestamp: 1, value: 1 }, { key: 'a', timestamp: 4, value: 4 }]),
    c.ts.MADD([{ key: 'a', timestamp: '*', value: 1 }]).then((r) => r.map((ts) => typeof ts)), c.ts.mAdd([]), c.ts.range('a', 0, 4),
  ],
  'del, range and revRange with every option': (c) => [
    ...seed(c), ...RANGE_OPTIONS.flatMap((opts) => [c.ts.range('a', '-', '+', opts), c.ts.revRange('a', 0, new Date(100), opts)]),
    c.ts.RANGE('a', 1, 12), c.ts.REVRANGE('b', '-', '+', { COUNT: 1 }), c.ts.range('nope', '-', '+'), c.ts.revRange('e', '-', '+'),
    c.ts.del('a', 0, 5), c.ts.del('a', new Date(20), '+'), c.ts.DEL('b', '-', '+'), c.ts.range('a', '-', '+'), c.ts.range('b', '-', '+'), c.ts.del('nope', 0, 1),
  ],
  'aggregation types': (c) => [...seed(c), ...AGGREGATIONS.map((type) => c.ts.range('a', '-', '+', { AGGREGATION: { type, timeBucket: 10 } }))],
  'createRule, deleteRule, LATEST': (c) => [
    c.ts.create('src'), c.ts.create('avg'), c.ts.create('sum'), c.ts.createRule('src', 'avg', 'AVG', 10), c.ts.CREATERULE('src', 'sum', 'SUM', 10, 5), c.ts.createRule('src', 'avg', 'MAX', 10),
    c.ts.createRule('src', 'nope', 'AVG', 10), c.ts.createRule('nope', 'avg', 'AVG', 10), c.ts.createRule('src', 'sum', 'COUNTALL', 10),
    c.ts.mAdd([1, 3, 11, 12, 23].map((t) => ({ key: 'src', timestamp: t, value: t }))), c.ts.range('avg', '-', '+'), c.ts.range('sum', '-', '+'), c.ts.get('avg'), c.ts.get('avg', { LATEST: true }),
    c.ts.range('avg', '-', '+', { LATEST: true }), c.ts.revRange('sum', '-', '+', { LATEST: true }), c.ts.deleteRule('src', 'avg'), c.ts.DELETERULE('src', 'avg'), c.ts.deleteRule('nope', 'sum'),
  ],
  'queryIndex': (c) => [
    ...seed(c), c.ts.queryIndex('l1=x').then((keys) => [...keys].sort()), c.ts.queryIndex(['l1=x', 'l2=y']), c.ts.queryIndex('l2!=y').then((keys) => [...keys].sort()),
    c.ts.QUERYINDEX('l1=(x,o)').then((keys) => [...keys].sort()), c.ts.queryIndex('l1=none'), c.ts.queryIndex('l2='), c.ts.queryIndex('nonsense'),
    c.withTypeMapping({ [SET]: Set }).ts.queryIndex('l2=z'), asBuffers(c).ts.queryIndex('l2=y'),
  ],
  'mGet, mGetWithLabels, mGetSelectedLabels': (c) => [
    ...seed(c), c.ts.mGet('l1=x'), c.ts.mGet(['l1=x', 'l2=y']), c.ts.MGET('l1=x', { LATEST: true }), c.ts.mGet('l1=none'), c.ts.mGet('bad'),
    c.ts.mGetWithLabels('l1=x'), c.ts.MGET_WITHLABELS(['l1=x', 'l2=z'], { LATEST: true }), c.ts.mGetWithLabels('l1=none'),
    c.ts.mGetSelectedLabels('l1=x', 'l2'), c.ts.mGetSelectedLabels(['l1=x', 'l2=(y,z)'], ['l2', 'nope', 'l1'], { LATEST: true }), c.ts.MGET_SELECTED_LABELS('l1=o', ['l1']),
  ],
  'mRange, mRevRange and their label and GROUPBY forms': (c) => [
    ...seed(c),
    ...[['mRange', 'mRangeWithLabels', 'mRangeGroupBy', 'mRangeWithLabelsGroupBy'], ['mRevRange', 'mRevRangeWithLabels', 'mRevRangeGroupBy', 'mRevRangeWithLabelsGroupBy']].flatMap(([plain, labels, group, labelsGroup]) => [
      c.ts[plain]('-', '+', 'l1=x'), c.ts[plain](0, new Date(20), ['l1=x', 'l2=y'], { COUNT: 1 }), c.ts[plain]('-', '+', 'l1=none'),
      c.ts[labels]('-', '+', 'l1=x'), c.ts[labels]('-', '+', 'l1=(x,o)', { AGGREGATION: { type: 'SUM', timeBucket: 10, EMPTY: true } }),
      c.ts[group]('-', '+', 'l1=x', { label: 'l1', REDUCE: 'MAX' }), c.ts[group]('-', '+', 'l1=(x,o)', { label: 'l2', REDUCE: 'SUM' }, { FILTER_BY_VALUE: { min: 0, max: 20 } }),
      c.ts[group]('-', '+', 'l1=x', { label: 'l1', REDUCE: 'COUNTALL' }), c.ts[labelsGroup]('-', '+', 'l1=x', { label: 'l2', REDUCE: 'avg' }),
      c.ts[labelsGroup]('-', '+', 'l1=x', { label: 'l1', REDUCE: 'STD.P' }, { ALIGN: 0, AGGREGATION: { type: 'MIN', timeBucket: 5 } }),
    ]),
  ],
  'every range option through mRange': (c) => [...seed(c), ...RANGE_OPTIONS.map((opts) => c.ts.mRange('-', '+', 'l1=x', opts)), ...RANGE_OPTIONS.map((opts) => c.ts.mRevRangeWithLabels(0, 100, 'l1=x', opts))],
  'type mappings': (c) => [
    ...seed(c),
    asBuffers(c).ts.get('a'), asText(c).ts.get('a'), asText(c).ts.range('a', '-', '+'), asBuffers(c).ts.revRange('a', '-', '+'),
    asMaps(c).ts.mGet('l1=x'), asArrays(c).ts.mGet('l1=x'), asBuffers(c).ts.mGet('l1=x'), asText(c).ts.mGet('l1=x'),
    asMaps(c).ts.mGetWithLabels('l1=x'), asArrays(c).ts.mGetWithLabels('l1=x'), asBuffers(c).ts.mGetWithLabels('l1=x'),
    asMaps(c).ts.mGetSelectedLabels('l1=x', ['l2', 'nope']), asArrays(c).ts.mGetSelectedLabels('l1=x', 'l2'),
    asMaps(c).ts.mRange('-', '+', 'l1=x'), asArrays(c).ts.mRevRange('-', '+', 'l1=x'), asBuffers(c).ts.mRange('-', '+', 'l1=x'), asText(c).ts.mRange('-', '+', 'l1=x'),
    asMaps(c).ts.mRangeWithLabels('-', '+', 'l1=x'), asArrays(c).ts.mRangeWithLabels('-', '+', 'l1=x'), asBuffers(c).ts.mRevRangeWithLabels('-', '+', 'l1=x'),
    asMaps(c).ts.mRangeGroupBy('-', '+', 'l1=x', { label: 'l1', REDUCE: 'SUM' }), asArrays(c).ts.mRangeGroupBy('-', '+', 'l1=x', { label: 'l2', REDUCE: 'SUM' }),
    asBuffers(c).ts.mRevRangeGroupBy('-', '+', 'l1=x', { label: 'l2', REDUCE: 'MIN' }),
    asMaps(c).ts.mRangeWithLabelsGroupBy('-', '+', 'l1=x', { label: 'l2', REDUCE: 'SUM' }), asArrays(c).ts.mRangeWithLabelsGroupBy('-', '+', 'l1=x', { label: 'l1', REDUCE: 'SUM' }),
    asBuffers(c).ts.mRevRangeWithLabelsGroupBy('-', '+', 'l1=x', { label: 'l1', REDUCE: 'MAX' }),
    asMaps(c).ts.mRangeSelectedLabelsGroupBy('-', '+', ['l2', 'l1'], 'l1=x', { label: 'l1', REDUCE: 'SUM' }),
    asArrays(c).ts.mRevRangeSelectedLabelsGroupBy('-', '+', 'l2', 'l1=x', { label: 'l2', REDUCE: 'SUM' }),
    asBuffers(c).ts.mRangeSelectedLabelsGroupBy('-', '+', 'l2', 'l1=x', { label: 'l2', REDUCE: 'SUM' }),
  ],
  'errors: wrong type, missing key, bad arguments': (c) => [
    c.set('str', 'v'), c.ts.create('k'), c.ts.add('str', 1, 1), c.ts.get('str'), c.ts.range('str', '-', '+'), c.ts.incrBy('str', 1), c.ts.alter('str'), c.ts.del('str', 0, 1),
    c.ts.create('str'), c.ts.createRule('str', 'k', 'AVG', 10), c.ts.add('k', -1, 1), c.ts.range('k', 'a', 'b'), c.ts.range('k', '-', '+', { AGGREGATION: { type: 'MEDIAN', timeBucket: 10 } }),
    c.ts.range('k', '-', '+', { AGGREGATION: { type: 'AVG', timeBucket: 0 } }), c.ts.create('x', { DUPLICATE_POLICY: 'NEWEST' }), c.ts.add('k', 1, 1, { ON_DUPLICATE: 'NEWEST' }),
    c.ts.mGet('l1'), c.ts.mRange('-', '+', 'l1=x', { AGGREGATION: { type: 'AVG', timeBucket: 10, BUCKETTIMESTAMP: '?' } }), c.ts.mRangeGroupBy('-', '+', 'l=1', { label: 'l', REDUCE: 'TWA' }),
    c.ts.incrBy('k', 1, { TIMESTAMP: 0 }), c.ts.create('k2', { CHUNK_SIZE: 7 }), c.ts.range('k', '-', '+', { FILTER_BY_TS: [] }), c.ts.range('k', '-', '+', { FILTER_BY_VALUE: { min: 'a', max: 1 } }),
  ],
  'in a transaction': (c) => [
    c.multi().ts.create('k', { LABELS: { l: '1' } }).ts.add('k', 1, 1.5).ts.ADD('k', 2, 2.5).ts.incrBy('k', 1, { TIMESTAMP: 3 }).ts.decrBy('k', 1, { TIMESTAMP: 3 }).ts.get('k').ts.range('k', '-', '+')
      .ts.revRange('k', '-', '+', { COUNT: 1 }).ts.mGet('l=1').ts.mGetWithLabels('l=1').ts.mGetSelectedLabels('l=1', 'l').ts.mRange('-', '+', 'l=1').ts.mRangeWithLabels('-', '+', 'l=1')
      .ts.mRangeGroupBy('-', '+', 'l=1', { label: 'l', REDUCE: 'MAX' }).ts.mRevRangeWithLabelsGroupBy('-', '+', 'l=1', { label: 'l', REDUCE: 'MAX' }).ts.queryIndex('l=1')
      .ts.mAdd([{ key: 'k', timestamp: 4, value: 4 }]).ts.alter('k', { RETENTION: 10 }).ts.del('k', 0, 1).exec(),
    c.multi().ts.create('r').ts.create('r2').ts.createRule('r', 'r2', 'AVG', 10).ts.deleteRule('r', 'r2').ts.add('str', 1, 1).set('str', 'v').ts.get('str').exec(),
    // (not through a type-mapped view: ferrodis applies its mapping to EXEC replies, node-redis does not on RESP3)
    c.multi().ts.get('k').ts.add('k', 5, 5).execAsPipeline(),
  ],
  // node-redis' RESP3 gate: ts.info() throws synchronously there, before anything is sent.
  'info on a client without unstableResp3': (c) => {
    const calls = [() => c.ts.info('k'), () => c.ts.INFO('k'), () => c.ts.infoDebug('k'), () => c.ts.INFO_DEBUG('k')];
    return [c.ts.create('k'), ...calls.map((call) => {
      try {
        return call().then((reply) => typeof reply);
      } catch (err) {
        return `threw synchronously: ${err.message}`;
      }
    })];
  },
};

differential('RedisTimeSeries commands', SCENARIOS, { stack: true });

// TS.INFO's memoryUsage and the chunks' sizes are the server's own, the same for both clients.
const INFO = {
  'info and infoDebug': (c) => [
    c.ts.create('k', { RETENTION: 100, LABELS: { a: '1', b: '2' }, DUPLICATE_POLICY: 'MAX', IGNORE: { maxTimeDiff: 3, maxValDiff: 0.25 } }), c.ts.create('dst'), c.ts.create('dst2'),
    c.ts.createRule('k', 'dst', 'AVG', 10), c.ts.createRule('k', 'dst2', 'TWA', 100, 3), c.ts.mAdd([{ key: 'k', timestamp: 1, value: 1 }, { key: 'k', timestamp: 50, value: 2 }]),
    c.ts.info('k'), c.ts.INFO('dst'), c.ts.infoDebug('k'), c.ts.INFO_DEBUG('dst2'), c.ts.create('empty', { ENCODING: 'UNCOMPRESSED' }), c.ts.info('empty'), c.ts.infoDebug('empty'),
    c.ts.info('nope'), c.set('str', 'v'), c.ts.info('str'), c.ts.infoDebug('nope'),
  ],
  'info with type mappings': (c) => [
    c.ts.create('k', { LABELS: { a: '1' }, IGNORE: { maxTimeDiff: 3, maxValDiff: 0.25 } }), c.ts.create('dst'), c.ts.createRule('k', 'dst', 'AVG', 10), c.ts.add('k', 1, 1),
    asText(c).ts.info('k'), asBuffers(c).ts.info('k'), asMaps(c).ts.info('k'), asArrays(c).ts.infoDebug('k'), asBuffers(c).ts.infoDebug('dst'), asText(c).ts.infoDebug('k'),
  ],
  'info in a transaction': (c) => [c.multi().ts.create('k').ts.add('k', 1, 1).ts.info('k').ts.infoDebug('k').ts.info('nope').exec()],
};
differential('TS.INFO', INFO, { stack: true, resp: [2] });
differential('TS.INFO with unstableResp3', INFO, { stack: true, resp: [3], clientOptions: { unstableResp3: true } });

// SELECTED_LABELS without GROUPBY: compared on RESP2 (see the file comment for RESP3).
const SELECTED_LABELS = {
  'mRangeSelectedLabels, mRevRangeSelectedLabels': (c) => [
    ...seed(c), c.ts.mRangeSelectedLabels('-', '+', 'l2', 'l1=x'), c.ts.mRangeSelectedLabels('-', '+', ['l2', 'nope'], ['l1=x', 'l2=y'], { COUNT: 1 }),
    c.ts.MRANGE_SELECTED_LABELS(0, new Date(100), 'l1', 'l1=none'), c.ts.mRevRangeSelectedLabels('-', '+', ['l1', 'l2'], 'l1=(x,o)', { AGGREGATION: { type: 'LAST', timeBucket: 10 } }),
    c.ts.MREVRANGE_SELECTED_LABELS('-', '+', 'l2', 'l1=x'), asMaps(c).ts.mRangeSelectedLabels('-', '+', 'l2', 'l1=x'), asArrays(c).ts.mRevRangeSelectedLabels('-', '+', ['l2', 'l1'], 'l1=x'),
    asBuffers(c).ts.mRangeSelectedLabels('-', '+', 'l2', 'l1=x'), c.ts.mRangeSelectedLabelsGroupBy('-', '+', ['l2', 'nope'], 'l1=x', { label: 'l1', REDUCE: 'SUM' }),
    c.ts.MREVRANGE_SELECTED_LABELS_GROUPBY('-', '+', 'l1', 'l1=(x,o)', { label: 'l1', REDUCE: 'MIN' }, { COUNT: 2 }),
    c.multi().ts.mRangeSelectedLabels('-', '+', 'l2', 'l1=x').ts.mRevRangeSelectedLabels('-', '+', 'l2', 'l1=x').exec(),
  ],
};
differential('TS.MRANGE SELECTED_LABELS', SELECTED_LABELS, { stack: true, resp: [2] });

const stack = stackServerOptions();
(stack ? describe : describe.skip)('mRangeSelectedLabels on RESP3: the labels, where node-redis gives the metadata', () => {
  let server;
  const clients = {};
  beforeAll(async () => {
    server = await startRedis({ binary: stack.binary, config: { loadmodule: stack.config.loadmodule } });
    for (const [name, lib] of Object.entries({ redis, ferrodis })) {
      clients[name] = lib.createClient({ socket: { host: server.host, port: server.port }, RESP: 3 });
      await clients[name].connect();
    }
    await Promise.all(seed(clients.ferrodis));
  });
  afterAll(async () => {
    for (const client of Object.values(clients)) await client.quit().catch(() => {});
    await server?.stop();
  });
  const labels = (entries) => Object.fromEntries(Object.entries(entries).map(([key, { labels: l }]) => [key, { ...l }]));

  test('node-redis 5.12.1 puts `{ aggregators: [] }` where the labels go', async () => {
    const reply = await clients.redis.ts.mRangeSelectedLabels('-', '+', ['l2', 'nope'], 'l1=x');
    expect(labels(reply)).toEqual({ a: { aggregators: [] }, b: { aggregators: [] }, e: { aggregators: [] } });
  });

  test('ferrodis gives the selected labels, as on RESP2, and the samples', async () => {
    const reply = await clients.ferrodis.ts.mRangeSelectedLabels('-', '+', ['l2', 'nope'], 'l1=x');
    expect(Object.getPrototypeOf(reply)).toBe(null);
    expect(labels(reply)).toEqual({ a: { l2: 'y', nope: null }, b: { l2: 'z', nope: null }, e: { l2: null, nope: null } });
    expect(Object.getPrototypeOf(reply.a.labels)).toBe(null);
    expect(reply.a.samples).toEqual([{ timestamp: 1, value: 1.5 }, { timestamp: 12, value: 2.5 }, { timestamp: 25, value: -3 }]);
    const reversed = await clients.ferrodis.ts.mRevRangeSelectedLabels('-', '+', 'l2', 'l1=x', { COUNT: 1 });
    expect({ ...reversed.b, labels: { ...reversed.b.labels } }).toEqual({ labels: { l2: 'z' }, samples: [{ timestamp: 30, value: 30.25 }] });
    const asMap = await clients.ferrodis.withTypeMapping({ [MAP]: Map }).ts.mRangeSelectedLabels('-', '+', 'l2', 'l1=o');
    expect(asMap).toEqual(new Map([['o', { labels: new Map([['l2', null]]), samples: [{ timestamp: 5, value: 0.1 }] }]]));
  });
});

rejectsBeforeSending('time-series commands', [
  ['ts.add with no timestamp', (c) => c.ts.add('k')],
  ['ts.add with an object timestamp', (c) => c.ts.add('k', {}, 1)],
  ['ts.add with an invalid Date', (c) => c.ts.add('k', new Date(NaN), 1)],
  ['ts.add with a fractional timestamp', (c) => c.ts.add('k', 1.5, 1)],
  ['ts.add with no value', (c) => c.ts.add('k', 1)],
  ['ts.add with options that are not an object', (c) => c.ts.add('k', 1, 1, 'LABELS')],
  ['ts.add with LABELS that are not an object', (c) => c.ts.add('k', 1, 1, { LABELS: 'a=b' })],
  ['ts.add with a label value that is an object', (c) => c.ts.add('k', 1, 1, { LABELS: { a: {} } })],
  ['ts.create with a null IGNORE', (c) => c.ts.create('k', { IGNORE: null })],
  ['ts.create with IGNORE missing maxValDiff', (c) => c.ts.create('k', { IGNORE: { maxTimeDiff: 1 } })],
  ['ts.create with a text RETENTION', (c) => c.ts.create('k', { RETENTION: 'long' })],
  ['ts.create with a numeric ENCODING', (c) => c.ts.create('k', { ENCODING: 1 })],
  ['ts.create with an empty DUPLICATE_POLICY', (c) => c.ts.create('k', { DUPLICATE_POLICY: '' })],
  ['ts.alter with a fractional CHUNK_SIZE', (c) => c.ts.alter('k', { CHUNK_SIZE: 1.5 })],
  ['ts.incrBy with an object TIMESTAMP', (c) => c.ts.incrBy('k', 1, { TIMESTAMP: {} })],
  ['ts.decrBy with no value', (c) => c.ts.decrBy('k')],
  ['ts.mAdd with a sample that is not an object', (c) => c.ts.mAdd(['k', 1, 1])],
  ['ts.mAdd with no array', (c) => c.ts.mAdd({ key: 'k', timestamp: 1, value: 1 })],
  ['ts.mAdd with a missing timestamp', (c) => c.ts.mAdd([{ key: 'k', value: 1 }])],
  ['ts.createRule with no aggregation type', (c) => c.ts.createRule('a', 'b', undefined, 10)],
  ['ts.createRule with a text bucketDuration', (c) => c.ts.createRule('a', 'b', 'AVG', 'ten')],
  ['ts.del with a missing toTimestamp', (c) => c.ts.del('k', 0)],
  ['ts.range with a missing toTimestamp', (c) => c.ts.range('k', '-')],
  ['ts.range with FILTER_BY_TS that is not an array', (c) => c.ts.range('k', '-', '+', { FILTER_BY_TS: 5 })],
  ['ts.range with FILTER_BY_VALUE missing max', (c) => c.ts.range('k', '-', '+', { FILTER_BY_VALUE: { min: 1 } })],
  ['ts.range with AGGREGATION that is not an object', (c) => c.ts.range('k', '-', '+', { AGGREGATION: 'AVG' })],
  ['ts.range with AGGREGATION missing timeBucket', (c) => c.ts.range('k', '-', '+', { AGGREGATION: { type: 'AVG' } })],
  ['ts.revRange with a fractional COUNT', (c) => c.ts.revRange('k', '-', '+', { COUNT: 0.5 })],
  ['ts.mGet with no filter', (c) => c.ts.mGet()],
  ['ts.mGetSelectedLabels with no labels', (c) => c.ts.mGetSelectedLabels('a=b')],
  ['ts.mRange with no filter', (c) => c.ts.mRange('-', '+')],
  ['ts.mRangeGroupBy with no groupBy', (c) => c.ts.mRangeGroupBy('-', '+', 'a=b')],
  ['ts.mRevRangeWithLabelsGroupBy with no REDUCE', (c) => c.ts.mRevRangeWithLabelsGroupBy('-', '+', 'a=b', { label: 'a' })],
  ['ts.mRangeSelectedLabelsGroupBy with a null selection', (c) => c.ts.mRangeSelectedLabelsGroupBy('-', '+', null, 'a=b', { label: 'a', REDUCE: 'SUM' })],
  ['ts.queryIndex with no filter', (c) => c.ts.queryIndex()],
  ['ts.get with options that are not an object', (c) => c.ts.get('k', 'LATEST')],
]);
