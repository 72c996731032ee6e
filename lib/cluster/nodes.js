'use strict';
// How a cluster configures the clients of its nodes (node-redis' `defaults`, `nodeAddressMap`,
// `RESP`), and what of the root nodes' options carries over to the nodes discovered from them.

const { normalizeOptions } = require('../options');
const native = require('../native');

// Socket options that belong to one address: never carried from a root node to another node.
const PER_ADDRESS = new Set(['host', 'port', 'path', 'servername', 'localAddress', 'localPort', 'family', 'reconnectStrategy']);

/**
 * Credentials and TLS of a root node (its URL applied: `rediss://user:pass@…`), for the nodes
 * discovered from it. node-redis does not carry them over (#3117: `rediss://` root nodes
 * hang); here `defaults` still decides whatever it sets.
 */
function inheritedOptions(root) {
  const { options } = normalizeOptions(root, native.parseRedisUrl);
  const inherited = {};
  if (options.username !== undefined) inherited.username = options.username;
  if (options.password !== undefined) inherited.password = options.password;
  const socket = {};
  for (const [key, value] of Object.entries(options.socket ?? {})) if (!PER_ADDRESS.has(key)) socket[key] = value;
  inherited.socket = socket;
  return inherited;
}

/** `defaults` under a node's own options, as node-redis merges them (the socket field by field). */
function withDefaults(defaults, options) {
  if (defaults === undefined) return options;
  return { ...defaults, ...options, socket: defaults.socket === undefined ? options.socket : { ...defaults.socket, ...options.socket } };
}

/** Where to connect for a node the cluster calls `address` (`nodeAddressMap`: NAT, Docker). */
function mappedAddress(nodeAddressMap, node) {
  switch (typeof nodeAddressMap) {
    case 'object':
      return nodeAddressMap?.[node.address];
    case 'function':
      return nodeAddressMap(node.address);
    default:
      return undefined;
  }
}

/**
 * A node client's options: what the root node carried over, then `defaults`, then the node's
 * address, `RESP` and READONLY for a replica. The node client never queues commands while its
 * node is down: the cluster holds them instead, and sends them to whichever node serves their
 * slot once one can (see ./routed.js).
 */
function nodeClientOptions(cluster, node, readonly) {
  const { defaults, nodeAddressMap, RESP } = cluster._options;
  const address = mappedAddress(nodeAddressMap, node) ?? { host: node.host, port: node.port };
  const inherited = cluster._inherited;
  const options = { ...inherited, ...defaults, socket: { ...inherited.socket, ...defaults?.socket, ...address }, disableOfflineQueue: true, readonly };
  // One cache for the whole cluster, each node client tracking what it read.
  options.clientSideCache = cluster._cache ?? undefined;
  if (RESP !== undefined) options.RESP = RESP;
  delete options.url;
  return options;
}

/** The options of the short-lived client that asks a root node for the topology. */
function rootClientOptions(cluster, root) {
  const options = withDefaults(cluster._options.defaults, root);
  const { RESP } = cluster._options;
  return { ...options, RESP, socket: { ...options.socket, reconnectStrategy: false }, commandOptions: undefined, clientSideCache: undefined };
}

module.exports = { inheritedOptions, nodeClientOptions, rootClientOptions, mappedAddress };
