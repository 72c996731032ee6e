'use strict';
// The Redis Cluster the cluster workloads run against: our own redis-server nodes on free loopback
// ports (each with its own bus port, `cluster-port`, and its own temporary directory), joined with
// `redis-cli --cluster create … --cluster-yes`, and ready once every node sees cluster_state:ok,
// all 16384 slots covered, every node known, the same owner for every slot, and every replica's
// link to its master up. Stopped by the nodes' pids. Never the server on 6379.
//
// Two shapes are used (run.js): 3 masters without replicas for the throughput rows (one cluster
// for the whole run, seeded), and 3 masters + 3 replicas with a 1 s node timeout for
// cluster-kill-master (a fresh one for every measurement, since a master is killed in each).

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { launch, freePort, tail, serverVersion, seed, sleep } = require('./server');

const SLOTS = 16384;

// CRC16-XMODEM of the key (or of its hash tag, the part between the first `{` and the next `}` if
// not empty), modulo 16384: Redis Cluster's key slot.
function keySlot(key) {
  let bytes = Buffer.from(key);
  const open = bytes.indexOf(0x7b);
  if (open >= 0) {
    const close = bytes.indexOf(0x7d, open + 1);
    if (close > open + 1) bytes = bytes.subarray(open + 1, close);
  }
  let crc = 0;
  for (const b of bytes) {
    crc ^= b << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc & (SLOTS - 1);
}

function cli(port, args) {
  const r = spawnSync('redis-cli', ['-h', '127.0.0.1', '-p', String(port), ...args], { encoding: 'utf8', timeout: 10000 });
  return r.status === 0 ? r.stdout : null;
}

const field = (text, name) => {
  const m = new RegExp(`^${name}:(.*)$`, 'm').exec(text || '');
  return m ? m[1].trim() : null;
};

// CLUSTER NODES as seen from one node: [{ id, port, flags, master, slots: [[from, to], …] }].
function clusterNodes(port) {
  const text = cli(port, ['CLUSTER', 'NODES']);
  if (!text) return null;
  return text.trim().split('\n').map((line) => {
    const [id, address, flags, master, , , , , ...slots] = line.trim().split(' ');
    return {
      id,
      port: Number(address.split('@')[0].split(':').pop()),
      flags: flags.split(','),
      master: master === '-' ? null : master,
      slots: slots.filter((s) => !s.startsWith('[')).map((s) => s.split('-').map(Number)).map(([a, b = a]) => [a, b]),
    };
  });
}

// Who owns which slots, as one node sees it: "port:from-to,…" per master, sorted; null if that
// node does not see a healthy cluster of `count` nodes yet.
function healthyView(port, count) {
  const info = cli(port, ['CLUSTER', 'INFO']);
  if (field(info, 'cluster_state') !== 'ok' || field(info, 'cluster_slots_ok') !== String(SLOTS) ||
      field(info, 'cluster_known_nodes') !== String(count)) return null;
  const nodes = clusterNodes(port);
  if (!nodes || nodes.some((n) => n.flags.some((f) => /fail|handshake|noaddr/.test(f)))) return null;
  return nodes
    .filter((n) => n.flags.includes('master') && n.slots.length)
    .map((n) => `${n.port}:${n.slots.map(([a, b]) => `${a}-${b}`).join(',')}`)
    .sort()
    .join(' ');
}

/**
 * Starts `masters` × (1 + `replicas`) nodes, creates the cluster and waits until it is ready.
 * `config`: more redis-server settings for every node (e.g. { 'cluster-node-timeout': 1000 }).
 * Returns { nodes: [{ host, port, pid, id, role, masterId, slots }], masters, version, stop(),
 * owner(slot) } (role 'master' or 'replica').
 */
async function startCluster({ masters = 3, replicas = 0, config = {}, prefix = [] } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ferrodis-bench-cluster-'));
  const launched = [];
  const stop = async () => {
    await Promise.all(launched.map((n) => n.server.stop()));
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    const count = masters * (1 + replicas);
    const extra = Object.entries(config).flatMap(([k, v]) => [`--${k}`, String(v)]);
    const used = new Set([6379]);
    for (let i = 0; i < count; i++) {
      let node = null;
      for (let attempt = 0; attempt < 5 && !node; attempt++) {
        const port = await freePort();
        const bus = await freePort();
        if (used.has(port) || used.has(bus) || port === bus) continue;
        const nodeDir = path.join(dir, `node-${i}`);
        fs.mkdirSync(nodeDir, { recursive: true });
        const server = await launch({
          prefix,
          port,
          cwd: nodeDir,
          args: ['--port', String(port), '--cluster-port', String(bus), '--bind', '127.0.0.1', '--save', '',
            '--appendonly', 'no', '--dir', nodeDir, '--logfile', path.join(nodeDir, 'redis.log'),
            '--cluster-enabled', 'yes', '--cluster-config-file', path.join(nodeDir, 'nodes.conf'),
            // A replica's first sync starts at once rather than after 5 s (only the start is faster).
            '--repl-diskless-sync-delay', '0', ...extra],
        });
        if (server) {
          used.add(port).add(bus);
          node = { port, server };
        }
      }
      if (!node) throw new Error(`could not start cluster node ${i + 1}: ${tail(path.join(dir, `node-${i}`, 'redis.log'))}`);
      launched.push(node);
    }
    const create = spawnSync('redis-cli', ['--cluster', 'create', ...launched.map((n) => `127.0.0.1:${n.port}`),
      '--cluster-replicas', String(replicas), '--cluster-yes'], { encoding: 'utf8', timeout: 60000 });
    if (create.status !== 0) {
      throw new Error(`redis-cli --cluster create failed: ${`${create.stdout}${create.stderr}`.trim().split('\n').slice(-3).join(' | ')}`);
    }
    // Ready: every node sees the same healthy cluster, and every replica's link is up.
    let nodes = null;
    for (let i = 0; i < 300 && !nodes; i++) {
      const views = launched.map((n) => healthyView(n.port, count));
      const replicasUp = launched.every((n) => {
        const info = cli(n.port, ['INFO', 'replication']);
        return field(info, 'role') === 'master' || field(info, 'master_link_status') === 'up';
      });
      if (views.every((v) => v && v === views[0]) && replicasUp) nodes = clusterNodes(launched[0].port);
      else await sleep(100);
    }
    if (!nodes) throw new Error(`the cluster did not become ready within 30 s: ${cli(launched[0].port, ['CLUSTER', 'INFO']) || '?'}`);
    const pidOf = new Map(launched.map((n) => [n.port, n.server.pid]));
    const all = nodes
      .map((n) => ({
        host: '127.0.0.1',
        port: n.port,
        pid: pidOf.get(n.port),
        id: n.id,
        role: n.flags.includes('master') ? 'master' : 'replica',
        masterId: n.master,
        slots: n.slots,
      }))
      .sort((a, b) => a.port - b.port);
    const mastersList = all.filter((n) => n.role === 'master');
    const owners = new Array(SLOTS);
    for (const m of mastersList) for (const [a, b] of m.slots) for (let s = a; s <= b; s++) owners[s] = m;
    return {
      nodes: all,
      masters: mastersList,
      version: serverVersion(),
      owner: (slot) => owners[slot],
      describe: `${masters} masters${replicas ? ` + ${masters * replicas} replicas` : ', no replicas'}`,
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

// Loads `commands` (each [name, key, …]) with redis-cli --pipe, each on the master that owns its
// key's slot.
function seedCluster(cluster, commands) {
  const byMaster = new Map();
  for (const command of commands) {
    const master = cluster.owner(keySlot(command[1]));
    if (!byMaster.has(master.port)) byMaster.set(master.port, []);
    byMaster.get(master.port).push(command);
  }
  for (const [port, list] of byMaster) seed(port, list);
}

module.exports = { startCluster, seedCluster, keySlot, SLOTS };
