'use strict';
/**
 * A loopback sentinel deployment for tests: one master, `replicas` replicas and `sentinels`
 * sentinels (`redis-server --sentinel`), each a real process on free ports (helpers/redis-server.js).
 *
 *   const topo = await startSentinels({ replicas: 2, sentinels: 3, name: 'mymaster', downAfter: 1000 });
 *   topo.name / topo.sentinelRootNodes ([{ host, port }]) / topo.master / topo.replicas / topo.sentinels
 *   await topo.masterNode()      { host, port } the sentinels currently report
 *   await topo.waitForMaster(fn) waits until the reported master satisfies fn(node) (10 s)
 *   await topo.failover()        SENTINEL FAILOVER (on a sentinel still running), resolving to the new
 *                                master once every running sentinel reports it and the failover ended
 *   await topo.settled(node)     waits for that (after a kill -9 of the master, say)
 *   topo.serverAt(node)          the RedisServer listening at { port }
 *   await topo.stop()
 *
 * Resolves once every sentinel knows the master, every replica and every other sentinel, so a
 * test's first SENTINEL REPLICAS / SENTINELS sees the whole deployment.
 */
const { startRedis } = require('./redis-server');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(what, check, timeout = 15000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      if (await check()) return;
    } catch { /* not yet */ }
    if (Date.now() > deadline) throw new Error(`sentinel topology: timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** A flat [k, v, k, v] reply (SENTINEL MASTER / REPLICAS entries) as an object. */
function fields(flat) {
  const object = {};
  for (let i = 0; i < flat.length; i += 2) object[flat[i]] = flat[i + 1];
  return object;
}

async function startSentinels({ name = 'mymaster', replicas = 2, sentinels = 3, downAfter = 1000, failoverTimeout = 5000, quorum = 2, binary } = {}) {
  const started = [];
  const stopAll = () => Promise.all(started.map((server) => server.stop().catch(() => {})));
  try {
    const master = await startRedis({ binary });
    started.push(master);
    const replicaServers = [];
    for (let i = 0; i < replicas; i++) {
      const replica = await startRedis({ binary, config: { replicaof: `127.0.0.1 ${master.port}`, 'replica-priority': String(100 - i) } });
      started.push(replica);
      replicaServers.push(replica);
    }
    await waitFor('the replicas to sync', async () => {
      const info = await master.command('INFO', 'replication');
      return Number(/connected_slaves:(\d+)/.exec(info)[1]) === replicas && (info.match(/state=online/g) || []).length === replicas;
    });
    const sentinelServers = [];
    for (let i = 0; i < sentinels; i++) {
      const sentinel = await startRedis({
        binary,
        extraArgs: ['--sentinel'],
        config: {
          'sentinel monitor': `${name} 127.0.0.1 ${master.port} ${Math.min(quorum, sentinels)}`,
          'sentinel down-after-milliseconds': `${name} ${downAfter}`,
          'sentinel failover-timeout': `${name} ${failoverTimeout}`,
          'sentinel parallel-syncs': `${name} ${replicas}`,
        },
      });
      started.push(sentinel);
      sentinelServers.push(sentinel);
    }
    await waitFor('the sentinels to know the deployment', async () => {
      for (const sentinel of sentinelServers) {
        const known = fields(await sentinel.command('SENTINEL', 'MASTER', name));
        if (Number(known['num-slaves']) !== replicas || Number(known['num-other-sentinels']) !== sentinels - 1) return false;
        const listed = (await sentinel.command('SENTINEL', 'REPLICAS', name)).map(fields);
        const peers = (await sentinel.command('SENTINEL', 'SENTINELS', name)).map(fields);
        if ([...listed, ...peers].some((r) => /s_down|disconnected/.test(r.flags))) return false;
      }
      return true;
    });

    const topo = {
      name,
      master,
      replicas: replicaServers,
      sentinels: sentinelServers,
      sentinelRootNodes: sentinelServers.map((s) => ({ host: '127.0.0.1', port: s.port })),
      servers: started,
      async masterNode(sentinel) {
        for (const s of sentinel ? [sentinel] : sentinelServers) {
          try {
            const [host, port] = await s.command('SENTINEL', 'GET-MASTER-ADDR-BY-NAME', name);
            return { host, port: Number(port) };
          } catch { /* that sentinel is down: ask the next */ }
        }
        throw new Error('no sentinel answers');
      },
      async waitForMaster(check, timeout = 20000) {
        let node;
        await waitFor('the master to change', async () => check((node = await topo.masterNode())), timeout);
        return node;
      },
      async failover() {
        const before = await topo.masterNode();
        const alive = sentinelServers.filter((s) => s.running);
        await alive[0].command('SENTINEL', 'FAILOVER', name);
        const next = await topo.waitForMaster((node) => node.port !== before.port);
        await topo.settled(next);
        return next;
      },
      /** Waits until every running sentinel reports `node` as the master, the failover over. */
      async settled(node, timeout = 30000) {
        await waitFor('the failover to end', async () => {
          for (const s of sentinelServers.filter((server) => server.running)) {
            const known = fields(await s.command('SENTINEL', 'MASTER', name));
            if (Number(known.port) !== node.port || /failover_in_progress/.test(known.flags)) return false;
          }
          return true;
        }, timeout);
      },
      serverAt(node) {
        return started.find((server) => server.port === node.port);
      },
      stop: stopAll,
    };
    return topo;
  } catch (err) {
    await stopAll();
    throw err;
  }
}

module.exports = { startSentinels, fields };
