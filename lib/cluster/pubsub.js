'use strict';
// Pub/sub on a cluster. Each subscribing connection is an ordinary client (lib/pubsub.js does
// the listeners, resubscribing after a reconnect and the confirmations), kept apart from the
// node clients that carry commands:
//   - channels and patterns (subscribe / pSubscribe): one client on a node of the cluster, the
//     pub/sub node (a PUBLISH anywhere reaches every node's subscribers);
//   - shard channels (sSubscribe): one client per master, each channel on the master of its
//     slot, subscribed in one SSUBSCRIBE per slot.
// When the topology changes, subscriptions follow: the pub/sub node's listeners move to another
// node if it left the cluster, and every shard channel whose slot another master serves now —
// after a failover, or a migration (the server then unsubscribes it: 'sharded-channel-moved')
// — is subscribed again there (node-redis 5.12.1 drops them silently: its #3311).

const { RedisClient } = require('../client');
const { slotOf } = require('../commands/routing');
const { channelList, keyOf } = require('../pubsub');
const { nodeClientOptions } = require('./nodes');
const errors = require('../errors');
const { debug } = require('../debug');

const PLACE_RETRY = 100; // ms between attempts to place a moved shard channel
const PLACE_ATTEMPTS = 50;

class ClusterPubSub {
  constructor(cluster) {
    this.cluster = cluster;
    this.channels = null; // { node, client }: the pub/sub node
    this.shards = new Map(); // master address → its client for shard channels
  }

  /** A subscribing client on `node`: the node's options, with an offline queue (what is
   *  subscribed while it reconnects is sent once it is back). */
  _open(node) {
    const options = nodeClientOptions(this.cluster, node, false);
    options.clientSideCache = undefined; // nothing it reads is cached
    delete options.disableOfflineQueue;
    const client = new RedisClient({ ...options, blockingConnections: false });
    const info = Object.freeze({ host: node.host, port: node.port });
    client.on('error', (err) => {
      this.cluster._emit('node-error', err, info);
      this.cluster._nodeFailed();
    });
    client.connect().catch(() => {}); // its errors are reported above
    return client;
  }

  // ---- channels and patterns ------------------------------------------------------------------

  _channelClient() {
    if (this.channels !== null) return this.channels.client;
    const node = this.cluster.getRandomNode();
    this.channels = { node, client: this._open(node) };
    return this.channels.client;
  }

  get node() {
    return this.channels?.node;
  }

  /** subscribe / unsubscribe / pSubscribe / pUnsubscribe on the pub/sub node. */
  call(method, args) {
    if (this.channels === null && method.includes('nsubscribe')) return Promise.resolve(); // nothing to leave
    return this._channelClient()[method](...args);
  }

  // ---- shard channels ---------------------------------------------------------------------------

  _shardClient(master) {
    let client = this.shards.get(master.address);
    if (client === undefined || client._isClosed) {
      client = this._open(master);
      client.on('sharded-channel-moved', (channel, listeners) => this._moved(master.address, channel, listeners));
      this.shards.set(master.address, client);
    }
    return client;
  }

  /** The master of `channel`'s slot now. */
  _masterOf(channel) {
    return this.cluster._topology.slots[slotOf(channel)]?.master;
  }

  sSubscribe(channels, listener, bufferMode) {
    const list = channelList(channels, 'sSubscribe');
    const byMaster = new Map();
    for (const channel of list) {
      const master = this._masterOf(channel);
      if (master === undefined) return Promise.reject(new errors.ClientOfflineError());
      if (!byMaster.has(master)) byMaster.set(master, []);
      byMaster.get(master).push(channel);
    }
    return Promise.all([...byMaster].map(([master, group]) => this._subscribeBySlot(this._shardClient(master), group, listener, bufferMode))).then(() => undefined);
  }

  /** One SSUBSCRIBE per slot (a node refuses one across slots). */
  _subscribeBySlot(client, channels, listener, bufferMode) {
    const bySlot = new Map();
    for (const channel of channels) {
      const slot = slotOf(channel);
      if (!bySlot.has(slot)) bySlot.set(slot, []);
      bySlot.get(slot).push(channel);
    }
    return Promise.all([...bySlot.values()].map((group) => client.sSubscribe(group, listener, bufferMode)));
  }

