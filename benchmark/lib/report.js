'use strict';
// Turns the per-round results into the markdown written to RESULTS.md (and printed).

const { median, range } = require('./stats');
const { judgeThroughput, judgeIdle, judgeMemory } = require('./targets');

const LIMIT = 'limit';
const BUSY_PERCENT = 10; // other processes' CPU share above which a measurement is flagged

const fmtInt = (n) => Math.round(n).toLocaleString('en-US');

function fmtUs(us) {
  if (us == null || !Number.isFinite(us)) return '–';
  if (us >= 10000) return `${(us / 1000).toFixed(1)} ms`;
  if (us >= 100) return `${fmtInt(us)} µs`;
  if (us >= 10) return `${us.toFixed(1)} µs`;
  return `${us.toFixed(2)} µs`;
}

function fmtCpu(us) {
  if (us == null || !Number.isFinite(us)) return '–';
  if (us >= 100) return us.toFixed(0);
  if (us >= 10) return us.toFixed(1);
  if (us >= 1) return us.toFixed(2);
  return us.toFixed(3);
}

function fmtMB(mb) {
  return mb == null ? '–' : `${mb.toFixed(1)} MB`;
}

/** Medians over the rounds that succeeded (`shape(ok, pick)`, with the rounds and failed rounds
 *  counted), the first error if none did (and, if the client cannot run the workload at all, why
 *  in a word: `unsupported`), or null if nothing ran. */
function overRounds(runs, shape) {
  const ok = runs.filter((r) => r && r.ok);
  if (ok.length === 0) {
    const failed = runs.find((r) => r && !r.ok);
    return failed ? { error: failed.error, unsupported: failed.unsupported } : null;
  }
  const pick = (k) => ok.map((r) => r[k]);
  return { rounds: ok.length, failedRounds: runs.length - ok.length, ...shape(ok, pick) };
}

// Medians over the rounds that succeeded, and the first error if none did.
function summarize(runs) {
  return overRounds(runs, (ok, pick) => ({
    opsPerSec: median(pick('opsPerSec')),
    opsRange: range(pick('opsPerSec')),
    p50us: median(pick('p50us')),
    p99us: median(pick('p99us')),
    cpuUsPerOp: median(pick('cpuUsPerOp')),
    serverCpuUsPerOp: median(pick('serverCpuUsPerOp')),
    latencyUnit: ok[0].latencyUnit,
    command: ok[0].command,
    memory: ok[0].memory,
    maxRssMB: median(pick('maxRssMB')),
  }));
}

function cell(s) {
  if (!s) return '–';
  if (s.unsupported) return s.unsupported;
  if (s.error) return 'error (see notes)';
  const [lo, hi] = s.opsRange;
  const spread = s.rounds > 1 ? ` [${fmtInt(lo)}–${fmtInt(hi)}]` : '';
  const server = s.serverCpuUsPerOp != null ? ` (server ${fmtCpu(s.serverCpuUsPerOp)})` : '';
  const failed = s.failedRounds ? ` · ${s.failedRounds} round(s) failed` : '';
  return [
    `**${fmtInt(s.opsPerSec)}**${spread}`,
    `p50 ${fmtUs(s.p50us)} · p99 ${fmtUs(s.p99us)}`,
    `CPU ${fmtCpu(s.cpuUsPerOp)} µs/op${server}${failed}`,
  ].join('<br>');
}

// A summary that holds a measurement, else null.
const measured = (s) => (s && !s.error ? s : null);

// Of `others` (the columns of the clients ferrodis is judged against), the one with the highest
// median ops/s, as { key, s }, or null.
function bestOther(summaries, others) {
  let best = null;
  for (const key of others) {
    const s = measured(summaries[key]);
    if (s && (!best || s.opsPerSec > best.s.opsPerSec)) best = { key, s };
  }
  return best;
}

function ratioCell(summaries, columns, others, labels) {
  const f = summaries.ferrodis;
  if (!columns.includes('ferrodis')) return '–';
  if (!f || f.error) return 'n/a';
  const best = bestOther(summaries, others);
  if (!best) return '–';
  return `**${(f.opsPerSec / best.s.opsPerSec).toFixed(2)}×**<br>vs ${labels[best.key]}`;
}

