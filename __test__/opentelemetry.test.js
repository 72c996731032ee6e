'use strict';
// OpenTelemetry.init: node-redis 5.12's metrics, recorded from the diagnostics channels. Each
// scenario runs in its own process (init is once per process, and channel subscriptions are
// process-wide); the metrics are compared with node-redis' for the same workload.
const path = require('node:path');
const { execFile } = require('node:child_process');
const { promisify } = require('node:util');
const { startRedis } = require('./helpers/redis-server');
const { runNode } = require('./helpers/run-node');

const PROBE = path.join(__dirname, 'helpers', 'otel-probe.js');

let server;
beforeAll(async () => {
  server = await startRedis();
});
afterAll(() => server?.stop());

async function probe(library) {
  const { stdout } = await promisify(execFile)(process.execPath, [PROBE, library, `redis://${server.host}:${server.port}`]);
  return JSON.parse(stdout);
}

test('every metric group records what node-redis records for the same workload', async () => {
  // one after the other: both use the same keys
  const ours = await probe('ferrodis');
  const theirs = await probe('redis');
  expect(ours.scopes).toEqual(theirs.scopes);
  expect(ours.again).toBe('OpenTelemetryError: OpenTelemetry already initialized');
  expect(ours.again).toBe(theirs.again);
  expect(Object.keys(ours.metrics).sort()).toEqual(Object.keys(theirs.metrics).sort());
  // node-redis forgets the client before it reports the close, so the close and the connection
  // count's -1 lose the client's attributes (and the count never returns to 0 for them); ferrodis
  // reports both with the attributes of the connection that closed.
  const { 'db.client.connection.count': count, 'redis.client.connection.closed': closed, ...rest } = ours.metrics;
  const { 'db.client.connection.count': theirCount, 'redis.client.connection.closed': theirClosed, ...theirRest } = theirs.metrics;
  expect(rest).toEqual(theirRest);
  // two connections (the client and its subscriber duplicate): node-redis' +1s carry their
  // attributes, its -1s none; ferrodis' points each come back to 0
  const opened = theirCount.points.filter((p) => p.count === 1).map((p) => p.attributes);
  expect(opened).toHaveLength(2);
  expect(theirCount.points.filter((p) => p.count !== 1)).toEqual([{ attributes: expect.not.objectContaining({ 'server.address': expect.anything() }), count: -2 }]);
  expect(count.points).toEqual(opened.map((attributes) => ({ attributes, count: 0 })));
  const connections = opened.map(({ 'db.client.connection.state': state, ...connection }) => {
    expect(state).toBe('used');
    return { attributes: { ...connection, 'redis.client.connection.close.reason': 'application_close' }, count: 1 };
  });
  expect(closed.points).toEqual(connections);
  expect(theirClosed.points).toEqual([{ attributes: expect.not.objectContaining({ 'server.address': expect.anything() }), count: 2 }]);
  // what the workload must have produced
  expect(rest['db.client.operation.duration'].points.map((p) => p.attributes['db.operation.name'])).toEqual(['DEL', 'GET', 'HGET', 'MULTI', 'PIPELINE', 'PUBLISH', 'SET', 'XADD', 'XREAD']);
  expect(rest['redis.client.errors'].points[0].attributes['db.response.status_code']).toBe('WRONGTYPE');
}, 30000);

test('without @opentelemetry/api, init throws OpenTelemetryError; bad configs throw TypeError and leave init possible', async () => {
  const { code, stdout, stderr } = await runNode(`
    const Module = require('node:module');
    const resolve = Module._resolveFilename;
    Module._resolveFilename = function (request, ...rest) {
      if (request === '@opentelemetry/api') throw Object.assign(new Error('not found'), { code: 'MODULE_NOT_FOUND' });
      return resolve.call(this, request, ...rest);
    };
    const { OpenTelemetry, OpenTelemetryError } = require('.');
    const outcome = (config) => { try { OpenTelemetry.init(config); return 'ok'; } catch (err) { return err.constructor.name + ': ' + err.message; } };
    console.log(JSON.stringify([
      outcome(null),
      outcome({ metrics: { enabled: true, enabledMetricGroups: ['commands'] } }),
      outcome({ metrics: { enabled: true } }),
      outcome({ metrics: { enabled: true, meterProvider: { getMeter: () => ({ createHistogram: () => ({}), createCounter: () => ({}), createUpDownCounter: () => ({}) }) } } }),
      outcome({ metrics: { enabled: true } }),
    ]));
  `);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  expect(JSON.parse(stdout)).toEqual([
    expect.stringMatching(/^TypeError: OpenTelemetry.init\(config\): config must be an object/),
    expect.stringMatching(/^TypeError: OpenTelemetry.init: unknown metric group\(s\) commands; the groups are command, /),
    'OpenTelemetryError: @opentelemetry/api not found',
    'ok',
    'OpenTelemetryError: OpenTelemetry already initialized',
  ]);
});

test('disabled metrics subscribe to nothing, so the channels stay free', async () => {
  const { code, stdout, stderr } = await runNode(`
    const dc = require('node:diagnostics_channel');
    const { OpenTelemetry, CHANNELS } = require('.');
    OpenTelemetry.init({ metrics: { enabled: false } });
    console.log(JSON.stringify(Object.values(CHANNELS).filter((name) => dc.hasSubscribers(name) || dc.tracingChannel(name).hasSubscribers)));
  `);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  expect(JSON.parse(stdout)).toEqual([]);
});

test('client-side caching and pool metrics: csc.requests by result, csc.evictions by reason, connection.wait_time', async () => {
  const { stdout } = await runNode(`
    const { MeterProvider, MetricReader } = require('@opentelemetry/sdk-metrics');
    const ferrodis = require(${JSON.stringify(path.join(__dirname, '..'))});
    class Reader extends MetricReader { async onForceFlush() {} async onShutdown() {} }
    (async () => {
      const reader = new Reader();
      ferrodis.OpenTelemetry.init({ metrics: { enabled: true, meterProvider: new MeterProvider({ readers: [reader] }), enabledMetricGroups: ['client-side-caching', 'connection-advanced'] } });
      const client = await ferrodis.createClient({ socket: { port: ${server.port} }, RESP: 3, clientSideCache: { maxEntries: 1 } }).connect();
      await client.set('otel:c', '1');
      await client.get('otel:c'); await client.get('otel:c'); await client.get('otel:c');
      await client.get('otel:other'); // evicts otel:c (maxEntries 1)
      const pool = await ferrodis.createClientPool({ socket: { port: ${server.port} } }).connect();
      await pool.ping(); await pool.ping();
      const { resourceMetrics } = await reader.collect();
      const out = {};
      for (const scope of resourceMetrics.scopeMetrics) for (const m of scope.metrics) {
        for (const p of m.dataPoints) (out[m.descriptor.name] ??= []).push([p.attributes['redis.client.csc.result'] ?? p.attributes['redis.client.csc.reason'] ?? '-', typeof p.value === 'number' ? p.value : p.value.count]);
      }
      console.log(JSON.stringify(out));
      await client.close(); await pool.close();
    })();`);
  const metrics = JSON.parse(stdout);
  expect(metrics['redis.client.csc.requests'].sort()).toEqual([['hit', 2], ['miss', 2]]);
  expect(metrics['redis.client.csc.evictions']).toEqual([['full', 1]]);
  expect(metrics['db.client.connection.wait_time']).toEqual([['-', 2]]);
});
