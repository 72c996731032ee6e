'use strict';
// One measurement in a fresh process: one client, one workload, one round. The orchestrator (run.js)
// passes a JSON spec as argv[2]; the last stdout line is `RESULT {json}`.
//
// Sequence: load the client, connect, check one reply, warm up for `warmupMs` (same loop as the
// measurement, so the JIT and the client's buffers are hot), then measure for `durationMs`.
// CPU is process.cpuUsage() (user + system of every thread of this process) over the measured
// section only; the server's CPU over the same section comes from /proc/<pid>/task/*/schedstat.
// idle-connections is measured apart (measureIdle): memory and connect time, no ops/s; so is
// cluster-kill-master (measureFailover): recovery time and pending commands, no ops/s.
// A workload with `cluster: true` runs on the adapter's cluster client (createCluster) against the
// cluster nodes in spec.cluster; the server CPU is then the sum over the nodes' pids.

const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const { resolveClient } = require('./clients');
const workloads = require('./workloads');
const { LatencyRecorder } = require('./lib/stats');
const { keySlot } = require('./lib/cluster');

function report(result) {
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
}

// CPU time of the server processes (one, or a cluster's nodes): the sum over their threads of
// /proc/<pid>/task/<tid>/schedstat (nanoseconds on a CPU), falling back to utime + stime of
// /proc/<pid>/stat (clock ticks, coarse).
function serverCpuSeconds(pids, clkTck) {
  if (!pids || pids.length === 0) return null;
  let total = 0;
  for (const pid of pids) {
    const seconds = processCpuSeconds(pid, clkTck);
    if (seconds == null) return null;
    total += seconds;
  }
  return total;
}

function processCpuSeconds(pid, clkTck) {
  try {
    let ns = 0;
    for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
      ns += Number(fs.readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    }
    if (Number.isFinite(ns) && ns > 0) return ns / 1e9;
  } catch {}
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / clkTck; // utime + stime
  } catch {
    return null;
  }
}

// Busy CPU time of the whole machine (all processes, all CPUs), from /proc/stat, in seconds.
function machineBusySeconds(clkTck) {
  try {
    const line = fs.readFileSync('/proc/stat', 'utf8').split('\n', 1)[0];
    // irq and softirq are left out: loopback traffic is processed in softirq context and is not
    // charged to the processes that caused it, so counting it would blame our own traffic on others.
    const [user, nice, system] = line.trim().split(/\s+/).slice(1).map(Number);
    return (user + nice + system) / clkTck;
  } catch {
    return null;
  }
}

// Share of the machine's CPU used by processes other than this client and the server during the
// measured section: a run on a busy machine shows here.
function foreignCpuPercent(busy0, busy1, ownSeconds, seconds) {
  if (busy0 == null || busy1 == null || ownSeconds == null) return null;
  const foreign = Math.max(0, busy1 - busy0 - ownSeconds);
  return (100 * foreign) / (seconds * os.cpus().length);
}

function describeReply(r) {
  const text = typeof r === 'string' ? JSON.stringify(r.slice(0, 40)) : JSON.stringify(r);
  return text === undefined ? String(r) : text.slice(0, 80);
}

// Where the adapter connects: the plain port, or for a TLS workload the TLS port with the run's
// CA and client certificate (PEM strings, read once).
let tlsFiles = null;
function endpoint(spec, workload) {
  if (!workload || !workload.tls) return { host: spec.host, port: spec.port };
  if (!spec.tls) throw new Error('a TLS workload, but the server has no TLS port');
  tlsFiles ??= {
    ca: fs.readFileSync(spec.tls.ca, 'utf8'),
    cert: fs.readFileSync(spec.tls.cert, 'utf8'),
    key: fs.readFileSync(spec.tls.key, 'utf8'),
  };
  return { host: spec.host, port: spec.tls.port, tls: tlsFiles };
}

async function connected(client, spec, workload) {
  const adapter = workload && workload.cluster
    ? await client.adapter.createCluster({ nodes: spec.cluster.nodes })
    : workload && workload.pool
      ? await client.adapter.createPool(endpoint(spec, workload))
      : await client.adapter.create({ ...endpoint(spec, workload), clientOptions: workload?.clientOptions });
  await adapter.connect();
  return adapter;
}

