'use strict';
// node-redis 5.12's OpenTelemetry metrics: `OpenTelemetry.init({ metrics: {...} })` once, before
// the clients to observe are made, with `@opentelemetry/api` installed (an optional peer). Like
// node-redis, the metrics are recorded from the diagnostics channels (lib/tracing.js), so the
// channels stay the one place the client reports from, and nothing runs before init. Same
// instrument names, units, attributes and metric groups as node-redis:
//   command              db.client.operation.duration (commands and MULTI / PIPELINE batches)
//   connection-basic     db.client.connection.count, db.client.connection.create_time
//   connection-advanced  redis.client.connection.closed, db.client.connection.wait_time (pools)
//   resiliency           redis.client.errors (command errors but MOVED/ASK, cluster errors)
//   pubsub               redis.client.pubsub.messages (PUBLISH / SPUBLISH sent, messages received)
//   streaming            redis.client.stream.lag (per XREAD / XREADGROUP message)
//   client-side-caching  redis.client.csc.requests (hit / miss), redis.client.csc.evictions
// The instruments of what ferrodis does not have yet (maintenance notifications, the cache's
// network_saved estimate) are created and stay at zero.

const dc = require('node:diagnostics_channel');
const { CHANNELS } = require('./tracing');
const errors = require('./errors');
const { version } = require('../package.json');

const METRIC_GROUP = Object.freeze({
  COMMAND: 'command',
  CONNECTION_BASIC: 'connection-basic',
  CONNECTION_ADVANCED: 'connection-advanced',
  RESILIENCY: 'resiliency',
  PUBSUB: 'pubsub',
  STREAMING: 'streaming',
  CLIENT_SIDE_CACHING: 'client-side-caching',
});
const DEFAULT_GROUPS = [METRIC_GROUP.CONNECTION_BASIC, METRIC_GROUP.RESILIENCY];
const BUCKETS = [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10];

const A = Object.freeze({
  system: 'db.system.name',
  namespace: 'db.namespace',
  operation: 'db.operation.name',
  statusCode: 'db.response.status_code',
  errorType: 'error.type',
  address: 'server.address',
  port: 'server.port',
  poolName: 'db.client.connection.pool.name',
  state: 'db.client.connection.state',
  library: 'redis.client.library',
  internal: 'redis.client.errors.internal',
  category: 'redis.client.errors.category',
  closeReason: 'redis.client.connection.close.reason',
  channel: 'redis.client.pubsub.channel',
  sharded: 'redis.client.pubsub.sharded',
  direction: 'redis.client.pubsub.message.direction',
  stream: 'redis.client.stream.name',
  cacheResult: 'redis.client.csc.result',
  cacheReason: 'redis.client.csc.reason',
  group: 'redis.client.stream.consumer_group',
  retries: 'redis.client.operation.retry_attempts',
});

/** Where each client (by the id its channel events carry) connects, while it is open: the
 *  connection:closed and error events name only the client. Empty until init. */
const clients = new Map();
let initialized = false;

/** A client opens (`attributes`: host, port, db) or closes for good (undefined). */
function registerClient(clientId, attributes) {
  if (!initialized) return;
  if (attributes === undefined) clients.delete(clientId);
  else clients.set(clientId, attributes);
}

function clientAttributes(clientId) {
  const client = clients.get(clientId);
  if (client === undefined) return {};
  const attributes = { [A.address]: client.host, [A.poolName]: clientId };
  if (client.port !== undefined) attributes[A.port] = String(client.port);
  if (client.db !== undefined) attributes[A.namespace] = String(client.db);
  return attributes;
}

/** The attributes of a command or batch trace context (which says where it ran). */
function contextAttributes(context) {
  const attributes = { [A.address]: context.serverAddress, [A.namespace]: context.database?.toString() };
  if (context.serverPort !== undefined) attributes[A.port] = String(context.serverPort);
  return attributes;
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'ENETUNREACH', 'EHOSTUNREACH', 'EPIPE', 'ECONNABORTED', 'EAI_AGAIN']);
const NETWORK_ERRORS = [errors.ConnectionTimeoutError, errors.SocketTimeoutError, errors.SocketClosedUnexpectedlyError];
const AUTH_PREFIXES = new Set(['NOAUTH', 'WRONGPASS', 'NOPERM']);