// A row of the targets table; null when the workload has no target; { unjudged } when a
// measurement it needs is missing. `references` add a cell each: their ops/s and ferrodis' share.
function targetRow(workload, summaries, others, references) {
  const f = measured(summaries.ferrodis);
  const best = bestOther(summaries, others);
  const limit = measured(summaries[LIMIT]);
  const clients = {};
  for (const [key, s] of Object.entries(summaries)) if (measured(s)) clients[key] = s.opsPerSec;
  const verdict = judgeThroughput(workload, {
    ferrodis: f && f.opsPerSec,
    best: best && best.s.opsPerSec,
    limit: limit && limit.opsPerSec,
    cpuUsPerOp: f && f.cpuUsPerOp,
    clients,
  });
  if (!verdict || verdict.unjudged) return verdict;
  const cpu = verdict.cpuMax == null ? '' : ` and ≤ ${verdict.cpuMax} µs`;
  const own = verdict.cpuMax == null ? '' : `, ${fmtCpu(verdict.cpu)} µs`;
  const referenceCells = references.map((key) => {
    const r = measured(summaries[key]);
    return r ? `${fmtInt(r.opsPerSec)} ops/s (ferrodis ${(verdict.ops / r.opsPerSec).toFixed(2)}×)` : '–';
  });
  return [`\`${workload}\``, verdict.target, `${fmtInt(verdict.needed)} ops/s${cpu}`,
    `${fmtInt(verdict.ops)} ops/s${own}`, ...referenceCells, verdict.met ? 'yes' : '**no**'];
}

const fmtKiB = (kib) => (kib == null || !Number.isFinite(kib) ? '–' : `${kib.toFixed(1)} KiB`);

// Medians over the rounds of an idle-connections measurement that succeeded, or the first error.
function summarizeIdle(runs) {
  return overRounds(runs, (ok, pick) => ({
    connections: median(pick('connections')),
    rssPerConnKiB: median(pick('rssPerConnKiB')),
    rssRange: range(pick('rssPerConnKiB')),
    heapPerConnKiB: median(pick('heapPerConnKiB')),
    rssPerConnAfterPingKiB: median(pick('rssPerConnAfterPingKiB')),
    filesPerConnection: median(pick('filesPerConnection')),
    connectUsMean: median(pick('connectUsMean')),
    connectP99us: median(pick('connectP99us')),
    cpuUsPerConnect: median(pick('cpuUsPerConnect')),
    rssBeforeMB: median(pick('rssBeforeMB')),
    rssAfterMB: median(pick('rssAfterMB')),
    lowered: [...new Set(ok.map((r) => r.note).filter(Boolean))],
    gcForced: ok.every((r) => r.gcForced),
  }));
}

// The idle-connections section: a row per client library, and ferrodis' verdict against its target.
function idleSection(out, w, columns, labels, results) {
  const keys = columns.filter((k) => k !== LIMIT && (results[w.name][k] || []).length);
  const summaries = {};
  for (const key of keys) summaries[key] = summarizeIdle(results[w.name][key]);
  out.push(`## Memory per idle connection: \`${w.name}\``);
  out.push('');
  out.push(
    'N clients of one library in one process (one process per library and round), connected one after the ' +
      'other and left idle, after a first client that loads the library (not counted). RSS and V8 heap used ' +
      'after a forced GC, once all are connected, less the same before, ÷ N; then the same after one PING on ' +
      'each (buffers some clients allocate only at the first reply). Files: open file descriptors per ' +
      'connection. Connect: from creating a client to its connect() resolving, one at a time; CPU: the ' +
      'process\'s user + system time over all connects ÷ N. ' +
      'Medians over rounds, [min–max] of RSS per connection.',
  );
  out.push('');
  const head = ['client', 'N', 'RSS per connection', 'heap per connection', 'RSS per connection after a PING each',
    'files per connection', 'connect: mean · p99', 'CPU per connect', 'RSS before → after'];
  out.push(`| ${head.join(' | ')} |`);
  out.push(`|${head.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`);
  const notes = [];
  const perConnection = {};
  for (const key of keys) {
    const s = summaries[key];
    if (!s) continue;
    if (s.error) {
      out.push(`| ${labels[key]} | error (see notes) |${' |'.repeat(head.length - 2)}`);
      continue;
    }
    perConnection[key] = s.rssPerConnKiB;
    const [lo, hi] = s.rssRange;
    const spread = s.rounds > 1 ? ` [${lo.toFixed(1)}–${hi.toFixed(1)}]` : '';
    const failed = s.failedRounds ? ` · ${s.failedRounds} round(s) failed` : '';
    out.push(`| ${[labels[key], fmtInt(s.connections), `**${fmtKiB(s.rssPerConnKiB)}**${spread}${failed}`, fmtKiB(s.heapPerConnKiB),
      fmtKiB(s.rssPerConnAfterPingKiB), s.filesPerConnection == null ? '–' : s.filesPerConnection.toFixed(1),
      `${fmtUs(s.connectUsMean)} · ${fmtUs(s.connectP99us)}`, `${fmtCpu(s.cpuUsPerConnect)} µs`,
      `${fmtMB(s.rssBeforeMB)} → ${fmtMB(s.rssAfterMB)}`].join(' | ')} |`);
    for (const n of s.lowered) notes.push(`\`${w.name}\` / ${labels[key]}: ${n}.`);
    if (!s.gcForced) notes.push(`\`${w.name}\` / ${labels[key]}: no forced GC (--expose-gc missing), so the heap includes garbage.`);
  }
  out.push('');
  const verdict = judgeIdle(perConnection);
  if (!verdict.unjudged) {
    out.push(`Target: ferrodis ${verdict.target}: ≤ ${fmtKiB(verdict.neededKiB)}; ferrodis: ${fmtKiB(verdict.kib)}, ${verdict.met ? 'met' : '**not met**'}.`);
    out.push('');
  }
  return { verdict, notes };
}