// Runs `unit` (one op, or one wave) back to back until `end`; returns how many units completed.
async function loopUntil(unit, end, latencies) {
  let units = 0;
  let t = performance.now();
  while (t < end) {
    await unit();
    const t1 = performance.now();
    if (latencies) latencies.push(t1 - t);
    t = t1;
    units++;
  }
  return units;
}

function waveOf(op, adapter, size) {
  return () => {
    const pending = new Array(size);
    for (let i = 0; i < size; i++) pending[i] = op(adapter);
    return Promise.all(pending);
  };
}

// Builds the per-connection units and how many ops one unit is.
function unitsFor(workload, adapters) {
  switch (workload.kind) {
    case 'sequential':
      return { units: [() => workload.op(adapters[0])], opsPerUnit: 1, latencyUnit: 'op' };
    case 'waves':
    case 'memory':
    case 'multi-client-waves':
      return {
        units: adapters.map((a) => waveOf(workload.op, a, workload.waveSize)),
        opsPerUnit: workload.waveSize,
        latencyUnit: 'wave',
      };
    default:
      throw new Error(`unknown workload kind ${workload.kind}`);
  }
}

async function runAll(units, ms, latencies) {
  const end = performance.now() + ms;
  const counts = await Promise.all(units.map((u) => loopUntil(u, end, latencies)));
  return counts.reduce((a, b) => a + b, 0);
}

function memorySnapshot(ops) {
  if (typeof global.gc === 'function') {
    global.gc();
    global.gc();
  }
  const m = process.memoryUsage();
  return {
    ops,
    rssMB: m.rss / 2 ** 20,
    heapUsedMB: m.heapUsed / 2 ** 20,
    externalMB: m.external / 2 ** 20,
  };
}

