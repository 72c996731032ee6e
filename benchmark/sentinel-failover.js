#!/usr/bin/env node
'use strict';
// How long writes take to reach the new master after a failover, ferrodis' createSentinel next
// to node-redis 5.12.1's, on the same kind of deployment (1 master, 2 replicas, 3 sentinels,
// down-after-milliseconds 1000; __test__/helpers/sentinel.js), fresh for each run.
//
//   node benchmark/sentinel-failover.js [--rounds 3] [--out benchmark/RESULTS-sentinel.md]
//
// Each run: one sentinel object, a loop of one write at a time (SET, then the port of the node
// that served it, `CONFIG GET port`, both sent as writes so that they go to the master), then
// either SENTINEL FAILOVER or kill -9 of the master. Measured from the failover's start (the
// command sent, or the kill): when the sentinels named the new master (GET-MASTER-ADDR-BY-NAME,
// polled every 10 ms), when the first write reached it, the longest a write waited, and how many
// writes failed. Medians over the rounds.
const fs = require('node:fs');
const path = require('node:path');
const { startSentinels } = require('../__test__/helpers/sentinel');

const LIBRARIES = { ferrodis: require('..'), 'node-redis': require('redis') };
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const ROUNDS = Number(option('--rounds', 3));
const OUT = option('--out', undefined);
const GIVE_UP_MS = 30000;

async function run(library, scenario) {
  const topo = await startSentinels({ replicas: 2, sentinels: 3, downAfter: 1000, failoverTimeout: 3000 });
  const sentinel = LIBRARIES[library].createSentinel({ name: topo.name, sentinelRootNodes: topo.sentinelRootNodes });
  sentinel.on('error', () => {});
  try {
    await sentinel.connect();
    const old = await topo.masterNode();
    let running = true;
    let failed = 0;
    let longest = 0;
    let reached;
    let start;
    const loop = (async () => {
      for (let i = 0; running; i++) {
        const t = performance.now();
        try {
          await sentinel.sendCommand(false, ['SET', 'bench:failover', String(i)]);
          const [, port] = await sentinel.sendCommand(false, ['CONFIG', 'GET', 'port']);
          if (start !== undefined && reached === undefined && Number(port) !== old.port) reached = performance.now();
        } catch {
          failed++;
          await sleep(1);
        }
        if (start !== undefined) longest = Math.max(longest, performance.now() - Math.max(t, start));
      }
    })();
    await sleep(300);
    start = performance.now();
    if (scenario === 'SENTINEL FAILOVER') topo.sentinels[0].command('SENTINEL', 'FAILOVER', topo.name).catch(() => {});
    else await topo.serverAt(old).kill();
    let named;
    while (named === undefined && performance.now() - start < GIVE_UP_MS) {
      try {
        if ((await topo.masterNode()).port !== old.port) named = performance.now();
      } catch { /* asked again */ }
      await sleep(10);
    }
    while (reached === undefined && performance.now() - start < GIVE_UP_MS) await sleep(10);
    running = false;
    await Promise.race([loop, sleep(5000)]);
    const ms = (t) => (t === undefined ? Infinity : t - start);
    return { named: ms(named), reached: ms(reached), longest, failed };
  } finally {
    try {
      await sentinel.destroy();
    } catch { /* already closed */ }
    await topo.stop();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (v) => (Number.isFinite(v) ? `${Math.round(v).toLocaleString('en-US')} ms` : `not within ${GIVE_UP_MS / 1000} s`);

async function main() {
  const rows = [];
  for (const scenario of ['SENTINEL FAILOVER', 'kill -9 of the master']) {
    for (const library of Object.keys(LIBRARIES)) {
      const results = [];
      for (let round = 0; round < ROUNDS; round++) {
        results.push(await run(library, scenario));
        console.error(`${scenario} · ${library} · round ${round + 1}: ${JSON.stringify(results.at(-1))}`);
      }
      const m = (k) => median(results.map((r) => r[k]));
      rows.push(`| ${scenario} | ${library} | ${fmt(m('named'))} | ${fmt(m('reached'))} | ${fmt(m('reached') - m('named'))} | ${fmt(m('longest'))} | ${m('failed')} |`);
    }
  }
  const report = [
    '# Sentinel failover: writes to the new master',
    '',
    `- Date: ${new Date().toISOString().replace('T', ' ').slice(0, 19)} UTC; ${ROUNDS} fresh deployment(s) per cell (1 master, 2 replicas, 3 sentinels, down-after-milliseconds 1000), medians`,
    `- Clients: ferrodis (${require('../package.json').version}), node-redis ${require('redis/package.json').version}; server: redis-server ${require('node:child_process').execFileSync('redis-server', ['--version']).toString().match(/v=(\S+)/)[1]}`,
    '- Command: `node benchmark/sentinel-failover.js' + (ROUNDS !== 3 ? ` --rounds ${ROUNDS}` : '') + '`',
    '- Times from the failover\'s start (SENTINEL FAILOVER sent, or the master killed). "Named": when the sentinels answered GET-MASTER-ADDR-BY-NAME with the new master. "Reached": the first write served by it. "Longest wait": the longest any write waited after the start. Writes one at a time.',
    '',
    '| failover | client | named | reached | reached − named | longest wait | failed writes |',
    '|---|---|---:|---:|---:|---:|---:|',
    ...rows,
    '',
  ].join('\n');
  console.log(report);
  if (OUT !== undefined) fs.writeFileSync(path.resolve(OUT), report);
}

main().then(() => process.exit(0), (err) => {
  console.error(err);
  process.exit(1);
});
