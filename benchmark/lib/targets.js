'use strict';
// The performance targets ferrodis is held to (the project's performance issue), as data, and
// the verdict of one run against them. "best" is the best other client's median ops/s in the same
// run, "limit" redis-benchmark's. Where a target names both, the lower bar is the one to clear.

const TARGETS = {
  'get-seq': { ratio: 1.1, ofLimit: 0.9 },
  'get-wave-1000': { ratio: 1.5, cpuMax: 0.6 },
  'get-100kb': { ratio: 2, ofLimit: 0.9 },
  'set-100kb': { ratio: 2, ofLimit: 0.9 },
  'hgetall-1000': { ratio: 2 },
  'multi-100-sets': { ratio: 1.5, ofLimit: 0.9 },
  'clients-50-waves-100': { ratio: 1.5, ofLimit: 0.9 },
};

// RSS after the last memory checkpoint, at most this much above RSS after the first.
const MEMORY_GROWTH_MAX = 0.1;

/**
 * One throughput workload's verdict, from median ops/s (`ferrodis`, `best`, `limit`: numbers or
 * null when not measured) and ferrodis' CPU µs per op; null if the workload has no target or
 * ferrodis or every other client is missing.
 * Returns { target, needed, ops, cpu, met }: the target in words, the ops/s to reach (and the
 * CPU bar, if any), what ferrodis did, and whether that clears every bar.
 */
function judgeThroughput(workload, { ferrodis, best, limit, cpuUsPerOp }) {
  const t = TARGETS[workload];
  if (!t || ferrodis == null || best == null) return null;
  const bars = [t.ratio * best];
  if (t.ofLimit && limit != null) bars.push(t.ofLimit * limit);
  const needed = Math.min(...bars);
  const words = [`≥ ${t.ratio}× best`];
  if (t.ofLimit) words[0] += ` or ≥ ${t.ofLimit}× limit, whichever is lower${limit == null ? ' (no limit measured)' : ''}`;
  if (t.cpuMax) words.push(`≤ ${t.cpuMax} µs CPU per op`);
  const cpuMet = t.cpuMax == null || (cpuUsPerOp != null && cpuUsPerOp <= t.cpuMax);
  return { target: words.join('; '), needed, cpuMax: t.cpuMax ?? null, ops: ferrodis, cpu: cpuUsPerOp, met: ferrodis >= needed && cpuMet };
}

/** The memory verdict from ferrodis' RSS at the first and last checkpoints (MB). */
function judgeMemory(firstRssMB, lastRssMB) {
  const growth = lastRssMB / firstRssMB - 1;
  return { target: `RSS at the last checkpoint within ${MEMORY_GROWTH_MAX * 100}% of the first`, growth, met: growth <= MEMORY_GROWTH_MAX };
}

module.exports = { TARGETS, MEMORY_GROWTH_MAX, judgeThroughput, judgeMemory };
