'use strict';
/**
 * Driving a real cluster (from helpers/redis-server.js startCluster) into the states a cluster
 * client must handle: slots in migration (ASK), slots moved (MOVED), masters failed over, killed,
 * promoted and restarted. Everything here talks to the nodes with raw admin commands (node.command
 * / rawCommands: AUTH with the cluster's password, TLS with the test certs on a TLS cluster); none
 * of it uses ferrodis.
 *
 * Starting a cluster (helpers/redis-server.js, re-exported here):
 *   const cluster = await startCluster({ masters: 3, replicasPerMaster: 1, nodeTimeout: 1000,
 *                                        password, tls: false, tlsAuthClients: 'yes' });
 *   cluster.nodes        [RedisServer]  (node.kill() / node.restart() / node.command(...))
 *   cluster.rootNodes    [{ host, port }]   port = the TLS port on a TLS cluster
 *   cluster.urls         redis://127.0.0.1:port  |  rediss://127.0.0.1:tlsPort (TLS)
 *   cluster.tls          TLS only: { ca, cert, key } PEM strings for a client (client cert/key)
 *   cluster.certPaths    TLS only: { ca, cert, key } the same as file paths
 *   cluster.masters / replicasPerMaster / password; await cluster.stop()
 *   A TLS cluster is TLS-only (port 0, tls-port, tls-cluster yes, tls-replication yes): it
 *   announces its TLS ports in CLUSTER SLOTS and in MOVED/ASK. Certs: SAN localhost, 127.0.0.1, ::1.
 *
 * A NodeRef, as returned below, is { host, port, id, node }: host/port as the cluster announces
 * them, the 40-hex node id, and `node` the RedisServer in cluster.nodes (undefined if none).
 * Wherever a node is taken as an argument, any of these works: a RedisServer, a NodeRef, { port },
 * or a node id.
 *
 * Topology
 *   slotOwners(cluster, { via })  → [{ start, end, master: NodeRef, replicas: [NodeRef] }] sorted by
 *                          start, from CLUSTER SLOTS as `via` (default: the first running node) sees it.
 *                          Replicas appear only once linked and with a non-zero offset (see below).
 *   masterOf(cluster, slot, { via })  → NodeRef | undefined
 *   masterNodes(cluster, { via })     → [NodeRef] running nodes that own slots
 *   replicasOf(cluster, master)       → [NodeRef] running replicas of `master`, per its CLUSTER NODES
 *   nodeRef(cluster, node)            → NodeRef
 *   clusterNodes(cluster, { via })    → parsed CLUSTER NODES: [{ id, host, port, busPort, flags,
 *                          myself, master, replica, failing, masterId, configEpoch, linkState,
 *                          slots: [[start, end]], migrating: { slot: id }, importing: { slot: id } }]
 *   target(cluster, node)             → { host, port, tls? } for rawCommand/rawCommands
 *   parseRedirect(errOrMessage)       → { kind: 'MOVED'|'ASK', slot, host, port } | null
 *   waitForStable(cluster, { timeout = 15000, replicas = true })  → { ms }
 *                          every running node: cluster_state:ok; all 16384 slots; the same slot →
 *                          master map; every master running and every listed replica running; no
 *                          running node flagged fail/pfail; with `replicas`, every running replica's
 *                          link up and that replica listed under its master in every node's CLUSTER
 *                          SLOTS. Use after anything that changes the topology before a client test.
 *
 * Keys
 *   keyForSlot(slot, { prefix = 'key' })        → a plain key (no hash tag) whose slot is `slot`
 *   keysForSlot(slot, count, { prefix = 'key' }) → `count` distinct such keys
 *                          (~16k CRC16s per key; keyForSlot's first key is keysForSlot's first too)
 *
 * Slot migration (all return { slot, source: NodeRef, target: NodeRef, keys? })
 *   beginMigration(cluster, slot, toNode)  CLUSTER SETSLOT slot IMPORTING <source> on toNode, then
 *                          MIGRATING <toNode> on the slot's master. Now: keys still on the source are
 *                          served by it; a missing key gets -ASK from the source; the target answers
 *                          -MOVED (to the source) unless the command follows ASKING.
 *   migrateKeys(cluster, slot, keys?, { timeout = 5000, replace = true })  MIGRATE … KEYS on the
 *                          source (keys default: all still in the slot, CLUSTER GETKEYSINSLOT). The
 *                          source answers -ASK for each migrated key. Throws if the slot is not
 *                          migrating, or if a key is not in `slot`.
 *   finishMigration(cluster, slot, toNode, { wait = true, timeout = 10000 })  migrates the keys left
 *                          (SETSLOT NODE fails on a source that still holds some), then CLUSTER
 *                          SETSLOT slot NODE <toNode> on the target, the source and every other running
 *                          master (as redis-cli does). With `wait`, resolves once every running node's
 *                          CLUSTER SLOTS names toNode for the slot. Calls beginMigration first if the
 *                          slot is not migrating; returns at once if toNode already owns it.
 *   moveSlot(cluster, slot, toNode, opts)  all three (keys: every key moved). Afterwards the old
 *                          owner answers -MOVED.
 *
 * Failover
 *   manualFailover(cluster, master, { replica, force = false, timeout = 15000 })
 *                          CLUSTER FAILOVER [FORCE] on `replica` (default: the master's first
 *                          replica); resolves once every running node's CLUSTER NODES has the replica
 *                          as master and the old master as its replica, and then waitForStable (the old
 *                          master resynced and listed as a replica everywhere).
 *                          → { newMaster: NodeRef, oldMaster: NodeRef, slots: [[start, end]], ms }
 *   killMaster(cluster, master)   SIGKILL now (the node's dir is kept for restartNode).
 *                          → { at: Date.now() just before the kill, node: RedisServer, ref: NodeRef,
 *                              slots: [[start, end]], replicas: [NodeRef] }
 *   waitForPromotion(cluster, slot, { timeout = 15000, from, everywhere = false, interval = 20 })
 *                          polls the running nodes' CLUSTER SLOTS until one of them names as the
 *                          slot's master a running node (other than `from`, when given).
 *                          → { at, master: NodeRef, via: NodeRef (the node that said so first), ms }
 *                          everywhere: true additionally waits until every running node agrees;
 *                          then also { everywhereAt }.
 *   restartNode(cluster, node, { wait = true, timeout = 20000 })  restarts a killed (or running) node
 *                          on the same port and dir: nodes.conf is kept, so it rejoins with its old
 *                          id; a failed-over master comes back as a replica of its replacement. With
 *                          `wait`: its own link up (if a replica), then waitForStable.
 *                          → { node, ref: NodeRef, role: 'master'|'replica', ms }
 *
 * Timings measured here (3 masters + 3 replicas, cluster-node-timeout 1000, 2 CPUs): see the
 * cluster-helpers tests; a kill → promotion is about 2-3 s, a manual failover well under 1 s plus
 * the old master's resync.
 */
