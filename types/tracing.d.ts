// The diagnostics_channel names ferrodis publishes on (lib/tracing.js) and their payloads, as
// node-redis 5.12 names and shapes them.

/** node-redis' channel names: tracing channels (command, batch, connect) and point channels. */
export declare const CHANNELS: {
  readonly TRACE_COMMAND: 'node-redis:command';
  readonly TRACE_BATCH: 'node-redis:batch';
  readonly TRACE_CONNECT: 'node-redis:connect';
  readonly CONNECTION_READY: 'node-redis:connection:ready';
  readonly CONNECTION_CLOSED: 'node-redis:connection:closed';
  readonly CONNECTION_RELAXED_TIMEOUT: 'node-redis:connection:relaxed-timeout';
  readonly CONNECTION_HANDOFF: 'node-redis:connection:handoff';
  readonly ERROR: 'node-redis:error';
  readonly MAINTENANCE: 'node-redis:maintenance';
  readonly PUBSUB: 'node-redis:pubsub';
  readonly CACHE_REQUEST: 'node-redis:cache:request';
  readonly CACHE_EVICTION: 'node-redis:cache:eviction';
  readonly COMMAND_REPLY: 'node-redis:command:reply';
  readonly POOL_CONNECTION_WAIT: 'node-redis:pool:connection-wait';
};

/** A command's trace (`node-redis:command`); `args` are sanitized (values shown as '?'). */
export interface CommandTraceContext {
  command: string;
  args: ReadonlyArray<string>;
  database: number;
  serverAddress: string;
  serverPort: number | undefined;
  clientId: string;
}

/** A command of a pipeline, traced on `node-redis:command` too. */
export interface BatchCommandTraceContext extends CommandTraceContext {
  batchMode: 'MULTI' | 'PIPELINE';
  batchSize: number;
}

/** A connection attempt's trace (`node-redis:connect`). */
export interface ConnectTraceContext {
  serverAddress: string;
  serverPort: number | undefined;
  clientId: string;
}

/** A transaction's or pipeline's trace (`node-redis:batch`). */
export interface BatchOperationContext {
  batchMode: 'MULTI' | 'PIPELINE';
  batchSize: number;
  database: number;
  serverAddress: string;
  serverPort: number | undefined;
  clientId: string;
}

export interface ConnectionReadyEvent {
  clientId: string;
  serverAddress: string | undefined;
  serverPort: number | undefined;
  /** Milliseconds from the start of the attempt to ready. */
  createTimeMs: number;
}

export interface ConnectionClosedEvent {
  clientId: string;
  /** 'application_close' or 'error'. */
  reason: string;
  wasConnected: boolean;
}

export interface ConnectionRelaxedTimeoutEvent {
  clientId: string;
  value: number;
}

export interface ConnectionHandoffEvent {
  clientId: string;
}

export interface ClientErrorEvent {
  error: Error;
  /** 'client' or 'cluster'. */
  origin: string;
  /** True when the client handled it (a redirect it followed). */
  internal: boolean;
  clientId?: string;
  retryCount?: number;
}

export interface MaintenanceNotificationEvent {
  notification: string;
  clientId?: string;
}

export interface PubSubMessageEvent {
  direction: 'in' | 'out';
  clientId: string;
  channel?: unknown;
  sharded?: boolean;
}

export interface CacheRequestEvent {
  result: string;
  clientId?: string;
}

export interface CacheEvictionEvent {
  reason: string;
  count: number;
  clientId?: string;
}

export interface CommandReplyEvent {
  args: ReadonlyArray<unknown>;
  reply: unknown;
  clientId: string;
}

export interface PoolConnectionWaitEvent {
  clientId: string;
  waitStartTimestamp: number;
}

/** Each point channel's payload, by channel name. */
export interface ChannelEvents {
  'node-redis:connection:ready': ConnectionReadyEvent;
  'node-redis:connection:closed': ConnectionClosedEvent;
  'node-redis:connection:relaxed-timeout': ConnectionRelaxedTimeoutEvent;
  'node-redis:connection:handoff': ConnectionHandoffEvent;
  'node-redis:error': ClientErrorEvent;
  'node-redis:maintenance': MaintenanceNotificationEvent;
  'node-redis:pubsub': PubSubMessageEvent;
  'node-redis:cache:request': CacheRequestEvent;
  'node-redis:cache:eviction': CacheEvictionEvent;
  'node-redis:command:reply': CommandReplyEvent;
  'node-redis:pool:connection-wait': PoolConnectionWaitEvent;
}
