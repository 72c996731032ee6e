'use strict';
// Adapter for @valkey/valkey-glide (Rust core, installed in benchmark/node_modules).
// Defaults are kept (inflightRequestsLimit 1000 fits the 1000-command waves) except the request
// timeout, raised from 250 ms so that a busy 2-core machine never turns a slow reply into an error.
// createCluster: GlideClusterClient, the same calls and options.

// Why valkey-glide has no TLS rows: the benchmark's TLS port requires a client certificate.
const GLIDE_NO_CLIENT_CERTIFICATE =
  "valkey-glide 2.5.2's Node API takes a custom CA (tlsAdvancedConfiguration.rootCertificates) but no client " +
  'certificate, and the TLS port requires one (tls-auth-clients yes)';

const REQUEST_TIMEOUT_MS = 10000;

function wrap(client, Batch) {
  return {
    async connect() {}, // createClient already connected
    get: (key) => client.get(key),
    set: (key, value) => client.set(key, value),
    mGet: (keys) => client.mget(keys),
    hGetAll: (key) => client.hgetall(key),
    lRange: (key, start, stop) => client.lrange(key, start, stop),
    blPop: (key, timeout) => client.blpop([key], timeout),
    multiSets(pairs) {
      const batch = new Batch(true); // atomic: MULTI … EXEC
      for (const [key, value] of pairs) batch.set(key, value);
      return client.exec(batch, true);
    },
    sendCommand: (args) => client.customCommand(args),
    async close() {
      client.close();
    },
    lastError: () => null,
  };
}

function glideAdapter() {
  return {
    async create({ host, port, tls }) {
      if (tls) throw new Error(GLIDE_NO_CLIENT_CERTIFICATE);
      const { GlideClient, Batch } = require('@valkey/valkey-glide');
      return wrap(await GlideClient.createClient({ addresses: [{ host, port }], requestTimeout: REQUEST_TIMEOUT_MS }), Batch);
    },
    // A client subscribed at creation (glide's way) to `channel`, its callback `listener(message)`.
    async createSubscriber({ host, port }, channel, listener) {
      const { GlideClient, GlideClientConfiguration } = require('@valkey/valkey-glide');
      const client = await GlideClient.createClient({
        addresses: [{ host, port }],
        requestTimeout: REQUEST_TIMEOUT_MS,
        pubsubSubscriptions: {
          channelsAndPatterns: { [GlideClientConfiguration.PubSubChannelModes.Exact]: new Set([].concat(channel)) },
          callback: (message) => listener(message.message),
        },
      });
      return { close: async () => client.close() };
    },
    // `nodes`: [{ host, port }] of the cluster, all given as seed addresses.
    async createCluster({ nodes }) {
      const { GlideClusterClient, ClusterBatch } = require('@valkey/valkey-glide');
      const addresses = nodes.map(({ host, port }) => ({ host, port }));
      return wrap(await GlideClusterClient.createClient({ addresses, requestTimeout: REQUEST_TIMEOUT_MS }), ClusterBatch);
    },
  };
}

module.exports = { glideAdapter, GLIDE_NO_CLIENT_CERTIFICATE };