async function measure(workload, adapters, spec) {
  const { units, opsPerUnit, latencyUnit } = unitsFor(workload, adapters);
  const latencies = new LatencyRecorder();

  if (workload.kind !== 'memory') {
    await runAll(units, spec.warmupMs, null);
    const busy0 = machineBusySeconds(spec.clkTck);
    const cpu0 = process.cpuUsage();
    const srv0 = serverCpuSeconds(spec.serverPids, spec.clkTck);
    const t0 = performance.now();
    const done = await runAll(units, spec.durationMs, latencies);
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const srv1 = serverCpuSeconds(spec.serverPids, spec.clkTck);
    const busy1 = machineBusySeconds(spec.clkTck);
    const own = srv0 == null || srv1 == null ? null : (cpu.user + cpu.system) / 1e6 + (srv1 - srv0);
    const ops = done * opsPerUnit;
    const [p50, p99] = latencies.percentiles([50, 99]);
    return {
      ops,
      seconds,
      opsPerSec: ops / seconds,
      p50us: p50 * 1000,
      p99us: p99 * 1000,
      latencyUnit,
      cpuUsPerOp: (cpu.user + cpu.system) / ops,
      serverCpuUsPerOp: srv0 == null || srv1 == null ? null : ((srv1 - srv0) * 1e6) / ops,
      foreignCpuPct: foreignCpuPercent(busy0, busy1, own, seconds),
      rssMB: process.memoryUsage().rss / 2 ** 20,
    };
  }

  // memory: a short warm-up, then fixed op counts with a snapshot at each checkpoint.
  // Progress goes to stderr every 10 s. Formatting its first line loads ICU (toLocaleString):
  // ~6 MB of Node's own pages, file-backed but counted in RSS, which showed as growth at the
  // next checkpoint. So the first line is written now, before the first snapshot.
  const progress = (n) => process.stderr.write(`  … ${n.toLocaleString('en-US')} ops\n`);
  progress(0);
  const [unit] = units;
  await runAll(units, spec.warmupMs, null);
  const snapshots = [memorySnapshot(0)];
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let ops = 0;
  let lastProgress = t0;
  for (const checkpoint of spec.memoryCheckpoints) {
    while (ops < checkpoint) {
      const t = performance.now();
      await unit();
      const t1 = performance.now();
      latencies.push(t1 - t);
      ops += opsPerUnit;
      if (t1 - lastProgress > 10000) {
        progress(ops);
        lastProgress = t1;
      }
    }
    snapshots.push(memorySnapshot(ops));
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const [p50, p99] = latencies.percentiles([50, 99]);
  return {
    ops,
    seconds,
    opsPerSec: ops / seconds,
    p50us: p50 * 1000,
    p99us: p99 * 1000,
    latencyUnit,
    cpuUsPerOp: (cpu.user + cpu.system) / ops,
    memory: snapshots,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    gcForced: typeof global.gc === 'function',
  };
}

// The soft limit on open files of this process (Node raises it to the hard limit at start-up).
function openFilesLimit() {
  try {
    const m = /^Max open files\s+(\d+|unlimited)/m.exec(fs.readFileSync('/proc/self/limits', 'utf8'));
    if (m) return m[1] === 'unlimited' ? Infinity : Number(m[1]);
  } catch {}
  return null;
}

function openFiles() {
  try {
    return fs.readdirSync('/proc/self/fd').length;
  } catch {
    return null;
  }
}

const FILES_MARGIN = 64; // open files kept free for everything but the idle connections

// How many idle clients this process and the server can hold, at one open file per connection
// (measureIdle stops earlier if a library needs more): the process's open-files limit and the
// server's maxclients, each less a margin. Fewer than asked is said in the result's note.
function idleConnectionCount(wanted, maxClients, files) {
  const MARGIN = FILES_MARGIN;
  const bounds = [];
  if (files != null) {
    bounds.push({ n: files - MARGIN, why: `this process may open ${files} files (ulimit -n; its hard limit bounds it)` });
  }
  if (maxClients != null) {
    bounds.push({ n: maxClients - MARGIN, why: `the server accepts ${maxClients} clients (maxclients, bounded by its own ulimit -n)` });
  }
  let count = wanted;
  let note = null;
  for (const b of bounds) {
    if (b.n < count) {
      count = Math.max(1, b.n);
      note = `${count} idle connections instead of the ${wanted} asked for: ${b.why}`;
    }
  }
  return { count, note };
}

// Memory once the process has settled: pending callbacks run, then (with --expose-gc) two full GCs.
async function settledMemory() {
  await new Promise((resolve) => setTimeout(resolve, 100));
  if (typeof global.gc === 'function') {
    global.gc();
    global.gc();
  }
  return process.memoryUsage();
}

function connectedClients(info) {
  const m = /connected_clients:(\d+)/.exec(String(info));
  return m ? Number(m[1]) : null;
}

// idle-connections: a first client (not counted) loads the library and starts what it starts once
// per process (ferrodis' engine thread); then `count` clients connect one after the other and stay
// idle. Memory per connection is the growth from before to after, divided by `count`; then one
// PING on each proves they are all connected and shows what a first reply adds.
// Every 100 connections, the open files are counted: a library may need more than one per
// connection (a socket, and e.g. a duplicate or an event fd), and then the connections are stopped
// while 100 more would still fit, rather than run into EMFILE (where a client may retry forever).
// Each connect is bounded too, so a stuck one fails the measurement with the reason.
const CONNECT_TIMEOUT_MS = 10000;

function connectWithin(promise, ms, describe) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(describe())), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function measureIdle(client, spec, workload) {
  const filesLimit = openFilesLimit();
  let { count, note } = idleConnectionCount(spec.idleConnections, spec.maxClients, filesLimit);
  const first = await connected(client, spec, workload);
  const pong = await first.sendCommand(['PING']);
  if (String(pong) !== 'PONG') throw new Error(`PING answered ${describeReply(pong)}`);
  const before = await settledMemory();
  const clientsBefore = connectedClients(await first.sendCommand(['INFO', 'clients']));

  const connectTimes = new LatencyRecorder(count);
  const adapters = [];
  const files0 = openFiles();
  let connectMs = 0;
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < count; i++) {
    if (i > 0 && i % 100 === 0 && filesLimit != null && files0 != null) {
      const open = openFiles();
      const perConnection = (open - files0) / i;
      if (open + perConnection * 100 + FILES_MARGIN > filesLimit) {
        note = `${i} idle connections instead of the ${spec.idleConnections} asked for: at ${perConnection.toFixed(1)} ` +
          `open files per connection, this process's open-files limit (${filesLimit}) holds no more`;
        count = i;
        break;
      }
    }
    const t = performance.now();
    const describe = () => `connect #${i + 1} did not settle within ${CONNECT_TIMEOUT_MS} ms (${openFiles()} files open, limit ${filesLimit})`;
    adapters.push(await connectWithin(connected(client, spec, workload), CONNECT_TIMEOUT_MS, describe));
    const ms = performance.now() - t;
    connectTimes.push(ms);
    connectMs += ms;
  }
  const cpu = process.cpuUsage(cpu0);
  const filesPerConnection = files0 == null ? null : (openFiles() - files0) / count;
  const after = await settledMemory();

  const pongs = await Promise.all(adapters.map((a) => a.sendCommand(['PING'])));
  const wrong = pongs.find((p) => String(p) !== 'PONG');
  if (wrong !== undefined) throw new Error(`PING on an idle client answered ${describeReply(wrong)}`);
  const afterPing = await settledMemory();
  const clientsAfter = connectedClients(await first.sendCommand(['INFO', 'clients']));
  if (clientsBefore != null && clientsAfter != null && clientsAfter - clientsBefore < count) {
    throw new Error(`the server sees ${clientsAfter - clientsBefore} new clients, not ${count}`);
  }
  await Promise.all([first, ...adapters].map((a) => a.close()));

  const perConnectionKiB = (a, b, k) => (b[k] - a[k]) / count / 1024;
  const [p50, p99] = connectTimes.percentiles([50, 99]);
  return {
    connections: count,
    requested: spec.idleConnections,
    note,
    rssBeforeMB: before.rss / 2 ** 20,
    rssAfterMB: after.rss / 2 ** 20,
    rssPerConnKiB: perConnectionKiB(before, after, 'rss'),
    heapPerConnKiB: perConnectionKiB(before, after, 'heapUsed'),
    externalPerConnKiB: perConnectionKiB(before, after, 'external'),
    rssPerConnAfterPingKiB: perConnectionKiB(before, afterPing, 'rss'),
    filesPerConnection,
    connectUsMean: (connectMs * 1000) / count,
    connectP50us: p50 * 1000,
    connectP99us: p99 * 1000,
    cpuUsPerConnect: (cpu.user + cpu.system) / count,
    gcForced: typeof global.gc === 'function',
  };
}