/** error.type, redis.client.errors.category and db.response.status_code of an error. */
function errorAttributes(error) {
  if (!(error instanceof Error)) return { [A.errorType]: 'unknown', [A.category]: 'other' };
  const cause = error instanceof errors.ReconnectStrategyError ? error.originalError : error;
  const statusCode = cause instanceof errors.ErrorReply ? /^([A-Z][A-Z0-9_]*)\s/.exec(cause.message)?.[1] : undefined;
  let category = 'other';
  if (NETWORK_ERRORS.some((type) => cause instanceof type) || NETWORK_CODES.has(cause.code)) category = 'network';
  else if (/certificate|handshake|ssl|tls/i.test(cause.message)) category = 'tls';
  else if (statusCode !== undefined) category = AUTH_PREFIXES.has(statusCode) ? 'auth' : 'server';
  const attributes = { [A.errorType]: cause.constructor.name, [A.category]: category };
  if (statusCode !== undefined) attributes[A.statusCode] = statusCode;
  return attributes;
}

const isRedirection = (error) => error instanceof errors.ErrorReply && /^(MOVED|ASK) /.test(error.message);

/** The instruments, as node-redis registers them. */
function instruments(meter, options) {
  const histogram = (name, description, buckets) => meter.createHistogram(name, { unit: 's', description, advice: { explicitBucketBoundaries: buckets } });
  const counter = (name, unit, description) => meter.createCounter(name, { unit, description });
  const upDown = (name, unit, description) => meter.createUpDownCounter(name, { unit, description });
  return {
    operationDuration: histogram('db.client.operation.duration', 'Duration of a Redis client operation (includes retries)', options.bucketsOperationDuration),
    connectionCount: upDown('db.client.connection.count', '{connection}', 'Current number of active connections'),
    connectionCreateTime: histogram('db.client.connection.create_time', 'Time taken to create a new connection to the Redis server', options.bucketsConnectionCreateTime),
    relaxedTimeout: upDown('redis.client.connection.relaxed_timeout', '{relaxation}', 'How many times the connection timeout has been increased/decreased (after a server maintenance notification)'),
    handoff: counter('redis.client.connection.handoff', '{handoff}', 'Connections that have been handed off to another node (e.g after a MOVING notification)'),
    connectionWaitTime: histogram('db.client.connection.wait_time', 'Time spent waiting for an available connection from the pool', options.bucketsConnectionWaitTime),
    connectionClosed: counter('redis.client.connection.closed', '{connection}', 'Total number of closed connections'),
    errors: counter('redis.client.errors', '{error}', 'A counter of all errors (both returned and handled internally)'),
    maintenance: counter('redis.client.maintenance.notifications', '{notification}', 'Number of maintenance notifications received'),
    pubsubMessages: counter('redis.client.pubsub.messages', '{message}', 'Number of pub/sub messages processed'),
    streamLag: histogram('redis.client.stream.lag', 'End-to-end lag per message', options.bucketsStreamProcessingDuration),
    cacheRequests: counter('redis.client.csc.requests', '{request}', 'Number of client-side cache requests (hits and misses)'),
    cacheEvictions: counter('redis.client.csc.evictions', '{eviction}', 'Number of items evicted from the client-side cache'),
    cacheNetworkSaved: counter('redis.client.csc.network_saved', 'By', 'Estimated bytes saved by client-side cache hits'),
  };
}

const upperSet = (names) => new Set((names ?? []).map((name) => String(name).toUpperCase()));

