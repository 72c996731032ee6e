'use strict';
// The performance targets ferrodis is held to (the project's performance issues), as data, and
// the verdict of one run against them.
//
// A throughput target is one or more bars, each a ratio of a baseline measured in the same run:
//   'best'         the best other client's median ops/s (never a reference such as the bare socket)
//   'limit'        redis-benchmark's median ops/s (same command, connections and pipeline depth)
//   a client key   that column's median ops/s ('redis' is node-redis, 'bare-socket' the bare socket)
// Where a target has several bars, the lower one is the one to clear; a bar whose baseline was not
// measured is left out (and said so). A CPU bar (µs per op), if any, must be cleared as well.

const TARGETS = {
  'get-seq': { bars: [{ of: 'bare-socket', ratio: 0.97 }] },
  'get-wave-1000': { bars: [{ of: 'redis', ratio: 2.5 }], cpuMax: 0.5 },
  'get-100kb': { bars: [{ of: 'limit', ratio: 0.9 }] },
  'set-100kb': { bars: [{ of: 'best', ratio: 2 }, { of: 'limit', ratio: 0.9 }] },
  'hgetall-1000': { bars: [{ of: 'best', ratio: 2 }] },
  // Cold field names (the known-strings table cannot help): every client builds the same 100
  // new object keys per reply, which V8 prices the same for all; a lower bar than the warm one.
  'hgetall-distinct-seq': { bars: [{ of: 'best', ratio: 1.5 }] },
  'hgetall-distinct-wave-100': { bars: [{ of: 'best', ratio: 1.5 }] },
  'multi-100-sets': { bars: [{ of: 'best', ratio: 1.5 }, { of: 'limit', ratio: 0.9 }] },
  'clients-50-waves-100': { bars: [{ of: 'best', ratio: 1.5 }, { of: 'limit', ratio: 0.9 }] },
  'tls-get-seq': { bars: [{ of: 'best', ratio: 1.0 }] },
  'tls-get-wave-1000': { bars: [{ of: 'best', ratio: 2.5 }] },
  'tls-get-100kb': { bars: [{ of: 'best', ratio: 1.2 }] },
  'tls-set-100kb': { bars: [{ of: 'best', ratio: 1.2 }] },
  // Redis Cluster (the cluster issue): the client routes each command to its slot's master.
  'cluster-get-wave-1000': { bars: [{ of: 'best', ratio: 2 }], cpuMax: 0.8 },
  'cluster-get-seq': { bars: [{ of: 'best', ratio: 1.0 }] },
  'cluster-mget-100-slot': { bars: [{ of: 'best', ratio: 1.5 }] },
  // cluster-mget-100-cross has no target: node-redis and ioredis reject it (CROSSSLOT);
  // cluster-kill-master is a measured row (time to recover, commands pending), not a ratio.
};

// Memory per idle connection: ferrodis' RSS per connection at most `ratio` × that of `of`.
const IDLE_TARGET = { of: 'redis', ratio: 1.0 };

// RSS after the last memory checkpoint, at most this much above RSS after the first.
const MEMORY_GROWTH_MAX = 0.1;

const BASELINE_NAMES = { best: 'best', limit: 'limit', redis: 'node-redis', ioredis: 'ioredis', 'bare-socket': 'bare net.Socket' };
const baselineName = (of) => BASELINE_NAMES[of] || of;

/**
 * One throughput workload's verdict. `ferrodis`, `best`, `limit`: median ops/s, or null when not
 * measured; `clients`: median ops/s by column key (for bars against one client); `cpuUsPerOp`:
 * ferrodis' CPU µs per op.
 * Returns null if the workload has no target; { unjudged } (why) if ferrodis or every bar's
 * baseline is missing; else { target, needed, cpuMax, ops, cpu, met }: the target in words, the
 * ops/s to reach (and the CPU bar, if any), what ferrodis did, and whether that clears every bar.
 */
function judgeThroughput(workload, { ferrodis, best, limit, cpuUsPerOp, clients = {} }) {
  const t = TARGETS[workload];
  if (!t) return null;
  const baseline = (of) => (of === 'best' ? best : of === 'limit' ? limit : clients[of]) ?? null;
  if (ferrodis == null) return { unjudged: 'ferrodis not measured' };
  const bars = t.bars.filter((b) => baseline(b.of) != null);
  if (bars.length === 0) {
    return { unjudged: `${t.bars.map((b) => baselineName(b.of)).join(' and ')} not measured` };
  }
  const needed = Math.min(...bars.map((b) => b.ratio * baseline(b.of)));
  let words = t.bars.map((b) => `≥ ${b.ratio}× ${baselineName(b.of)}`).join(' or ');
  if (t.bars.length > 1) words += ', whichever is lower';
  const missing = t.bars.filter((b) => baseline(b.of) == null).map((b) => baselineName(b.of));
  if (missing.length) words += ` (no ${missing.join(', ')} measured)`;
  const target = t.cpuMax == null ? words : `${words}; ≤ ${t.cpuMax} µs CPU per op`;
  const cpuMet = t.cpuMax == null || (cpuUsPerOp != null && cpuUsPerOp <= t.cpuMax);
  return { target, needed, cpuMax: t.cpuMax ?? null, ops: ferrodis, cpu: cpuUsPerOp, met: ferrodis >= needed && cpuMet };
}

/**
 * The idle-connections verdict from median RSS per connection (KiB) by column key: { unjudged }
 * (why) without a ferrodis or baseline measurement, else { target, neededKiB, kib, met }.
 */
function judgeIdle(perConnectionKiB) {
  const f = perConnectionKiB.ferrodis;
  const base = perConnectionKiB[IDLE_TARGET.of];
  if (f == null) return { unjudged: 'ferrodis not measured' };
  if (base == null) return { unjudged: `${baselineName(IDLE_TARGET.of)} not measured` };
  const neededKiB = IDLE_TARGET.ratio * base;
  return {
    target: `≤ ${IDLE_TARGET.ratio}× ${baselineName(IDLE_TARGET.of)}'s RSS per connection`,
    neededKiB,
    kib: f,
    met: f <= neededKiB,
  };
}

/** The memory verdict from ferrodis' RSS at the first and last checkpoints (MB). */
function judgeMemory(firstRssMB, lastRssMB) {
  const growth = lastRssMB / firstRssMB - 1;
  return { target: `RSS at the last checkpoint within ${MEMORY_GROWTH_MAX * 100}% of the first`, growth, met: growth <= MEMORY_GROWTH_MAX };
}

module.exports = { TARGETS, IDLE_TARGET, MEMORY_GROWTH_MAX, judgeThroughput, judgeIdle, judgeMemory };