// Times where null is "never" (Infinity): their median and [min, max] (stats.js leaves Infinity out).
function timesOverRounds(values) {
  const xs = values.map((v) => (v == null ? Infinity : v)).sort((a, b) => a - b);
  const mid = xs.length >> 1;
  return { median: xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2, range: [xs[0], xs[xs.length - 1]] };
}

const fmtMs = (ms, never) => (ms === Infinity ? never : ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : `${fmtInt(ms)} ms`);

// Medians over the rounds of a failover measurement that succeeded, or the first error.
function summarizeFailover(runs) {
  return overRounds(runs, (ok, pick) => ({
    recoveryMs: timesOverRounds(pick('recoveryMs')).median,
    recoveryRange: timesOverRounds(pick('recoveryMs')).range,
    maxPending: median(pick('maxPending')),
    maxPendingMax: Math.max(...pick('maxPending')),
    resolved: median(pick('resolved')),
    rejected: median(pick('rejected')),
    pendingAtDeadline: median(pick('pendingAtDeadline')),
    hungRounds: ok.filter((r) => r.pendingAtDeadline > 0).length,
    hangAfterMs: ok[0].hangAfterMs,
    errorKinds: ok[0].errorKinds || [],
    lastRejectionMs: median(pick('lastRejectionMs')),
    rejectedBeforeKill: Math.max(...pick('rejectedBeforeKill').map((n) => n || 0)),
  }));
}