/** Validated metrics options, with node-redis' defaults. */
function metricOptions(config) {
  if (config === null || typeof config !== 'object') throw new TypeError('OpenTelemetry.init(config): config must be an object ({ metrics: { enabled: true, ... } })');
  const metrics = config.metrics ?? {};
  const groups = metrics.enabledMetricGroups ?? DEFAULT_GROUPS;
  const known = Object.values(METRIC_GROUP);
  const unknown = groups.filter((group) => !known.includes(group));
  if (unknown.length > 0) throw new TypeError(`OpenTelemetry.init: unknown metric group(s) ${unknown.join(', ')}; the groups are ${known.join(', ')}`);
  return {
    enabled: Boolean(metrics.enabled),
    meterProvider: metrics.meterProvider,
    groups: new Set(groups),
    include: upperSet(metrics.includeCommands),
    exclude: upperSet(metrics.excludeCommands),
    hidePubSubChannelNames: metrics.hidePubSubChannelNames ?? false,
    hideStreamNames: metrics.hideStreamNames ?? false,
    bucketsOperationDuration: metrics.bucketsOperationDuration ?? BUCKETS,
    bucketsConnectionCreateTime: metrics.bucketsConnectionCreateTime ?? BUCKETS,
    bucketsConnectionWaitTime: metrics.bucketsConnectionWaitTime ?? BUCKETS,
    bucketsStreamProcessingDuration: metrics.bucketsStreamProcessingDuration ?? BUCKETS,
  };
}

/** Subscribes the metric groups' recorders to the channels. */
function subscribe(options, instrument) {
  const base = { [A.library]: `ferrodis:${version}`, [A.system]: 'redis' };
  const on = (name, handler) => dc.subscribe(name, handler);
  const onTrace = (name, handlers) => dc.tracingChannel(name).subscribe(handlers);
  const has = (group) => options.groups.has(group);

  if (has(METRIC_GROUP.COMMAND)) {
    const started = new WeakMap();
    const excluded = (name) => (options.include.size > 0 && !options.include.has(name)) || options.exclude.has(name);
    const start = (operation) => (context) => {
      if (operation(context) !== undefined) started.set(context, performance.now());
    };
    const finish = (operation, failed) => (context) => {
      const at = started.get(context);
      if (at === undefined) return;
      started.delete(context);
      const attributes = { ...base, ...contextAttributes(context), [A.operation]: operation(context), ...(failed ? errorAttributes(context.error) : {}) };
      instrument.operationDuration.record((performance.now() - at) / 1000, attributes);
    };
    const commandName = (context) => (excluded(context.command) ? undefined : context.command);
    const batchName = (context) => context.batchMode;
    onTrace(CHANNELS.TRACE_COMMAND, { start: start(commandName), asyncEnd: finish(commandName, false), error: finish(commandName, true) });
    onTrace(CHANNELS.TRACE_BATCH, { start: start(batchName), asyncEnd: finish(batchName, false), error: finish(batchName, true) });
  }

  const basic = has(METRIC_GROUP.CONNECTION_BASIC);
  const advanced = has(METRIC_GROUP.CONNECTION_ADVANCED);
  if (basic) {
    on(CHANNELS.CONNECTION_READY, (context) => {
      const attributes = { ...base, ...clientAttributes(context.clientId) };
      instrument.connectionCreateTime.record(context.createTimeMs / 1000, attributes);
      instrument.connectionCount.add(1, { ...attributes, [A.state]: 'used' });
    });
  }
  if (basic || advanced) {
    on(CHANNELS.CONNECTION_CLOSED, (context) => {
      const attributes = { ...base, ...clientAttributes(context.clientId) };
      if (basic && context.wasConnected) instrument.connectionCount.add(-1, { ...attributes, [A.state]: 'used' });
      if (advanced) instrument.connectionClosed.add(1, { ...attributes, [A.closeReason]: context.reason });
    });
  }

  if (advanced) {
    on(CHANNELS.POOL_CONNECTION_WAIT, (context) => {
      if (!context.waitStartTimestamp) return;
      instrument.connectionWaitTime.record((performance.now() - context.waitStartTimestamp) / 1000, { ...base, ...clientAttributes(context.clientId) });
    });
  }

  if (has(METRIC_GROUP.CLIENT_SIDE_CACHING)) {
    on(CHANNELS.CACHE_REQUEST, (context) => {
      instrument.cacheRequests.add(1, { ...base, ...clientAttributes(context.clientId), [A.cacheResult]: context.result });
    });
    on(CHANNELS.CACHE_EVICTION, (context) => {
      instrument.cacheEvictions.add(context.count ?? 1, { ...base, ...clientAttributes(context.clientId), [A.cacheReason]: context.reason });
    });
  }

  if (has(METRIC_GROUP.RESILIENCY)) {
    const count = (error, clientId, extra) => instrument.errors.add(1, { ...base, ...clientAttributes(clientId), ...errorAttributes(error), ...extra });
    on(CHANNELS.ERROR, (context) => {
      if (context.origin === 'client' && isRedirection(context.error)) return;
      count(context.error, context.clientId, { [A.internal]: context.internal, ...(context.retryCount === undefined ? {} : { [A.retries]: context.retryCount }) });
    });
    onTrace(CHANNELS.TRACE_COMMAND, {
      error: (context) => {
        if (!isRedirection(context.error)) count(context.error, context.clientId, { [A.internal]: false });
      },
    });
  }

  const pubsub = has(METRIC_GROUP.PUBSUB);
  const streaming = has(METRIC_GROUP.STREAMING);
  const channelName = (channel) => (options.hidePubSubChannelNames || channel === undefined ? {} : { [A.channel]: String(channel) });
  if (pubsub) {
    on(CHANNELS.PUBSUB, (context) => {
      instrument.pubsubMessages.add(1, { ...base, ...clientAttributes(context.clientId), [A.direction]: context.direction, [A.sharded]: context.sharded ?? false, ...channelName(context.channel) });
    });
  }
  if (pubsub || streaming) {
    on(CHANNELS.COMMAND_REPLY, (context) => {
      const name = String(context.args[0]).toUpperCase();
      if (pubsub && (name === 'PUBLISH' || name === 'SPUBLISH')) {
        instrument.pubsubMessages.add(1, { ...base, ...clientAttributes(context.clientId), [A.direction]: 'out', [A.sharded]: name === 'SPUBLISH', ...channelName(context.args[1]) });
      } else if (streaming && (name === 'XREAD' || name === 'XREADGROUP')) {
        recordStreamLag(context, name, options, instrument, base);
      }
    });
  }
}

