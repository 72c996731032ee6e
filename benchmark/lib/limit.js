'use strict';
// The "limit" column: redis-benchmark (C, hand-written pipelining) sending the same command with the
// same connection count and pipeline depth as the workload, against the same server. It is what the
// server and the loopback give a client that costs almost nothing.
//
// Its CPU time comes from bash's `times` (CPU used by the children of that bash), so it includes
// redis-benchmark's start-up, a few ms.

const { spawnSync } = require('child_process');

function available() {
  return spawnSync('redis-benchmark', ['--version'], { encoding: 'utf8' }).status === 0;
}

function version() {
  const r = spawnSync('redis-benchmark', ['--version'], { encoding: 'utf8' });
  const m = /(\d+\.\d+\.\d+)/.exec(r.stdout || '');
  return m ? m[1] : 'unknown';
}

function parseSeconds(text) {
  const m = /^(\d+)m([\d.]+)s$/.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
}

// Runs `requests` requests of `limit` (from workloads.js) and returns a result shaped like a worker's.
// `tls` ({ ca, cert, key } file paths): over TLS, with that CA and client certificate.
function runLimit({ port, limit, requests, prefix = [], tls = null }) {
  const unit = limit.clients * limit.pipeline;
  const n = Math.max(unit, Math.ceil(requests / unit) * unit);
  const args = [
    '-h', '127.0.0.1', '-p', String(port),
    ...(tls ? ['--tls', '--cacert', tls.ca, '--cert', tls.cert, '--key', tls.key] : []),
    '-c', String(limit.clients), '-P', String(limit.pipeline), '-n', String(n),
    // -r N: each __rand_int__ in the command becomes a random 12-digit number below N.
    ...(limit.random ? ['-r', String(limit.random)] : []),
    '--csv', ...limit.args,
  ];
  const r = spawnSync('bash', ['-c', '"$@"; status=$?; times; exit $status', 'bash', ...prefix, 'redis-benchmark', ...args], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    timeout: 300000,
  });
  if (r.status !== 0) {
    return { ok: false, error: `redis-benchmark exited ${r.status}: ${(r.stderr || r.stdout || '').slice(-300)}` };
  }
  const lines = r.stdout.split('\n').map((l) => l.trim()).filter(Boolean);
  const row = lines.find((l) => /^"[^"]+","[\d.]+"/.test(l) && !l.startsWith('"test"'));
  const times = lines.filter((l) => /^\d+m[\d.]+s \d+m[\d.]+s$/.test(l));
  if (!row) return { ok: false, error: `could not parse redis-benchmark output: ${r.stdout.slice(-300)}` };
  // "test","rps","avg_latency_ms","min_latency_ms","p50_latency_ms","p95_latency_ms","p99_latency_ms","max_latency_ms"
  const cols = row.split('","').map((s) => s.replace(/"/g, ''));
  const rps = Number(cols[1]);
  let cpuUsPerOp = null;
  if (times.length >= 2) {
    const [user, sys] = times[1].split(' ').map(parseSeconds);
    cpuUsPerOp = ((user + sys) * 1e6) / n;
  }
  return {
    ok: true,
    ops: n,
    seconds: n / rps,
    opsPerSec: rps,
    p50us: Number(cols[4]) * 1000,
    p99us: Number(cols[6]) * 1000,
    cpuUsPerOp,
    latencyUnit: limit.pipeline > 1 ? 'pipeline' : 'op',
    command: `redis-benchmark ${tls ? '--tls ' : ''}-c ${limit.clients} -P ${limit.pipeline} -n ${n} ${limit.random ? `-r ${limit.random} ` : ''}${limit.args
      .map((a) => (a.length > 24 ? `<${a.length} B>` : a))
      .join(' ')}`,
  };
}

module.exports = { available, version, runLimit };