// The failover section: a row per client, medians over rounds (no target: a measured row).
function failoverSection(out, w, columns, labels, results) {
  const keys = columns.filter((k) => k !== LIMIT && (results[w.name][k] || []).length);
  const notes = [];
  out.push(`## Failover: \`${w.name}\``);
  out.push('');
  out.push(
    'A fresh cluster of 3 masters + 3 replicas for every measurement; a steady load of SETs in waves that are not ' +
      'awaited (an open loop: commands a client cannot send pile up as pending); then kill -9 of one master. ' +
      'Recovery: from the kill to the first successful write, issued after the kill, to a key of the killed ' +
      "master's slots (\"none within\" the wait if there was none). Pending: the most commands issued and not " +
      'yet settled at any moment. Then the commands that were pending at the kill or issued after it: resolved, ' +
      'rejected, and still pending when the load has stopped and everything settled, or at the end of the wait ' +
      '(hung: still pending then, after at least 5 s without new commands). Medians over rounds, [min–max] of recovery.',
  );
  out.push('');
  const head = ['client', 'first write to the killed slots', 'most pending at once', 'resolved', 'rejected', 'pending at the end', 'hung'];
  out.push(`| ${head.join(' | ')} |`);
  out.push(`|${head.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`);
  for (const key of keys) {
    const s = summarizeFailover(results[w.name][key]);
    if (!s) continue;
    if (s.error) {
      out.push(`| ${labels[key]} | ${s.unsupported || 'error (see notes)'} |${' |'.repeat(head.length - 2)}`);
      continue;
    }
    const never = `none within ${fmtMs(s.hangAfterMs)}`;
    const [lo, hi] = s.recoveryRange;
    const bound = `> ${fmtMs(s.hangAfterMs)}`;
    const spread = s.rounds > 1 && lo !== Infinity ? ` [${fmtMs(lo, bound)}–${fmtMs(hi, bound)}]` : '';
    const failed = s.failedRounds ? ` · ${s.failedRounds} round(s) failed` : '';
    const pendingSpread = s.rounds > 1 ? ` (max ${fmtInt(s.maxPendingMax)})` : '';
    out.push(`| ${[labels[key], `**${fmtMs(s.recoveryMs, never)}**${spread}${failed}`, `${fmtInt(s.maxPending)}${pendingSpread}`,
      fmtInt(s.resolved), fmtInt(s.rejected), fmtInt(s.pendingAtDeadline),
      s.hungRounds ? `**yes** (${s.hungRounds} of ${s.rounds} round${s.rounds > 1 ? 's' : ''})` : 'no'].join(' | ')} |`);
    if (s.errorKinds.length) {
      const kinds = s.errorKinds.map((e) => `\`${e.kind.replace(/`/g, "'")}\` × ${fmtInt(e.count)}`).join(', ');
      const last = s.lastRejectionMs == null ? '' : `; the last rejection ${fmtMs(s.lastRejectionMs)} after the kill (median)`;
      notes.push(`\`${w.name}\` / ${labels[key]}: rejections (round ${results[w.name][key].find((r) => r.ok).round}): ${kinds}${last}.`);
    }
    if (s.rejectedBeforeKill) {
      notes.push(`\`${w.name}\` / ${labels[key]}: up to ${fmtInt(s.rejectedBeforeKill)} SETs rejected before the kill, under the steady load alone.`);
    }
  }
  out.push('');
  return notes;
}

// Measurements during which other processes used a real share of the CPU (see worker.js).
function disturbance(workloads, columns, labels, results) {
  const foreign = [];
  for (const w of workloads) {
    for (const key of columns) {
      for (const r of (results[w.name] && results[w.name][key]) || []) {
        if (r && r.ok && r.foreignCpuPct != null) foreign.push({ pct: r.foreignCpuPct, w: w.name, key, round: r.round });
      }
    }
  }
  if (!foreign.length) return null;
  const pcts = foreign.map((f) => f.pct);
  const busy = foreign.filter((f) => f.pct > BUSY_PERCENT).sort((a, b) => b.pct - a.pct);
  return {
    measured: foreign.length,
    median: median(pcts),
    max: Math.max(...pcts),
    busy,
    worst: busy.slice(0, 5).map((f) => `${f.w} / ${labels[f.key]} / round ${f.round}: ${f.pct.toFixed(0)}%`).join(', '),
  };
}

