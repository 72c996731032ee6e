'use strict';
// What the sentinels say about one master group: a connection to one sentinel that asks it
// (SENTINEL MASTER / REPLICAS / SENTINELS) and a second one subscribed to its events, so that a
// `+switch-master` is heard the moment the sentinels announce it. When that sentinel fails, the
// next one known is tried (the root nodes, then the sentinels the last answer listed).

const { EventEmitter } = require('node:events');
const { RedisClient } = require('../client');

// The events that mean the deployment changed. node-redis 5.12.1 subscribes to the pattern
// 'switch-master', which does not match the channel '+switch-master': it hears of a failover
// from the replicas' reconfiguration only. `+promoted-slave` is the earliest word of a new
// master (the sentinels then answer GET-MASTER-ADDR-BY-NAME with it); `+switch-master` the last.
const CONTROL = ['+switch-master', '+promoted-slave', '[-+]sdown', '+slave', '+sentinel', '[-+]odown', '+slave-reconf-done'];

/** A flat [field, value, ...] reply (RESP2) or a map (RESP3) as a plain object. */
function fieldsOf(reply) {
  if (!Array.isArray(reply)) return { ...reply };
  const fields = {};
  for (let i = 0; i + 1 < reply.length; i += 2) fields[String(reply[i])] = String(reply[i + 1]);
  return fields;
}

/** A node the sentinels list, if it is usable: not down, not disconnected. */
function usable(fields) {
  const flags = String(fields.flags ?? '').split(',');
  if (flags.some((flag) => flag === 's_down' || flag === 'o_down' || flag === 'disconnected')) return undefined;
  const port = Number(fields.port);
  if (!fields.ip || !Number.isInteger(port) || port <= 0 || port > 65535) return undefined;
  return { host: String(fields.ip), port };
}

const key = (node) => `${node.host}:${node.port}`;

// How long a sentinel may take to connect and answer before the next one is asked: one that
// is stuck (stopped, overloaded) with its sockets open would otherwise hold discovery for good.
const ANSWER_MS = 3000;

/** `promise`, or a rejection once `ms` have passed. */
function within(ms, promise) {
  let timer;
  const late = new Promise((resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`the sentinel did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

class SentinelWatcher extends EventEmitter {
  /**
   * name: the master group; roots: [{ host, port }]; clientOptions: the sentinels' client options
   * (sentinelClientOptions with the socket's host and port filled in per sentinel).
   * Events: 'event' (channel, message) for every control message, 'lost' (error, node) when the
   * sentinel in use fails.
   */
  constructor(name, roots, clientOptions) {
    super();
    this._name = name;
    this._roots = roots.map(({ host, port }) => ({ host, port }));
    this._known = [...this._roots]; // every sentinel heard of, the roots first
    this._clientOptions = clientOptions;
    this.node = undefined; // the sentinel in use
    this._client = null;
    this._subscriber = null;
    this._closed = false;
  }

  /**
   * The deployment as the sentinel in use (or, if it fails, the next that answers) reports it:
   * `{ master, masterFields, replicas, sentinels, sentinel }`, `master` undefined when the
   * sentinels hold it down. Rejects when no sentinel answers within ANSWER_MS, or none knows the
   * group (the errors in `cause`).
   */
  async observe() {
    const failures = [];
    const candidates = this._client === null ? this._candidates() : [this.node, ...this._candidates().filter((n) => key(n) !== key(this.node))];
    for (const node of candidates) {
      if (this._closed) break;
      try {
        const [address, master, replicas, sentinels] = await within(ANSWER_MS, this._ask(node));
        const masterFields = fieldsOf(master);
        const sentinelNodes = sentinels.map((s) => usable(fieldsOf(s))).filter(Boolean);
        this._learn(sentinelNodes);
        // The address from GET-MASTER-ADDR-BY-NAME (the promoted replica as soon as a failover
        // promoted it; SENTINEL MASTER keeps the old one until the failover ends), the flags
        // from SENTINEL MASTER when it names the same node (else they are the old master's).
        const [ip, port] = Array.isArray(address) ? address : [];
        const same = String(ip) === masterFields.ip && String(port) === masterFields.port;
        return {
          sentinel: this.node,
          master: usable({ ...(same ? masterFields : {}), ip, port }),
          masterFields,
          replicas: replicas.map((r) => usable(fieldsOf(r))).filter(Boolean),
          sentinels: [this.node, ...sentinelNodes],
        };
      } catch (err) {
        failures.push(err);
        this._drop();
      }
    }
    const error = new Error('None of the sentinels are available');
    error.cause = failures.length === 1 ? failures[0] : new AggregateError(failures, 'every sentinel failed');
    throw error;
  }

  /** Connects to `node` if it is not the one in use, and asks it about the group. */
  async _ask(node) {
    if (this._client === null || key(node) !== key(this.node)) await this._use(node);
    const client = this._client;
    return Promise.all([
      client.sendCommand(['SENTINEL', 'GET-MASTER-ADDR-BY-NAME', this._name]),
      client.sendCommand(['SENTINEL', 'MASTER', this._name]),
      client.sendCommand(['SENTINEL', 'REPLICAS', this._name]),
      client.sendCommand(['SENTINEL', 'SENTINELS', this._name]),
    ]);
  }

  /** The sentinels to try, the roots first, each once. */
  _candidates() {
    const seen = new Set();
    return [...this._roots, ...this._known].filter((node) => !seen.has(key(node)) && seen.add(key(node)));
  }

  _learn(nodes) {
    for (const node of nodes) if (!this._known.some((n) => key(n) === key(node))) this._known.push(node);
  }

  /** Connects to `node`: one connection for SENTINEL commands, one subscribed to the events. */
  async _use(node) {
    this._drop();
    const options = { ...this._clientOptions, socket: { ...this._clientOptions.socket, host: node.host, port: node.port, reconnectStrategy: false } };
    const client = new RedisClient(options);
    const subscriber = new RedisClient(options);
    this._client = client;
    this._subscriber = subscriber;
    this.node = node;
    for (const c of [client, subscriber]) {
      c.on('error', (err) => {
        if (this._client !== client) return; // an older sentinel's last words
        this._drop();
        this.emit('lost', err, node);
      });
    }
    await Promise.all([client.connect(), subscriber.connect()]);
    await subscriber.pSubscribe(CONTROL, (message, channel) => {
      if (this._client === client) this.emit('event', channel, message);
    });
  }

  _drop() {
    for (const c of [this._client, this._subscriber]) {
      if (c !== null && !c._isClosed) c.destroy();
    }
    this._client = null;
    this._subscriber = null;
  }

  close() {
    this._closed = true;
    this._drop();
  }
}

module.exports = { SentinelWatcher, fieldsOf, usable, key };
