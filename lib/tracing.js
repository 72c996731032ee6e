'use strict';
// node-redis 5's diagnostics_channel channels (its `CHANNELS` export), with the same names and
// payloads, so that what observes node-redis (APM agents, its OpenTelemetry bridge) observes
// ferrodis. Nothing is built or published unless someone subscribes: each call site tests
// `hasSubscribers` first.
//   tracing channels (start / end / asyncStart / asyncEnd / error):
//     node-redis:command  { command, args, database, clientId, serverAddress, serverPort }
//     node-redis:batch    { batchMode: 'MULTI' | 'PIPELINE', batchSize, database, clientId, serverAddress, serverPort }
//     node-redis:connect  { serverAddress, serverPort, clientId }
//   point channels:
//     node-redis:connection:ready   { clientId, serverAddress, serverPort, createTimeMs }
//     node-redis:connection:closed  { clientId, reason: 'error' | 'application_close', wasConnected }
//     node-redis:command:reply      { args, reply, clientId }   (table commands, after their transform)
//     node-redis:error              { error, origin: 'cluster', internal, clientId, retryCount }
//     node-redis:pubsub             { direction: 'in', clientId, channel, sharded } (a message to listeners)
//     node-redis:cache:request      { result: 'hit' | 'miss', clientId }
//     node-redis:cache:eviction     { reason: 'ttl' | 'full' | 'invalidation', count }
//     node-redis:pool:connection-wait { clientId, waitStartTimestamp } (a pool's task got its client)
// The maintenance channels come with that feature.

const dc = require('node:diagnostics_channel');
const { randomBytes } = require('node:crypto');
const { Chain } = require('./pending');
const { ErrorReply } = require('./errors');

const CHANNELS = Object.freeze({
  TRACE_COMMAND: 'node-redis:command',
  TRACE_BATCH: 'node-redis:batch',
  TRACE_CONNECT: 'node-redis:connect',
  CONNECTION_READY: 'node-redis:connection:ready',
  CONNECTION_CLOSED: 'node-redis:connection:closed',
  CONNECTION_RELAXED_TIMEOUT: 'node-redis:connection:relaxed-timeout',
  CONNECTION_HANDOFF: 'node-redis:connection:handoff',
  ERROR: 'node-redis:error',
  MAINTENANCE: 'node-redis:maintenance',
  PUBSUB: 'node-redis:pubsub',
  CACHE_REQUEST: 'node-redis:cache:request',
  CACHE_EVICTION: 'node-redis:cache:eviction',
  COMMAND_REPLY: 'node-redis:command:reply',
  POOL_CONNECTION_WAIT: 'node-redis:pool:connection-wait',
});

const traces = {
  command: dc.tracingChannel(CHANNELS.TRACE_COMMAND),
  batch: dc.tracingChannel(CHANNELS.TRACE_BATCH),
  connect: dc.tracingChannel(CHANNELS.TRACE_CONNECT),
};

const points = {
  ready: dc.channel(CHANNELS.CONNECTION_READY),
  closed: dc.channel(CHANNELS.CONNECTION_CLOSED),
  reply: dc.channel(CHANNELS.COMMAND_REPLY),
  error: dc.channel(CHANNELS.ERROR),
  pubsub: dc.channel(CHANNELS.PUBSUB),
  cacheRequest: dc.channel(CHANNELS.CACHE_REQUEST),
  cacheEviction: dc.channel(CHANNELS.CACHE_EVICTION),
  poolWait: dc.channel(CHANNELS.POOL_CONNECTION_WAIT),
};

// How many arguments after the name a trace shows (-1: all), by command name, as
// @opentelemetry/redis-common decides (node-redis applies the same rules): the rest become '?',
// so that values — passwords, payloads — stay out of traces.
const SHOWN = [
  [/^ECHO/i, 0],
  [/^(LPUSH|MSET|PFA|PUBLISH|RPUSH|SADD|SET|SPUBLISH|XADD|ZADD)/i, 1],
  [/^(HSET|HMSET|LSET|LINSERT)/i, 2],
  [/^(ACL|BIT|B[LRZ]|CLIENT|CLUSTER|CONFIG|COMMAND|DECR|DEL|EVAL|EX|FUNCTION|GEO|GET|HINCR|HMGET|HSCAN|INCR|L[TRLM]|MEMORY|P[EFISTU]|RPOP|S[CDIMORSU]|XACK|X[CDGILPRT]|Z[CDILMPRS])/i, -1],
];

/** A command's arguments as traces show them. */
function sanitizeArgs(args) {
  if (args.length === 0) return [];
  const name = String(args[0]);
  const shown = SHOWN.find(([pattern]) => pattern.test(name))?.[1] ?? 0;
  return args.map((arg, i) => (i === 0 || shown === -1 || i <= shown ? String(arg) : '?'));
}

const MAX_ID = 128;

/** node-redis' client id: `host:port/db-<8 hex digits>`, its prefix cut with '...' past 128. */
function clientIdOf(host, port, database) {
  const prefix = `${host ?? 'unknown'}:${port ?? 'unknown'}/${database ?? 'unknown'}`;
  const suffix = `-${randomBytes(4).toString('hex')}`;
  return prefix.length + suffix.length <= MAX_ID ? prefix + suffix : `${prefix.slice(0, MAX_ID - 3 - suffix.length)}...${suffix}`;
}

/** A command of a traced pipeline finished: its node-redis:command trace ends, as
 *  tracePromise would end it. */
function finishCommand(context, reply, failure) {
  const { command } = traces;
  if (failure !== undefined) {
    context.error = failure;
    command.error.publish(context);
  } else {
    context.result = reply;
  }
  command.asyncStart.publish(context);
  command.asyncEnd.publish(context);
}

/**
 * The Chain of a pipeline while someone subscribes to node-redis:command: node-redis traces each
 * command of a pipeline (with `batchMode: 'PIPELINE'`), so each one's trace starts when the
 * pipeline is queued and ends with its own reply (or the failure that ends the chain).
 */
class TracedChain extends Chain {
  constructor(count, typeMapping, contexts) {
    super(count, typeMapping, true);
    this.contexts = contexts;
    this.traced = 0;
    for (const context of contexts) {
      traces.command.start.publish(context);
      traces.command.end.publish(context);
    }
  }

  settle(reply) {
    const context = this.contexts[this.traced++];
    if (context !== undefined) finishCommand(context, reply, reply instanceof ErrorReply ? reply : undefined);
    super.settle(reply);
  }

  reject(error) {
    while (this.traced < this.contexts.length) finishCommand(this.contexts[this.traced++], undefined, error);
    super.reject(error);
  }
}

module.exports = { CHANNELS, traces, points, sanitizeArgs, clientIdOf, TracedChain };