// cluster-kill-master: a steady load of SETs on the cluster (a wave of `waveSize` every
// `intervalMs`, not awaited: an open loop, so commands a client cannot send pile up as pending
// rather than slow the load down), for warmupMs + durationMs; then kill -9 of one master (the
// victim, whose pid the orchestrator gives). The load goes on until the first write to a key of
// the victim's slots issued after the kill has succeeded, and `steadyAfterRecoveryMs` more (at
// most `loadAfterKillMs` after the kill); then no new command, and the worker waits until every
// command has settled or `hangAfterMs` have passed since the kill (workloads.js). What is still
// pending then has waited 5 s at least: hung. A client that never recovers is reported as such,
// never waited on longer (the worker exits without closing it cleanly if it must).

// An error's message, short, with the volatile parts (ports, slots, counts) as '#'.
const errorKind = (err) => String((err && err.message) || err).replace(/\d+/g, '#').slice(0, 100);

async function measureFailover(client, spec, workload) {
  const { victim, victimSlots } = spec.failover;
  const adapter = await connected(client, spec, workload);
  const sample = await workload.op(adapter, workload.keyOf(0));
  if (!workload.check(sample)) throw new Error(`unexpected reply: ${describeReply(sample)}`);
  const inVictim = (key) => {
    const slot = keySlot(key);
    return victimSlots.some(([from, to]) => slot >= from && slot <= to);
  };

  let next = 0;
  let pending = 0;
  let maxPending = 0;
  let killAt = null;
  let pendingAtKill = 0;
  let issuedAfterKill = 0;
  let recoveredAt = null;
  let resolved = 0; // of the commands that settled after the kill (pending at it, or issued after)
  let rejected = 0;
  let rejectedBeforeKill = 0; // a client that cannot keep up with the load before the kill
  let lastRejectionAt = null;
  const errors = new Map();
  const issue = () => {
    for (let i = 0; i < workload.waveSize; i++) {
      const key = workload.keyOf(next++);
      const afterKill = killAt !== null;
      const victimKey = afterKill && inVictim(key);
      if (afterKill) issuedAfterKill++;
      pending++;
      if (pending > maxPending) maxPending = pending;
      let promise;
      try {
        promise = Promise.resolve(workload.op(adapter, key));
      } catch (err) {
        promise = Promise.reject(err);
      }
      promise.then(
        () => {
          pending--;
          if (killAt === null) return;
          resolved++;
          if (victimKey && recoveredAt === null) recoveredAt = performance.now();
        },
        (err) => {
          pending--;
          if (killAt === null) {
            rejectedBeforeKill++;
            return;
          }
          rejected++;
          lastRejectionAt = performance.now();
          const kind = errorKind(err);
          errors.set(kind, (errors.get(kind) || 0) + 1);
        },
      );
    }
  };
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const timer = setInterval(issue, workload.intervalMs);
  await sleep(spec.warmupMs + spec.durationMs);
  const maxPendingBefore = maxPending;
  const cpu0 = process.cpuUsage();
  killAt = performance.now();
  pendingAtKill = pending;
  process.kill(victim.pid, 'SIGKILL');
  const since = () => performance.now() - killAt;
  const steady = () => recoveredAt !== null && performance.now() - recoveredAt >= workload.steadyAfterRecoveryMs;
  while (since() < workload.loadAfterKillMs && !steady()) await sleep(5);
  clearInterval(timer);
  const loadMs = since();
  while (pending > 0 && since() < workload.hangAfterMs) await sleep(5);
  const settledMs = since();
  const cpu = process.cpuUsage(cpu0);
  const pendingAtDeadline = pending;
  const errorKinds = [...errors].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([kind, count]) => ({ kind, count }));
  // Closing a client that never recovered may never end either.
  await Promise.race([adapter.close().catch(() => {}), sleep(1000)]);
  return {
    victimPort: victim.port,
    loadOpsPerSec: (workload.waveSize * 1000) / workload.intervalMs,
    recoveryMs: recoveredAt === null ? null : recoveredAt - killAt,
    maxPending,
    maxPendingBefore,
    pendingAtKill,
    issuedAfterKill,
    resolved,
    rejected,
    rejectedBeforeKill,
    lastRejectionMs: lastRejectionAt === null ? null : lastRejectionAt - killAt,
    pendingAtDeadline,
    hangAfterMs: workload.hangAfterMs,
    loadMs,
    settledMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    errorKinds,
  };
}