const { slotOf, SLOTS } = require('../../lib/commands/routing');
const { startCluster, rawCommands, RespError } = require('./redis-server');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// Talking to nodes
// ---------------------------------------------------------------------------------------------

/** The port a node announces: its TLS port on a TLS-only node. */
function announcedPort(node) {
  return node.port !== undefined ? node.port : node.tlsPort;
}

function running(cluster) {
  return cluster.nodes.filter((n) => n.running);
}

function serverAt(cluster, port) {
  return cluster.nodes.find((n) => announcedPort(n) === Number(port));
}

/** Several commands on one connection; replies (error replies as RespError values). */
async function commands(node, cmds, opts) {
  const auth = node.password !== undefined ? [['AUTH', node.password]] : [];
  const replies = await rawCommands(node.adminTarget(), [...auth, ...cmds], opts);
  if (auth.length && replies[0] instanceof RespError) throw replies[0];
  return replies.slice(auth.length);
}

/** { host, port, tls? } for rawCommand/rawCommands against `node` (no AUTH: add it yourself). */
function target(cluster, node) {
  const server = node && typeof node.command === 'function' ? node : serverAt(cluster, node.port);
  const t = { host: server.host, port: announcedPort(server) };
  if (cluster.tls) t.tls = { ...cluster.tls, servername: 'localhost' };
  return t;
}

const ids = new WeakMap();

async function idOf(server) {
  if (!ids.has(server)) ids.set(server, await server.command('CLUSTER', 'MYID'));
  return ids.get(server);
}

function makeRef(cluster, host, port, id) {
  return { host, port: Number(port), id, node: serverAt(cluster, port) };
}

