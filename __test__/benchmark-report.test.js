'use strict';
// The benchmark report: a reference row (the bare net.Socket) is shown and set beside ferrodis in
// the targets table, but is never the "best other client" ferrodis is judged against; the idle
// connections section gives medians per library and its verdict joins the targets table.
const { buildReport } = require('../benchmark/lib/report');

const meta = {
  date: '2026-11-25 00:00:00 UTC',
  machine: { cpu: 'test CPU', cores: 2, ramGiB: '1', arch: 'x64', os: 'test OS', node: 'v20' },
  serverVersion: '7.0.15',
  clientVersions: [],
  rounds: 1,
  warmupMs: 1,
  durationMs: 1,
  memoryCheckpoints: [],
  placement: 'not pinned',
  load: { before: 0, after: 0 },
  command: 'node benchmark/run.js',
  ferrodisMissing: null,
};
const run = (opsPerSec) => ({ ok: true, round: 1, opsPerSec, p50us: 1, p99us: 2, cpuUsPerOp: 1, serverCpuUsPerOp: 1, latencyUnit: 'op' });
const labels = { ferrodis: 'ferrodis', redis: 'node-redis', 'bare-socket': 'bare net.Socket', limit: 'limit (redis-benchmark)' };
const workloads = [{ name: 'get-seq', kind: 'sequential', describe: 'GET' }];
const results = { 'get-seq': { ferrodis: [run(11000)], redis: [run(10000)], 'bare-socket': [run(12000)], limit: [run(14000)] } };

test('the reference row is not the best other client, and stands beside ferrodis in the targets', () => {
  const markdown = buildReport({
    meta, columns: ['ferrodis', 'redis', 'bare-socket', 'limit'], references: ['bare-socket'], labels, workloads, results, notes: [],
  });
  const row = markdown.split('\n').find((line) => line.startsWith('| `get-seq` | **'));
  expect(row).toContain('**1.10×**<br>vs node-redis');
  // get-seq is held to 0.97 × the reference's 12,000: 11,640 ops/s, which 11,000 misses.
  const target = markdown.split('\n').find((line) => line.startsWith('| `get-seq` | ≥'));
  expect(target).toContain('| ≥ 0.97× bare net.Socket | 11,640 ops/s | 11,000 ops/s | 12,000 ops/s (ferrodis 0.92×) | **no** |');
});

test('a target whose baseline was not measured is listed in the notes, not judged', () => {
  const withoutBare = { 'get-seq': { ferrodis: [run(11000)], redis: [run(10000)], limit: [run(14000)] } };
  const markdown = buildReport({
    meta, columns: ['ferrodis', 'redis', 'limit'], labels, workloads, results: withoutBare, notes: [],
  });
  expect(markdown).not.toContain('## Targets');
  expect(markdown).toContain('- Targets not judged in this run: `get-seq` (bare net.Socket not measured).');
});

test('without references, every other column competes', () => {
  const markdown = buildReport({
    meta, columns: ['ferrodis', 'redis', 'bare-socket', 'limit'], labels, workloads, results, notes: [],
  });
  expect(markdown).toContain('**0.92×**<br>vs bare net.Socket');
});

test('idle connections: medians over rounds per library, and the verdict in the targets table', () => {
  const idle = (rssPerConnKiB, note = null) => ({
    ok: true, round: 1, connections: 2000, requested: 2000, note, rssBeforeMB: 70, rssAfterMB: 100, rssPerConnKiB,
    heapPerConnKiB: 8, externalPerConnKiB: 0, rssPerConnAfterPingKiB: rssPerConnKiB + 1, filesPerConnection: 1, connectUsMean: 900,
    connectP50us: 700, connectP99us: 5000, cpuUsPerConnect: 500, gcForced: true,
  });
  const idleWorkloads = [{ name: 'idle-connections', kind: 'idle', describe: 'idle' }];
  const idleResults = {
    'idle-connections': {
      ferrodis: [idle(12), idle(16), idle(14, '1936 idle connections instead of the 2000 asked for: maxclients')],
      redis: [idle(18), idle(18.5), idle(17)],
      limit: [],
    },
  };
  const markdown = buildReport({
    meta, columns: ['ferrodis', 'redis', 'bare-socket', 'limit'], references: ['bare-socket'], labels,
    workloads: idleWorkloads, results: idleResults, notes: [],
  });
  expect(markdown).not.toContain('## Throughput');
  expect(markdown).toContain('| ferrodis | 2,000 | **14.0 KiB** [12.0–16.0] | 8.0 KiB | 15.0 KiB | 1.0 | 900 µs · 5,000 µs | 500 µs | 70.0 MB → 100.0 MB |');
  expect(markdown).toContain('| node-redis | 2,000 | **18.0 KiB** [17.0–18.5] |');
  expect(markdown).toContain("| `idle-connections` | ≤ 1× node-redis's RSS per connection | ≤ 18.0 KiB | 14.0 KiB | – | yes |");
  expect(markdown).toContain('- `idle-connections` / ferrodis: 1936 idle connections instead of the 2000 asked for: maxclients.');
});
