'use strict';
// Run as `node otel-probe.js <ferrodis|redis> <url>`: initializes the library's OpenTelemetry
// metrics with every group on a real @opentelemetry/sdk-metrics MeterProvider, runs the same
// workload (commands, a failing one, a transaction, a pipeline, PUBLISH, XREAD, a cluster-free
// connect / close), and prints what was recorded: per metric, its data points' attributes
// (values that differ run to run replaced by their kind) and counts.
const { MeterProvider, MetricReader } = require('@opentelemetry/sdk-metrics');

const [, , library, url] = process.argv;
const lib = require(library === 'ferrodis' ? '../..' : 'redis');

class Reader extends MetricReader {
  async onForceFlush() {}
  async onShutdown() {}
}

const VARYING = new Set(['server.port', 'db.client.connection.pool.name', 'redis.client.library']);

async function main() {
  const reader = new Reader();
  const provider = new MeterProvider({ readers: [reader] });
  lib.OpenTelemetry.init({
    metrics: {
      enabled: true,
      meterProvider: provider,
      enabledMetricGroups: ['command', 'connection-basic', 'connection-advanced', 'resiliency', 'pubsub', 'streaming'],
      excludeCommands: ['ping'],
    },
  });
  let again;
  try {
    lib.OpenTelemetry.init({ metrics: { enabled: true } });
  } catch (err) {
    again = `${err.constructor.name}: ${err.message}`;
  }

  const client = lib.createClient({ url });
  client.on('error', () => {});
  await client.connect();
  await client.set('otel:k', 'v');
  await client.get('otel:k');
  await client.ping();
  await client.hGet('otel:k', 'f').catch(() => {});
  await client.multi().set('otel:a', '1').get('otel:a').exec();
  await client.multi().set('otel:b', '1').get('otel:b').execAsPipeline();
  const subscriber = client.duplicate();
  await subscriber.connect();
  let received;
  const arrived = new Promise((resolve) => (received = resolve));
  await subscriber.subscribe('otel:channel', received);
  await client.publish('otel:channel', 'hello');
  await arrived;
  await subscriber.unsubscribe('otel:channel');
  await subscriber.close();
  await client.del('otel:s');
  await client.xAdd('otel:s', '*', { f: 'v' });
  await client.xRead({ key: 'otel:s', id: '0' });
  await client.close();

  const { resourceMetrics } = await reader.collect();
  const metrics = {};
  for (const scope of resourceMetrics.scopeMetrics) {
    for (const metric of scope.metrics) {
      metrics[metric.descriptor.name] = {
        unit: metric.descriptor.unit,
        points: metric.dataPoints.map((point) => ({
          attributes: Object.fromEntries(Object.entries(point.attributes).sort().map(([k, v]) => [k, VARYING.has(k) ? typeof v : v])),
          count: typeof point.value === 'number' ? point.value : point.value.count,
        })).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
      };
    }
  }
  console.log(JSON.stringify({ scopes: resourceMetrics.scopeMetrics.map((s) => s.scope.name), again, metrics }));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
