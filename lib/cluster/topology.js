'use strict';
// A cluster's topology, without any I/O: which node serves each of the 16,384 slots, built from
// CLUSTER SLOTS and patched by MOVED replies; what a redirect or retry reply asks for. The
// cluster (./index.js) does the talking and gives each node its client; this file decides.
// Tested without a server in __test__/cluster-topology.test.js.

const { SLOTS } = require('../commands/routing');

/** `host:port` as node-redis keys nodes (no brackets around an IPv6 host). */
function addressOf(host, port) {
  return `${host}:${port}`;
}

/** The host and port of `host:port` (the host may itself hold colons: IPv6). */
function splitAddress(address) {
  const at = address.lastIndexOf(':');
  return { host: address.slice(0, at), port: Number(address.slice(at + 1)) };
}

/**
 * CLUSTER SLOTS' ranges (as the clusterSlots command returns them: `{ from, to, master: { host,
 * port, id }, replicas }`) checked and cleaned: a node that reports no host (`''` or `'?'`: it
 * does not know its own address) is the node that was asked, `askedHost`. Throws on a reply that
 * is not a slot map (or an empty one), so that a broken answer never replaces a working topology.
 */
function parseShards(ranges, askedHost) {
  if (!Array.isArray(ranges)) throw new TypeError('CLUSTER SLOTS did not reply with an array');
  // A node outside any cluster (new, or after CLUSTER RESET) lists none: not a map to follow.
  if (ranges.length === 0) throw new TypeError('CLUSTER SLOTS listed no slots: the node is in no cluster');
  const node = (n) => {
    if (n === null || typeof n !== 'object' || !Number.isInteger(Number(n.port))) {
      throw new TypeError('CLUSTER SLOTS listed a node without a port');
    }
    const host = n.host === '' || n.host === '?' || n.host == null ? askedHost : String(n.host);
    return { host, port: Number(n.port), id: n.id === undefined ? undefined : String(n.id) };
  };
  return ranges.map((range) => {
    const from = Number(range?.from);
    const to = Number(range?.to);
    if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to >= SLOTS || from > to) {
      throw new TypeError(`CLUSTER SLOTS listed a wrong slot range (${range?.from}-${range?.to})`);
    }
    return { from, to, master: node(range.master), replicas: (range.replicas ?? []).map(node) };
  });
}

/**
 * The slot table and the nodes, in the shapes node-redis exposes them (`cluster.slots`,
 * `masters`, `replicas`, `nodeByAddress`): a node is `{ id, host, port, address, readonly,
 * client, connectPromise }`, a shard `{ master, replicas }` shared by all the slots it serves.
 * `client` and `connectPromise` are the cluster's business; the topology only keeps nodes alive
 * across updates so that a node keeps its connection.
 */
class Topology {
  constructor() {
    this.slots = new Array(SLOTS);
    this.masters = [];
    this.replicas = [];
    this.nodeByAddress = new Map();
  }

  /**
   * Replaces the slot table with `shards` (parseShards). Nodes still listed are kept (their
   * `readonly` follows their new role); returns the nodes that are no longer listed (their
   * connections are to be closed) and the nodes that are new. With `withReplicas` false,
   * replicas are left out, as node-redis leaves them out without `useReplicas`.
   */
  update(shards, withReplicas) {
    const previous = this.nodeByAddress;
    const nodeByAddress = new Map();
    const added = [];
    const masters = [];
    const replicas = [];
    const slots = new Array(SLOTS);
    const take = (info, readonly) => {
      const address = addressOf(info.host, info.port);
      let node = nodeByAddress.get(address);
      if (node !== undefined) return node;
      node = previous.get(address);
      if (node === undefined) {
        node = { id: info.id, host: info.host, port: info.port, address, readonly, client: undefined, connectPromise: undefined };
        added.push(node);
      } else {
        node.id = info.id ?? node.id;
        node.readonly = readonly;
      }
      nodeByAddress.set(address, node);
      (readonly ? replicas : masters).push(node);
      return node;
    };
    for (const { from, to, master, replicas: shardReplicas } of shards) {
      const shard = { master: take(master, false), replicas: withReplicas ? shardReplicas.map((r) => take(r, true)) : [] };
      for (let slot = from; slot <= to; slot++) slots[slot] = shard;
    }
    const removed = [...previous.values()].filter((node) => !nodeByAddress.has(node.address));
    this.slots = slots;
    this.masters = masters;
    this.replicas = replicas;
    this.nodeByAddress = nodeByAddress;
    return { added, removed };
  }

  /**
   * MOVED: `slot` is now served by the master at `address`. The slot gets a shard of its own
   * (the others of its old shard may not have moved); a node not known yet is added and
   * returned in `added`. The full picture comes with the refresh that a MOVED also triggers.
   */
  moved(slot, address) {
    let node = this.nodeByAddress.get(address);
    const added = [];
    if (node === undefined) {
      node = this.addNode(address, false);
      added.push(node);
    } else if (node.readonly) {
      node.readonly = false;
      this.replicas = this.replicas.filter((n) => n !== node);
      this.masters.push(node);
    }
    if (this.slots[slot]?.master !== node) this.slots[slot] = { master: node, replicas: [] };
    return { node, added };
  }

  /** A node the table does not list yet (the target of an ASK or a MOVED). */
  addNode(address, readonly) {
    const { host, port } = splitAddress(address);
    const node = { id: undefined, host, port, address, readonly, client: undefined, connectPromise: undefined };
    this.nodeByAddress.set(address, node);
    (readonly ? this.replicas : this.masters).push(node);
    return node;
  }
}

/**
 * What an error reply from a cluster node asks of the client, or undefined when it is an
 * answer to pass on:
 *   { kind: 'moved', slot, address }   the slot lives elsewhere now: update, re-send there
 *   { kind: 'ask', slot, address }     this one command, once, there, after ASKING
 *   { kind: 'retry' }                  TRYAGAIN (a multi-key command during a migration) or
 *                                      CLUSTERDOWN (no master for a slot yet): the command did
 *                                      not run; send it again a little later
 * Each of these replies means the server did not run the command, which is why re-sending it is
 * safe.
 */
function redirectOf(message) {
  if (typeof message !== 'string') return undefined;
  if (message.startsWith('MOVED ') || message.startsWith('ASK ')) {
    const [word, slot, address] = message.split(' ');
    const number = Number(slot);
    if (!Number.isInteger(number) || number < 0 || number >= SLOTS || address === undefined || !address.includes(':')) return undefined;
    return { kind: word === 'MOVED' ? 'moved' : 'ask', slot: number, address };
  }
  if (message.startsWith('TRYAGAIN') || message.startsWith('CLUSTERDOWN')) return { kind: 'retry' };
  return undefined;
}

module.exports = { Topology, parseShards, redirectOf };