/** NodeRef for a RedisServer, a NodeRef, { port } or a node id. */
async function nodeRef(cluster, node) {
  if (node && typeof node.command === 'function') {
    return { host: node.host, port: announcedPort(node), id: await idOf(node), node };
  }
  if (typeof node === 'string') {
    const entry = (await clusterNodes(cluster)).find((e) => e.id === node);
    if (!entry) throw new Error(`no node with id ${node} in the cluster`);
    return makeRef(cluster, entry.host, entry.port, entry.id);
  }
  if (node && node.port !== undefined) {
    const server = serverAt(cluster, node.port);
    if (!server) throw new Error(`no node on port ${node.port} in the cluster`);
    return nodeRef(cluster, server);
  }
  throw new Error(`not a node: ${node}`);
}

function viaNode(cluster, via) {
  if (via) {
    const server = typeof via.command === 'function' ? via : via.node || serverAt(cluster, via.port);
    if (!server) throw new Error('`via` is not a node of the cluster');
    return server;
  }
  const first = running(cluster)[0];
  if (!first) throw new Error('no running node in the cluster');
  return first;
}

// ---------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------

/** Parses CLUSTER NODES text (see the top of the file for the shape). */
function parseClusterNodes(text) {
  return text.split('\n').filter(Boolean).map((line) => {
    const [id, addr, flagText, master, , , configEpoch, linkState, ...slotTokens] = line.split(' ');
    const m = /^(.*):(\d+)@(\d+)/.exec(addr);
    const flags = flagText.split(',');
    const entry = {
      id,
      host: m ? m[1] : '',
      port: m ? Number(m[2]) : 0,
      busPort: m ? Number(m[3]) : 0,
      flags,
      myself: flags.includes('myself'),
      master: flags.includes('master'),
      replica: flags.includes('slave'),
      failing: flags.includes('fail') || flags.includes('fail?'),
      masterId: master === '-' ? null : master,
      configEpoch: Number(configEpoch),
      linkState,
      slots: [],
      migrating: {},
      importing: {},
    };
    for (const token of slotTokens) {
      let mm;
      if ((mm = /^\[(\d+)->-(\w+)\]$/.exec(token))) entry.migrating[mm[1]] = mm[2];
      else if ((mm = /^\[(\d+)-<-(\w+)\]$/.exec(token))) entry.importing[mm[1]] = mm[2];
      else if ((mm = /^(\d+)(?:-(\d+))?$/.exec(token))) entry.slots.push([Number(mm[1]), Number(mm[2] ?? mm[1])]);
    }
    return entry;
  });
}

function parseSlots(cluster, reply) {
  return reply.map(([start, end, master, ...replicas]) => ({
    start,
    end,
    master: makeRef(cluster, master[0], master[1], master[2]),
    replicas: replicas.map((r) => makeRef(cluster, r[0], r[1], r[2])),
  })).sort((a, b) => a.start - b.start);
}

function parseInfo(text) {
  const out = {};
  for (const line of String(text).split('\r\n')) {
    const i = line.indexOf(':');
    if (i > 0) out[line.slice(0, i)] = line.slice(i + 1);
  }
  return out;
}

/** `-MOVED 3999 127.0.0.1:6381` / `ASK …` (an Error or its message) → { kind, slot, host, port }. */
function parseRedirect(err) {
  const message = typeof err === 'string' ? err : err && err.message;
  const m = /^(MOVED|ASK) (\d+) (.*):(\d+)$/.exec(String(message || '').replace(/^-/, ''));
  return m ? { kind: m[1], slot: Number(m[2]), host: m[3], port: Number(m[4]) } : null;
}

// ---------------------------------------------------------------------------------------------
// Topology
// ---------------------------------------------------------------------------------------------

async function clusterNodes(cluster, { via } = {}) {
  return parseClusterNodes(await viaNode(cluster, via).command('CLUSTER', 'NODES'));
}

async function slotOwners(cluster, { via } = {}) {
  return parseSlots(cluster, await viaNode(cluster, via).command('CLUSTER', 'SLOTS'));
}

async function masterOf(cluster, slot, opts) {
  const range = (await slotOwners(cluster, opts)).find((r) => r.start <= slot && slot <= r.end);
  return range && range.master;
}

async function masterNodes(cluster, opts) {
  const byId = new Map();
  for (const r of await slotOwners(cluster, opts)) {
    if (r.master.node && r.master.node.running) byId.set(r.master.id, r.master);
  }
  return [...byId.values()];
}

