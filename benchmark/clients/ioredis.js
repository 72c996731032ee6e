'use strict';
// Adapter for ioredis, plain or with enableAutoPipelining (commands issued in the same tick are
// written in one batch). createCluster: `new Redis.Cluster(nodes, …)`, same calls, same options.

function wrap(client) {
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
    mGet: (keys) => client.mget(keys),
    hGetAll: (key) => client.hgetall(key),
    lRange: (key, start, stop) => client.lrange(key, start, stop),
    blPop: (key, timeout) => client.blpop(key, timeout),
    multiSets(pairs) {
      const multi = client.multi();
      for (const [key, value] of pairs) multi.set(key, value);
      return multi.exec();
    },
    sendCommand: ([name, ...args]) => client.call(name, ...args),
    async close() {
      await client.quit();
    },
    lastError: () => lastError,
  };
}

function ioredisAdapter({ autoPipelining }) {
  return {
    // `tls`: { ca, cert, key } PEM strings, for the server's TLS port (ioredis passes them to tls.connect).
    async create({ host, port, tls }) {
      const Redis = require('ioredis');
      return wrap(new Redis({ host, port, lazyConnect: true, enableAutoPipelining: autoPipelining, ...(tls ? { tls } : {}) }));
    },
    // A connected client subscribed to `channel`, `listener(message)` for each message.
    async createSubscriber({ host, port }, channel, listener) {
      const Redis = require('ioredis');
      const client = new Redis({ host, port, lazyConnect: true });
      client.on('error', () => {});
      await client.connect();
      client.on('message', (_, message) => listener(message));
      await client.subscribe(...[].concat(channel));
      return { close: () => client.quit() };
    },
    // `nodes`: [{ host, port }] of the cluster, all given as start-up nodes.
    async createCluster({ nodes }) {
      const Redis = require('ioredis');
      return wrap(new Redis.Cluster(nodes.map(({ host, port }) => ({ host, port })), { lazyConnect: true, enableAutoPipelining: autoPipelining }));
    },
  };
}

module.exports = { ioredisAdapter };