  sUnsubscribe(channels, listener, bufferMode) {
    if (channels === undefined || (Array.isArray(channels) && channels.length === 0)) {
      return Promise.all([...this.shards.values()].map((client) => client.sUnsubscribe())).then(() => undefined);
    }
    const list = channelList(channels, 'sUnsubscribe');
    const calls = [];
    for (const client of this.shards.values()) {
      const held = client.getPubSubListeners('SHARDED');
      const mine = list.filter((channel) => held.has(keyOf(channel)));
      if (mine.length > 0) calls.push(client.sUnsubscribe(mine, listener, bufferMode));
    }
    return Promise.all(calls).then(() => undefined);
  }

  // ---- following the topology -------------------------------------------------------------------

  /** The cluster took a new slot map: subscriptions go where it says. */
  follow() {
    const { nodeByAddress } = this.cluster._topology;
    if (this.channels !== null && !nodeByAddress.has(this.channels.node.address)) this._moveChannels();
    for (const [address, client] of this.shards) {
      const moving = new Map();
      for (const [key, entry] of client.getPubSubListeners('SHARDED')) {
        const master = this._masterOf(entry.channel ?? key);
        if (!entry.unsubscribing && master !== undefined && master.address !== address) {
          moving.set(entry.channel ?? key, { buffers: new Set(entry.buffers), strings: new Set(entry.strings) });
        }
      }
      if (moving.size > 0) {
        if (debug.enabled) debug('cluster: shard channels %s move from %s', [...moving.keys()].join(' '), address);
        client.sUnsubscribe([...moving.keys()]).catch(() => {});
        for (const [channel, listeners] of moving) this._place(channel, listeners, 0);
      }
      this._retire(address, client);
    }
  }

  /** The pub/sub node left the cluster: its listeners go to a client on another node. */
  _moveChannels() {
    const { client } = this.channels;
    const channels = new Map(client.getPubSubListeners('CHANNELS'));
    const patterns = new Map(client.getPubSubListeners('PATTERNS'));
    this.channels = null;
    client.destroy();
    if (channels.size + patterns.size === 0) return;
    const next = this._channelClient();
    if (debug.enabled) debug('cluster: pub/sub node moves to %s', this.channels.node.address);
    next.extendPubSubListeners('CHANNELS', channels).catch(() => {});
    next.extendPubSubListeners('PATTERNS', patterns).catch(() => {});
  }

  /** A shard client with nothing to hold, or whose node left: closed once its unsubscribes are
   *  through. */
  _retire(address, client) {
    if (client.getPubSubListeners('SHARDED').size > 0 && this.cluster._topology.nodeByAddress.has(address)) return;
    this.shards.delete(address);
    if (client.isReady && client.isPubSubActive) client.close().catch(() => {});
    else if (!client._isClosed) client.destroy();
  }

  /** The server unsubscribed a shard channel: its slot moved. Subscribed again once the
   *  topology names another master for it. */
  _moved(from, channel, listeners) {
    if (debug.enabled) debug('cluster: %s unsubscribed shard channel %s (its slot moved)', from, channel);
    this.cluster._refresh();
    this._place(channel, listeners, 0, from); // (a copy: lib/pubsub.js _shardMoved)
  }

  /** Subscribes `channel`'s listeners on its slot's master — once that is not `notAt` (the
   *  master that dropped it), asking the topology again meanwhile. */
  _place(channel, listeners, attempt, notAt) {
    if (!this.cluster._isOpen) return;
    const master = this._masterOf(channel);
    if (master === undefined || master.address === notAt) {
      if (attempt >= PLACE_ATTEMPTS) {
        this.cluster._emit('error', new Error(`sharded channel ${channel}: no master took its slot; its listeners are dropped`));
        return;
      }
      this.cluster._refresh();
      setTimeout(() => this._place(channel, listeners, attempt + 1, notAt), PLACE_RETRY).unref();
      return;
    }
    this._shardClient(master).extendPubSubChannelListeners('SHARDED', channel, listeners).catch((err) => this.cluster._emit('error', err));
  }

  // ---- the end --------------------------------------------------------------------------------

  clients() {
    return [...(this.channels === null ? [] : [this.channels.client]), ...this.shards.values()];
  }

  forget() {
    this.channels = null;
    this.shards.clear();
  }
}

module.exports = { ClusterPubSub };