function buildReport({ meta, columns, references = [], labels, workloads, results, notes: givenNotes }) {
  let notes = givenNotes;
  const others = columns.filter((k) => k !== 'ferrodis' && k !== LIMIT && !references.includes(k));
  const out = [];
  const ferrodisMissing = meta.ferrodisMissing;
  const missingTitle = ferrodisMissing && (ferrodisMissing.reason === 'not built' ? 'ferrodis not built yet' : 'ferrodis not measured');
  out.push(ferrodisMissing ? `# Benchmark results — ${missingTitle}` : '# Benchmark results');
  out.push('');
  if (ferrodisMissing) {
    out.push(
      `> **${missingTitle}** (${ferrodisMissing.message}): these are the other clients' numbers only, ` +
        'to be rerun with `npm run bench` once it works. Not a final result.',
    );
    out.push('');
  }
  const disturbed = disturbance(workloads, columns, labels, results);
  if (disturbed && disturbed.busy.length > disturbed.measured / 10) {
    out.push(
      `> **Disturbed run**: in ${disturbed.busy.length} of ${disturbed.measured} measurements other processes ` +
        `used more than ${BUSY_PERCENT}% of the CPU. Rerun on a quiet machine before drawing conclusions.`,
    );
    out.push('');
  }
  if (disturbed && disturbed.busy.length) {
    notes = [
      ...notes,
      `${disturbed.busy.length} measurement(s) ran while other processes used more than ${BUSY_PERCENT}% of the CPU, ` +
        "even after re-measuring (at most 2 per cell, within the run's retry budget); their numbers are suspect " +
        `(worst: ${disturbed.worst}).`,
    ];
  }
  out.push(`- Date: ${meta.date}`);
  out.push(`- Machine: ${meta.machine.cpu}, ${meta.machine.cores} cores, ${meta.machine.ramGiB} GiB RAM (${meta.machine.arch})`);
  out.push(`- OS: ${meta.machine.os}`);
  out.push(`- Node: ${meta.machine.node}`);
  out.push(`- Server: redis-server ${meta.serverVersion} on 127.0.0.1 (loopback, no persistence), started by the run`);
  if (meta.cluster) out.push(`- Cluster: redis-server ${meta.serverVersion} nodes on 127.0.0.1: ${meta.cluster}`);
  out.push(`- Clients: ${meta.clientVersions.join(', ')}`);
  out.push(
    `- Method: ${meta.rounds} interleaved round(s); every measurement in its own process; ` +
      `${meta.warmupMs} ms warm-up, then ${meta.durationMs} ms measured; medians over rounds`,
  );
  out.push(`- CPU placement: ${meta.placement}`);
  out.push(`- 1-min load average: ${meta.load.before.toFixed(2)} at the start, ${meta.load.after.toFixed(2)} at the end`);
  if (disturbed) {
    out.push(
      `- Other processes during the measured sections: median ${disturbed.median.toFixed(1)}%, ` +
        `max ${disturbed.max.toFixed(1)}% of the machine's CPU`,
    );
  }
  out.push(`- Command: \`${meta.command}\``);
  out.push('');

  const tableWorkloads = workloads.filter((w) => w.kind !== 'memory' && w.kind !== 'idle' && w.kind !== 'failover');
  const targetRows = [];
  const unjudged = [];
  if (tableWorkloads.length) {
    out.push('## Throughput, latency, CPU');
    out.push('');
    out.push(
      'Each cell: **median ops/s** [min–max over rounds] · p50 and p99 latency (per op for sequential ' +
        'workloads, per wave for waves; medians over rounds) · client CPU µs per op, user + system, all ' +
        "threads (the server's CPU µs per op over the same time in parentheses). Limit: redis-benchmark " +
        'with the same connections and pipeline depth. Last column: ferrodis median ops/s ÷ the best ' +
        'other client\'s.' +
        (references.length
          ? ` ${references.map((k) => labels[k]).join(', ')}: a reference, not a client` +
            ' (`benchmark/clients/bare-socket.js`): a bare-bones client on net.Socket (tls.connect for the TLS' +
            ' workloads), for the workloads made of GET and SET; where the round trip bounds a workload, Node\'s' +
            ' floor. "Best other" leaves it out.'
          : ''),
    );
    out.push('');
    const header = ['workload', ...columns.map((k) => labels[k]), 'ferrodis ÷ best other'];
    out.push(`| ${header.join(' | ')} |`);
    out.push(`|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`);
    for (const w of tableWorkloads) {
      const summaries = {};
      for (const key of columns) summaries[key] = summarize(results[w.name][key] || []);
      const row = [`\`${w.name}\``, ...columns.map((k) => cell(summaries[k])), ratioCell(summaries, columns, others, labels)];
      out.push(`| ${row.join(' | ')} |`);
      const target = targetRow(w.name, summaries, others, references);
      if (target && target.unjudged) unjudged.push(`\`${w.name}\` (${target.unjudged})`);
      else if (target) targetRows.push(target);
    }
    out.push('');
  }

  for (const w of workloads.filter((x) => x.kind === 'idle')) {
    const { verdict, notes: idleNotes } = idleSection(out, w, columns, labels, results);
    notes = [...notes, ...idleNotes];
    if (verdict.unjudged) {
      unjudged.push(`\`${w.name}\` (${verdict.unjudged})`);
    } else {
      targetRows.push([`\`${w.name}\``, verdict.target, `≤ ${fmtKiB(verdict.neededKiB)}`, fmtKiB(verdict.kib),
        ...references.map(() => '–'), verdict.met ? 'yes' : '**no**']);
    }
  }

  for (const w of workloads.filter((x) => x.kind === 'failover')) {
    notes = [...notes, ...failoverSection(out, w, columns, labels, results)];
  }

  if (targetRows.length) {
    out.push('## Targets');
    out.push('');
    out.push(
      "ferrodis against the project's performance targets, in this run: \"best\" is the best other " +
        "client's median ops/s, \"limit\" redis-benchmark's, a client's name that client's " +
        '(`benchmark/lib/targets.js`). Where a target has two bars, the lower one is the one to clear.',
    );
    out.push('');
    const head = ['workload', 'target', 'needed', 'ferrodis', ...references.map((k) => labels[k]), 'met'];
    out.push(`| ${head.join(' | ')} |`);
    out.push(`|${head.map((_, i) => (i < 2 || i === head.length - 1 ? ' --- ' : ' ---: ')).join('|')}|`);
    for (const row of targetRows) out.push(`| ${row.join(' | ')} |`);
    out.push('');
  }
  if (unjudged.length) notes = [...notes, `Targets not judged in this run: ${unjudged.join(', ')}.`];

  const memoryWorkloads = workloads.filter((w) => w.kind === 'memory');
  for (const w of memoryWorkloads) {
    out.push(`## Memory: \`${w.name}\``);
    out.push('');
    out.push(
      'RSS and V8 heap used of the client process before the first measured GET and after each ' +
        'checkpoint (after a forced GC, so heap shows what is retained), and peak RSS. First round shown.',
    );
    out.push('');
    const checkpoints = meta.memoryCheckpoints;
    const head = ['client', 'ops/s', 'RSS before', ...checkpoints.map((c) => `RSS @ ${fmtInt(c)}`), 'heap before',
      ...checkpoints.map((c) => `heap @ ${fmtInt(c)}`), 'peak RSS'];
    out.push(`| ${head.join(' | ')} |`);
    out.push(`|${head.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`);
    let memoryVerdict = null;
    for (const key of columns.filter((k) => k !== LIMIT)) {
      const s = summarize(results[w.name][key] || []);
      if (!s) continue;
      if (s.error) {
        out.push(`| ${labels[key]} | error (see notes) |${' |'.repeat(head.length - 2)}`);
        continue;
      }
      const snaps = s.memory;
      out.push(`| ${[labels[key], fmtInt(s.opsPerSec), ...snaps.map((m) => fmtMB(m.rssMB)),
        ...snaps.map((m) => fmtMB(m.heapUsedMB)), fmtMB(s.maxRssMB)].join(' | ')} |`);
      if (key === 'ferrodis' && snaps.length > 2) {
        memoryVerdict = judgeMemory(snaps[1].rssMB, snaps[snaps.length - 1].rssMB);
      }
    }
    out.push('');
    if (memoryVerdict) {
      const { target, growth, met } = memoryVerdict;
      const sign = growth >= 0 ? '+' : '';
      out.push(`Target: ${target}. ferrodis: ${sign}${(growth * 100).toFixed(1)}%, ${met ? 'met' : '**not met**'}.`);
      out.push('');
    }
  }

  out.push('## Workloads');
  out.push('');
  for (const w of workloads) {
    const limitRuns = (results[w.name] && results[w.name][LIMIT]) || [];
    const limitRun = limitRuns.find((r) => r && r.ok);
    const limit = limitRun ? ` Limit: \`${limitRun.command}\`.` : w.limit ? '' : ' No redis-benchmark equivalent.';
    out.push(`- \`${w.name}\`: ${w.describe}.${limit}`);
  }
  out.push('');

  const errorNotes = [];
  for (const w of workloads) {
    for (const key of columns) {
      const runs = (results[w.name] && results[w.name][key]) || [];
      runs.forEach((r, i) => {
        if (r && r.unsupported) errorNotes.push(`- \`${w.name}\` / ${labels[key]}: ${r.unsupported}: ${r.error}`);
        else if (r && !r.ok) errorNotes.push(`- \`${w.name}\` / ${labels[key]} / round ${r.round ?? i + 1}: ${r.error}`);
      });
    }
  }
  if (notes.length || errorNotes.length) {
    out.push('## Notes');
    out.push('');
    for (const n of notes) out.push(`- ${n}`);
    out.push(...errorNotes);
    out.push('');
  }
  return out.join('\n');
}

module.exports = { buildReport, summarize, fmtInt, fmtUs, fmtCpu, LIMIT, BUSY_PERCENT };
