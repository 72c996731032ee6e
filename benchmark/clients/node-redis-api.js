'use strict';
// Adapter for any client with node-redis v5's API: node-redis itself and ferrodis (its drop-in
// replacement). Only public, documented calls are used, so the same code measures both.
// createCluster: node-redis' RedisCluster (`createCluster({ rootNodes, defaults })`), the same
// calls; a build of a module without createCluster says so ("has no createCluster").

// The adapter's calls on a connected client or cluster (the same API on both, but for
// sendCommand, which `send` gives).
function wrap(client, send) {
  let lastError = null;
  client.on('error', (err) => {
    lastError = err;
  });
  return {
    async connect() {
      await client.connect();
    },
    get: (key) => client.get(key),
    set: (key, value) => client.set(key, value),
    mGet: (keys) => client.mGet(keys),
    hGetAll: (key) => client.hGetAll(key),
    lRange: (key, start, stop) => client.lRange(key, start, stop),
    blPop: (key, timeout) => client.blPop(key, timeout),
    multiSets(pairs) {
      let multi = client.multi();
      for (const [key, value] of pairs) multi = multi.set(key, value);
      return multi.exec();
    },
    sendCommand: send,
    async close() {
      // close() is v5.x/v6; quit() is the v4 name the guide still uses.
      if (typeof client.close === 'function') await client.close();
      else await client.quit();
    },
    lastError: () => lastError,
  };
}

// `socketOptions`: more socket options for every client (e.g. ferrodis engine-driven).
function nodeRedisApiAdapter(loadModule, socketOptions = {}) {
  return {
    // `tls`: { ca, cert, key } PEM strings, for the server's TLS port.
    // `clientOptions`: more createClient options (RESP, clientSideCache).
    async create({ host, port, tls, clientOptions }) {
      const { createClient } = loadModule();
      const socket = tls ? { host, port, tls: true, ...tls } : { host, port };
      const client = createClient({ ...clientOptions, socket: { ...socket, ...socketOptions } });
      return wrap(client, (args) => client.sendCommand(args));
    },
    // A pool with the default pool options; `execute(fn)` besides the commands.
    async createPool({ host, port }) {
      const { createClientPool } = loadModule();
      if (typeof createClientPool !== 'function') throw new Error('this build has no createClientPool');
      const pool = createClientPool({ socket: { host, port, ...socketOptions } });
      return { ...wrap(pool, (args) => pool.sendCommand(args)), execute: (fn) => pool.execute(fn) };
    },
    // A connected client subscribed to `channel` (or an array of them), `listener(message)` for
    // each message.
    async createSubscriber({ host, port }, channel, listener) {
      const { createClient } = loadModule();
      const client = createClient({ socket: { host, port, ...socketOptions } });
      client.on('error', () => {});
      await client.connect();
      await client.subscribe(channel, listener);
      return { close: () => client.close() };
    },
    // `nodes`: [{ host, port }] of the cluster, all given as root nodes.
    async createCluster({ nodes }) {
      const { createCluster } = loadModule();
      if (typeof createCluster !== 'function') throw new Error('this build has no createCluster');
      const cluster = createCluster({
        rootNodes: nodes.map(({ host, port }) => ({ socket: { host, port } })),
        ...(Object.keys(socketOptions).length ? { defaults: { socket: socketOptions } } : {}),
      });
      // A keyless command (PING) goes to any node.
      return wrap(cluster, (args) => cluster.sendCommand(undefined, true, args));
    },
  };
}

module.exports = { nodeRedisApiAdapter };
