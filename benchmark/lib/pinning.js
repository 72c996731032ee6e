'use strict';
// Optional CPU pinning (--pin): redis-server on CPU 0, every client process (all its threads) and
// redis-benchmark on the other CPUs, via taskset. Why it exists: on this kind of VM a wake-up across
// CPUs costs ~25 µs more than one on the same CPU, and an unpinned run lands in either placement
// at random, so sequential numbers come out bimodal. Pinned runs are stable (always cross-CPU) and
// suit A/B comparisons of one change; unpinned runs are what a user's machine does.

const os = require('os');
const { spawnSync } = require('child_process');

function pinning(enabled) {
  const none = { enabled: false, server: [], client: [], describe: 'not pinned (the OS scheduler places every process)' };
  if (!enabled) return none;
  const cpus = os.cpus().length;
  if (cpus < 2) return { ...none, note: '--pin ignored: needs at least 2 CPUs' };
  if (spawnSync('taskset', ['-c', '0', 'true']).status !== 0) return { ...none, note: '--pin ignored: taskset not available' };
  const clientCpus = cpus === 2 ? '1' : `1-${cpus - 1}`;
  return {
    enabled: true,
    server: ['taskset', '-c', '0'],
    client: ['taskset', '-c', clientCpus],
    describe: `pinned: redis-server on CPU 0, client processes and redis-benchmark on CPU ${clientCpus}`,
  };
}

// [command, args] with the taskset prefix (if any) in front.
function withPrefix(prefix, command, args) {
  return prefix.length ? [prefix[0], [...prefix.slice(1), command, ...args]] : [command, args];
}

module.exports = { pinning, withPrefix };
