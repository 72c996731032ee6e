#!/usr/bin/env node
'use strict';
// Orchestrates a benchmark run (see README.md): starts a private redis-server, seeds it, probes each
// client in a child process, then runs one child process per (client, workload, round) — rounds
// interleaved, client order rotated each round — plus redis-benchmark as the "limit" column, and
// writes the markdown table. It never loads a client module itself.
// With cluster workloads it also starts a 3-master cluster (seeded) for the throughput rows, probes
// each client's cluster client on it, and for every cluster-kill-master measurement a fresh
// cluster of 3 masters + 3 replicas, one master of which the worker kills.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn, spawnSync } = require('child_process');
const { parseOptions, USAGE } = require('./lib/options');
const { startServer, seed } = require('./lib/server');
const { startCluster, seedCluster } = require('./lib/cluster');
const limitRunner = require('./lib/limit');
const { describeMachine } = require('./lib/machine');
const { pinning, withPrefix } = require('./lib/pinning');
const { buildReport, fmtInt, fmtUs, fmtCpu, LIMIT, BUSY_PERCENT } = require('./lib/report');
const { CLIENTS, resolveClient } = require('./clients');
const workloadTable = require('./workloads');

const WORKER = path.join(__dirname, 'worker.js');
const MAX_RETRIES = 2; // re-measurements of one cell disturbed by other processes
const log = (line) => process.stderr.write(`${line}\n`);

let currentChild = null;
let server = null;
let cluster = null; // the throughput rows' cluster
let failoverCluster = null; // the one cluster-kill-master is running on, while it runs

// cluster-kill-master's cluster: 3 masters + 3 replicas that notice a dead master within a second.
const FAILOVER_CLUSTER = {
  masters: 3,
  replicas: 1,
  config: { 'cluster-node-timeout': 1000, 'repl-ping-replica-period': 1 },
};

