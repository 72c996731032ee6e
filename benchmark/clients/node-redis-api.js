'use strict';
// Adapter for any client with node-redis v5's API: node-redis itself and ferrodis (its drop-in
// replacement). Only public, documented calls are used, so the same code measures both.

// `socketOptions`: more socket options for every client (e.g. ferrodis engine-driven).
function nodeRedisApiAdapter(loadModule, socketOptions = {}) {
  return {
    // `tls`: { ca, cert, key } PEM strings, for the server's TLS port.
    async create({ host, port, tls }) {
      const { createClient } = loadModule();
      const socket = tls ? { host, port, tls: true, ...tls } : { host, port };
      const client = createClient({ socket: { ...socket, ...socketOptions } });
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
        hGetAll: (key) => client.hGetAll(key),
        lRange: (key, start, stop) => client.lRange(key, start, stop),
        multiSets(pairs) {
          let multi = client.multi();
          for (const [key, value] of pairs) multi = multi.set(key, value);
          return multi.exec();
        },
        sendCommand: (args) => client.sendCommand(args),
        async close() {
          // close() is v5.x/v6; quit() is the v4 name the guide still uses.
          if (typeof client.close === 'function') await client.close();
          else await client.quit();
        },
        lastError: () => lastError,
      };
    },
  };
}

module.exports = { nodeRedisApiAdapter };
