'use strict';
// Adapter for ioredis, plain or with enableAutoPipelining (commands issued in the same tick are
// written in one batch).

function ioredisAdapter({ autoPipelining }) {
  return {
    // `tls`: { ca, cert, key } PEM strings, for the server's TLS port (ioredis passes them to tls.connect).
    async create({ host, port, tls }) {
      const Redis = require('ioredis');
      const client = new Redis({ host, port, lazyConnect: true, enableAutoPipelining: autoPipelining, ...(tls ? { tls } : {}) });
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
        hGetAll: (key) => client.hgetall(key),
        lRange: (key, start, stop) => client.lrange(key, start, stop),
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
    },
  };
}

module.exports = { ioredisAdapter };