/** One stream-lag sample per message of an XREAD / XREADGROUP reply: now − the ID's time. */
function recordStreamLag(context, name, options, instrument, base) {
  if (!Array.isArray(context.reply)) return;
  const now = Date.now();
  const group = name === 'XREADGROUP' && String(context.args[1]).toUpperCase() === 'GROUP' ? { [A.group]: String(context.args[2]) } : {};
  for (const stream of context.reply) {
    if (!Array.isArray(stream?.messages)) continue;
    const attributes = { ...base, ...clientAttributes(context.clientId), ...(options.hideStreamNames ? {} : { [A.stream]: String(stream.name) }), ...group };
    for (const message of stream.messages) {
      const time = Number.parseInt(String(message?.id).split('-')[0], 10);
      if (Number.isFinite(time)) instrument.streamLag.record((now - time) / 1000, attributes);
    }
  }
}

class OpenTelemetry {
  constructor() {
    throw new TypeError('OpenTelemetry is not constructed: call OpenTelemetry.init(config)');
  }

  /**
   * Starts recording node-redis' OpenTelemetry metrics (`config.metrics`: enabled,
   * enabledMetricGroups, includeCommands / excludeCommands, meterProvider, hidePubSubChannelNames,
   * hideStreamNames, bucket boundaries). Once per process; needs `@opentelemetry/api` (or a
   * `meterProvider`).
   */
  static init(config) {
    if (initialized) throw new errors.OpenTelemetryError('OpenTelemetry already initialized');
    const options = metricOptions(config);
    let meterProvider = options.meterProvider;
    if (meterProvider === undefined) {
      try {
        meterProvider = require('@opentelemetry/api').metrics;
      } catch {
        throw new errors.OpenTelemetryError('@opentelemetry/api not found');
      }
    }
    initialized = true;
    if (!options.enabled) return;
    subscribe(options, instruments(meterProvider.getMeter('node-redis'), options));
  }
}

module.exports = { OpenTelemetry, registerClient };