// pubsub-16b: subscribes, starts redis-benchmark publishing `messages` messages to the channel,
// and times the messages from the first to the last received; CPU is this process's over that
// span (the publisher is a child process: not counted). Messages the server dropped (a slow
// subscriber past its output buffer limit) show as fewer received before the deadline.
async function measurePubSub(client, spec, workload) {
  const total = workload.messages(spec.durationMs);
  let received = 0;
  let wrong = 0;
  let first = null;
  let last = null;
  let cpu0 = null;
  let finish;
  const done = new Promise((resolve) => (finish = resolve));
  const subscriber = await client.adapter.createSubscriber(endpoint(spec, workload), workload.channel, (message) => {
    if (received === 0) {
      first = performance.now();
      cpu0 = process.cpuUsage();
    }
    if (String(message) !== workload.message) wrong++;
    received++;
    if (received === total) {
      last = performance.now();
      finish();
    }
  });
  const publisher = spawn('redis-benchmark', [
    '-h', '127.0.0.1', '-p', String(spec.port), '-c', String(workload.limit.clients), '-P', String(workload.limit.pipeline),
    '-n', String(total), '-q', ...workload.limit.args,
  ], { stdio: 'ignore' });
  const published = new Promise((resolve) => publisher.on('exit', resolve));
  const deadline = new Promise((resolve) => setTimeout(resolve, Math.max(10000, total / 100)));
  await Promise.race([done, published.then(() => Promise.race([done, new Promise((resolve) => setTimeout(resolve, 3000))])), deadline]);
  const cpu = cpu0 === null ? { user: 0, system: 0 } : process.cpuUsage(cpu0);
  publisher.kill();
  await subscriber.close();
  if (wrong > 0) throw new Error(`${wrong} messages were not the one published`);
  if (received < total) throw new Error(`received ${received} of ${total} messages`);
  const seconds = (last - first) / 1000;
  return {
    ops: received,
    seconds,
    opsPerSec: received / seconds,
    p50us: null,
    p99us: null,
    latencyUnit: 'message',
    cpuUsPerOp: (cpu.user + cpu.system) / received,
    serverCpuUsPerOp: null,
    foreignCpuPct: 0, // the publisher is part of the workload
    rssMB: process.memoryUsage().rss / 2 ** 20,
  };
}

