'use strict';
// The benchmark report: a reference row (the bare net.Socket) is shown and set beside ferrodis in
// the targets table, but is never the "best other client" ferrodis is judged against.
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