async function replicasOf(cluster, master) {
  const ref = await nodeRef(cluster, master);
  const entries = await clusterNodes(cluster, { via: ref.node && ref.node.running ? ref.node : undefined });
  return entries
    .filter((e) => e.replica && e.masterId === ref.id && !e.failing)
    .map((e) => makeRef(cluster, e.host, e.port, e.id))
    .filter((r) => r.node && r.node.running);
}

/** Slot ranges [[start, end]] that `ref` owns, per `via`'s CLUSTER SLOTS. */
async function rangesOf(cluster, ref, opts) {
  return (await slotOwners(cluster, opts)).filter((r) => r.master.id === ref.id).map((r) => [r.start, r.end]);
}

/** Polls `check(ctx)` until it returns something other than undefined/false; ctx.why explains a miss. */
async function waitFor(what, check, { timeout = 15000, interval = 50 } = {}) {
  const deadline = Date.now() + timeout;
  const ctx = { why: '' };
  for (;;) {
    try {
      const value = await check(ctx);
      if (value !== undefined && value !== false) return value;
    } catch (err) {
      ctx.why = err.message;
    }
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeout} ms${ctx.why ? ` (last: ${ctx.why})` : ''}`);
    await sleep(interval);
  }
}

/** Every running node's view: { server, slots, nodes, info, repl } (or { server, error }). */
async function views(cluster) {
  return Promise.all(running(cluster).map(async (server) => {
    try {
      const [slots, nodes, info, repl] = await commands(server, [
        ['CLUSTER', 'SLOTS'], ['CLUSTER', 'NODES'], ['CLUSTER', 'INFO'], ['INFO', 'replication'],
      ], { timeout: 1000 });
      for (const r of [slots, nodes, info, repl]) if (r instanceof RespError) throw r;
      return { server, slots: parseSlots(cluster, slots), nodes: parseClusterNodes(nodes), info: parseInfo(info), repl: parseInfo(repl) };
    } catch (error) {
      return { server, error };
    }
  }));
}

/** Why `vs` is not a stable topology ('' when it is). */
function unstable(cluster, vs, { replicas = true } = {}) {
  const signature = (v) => v.slots.map((r) => `${r.start}-${r.end}:${r.master.id}`).join(' ');
  let first;
  for (const v of vs) {
    const name = `:${announcedPort(v.server)}`;
    if (v.error) return `${name}: ${v.error.message}`;
    if (v.info.cluster_state !== 'ok') return `${name}: cluster_state ${v.info.cluster_state}`;
    const covered = v.slots.reduce((n, r) => n + r.end - r.start + 1, 0);
    if (covered !== SLOTS) return `${name}: ${covered} slots covered`;
    if (first === undefined) first = signature(v);
    else if (signature(v) !== first) return `${name}: slot map differs (${signature(v)} vs ${first})`;
    for (const r of v.slots) {
      if (!r.master.node || !r.master.node.running) return `${name}: master :${r.master.port} of ${r.start}-${r.end} is not running`;
      for (const rep of r.replicas) {
        if (!rep.node || !rep.node.running) return `${name}: lists dead replica :${rep.port}`;
      }
    }
    for (const e of v.nodes) {
      const server = serverAt(cluster, e.port);
      if (server && server.running && e.failing) return `${name}: flags :${e.port} ${e.flags.join(',')}`;
    }
  }
  if (replicas) {
    for (const v of vs) {
      if (v.repl.role !== 'slave') continue;
      const name = `:${announcedPort(v.server)}`;
      if (v.repl.master_link_status !== 'up') return `${name}: replica link ${v.repl.master_link_status}`;
      const masterPort = Number(v.repl.master_port);
      for (const w of vs) {
        const listed = w.slots.filter((r) => r.master.port === masterPort)
          .every((r) => r.replicas.some((rep) => rep.port === announcedPort(v.server)));
        if (!listed) return `:${announcedPort(w.server)}: does not list replica ${name} of :${masterPort}`;
      }
    }
  }
  return '';
}

async function waitForStable(cluster, { timeout = 15000, replicas = true } = {}) {
  const started = Date.now();
  await waitFor('stable cluster topology', async (ctx) => {
    ctx.why = unstable(cluster, await views(cluster), { replicas });
    return ctx.why === '';
  }, { timeout, interval: 50 });
  return { ms: Date.now() - started };
}

// ---------------------------------------------------------------------------------------------
// Keys
// ---------------------------------------------------------------------------------------------

const keyCache = new Map(); // `${prefix}\0${slot}` → { keys, next }

function keysForSlot(slot, count, { prefix = 'key' } = {}) {
  if (!Number.isInteger(slot) || slot < 0 || slot >= SLOTS) throw new RangeError(`slot ${slot} out of range`);
  const cacheKey = `${prefix}\0${slot}`;
  let found = keyCache.get(cacheKey);
  if (!found) keyCache.set(cacheKey, (found = { keys: [], next: 0 }));
  while (found.keys.length < count) {
    const candidate = `${prefix}:${found.next++}`;
    if (slotOf(candidate) === slot) found.keys.push(candidate);
  }
  return found.keys.slice(0, count);
}

function keyForSlot(slot, opts) {
  return keysForSlot(slot, 1, opts)[0];
}

// ---------------------------------------------------------------------------------------------
// Slot migration
// ---------------------------------------------------------------------------------------------

/** { source, target } NodeRefs of the running node that has `slot` MIGRATING, or undefined. */
async function migrationOf(cluster, slot) {
  for (const server of running(cluster)) {
    const me = parseClusterNodes(await server.command('CLUSTER', 'NODES')).find((e) => e.myself);
    const to = me && me.migrating[slot];
    if (to) {
      return { source: await nodeRef(cluster, server), target: await nodeRef(cluster, to) };
    }
  }
  return undefined;
}

async function beginMigration(cluster, slot, toNode) {
  const targetRef = await nodeRef(cluster, toNode);
  const source = await masterOf(cluster, slot, { via: targetRef.node });
  if (!source) throw new Error(`slot ${slot} has no master`);
  if (source.id === targetRef.id) throw new Error(`slot ${slot} is already on :${targetRef.port}`);
  // Importing first, as redis-cli does: a redirected client then always finds the target ready.
  await targetRef.node.command('CLUSTER', 'SETSLOT', slot, 'IMPORTING', source.id);
  await source.node.command('CLUSTER', 'SETSLOT', slot, 'MIGRATING', targetRef.id);
  return { slot, source, target: targetRef };
}

async function keysInSlot(server, slot) {
  return server.command('CLUSTER', 'GETKEYSINSLOT', slot, 1000000);
}

async function migrateKeys(cluster, slot, keys, { timeout = 5000, replace = true } = {}) {
  const migration = await migrationOf(cluster, slot);
  if (!migration) throw new Error(`slot ${slot} is not migrating (beginMigration first)`);
  const { source, target: to } = migration;
  const list = keys === undefined ? await keysInSlot(source.node, slot) : [...keys];
  for (const k of list) {
    if (slotOf(k) !== slot) throw new Error(`key ${JSON.stringify(k)} is in slot ${slotOf(k)}, not ${slot}`);
  }
  if (list.length) {
    const args = ['MIGRATE', to.host, to.port, '', 0, timeout];
    if (replace) args.push('REPLACE');
    if (cluster.password !== undefined) args.push('AUTH', cluster.password);
    args.push('KEYS', ...list);
    await source.node.command(...args); // OK, or NOKEY when none of them was there
  }
  return { slot, source, target: to, keys: list };
}

async function finishMigration(cluster, slot, toNode, { wait = true, timeout = 10000 } = {}) {
  const targetRef = await nodeRef(cluster, toNode);
  let migration = await migrationOf(cluster, slot);
  if (!migration) {
    const owner = await masterOf(cluster, slot, { via: targetRef.node });
    if (owner && owner.id === targetRef.id) return { slot, source: owner, target: targetRef, keys: [] };
    await beginMigration(cluster, slot, targetRef);
    migration = await migrationOf(cluster, slot);
  }
  if (migration.target.id !== targetRef.id) {
    throw new Error(`slot ${slot} is migrating to :${migration.target.port}, not :${targetRef.port}`);
  }
  const { keys } = await migrateKeys(cluster, slot);
  const setNode = async (server) => {
    try {
      await server.command('CLUSTER', 'SETSLOT', slot, 'NODE', targetRef.id);
    } catch (err) {
      if (!/only with masters/i.test(err.message)) throw err; // replicas learn by gossip
    }
  };
  // Target first (it bumps its config epoch, so its claim wins everywhere), then the source, then
  // every other master — the order redis-cli uses.
  await setNode(targetRef.node);
  await setNode(migration.source.node);
  for (const server of running(cluster)) {
    if (server !== targetRef.node && server !== migration.source.node) await setNode(server);
  }
  if (wait) {
    await waitFor(`slot ${slot} owned by :${targetRef.port} everywhere`, async (ctx) => {
      for (const v of await views(cluster)) {
        if (v.error) { ctx.why = v.error.message; return false; }
        const r = v.slots.find((x) => x.start <= slot && slot <= x.end);
        if (!r || r.master.id !== targetRef.id) {
          ctx.why = `:${announcedPort(v.server)} says ${r ? `:${r.master.port}` : 'nobody'}`;
          return false;
        }
      }
      return true;
    }, { timeout, interval: 20 });
  }
  return { slot, source: migration.source, target: targetRef, keys };
}

async function moveSlot(cluster, slot, toNode, opts = {}) {
  const begun = await beginMigration(cluster, slot, toNode);
  const migrated = await migrateKeys(cluster, slot, undefined, opts);
  const done = await finishMigration(cluster, slot, toNode, opts);
  return { ...done, source: begun.source, keys: [...migrated.keys, ...done.keys] };
}

// ---------------------------------------------------------------------------------------------
// Failover
// ---------------------------------------------------------------------------------------------

async function manualFailover(cluster, master, { replica, force = false, timeout = 15000 } = {}) {
  const started = Date.now();
  const oldMaster = await nodeRef(cluster, master);
  const slots = await rangesOf(cluster, oldMaster, { via: oldMaster.node });
  let newMaster;
  if (replica !== undefined) {
    newMaster = await nodeRef(cluster, replica);
  } else {
    [newMaster] = await replicasOf(cluster, oldMaster);
    if (!newMaster) throw new Error(`:${oldMaster.port} has no running replica`);
  }
  await newMaster.node.command('CLUSTER', 'FAILOVER', ...(force ? ['FORCE'] : []));
  await waitFor(`failover of :${oldMaster.port} to :${newMaster.port}`, async (ctx) => {
    for (const v of await views(cluster)) {
      if (v.error) { ctx.why = v.error.message; return false; }
      const name = `:${announcedPort(v.server)}`;
      const nm = v.nodes.find((e) => e.id === newMaster.id);
      const om = v.nodes.find((e) => e.id === oldMaster.id);
      if (!nm || !nm.master) { ctx.why = `${name} does not see :${newMaster.port} as master`; return false; }
      if (oldMaster.node.running && (!om || om.masterId !== newMaster.id)) {
        ctx.why = `${name} does not see :${oldMaster.port} as a replica of :${newMaster.port}`;
        return false;
      }
      for (const [start] of slots) {
        const r = v.slots.find((x) => x.start <= start && start <= x.end);
        if (!r || r.master.id !== newMaster.id) { ctx.why = `${name} has slot ${start} on ${r ? `:${r.master.port}` : 'nobody'}`; return false; }
      }
    }
    return true;
  }, { timeout, interval: 20 });
  await waitForStable(cluster, { timeout: Math.max(1000, timeout - (Date.now() - started)) });
  return { newMaster, oldMaster, slots, ms: Date.now() - started };
}

async function killMaster(cluster, master) {
  const ref = await nodeRef(cluster, master);
  const slots = await rangesOf(cluster, ref, { via: ref.node });
  if (!slots.length) throw new Error(`:${ref.port} owns no slots`);
  const replicas = await replicasOf(cluster, ref);
  const at = Date.now();
  await ref.node.kill();
  return { at, node: ref.node, ref, slots, replicas };
}

async function waitForPromotion(cluster, slot, { timeout = 15000, from, everywhere = false, interval = 20 } = {}) {
  const started = Date.now();
  const fromId = from === undefined ? undefined
    : typeof from === 'string' ? from
      : from.id || (typeof from.command === 'function' ? ids.get(from) : undefined);
  const isNew = (ref) => ref && ref.node && ref.node.running && ref.id !== fromId;
  const first = await waitFor(`promotion for slot ${slot}`, async (ctx) => {
    const vs = await views(cluster);
    for (const v of vs) {
      if (v.error) continue;
      const r = v.slots.find((x) => x.start <= slot && slot <= x.end);
      if (r && isNew(r.master)) {
        return { at: Date.now(), master: r.master, via: await nodeRef(cluster, v.server) };
      }
      ctx.why = `:${announcedPort(v.server)} says ${r ? `:${r.master.port}` : 'nobody'}`;
    }
    return false;
  }, { timeout, interval });
  const result = { ...first, ms: first.at - started };
  if (everywhere) {
    await waitFor(`every node agreeing on :${first.master.port} for slot ${slot}`, async (ctx) => {
      for (const v of await views(cluster)) {
        if (v.error) { ctx.why = v.error.message; return false; }
        const r = v.slots.find((x) => x.start <= slot && slot <= x.end);
        if (!r || r.master.id !== first.master.id) { ctx.why = `:${announcedPort(v.server)} says ${r ? `:${r.master.port}` : 'nobody'}`; return false; }
      }
      return true;
    }, { timeout: Math.max(1000, timeout - (Date.now() - started)), interval });
    result.everywhereAt = Date.now();
  }
  return result;
}

async function restartNode(cluster, node, { wait = true, timeout = 20000 } = {}) {
  const started = Date.now();
  const server = typeof node.command === 'function' ? node : (await nodeRef(cluster, node)).node;
  await server.restart();
  const ref = await nodeRef(cluster, server);
  let role = 'master';
  if (wait) {
    role = await waitFor(`:${ref.port} rejoining`, async (ctx) => {
      const me = parseClusterNodes(await server.command('CLUSTER', 'NODES')).find((e) => e.myself);
      const repl = parseInfo(await server.command('INFO', 'replication'));
      if (me.replica) {
        if (repl.role !== 'slave' || repl.master_link_status !== 'up') { ctx.why = `link ${repl.master_link_status}`; return false; }
        return 'replica';
      }
      // Still a master: fine once it owns slots nobody else claims (it was not failed over) or
      // it owns none (a slotless master); not while it still claims slots taken over.
      const owners = await slotOwners(cluster, { via: running(cluster).find((s) => s !== server) || server });
      const claimed = me.slots.every(([s]) => owners.some((r) => r.start <= s && s <= r.end && r.master.id === ref.id));
      if (!claimed) { ctx.why = 'still claims slots owned by another node'; return false; }
      return 'master';
    }, { timeout, interval: 50 });
    await waitForStable(cluster, { timeout: Math.max(1000, timeout - (Date.now() - started)) });
  } else {
    const me = parseClusterNodes(await server.command('CLUSTER', 'NODES')).find((e) => e.myself);
    role = me.replica ? 'replica' : 'master';
  }
  return { node: server, ref, role, ms: Date.now() - started };
}

/**
 * One cluster for a test file, started before its tests (`started(cluster)` is told) and
 * stopped after them, with every cluster client `connected()` made destroyed first.
 *   let cluster;
 *   const { connected } = useCluster({ masters: 3, replicasPerMaster: 1 }, (c) => (cluster = c));
 *   const c = await connected({ useReplicas: true });        // ferrodis, its errors listened to
 *   const n = await connected({}, require('redis'));          // the same with node-redis
 */
function useCluster(options, started) {
  let cluster;
  const open = [];
  beforeAll(async () => {
    cluster = await startCluster(options);
    started(cluster);
  });
  afterAll(async () => {
    for (const client of open) {
      try {
        client.destroy();
      } catch {
        // closed
      }
    }
    if (cluster) await cluster.stop();
  });
  async function connected(clientOptions = {}, lib = require('../..')) {
    const client = lib.createCluster({ rootNodes: cluster.rootNodes.map(({ host, port }) => ({ socket: { host, port } })), ...clientOptions });
    client.on('error', () => {});
    client.on('node-error', () => {});
    open.push(client);
    await client.connect();
    return client;
  }
  return { connected };
}

module.exports = {
  startCluster,
  useCluster,
  // topology
  slotOwners,
  masterOf,
  masterNodes,
  replicasOf,
  nodeRef,
  clusterNodes,
  parseClusterNodes,
  parseRedirect,
  target,
  waitForStable,
  // keys
  keyForSlot,
  keysForSlot,
  // migration
  beginMigration,
  migrateKeys,
  finishMigration,
  moveSlot,
  migrationOf,
  // failover
  manualFailover,
  killMaster,
  waitForPromotion,
  restartNode,
};