// pubsub-resubscribe-10k: a subscriber on many channels, its connection killed; the time until a
// message published to the last channel arrives again.
async function measureResubscribe(client, spec, workload) {
  const { channels } = workload;
  const last = channels[channels.length - 1];
  let arrived = null;
  const subscriber = await client.adapter.createSubscriber(endpoint(spec, workload), channels, (message) => {
    if (message === 'again') arrived?.();
  });
  const admin = await connected(client, spec, workload);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const back = new Promise((resolve) => (arrived = resolve));
  await admin.sendCommand(['CLIENT', 'KILL', 'TYPE', 'pubsub']);
  const deadline = t0 + 30000;
  let done = false;
  back.then(() => (done = true));
  while (!done && performance.now() < deadline) {
    await admin.sendCommand(['PUBLISH', last, 'again']);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  await Promise.race([subscriber.close().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 1000))]);
  await admin.close();
  if (!done) throw new Error('the subscriptions did not come back within 30 s');
  return {
    ops: channels.length,
    seconds: ms / 1000,
    opsPerSec: channels.length / (ms / 1000),
    p50us: ms * 1000,
    p99us: null,
    latencyUnit: 'resubscribe',
    cpuUsPerOp: (cpu.user + cpu.system) / channels.length,
    serverCpuUsPerOp: null,
    foreignCpuPct: 0,
    rssMB: process.memoryUsage().rss / 2 ** 20,
  };
}

// Proves the client loads, connects and answers, and reports the module's version; with
// `clusterProbe`, the same with its cluster client on the run's cluster.
async function probe(client, spec) {
  const adapter = spec.clusterProbe ? await connected(client, spec, { cluster: true }) : await connected(client, spec);
  const pong = await adapter.sendCommand(['PING']);
  if (String(pong) !== 'PONG') throw new Error(`PING answered ${describeReply(pong)}`);
  await adapter.close();
  return { version: client.version() };
}

async function main() {
  const spec = JSON.parse(process.argv[2]);
  const client = resolveClient(spec.client);
  if (!client) throw new Error(`unknown client ${spec.client}`);
  if (spec.probe) {
    report({ ok: true, ...(await probe(client, spec)) });
    return;
  }
  const workload = workloads.byName.get(spec.workload);
  if (workload.kind === 'idle') {
    report({ ok: true, ...(await measureIdle(client, spec, workload)) });
    return;
  }
  if (workload.kind === 'failover') {
    report({ ok: true, ...(await measureFailover(client, spec, workload)) });
    return;
  }
  if (workload.kind === 'pubsub') {
    report({ ok: true, ...(await measurePubSub(client, spec, workload)) });
    return;
  }
  if (workload.kind === 'resubscribe') {
    report({ ok: true, ...(await measureResubscribe(client, spec, workload)) });
    return;
  }
  const connections = workload.kind === 'multi-client-waves' ? workload.clients : 1;
  const adapters = [];
  for (let i = 0; i < connections; i++) adapters.push(await connected(client, spec, workload));
  if (workload.setup) await workload.setup(adapters[0]);
  let sample;
  try {
    sample = await workload.op(adapters[0]);
  } catch (err) {
    // A client that does not do what the workload asks (MGET across slots): said as such.
    const message = String((err && err.message) || err);
    if (!workload.unsupportedIf || !workload.unsupportedIf.test(message)) throw err;
    const code = /^([A-Z]{4,})\b/.exec(message);
    report({ ok: false, unsupported: code ? `unsupported (${code[1]})` : 'unsupported', error: message.split('\n')[0] });
    return;
  }
  if (!workload.check(sample)) throw new Error(`unexpected reply: ${describeReply(sample)}`);
  const result = await measure(workload, adapters, spec);
  if (workload.teardown) await workload.teardown(adapters[0]);
  for (const a of adapters) await a.close();
  report({ ok: true, ...result });
}

main().then(
  () => process.exit(0),
  (err) => {
    report({ ok: false, error: String((err && err.stack) || err).split('\n').slice(0, 3).join(' | ') });
    process.exit(1);
  },
);