function runWorker(spec, { nodeFlags = [], timeoutMs, prefix = [] }) {
  return new Promise((resolve) => {
    const [command, args] = withPrefix(prefix, process.execPath, [...nodeFlags, WORKER, JSON.stringify(spec)]);
    const child = spawn(command, args, {
      cwd: __dirname,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    currentChild = child;
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => {
      stderr += d;
      if (spec.workload === 'memory-10m') process.stderr.write(d);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      stderr += `\n[killed after ${timeoutMs} ms]`;
      try {
        process.kill(child.pid, 'SIGKILL');
      } catch {}
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      currentChild = null;
      const line = stdout.split('\n').reverse().find((l) => l.startsWith('RESULT '));
      if (line) {
        try {
          return resolve(JSON.parse(line.slice('RESULT '.length)));
        } catch {}
      }
      const why = signal ? `killed by ${signal}` : `exited ${code}`;
      const tail = stderr.trim().split('\n').slice(-3).join(' | ');
      resolve({ ok: false, timedOut, error: `worker ${why} without a result${tail ? `: ${tail}` : ''}` });
    });
  });
}

function clkTck() {
  const r = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
  const n = Number((r.stdout || '').trim());
  return Number.isFinite(n) && n > 0 ? n : 100;
}

function selectWorkloads(names) {
  if (!names) return workloadTable.WORKLOADS.filter((w) => !w.optIn);
  return names.map((n) => {
    const w = workloadTable.byName.get(n);
    if (!w) throw new Error(`unknown workload ${n}; known: ${workloadTable.WORKLOADS.map((x) => x.name).join(', ')}`);
    return w;
  });
}

function selectClients(names) {
  if (!names) return CLIENTS.filter((c) => !c.optIn);
  return names.map((n) => {
    const c = resolveClient(n);
    if (!c) throw new Error(`unknown client ${n}; known: ${CLIENTS.map((x) => x.key).join(', ')}`);
    return c;
  });
}

// A reference entry runs only the workloads it lists; clients run them all, but for the TLS ones
// where a client cannot (`noTls`, said in the notes).
function runsWorkload(key, workload) {
  const client = resolveClient(key);
  if (client.workloads && !client.workloads.includes(workload.name)) return false;
  if (workload.onlyClients && !workload.onlyClients.includes(key)) return false;
  return !(workload.tls && client.noTls);
}

const rotate = (xs, by) => xs.map((_, i) => xs[(i + by) % xs.length]);

const fmtMs = (ms) => (ms == null ? '–' : `${Math.round(ms).toLocaleString('en-US')} ms`);

function progressLine(prefix, r) {
  if (r.unsupported) return `${prefix} ${r.unsupported}: ${r.error}`;
  if (!r.ok) return `${prefix} ERROR ${r.error}`;
  if (r.maxPending != null) {
    return (
      `${prefix} first write to the killed master's slots ${r.recoveryMs == null ? `none within ${fmtMs(r.hangAfterMs)}` : `after ${fmtMs(r.recoveryMs)}`}, ` +
      `max ${fmtInt(r.maxPending)} pending; after the kill ${fmtInt(r.resolved)} resolved, ${fmtInt(r.rejected)} rejected, ` +
      `${fmtInt(r.pendingAtDeadline)} pending at ${fmtMs(r.settledMs)}`
    );
  }
  if (r.rssPerConnKiB != null) {
    return (
      `${prefix} ${r.connections} clients: ${r.rssPerConnKiB.toFixed(1)} KiB RSS/connection ` +
      `(${r.rssPerConnAfterPingKiB.toFixed(1)} after a PING each), ${r.filesPerConnection == null ? '?' : r.filesPerConnection.toFixed(1)} ` +
      `files/connection, connect ${fmtUs(r.connectUsMean)} mean, ` +
      `p99 ${fmtUs(r.connectP99us)}${r.note ? ` — ${r.note}` : ''}`
    );
  }
  return (
    `${prefix} ${fmtInt(r.opsPerSec).padStart(11)} ops/s  p50 ${fmtUs(r.p50us).padStart(9)}  ` +
    `p99 ${fmtUs(r.p99us).padStart(9)}  cpu ${fmtCpu(r.cpuUsPerOp)} µs/op`
  );
}

async function main() {
  const opts = parseOptions(process.argv.slice(2));
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  const started = Date.now();
  const loadBefore = os.loadavg()[0];
  const workloads = selectWorkloads(opts.workloads);
  const requested = selectClients(opts.clients);
  const notes = [];

  const pin = pinning(opts.pin);
  if (pin.note) notes.push(pin.note);
  const idle = workloads.some((w) => w.kind === 'idle');
  server = await startServer({
    prefix: pin.server,
    tls: workloads.some((w) => w.tls),
    maxclients: Math.max(10000, idle ? opts.idleConnections + 1000 : 0),
  });
  const tlsPort = server.tls ? `, TLS on ${server.tls.port}` : '';
  log(`redis-server ${server.version} on 127.0.0.1:${server.port}${tlsPort} (pid ${server.pid})`);
  seed(server.port, workloadTable.seedCommands());
  const base = { host: '127.0.0.1', port: server.port, tls: server.tls, serverPids: [server.pid], clkTck: clkTck() };
  const clusterWorkloads = workloads.some((w) => w.cluster);
  let clusterBase = null;
  if (clusterWorkloads) {
    cluster = await startCluster({ masters: 3, replicas: 0, prefix: pin.server });
    seedCluster(cluster, workloadTable.clusterSeedCommands());
    log(`redis cluster (${cluster.describe}) on 127.0.0.1:${cluster.nodes.map((n) => n.port).join(',')}`);
    const nodes = cluster.nodes.map(({ host, port }) => ({ host, port }));
    clusterBase = { cluster: { nodes }, serverPids: cluster.nodes.map((n) => n.pid) };
  }

  // Probe: each client must load, connect and answer PING in a child process, or it is skipped.
  const clients = [];
  const labels = {};
  const clientVersions = [];
  let ferrodisMissing = null;
  // Why a client runs no cluster rows: { label (its cells), message }, by client key.
  const noCluster = {};
  for (const c of requested) {
    const r = await runWorker({ ...base, client: c.key, probe: true }, { timeoutMs: 30000, prefix: pin.client });
    if (r.ok) {
      clients.push(c);
      labels[c.key] = c.label;
      clientVersions.push(`${c.label} ${r.version}`);
      log(`client ${c.key}: ${c.label} ${r.version}`);
      if (c.key === 'ferrodis' && /dirty/.test(r.version)) {
        notes.push('ferrodis was measured from a working tree with uncommitted changes (+dirty).');
      }
      // Its cluster client too, if a cluster row is to run and it is a client (not a reference
      // limited to other workloads).
      if (clusterWorkloads && workloads.some((w) => w.cluster && runsWorkload(c.key, w))) {
        const rc = await runWorker({ ...base, ...clusterBase, client: c.key, probe: true, clusterProbe: true }, { timeoutMs: 30000, prefix: pin.client });
        if (!rc.ok) {
          const message = rc.error.split(' | ')[0].replace(/^Error: /, '').replace(/`/g, "'");
          const notBuilt = /has no createCluster/.test(rc.error);
          noCluster[c.key] = { label: notBuilt ? 'not built' : 'skipped (see notes)', message };
          notes.push(`${c.label} runs no cluster rows: ${notBuilt ? 'its createCluster is not built yet' : 'its cluster client failed to connect'} (${message}).`);
          log(`client ${c.key}: no cluster rows: ${rc.error}`);
        }
      }
    } else {
      const message = r.error.split(' | ')[0].replace(/^Error: /, '').replace(/`/g, "'");
      const notLoaded = /Cannot find module|native binding|Failed to load/i.test(r.error);
      const reason = c.notLoadedNote && notLoaded ? c.notLoadedNote : 'failed to load or connect';
      notes.push(`${c.label} skipped: ${reason} (${message})`);
      log(`client ${c.key}: skipped, ${reason}: ${r.error}`);
      if (c.key === 'ferrodis') ferrodisMissing = { reason, message };
    }
  }
  if (workloads.some((w) => w.tls)) {
    for (const c of clients.filter((x) => x.noTls)) notes.push(`${c.label} does not run the TLS workloads: ${c.noTls}.`);
  }
  const limitOn = opts.limit && limitRunner.available();
  if (opts.limit && !limitOn) notes.push('limit column skipped: redis-benchmark not found');
  if (limitOn) {
    labels[LIMIT] = 'limit (redis-benchmark)';
    clientVersions.push(`limit: redis-benchmark ${limitRunner.version()}`);
  }
  if (clients.length === 0) throw new Error('no client could be loaded');

  const columns = [...clients.map((c) => c.key), ...(limitOn ? [LIMIT] : [])];
  const results = {};
  for (const w of workloads) {
    results[w.name] = {};
    for (const k of columns) results[w.name][k] = [];
  }

  const perRun = (opts.warmupMs + opts.durationMs) / 1000 + 0.35;
  const timed = workloads.filter((w) => w.kind !== 'memory' && w.kind !== 'idle' && w.kind !== 'failover').length;
  const timedSeconds = timed * columns.length * opts.rounds * perRun;
  const idleSeconds = idle ? 3 * opts.rounds * (1 + opts.idleConnections / 1000) : 0; // ~1 ms per connect
  // A fresh cluster (~2.5 s), the load before the kill, the failover (~2.5 s), a second of steady
  // load, and the close (15 s more for a client that hangs).
  const failoverSeconds = workloads
    .filter((w) => w.kind === 'failover')
    .reduce((sum, w) => sum + clients.filter((c) => runsWorkload(c.key, w) && !noCluster[c.key]).length * opts.rounds * (perRun + 8), 0);
  log(`estimated time (without memory workloads): ~${Math.ceil((timedSeconds + idleSeconds + failoverSeconds) / 60)} min`);

  // Re-measurements of disturbed cells may add at most a quarter of the estimated time, so a run on a
  // machine that stays busy still ends on time (its disturbed cells are then listed in the notes).
  // A smoke run (--quick) proves that everything runs; nobody reads its numbers, so none.
  let retryBudgetMs = opts.quick ? 0 : (timedSeconds * 1000) / 4;
  let retries = 0;
  const limitRequests = {}; // calibrated per workload from a short first run
  const limitErrors = {}; // why a calibration failed
  const hung = new Set(); // `${workload}/${client}` that timed out once, or cannot run it: not run again
  const roundsFor = (w) => (w.kind === 'memory' ? Math.min(opts.memoryRounds, opts.rounds) : opts.rounds);
  for (let round = 0; round < opts.rounds; round++) {
    for (const w of workloads) {
      if (round >= roundsFor(w)) continue;
      for (const key of rotate(columns, round)) {
        const prefix = `[round ${round + 1}/${roundsFor(w)}] ${w.name.padEnd(25)} ${labels[key].padEnd(26)}`;
        let r;
        if (key === LIMIT) {
          if (!w.limit) continue;
          const target = w.tls
            ? { port: server.tls.port, tls: server.tls, limit: w.limit, prefix: pin.client }
            : { port: server.port, limit: w.limit, prefix: pin.client };
          const unit = w.limit.clients * w.limit.pipeline;
          // A smoke run only proves the column works: one short run, no calibration.
          if (opts.quick) limitRequests[w.name] ??= Math.max(unit * 10, 500);
          if (!limitRequests[w.name]) {
            const probe = limitRunner.runLimit({ ...target, requests: Math.max(2000, unit * 100) });
            limitRequests[w.name] = probe.ok ? Math.max(unit, (probe.opsPerSec * opts.durationMs) / 1000) : 0;
            if (!probe.ok) limitErrors[w.name] = probe.error;
          }
          r = limitRequests[w.name]
            ? limitRunner.runLimit({ ...target, requests: limitRequests[w.name] })
            : { ok: false, error: `redis-benchmark calibration failed: ${limitErrors[w.name]}` };
        } else if (hung.has(`${w.name}/${key}`) || !runsWorkload(key, w)) {
          continue;
        } else if (w.cluster && noCluster[key]) {
          // Said once, in the first round, in the cell and the notes.
          hung.add(`${w.name}/${key}`);
          r = { ok: false, unsupported: noCluster[key].label, error: `no cluster client: ${noCluster[key].message}` };
        } else if (w.kind === 'failover') {
          r = await measureFailover(w, key, round, base, opts, pin);
        } else {
          const memory = w.kind === 'memory';
          const untimed = memory || w.kind === 'idle'; // memory readings: not re-measured when the CPU is busy
          const measure = () =>
            runWorker(
              {
                ...base,
                ...(w.cluster ? clusterBase : {}),
                client: key,
                workload: w.name,
                round: round + 1,
                warmupMs: opts.warmupMs,
                durationMs: opts.durationMs,
                memoryCheckpoints: opts.memoryCheckpoints,
                idleConnections: opts.idleConnections,
                maxClients: server.maxClients,
              },
              {
                nodeFlags: untimed ? ['--expose-gc'] : [],
                timeoutMs: memory ? 3600000 : w.kind === 'idle' ? 60000 + 50 * opts.idleConnections : opts.warmupMs + opts.durationMs + 20000,
                prefix: pin.client,
              },
            );
          r = await measure();
          // Another process took a real share of the CPU: measure again (twice at most, within the
          // budget), keep the cleanest.
          for (let retry = 0; retry < MAX_RETRIES && !untimed && r.ok && r.foreignCpuPct > BUSY_PERCENT; retry++) {
            if (retryBudgetMs <= 0) break;
            log(`${prefix} other processes used ${r.foreignCpuPct.toFixed(0)}% of the CPU: measuring again`);
            const t = Date.now();
            const again = await measure();
            retryBudgetMs -= Date.now() - t;
            retries++;
            if (again.ok && again.foreignCpuPct < r.foreignCpuPct) r = again;
          }
        }
        if (r.timedOut) {
          hung.add(`${w.name}/${key}`);
          r.error += ' — not run again in later rounds';
        }
        if (r.unsupported) hung.add(`${w.name}/${key}`);
        r.round = round + 1;
        results[w.name][key].push(r);
        log(progressLine(prefix, r));
      }
    }
  }

  const meta = {
    date: new Date().toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC'),
    machine: describeMachine(),
    serverVersion: server.version,
    cluster: clusterWorkloads
      ? `${cluster.describe} for the throughput rows` +
        (workloads.some((w) => w.kind === 'failover')
          ? `; for \`cluster-kill-master\`, a fresh one of ${FAILOVER_CLUSTER.masters} masters + ${FAILOVER_CLUSTER.masters * FAILOVER_CLUSTER.replicas} ` +
            `replicas per measurement (${Object.entries(FAILOVER_CLUSTER.config).map(([k, v]) => `${k} ${v}`).join(', ')})`
          : '')
      : null,
    clientVersions,
    rounds: opts.rounds,
    warmupMs: opts.warmupMs,
    durationMs: opts.durationMs,
    memoryCheckpoints: opts.memoryCheckpoints,
    placement: pin.describe,
    load: { before: loadBefore, after: os.loadavg()[0] },
    command: `node benchmark/run.js ${process.argv.slice(2).join(' ')}`.trim(),
    ferrodisMissing: requested.some((c) => c.key === 'ferrodis') ? ferrodisMissing : null,
  };
  if (!requested.some((c) => c.key === 'ferrodis')) notes.push('ferrodis was not part of this run (--clients).');
  const references = clients.filter((c) => c.reference).map((c) => c.key);
  const markdown = buildReport({ meta, columns, references, labels, workloads, results, notes });
  console.log(markdown);
  if (opts.out) {
    fs.writeFileSync(opts.out, `${markdown}\n`);
    log(`wrote ${path.relative(process.cwd(), opts.out) || opts.out}`);
  }
  if (opts.json) {
    fs.writeFileSync(opts.json, `${JSON.stringify({ meta, labels, results }, null, 2)}\n`);
    log(`wrote ${opts.json}`);
  }
  log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s (${retries} re-measurement(s) of disturbed cells)`);
  if (opts.strict) {
    // A client that does not do what a workload asks (MGET across slots) is not a failure of the
    // run, unless it is ferrodis.
    const failure = (k) => (r) => !r.ok && (!r.unsupported || k.startsWith('ferrodis'));
    const failed = workloads.flatMap((w) => columns.flatMap((k) => results[w.name][k].filter(failure(k))));
    const skipped = requested.length - clients.length;
    if (failed.length || skipped) {
      log(`--strict: ${failed.length} failed measurement(s), ${skipped} skipped client(s)`);
      return 1;
    }
  }
  return 0;
}

// One cluster-kill-master measurement: a fresh cluster, a worker that loads it and kills one of its
// masters (the one with the lowest port), then the cluster stopped. A cluster that cannot be made
// is the measurement's error.
async function measureFailover(w, key, round, base, opts, pin) {
  try {
    failoverCluster = await startCluster({ ...FAILOVER_CLUSTER, prefix: pin.server });
  } catch (err) {
    return { ok: false, error: `could not start the failover cluster: ${err.message}` };
  }
  try {
    const victim = failoverCluster.masters[0];
    return await runWorker(
      {
        ...base,
        cluster: { nodes: failoverCluster.nodes.map(({ host, port }) => ({ host, port })) },
        serverPids: failoverCluster.nodes.map((n) => n.pid),
        failover: { victim: { port: victim.port, pid: victim.pid }, victimSlots: victim.slots },
        client: key,
        workload: w.name,
        round: round + 1,
        warmupMs: opts.warmupMs,
        durationMs: opts.durationMs,
      },
      { timeoutMs: opts.warmupMs + opts.durationMs + w.hangAfterMs + 30000, prefix: pin.client },
    );
  } finally {
    const stopping = failoverCluster.stop();
    failoverCluster = null;
    await stopping;
  }
}

async function cleanup() {
  if (currentChild) {
    try {
      process.kill(currentChild.pid, 'SIGKILL');
    } catch {}
  }
  const stopping = [server, cluster, failoverCluster].filter(Boolean).map((s) => s.stop());
  server = null;
  cluster = null;
  failoverCluster = null;
  await Promise.all(stopping);
}

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    cleanup().then(() => process.exit(130));
  });
}

main().then(
  async (code) => {
    await cleanup();
    process.exit(code);
  },
  async (err) => {
    await cleanup();
    log(`benchmark failed: ${(err && err.message) || err}`);
    process.exit(1);
  },
);
