// Type definitions for ferrodis: node-redis v5's client API on a Rust engine.
/// <reference types="node" />

import { EventEmitter } from 'node:events';

// <generated-type-imports> (scripts/gen-types.js: the option and reply types of types/*.d.ts)
import type { BfInsertOptions, BfReserveOptions, BfInfoReply, BfScanDumpReply, CfScanDumpReply, CfInsertOptions, CfReserveOptions, CfInfoReply, BfIncrByItem, BfMergeSketches, CmsInfoReply, TopKIncrByItem, TopKReserveOptions, TopKInfoReply, TDigestCreateOptions, TDigestMergeOptions, TDigestInfoReply } from './types/bloom';
export type { BfInsertOptions, BfReserveOptions, BfInfoReply, BfScanDumpReply, CfScanDumpReply, CfInsertOptions, CfReserveOptions, CfInfoReply, BfIncrByItem, BfMergeSketches, CmsInfoReply, TopKIncrByItem, TopKReserveOptions, TopKInfoReply, TDigestCreateOptions, TDigestMergeOptions, TDigestInfoReply } from './types/bloom';
import type { ReplyUnion, SlotRange, ClusterFailoverOptions, ClusterResetOptions, ClusterSlotState, ClusterSlotsNode, ClusterSlotsRange, ClusterLink, EvalOptions, FunctionListOptions, FunctionLoadOptions, FunctionRestoreOptions, FunctionListItem, FunctionListWithCodeItem, FunctionStats, VAddOptions, VSimOptions, VInfoReply, VEmbRawReply } from './types/cluster-scripting';
export type { ReplyUnion, SlotRange, ClusterFailoverOptions, ClusterResetOptions, ClusterSlotState, ClusterSlotsNode, ClusterSlotsRange, ClusterLink, EvalOptions, FunctionListOptions, FunctionLoadOptions, FunctionRestoreOptions, FunctionListItem, FunctionListWithCodeItem, FunctionStats, VAddOptions, VSimOptions, VInfoReply, VEmbRawReply } from './types/cluster-scripting';
import type { ListSide, LMPopOptions, LPosOptions, SInterCardOptions, ScanCommonOptions, HGetExOptions, HSetExOptions } from './types/hash-list-set';
export type { ListSide, LMPopOptions, LPosOptions, SInterCardOptions, ScanCommonOptions, HGetExOptions, HSetExOptions } from './types/hash-list-set';
import type { RedisJSON, RedisJSONReply, JsonArrIndexOptions, JsonArrLenOptions, RedisArrPopOptions, JsonClearOptions, JsonDebugMemoryOptions, JsonDelOptions, JsonForgetOptions, JsonGetOptions, JsonMSetItem, JsonObjKeysOptions, JsonObjLenOptions, JsonSetOptions, JsonStrAppendOptions, JsonStrLenOptions, JsonTypeOptions } from './types/json';
export type { RedisJSON, RedisJSONReply, JsonArrIndexOptions, JsonArrLenOptions, RedisArrPopOptions, JsonClearOptions, JsonDebugMemoryOptions, JsonDelOptions, JsonForgetOptions, JsonGetOptions, JsonMSetItem, JsonObjKeysOptions, JsonObjLenOptions, JsonSetOptions, JsonStrAppendOptions, JsonStrLenOptions, JsonTypeOptions } from './types/json';
import type { PubSubType, PubSubListener, ChannelListeners, PubSubTypeListeners, MonitorCallback } from './types/pubsub';
export type { PubSubType, PubSubListener, ChannelListeners, PubSubTypeListeners, MonitorCallback } from './types/pubsub';
import type { SimpleStringReply, BlobStringReply, VerbatimStringReply, DoubleReply, RespDoubleReply, NumberReply, MapReply, SetReply, ComputedReply, MappedReply } from './types/resp';
export type { SimpleStringReply, BlobStringReply, VerbatimStringReply, DoubleReply, RespDoubleReply, NumberReply, MapReply, SetReply, ComputedReply, MappedReply } from './types/resp';
import type { SCHEMA_FIELD_TYPE, SchemaFieldType, SCHEMA_TEXT_FIELD_PHONETIC, SchemaTextFieldPhonetic, SCHEMA_VECTOR_FIELD_ALGORITHM, SchemaVectorFieldAlgorithm, REDISEARCH_LANGUAGE, RediSearchLanguage, RediSearchProperty, FT_AGGREGATE_STEPS, FtAggregateStep, FT_AGGREGATE_GROUP_BY_REDUCERS, FtAggregateGroupByReducer, FtSchemaTextField, FtSchemaNumericField, FtSchemaGeoField, FtSchemaTagField, FtSchemaFlatVectorField, FtSchemaHNSWVectorField, FtSchemaVamanaVectorField, FtSchemaGeoShapeField, SchemaFieldDefinition, RediSearchSchema, FtCreateOptions, FtSearchParams, FtSearchOptions, SearchDocumentValue, SearchReply, SearchNoContentReply, FtProfileOptions, FtProfileReply, FtExplainOptions, FtExplainCLIOptions, FtSpellCheckTerms, FtSpellCheckOptions, FtSpellCheckReply, FtAggregateLoadField, FtGroupByReducer, FtAggregateSortByProperty, FtAggregateStepDefinition, FtAggregateOptions, FtAggregateWithCursorOptions, FtCursorReadOptions, AggregateReply, AggregateWithCursorReply, FtHybridSearchExpression, FtHybridVectorExpression, FtHybridApply, FtHybridOptions, HybridSearchResult, FtDropIndexOptions, FtSugAddOptions, FtSugGetOptions, FtSynUpdateOptions, FtInfoReply } from './types/search';
export type { SchemaFieldType, SchemaTextFieldPhonetic, SchemaVectorFieldAlgorithm, RediSearchLanguage, RediSearchProperty, FtAggregateStep, FtAggregateGroupByReducer, FtSchemaTextField, FtSchemaNumericField, FtSchemaGeoField, FtSchemaTagField, FtSchemaFlatVectorField, FtSchemaHNSWVectorField, FtSchemaVamanaVectorField, FtSchemaGeoShapeField, SchemaFieldDefinition, RediSearchSchema, FtCreateOptions, FtSearchParams, FtSearchOptions, SearchDocumentValue, SearchReply, SearchNoContentReply, FtProfileOptions, FtProfileReply, FtExplainOptions, FtExplainCLIOptions, FtSpellCheckTerms, FtSpellCheckOptions, FtSpellCheckReply, FtAggregateLoadField, FtGroupByReducer, FtAggregateSortByProperty, FtAggregateStepDefinition, FtAggregateOptions, FtAggregateWithCursorOptions, FtCursorReadOptions, AggregateReply, AggregateWithCursorReply, FtHybridSearchExpression, FtHybridVectorExpression, FtHybridApply, FtHybridOptions, HybridSearchResult, FtDropIndexOptions, FtSugAddOptions, FtSugGetOptions, FtSynUpdateOptions, FtInfoReply } from './types/search';
export { SCHEMA_FIELD_TYPE, SCHEMA_TEXT_FIELD_PHONETIC, SCHEMA_VECTOR_FIELD_ALGORITHM, REDISEARCH_LANGUAGE, FT_AGGREGATE_STEPS, FT_AGGREGATE_GROUP_BY_REDUCERS } from './types/search';
import type { AclUser, AclLogEntry, ClientInfoReply, ClientKillFilter, ListFilter, ClientTrackingOptions, TrackingInfo, CommandReply, CommandListOptions, HelloOptions, HelloReply, BgSaveOptions, MemoryUsageOptions, MemoryStatsReply, LatencyEvent, RoleReply, HotkeysStartOptions, HotkeyEntry, HotkeysGetReply } from './types/server';
export type { AclUser, AclLogEntry, ClientInfoReply, ClientKillFilter, ListFilter, ClientTrackingOptions, TrackingInfo, CommandReply, CommandListOptions, HelloOptions, HelloReply, BgSaveOptions, MemoryUsageOptions, MemoryStatsReply, LatencyEvent, RoleReply, HotkeysStartOptions, HotkeyEntry, HotkeysGetReply } from './types/server';
import type { SortedSetSide, SortedSetMemberReply, BZPopReply, ZMPopReply, ZKeyAndWeight, ZKeys, ZInterOptions, ZUnionOptions, ZInterCardOptions, ZMPopOptions, ZAddIncrOptions, ZRangeByScoreOptions, ZRangeByLexOptions, ZRangeStoreOptions, GeoUnits, GeoCoordinates, GeoMember, GeoAddOptions, GeoSearchFrom, GeoSearchByRadius, GeoSearchByBox, GeoSearchBy, GeoCountArgument, GeoSearchOptions, GeoSearchStoreOptions, GeoRadiusStoreOptions, GeoReplyWith, GeoPositionReply, GeoReplyWithMember, StreamDeletionPolicy, StreamDeletionReplyCode, XAddOptions, XCfgSetOptions, XTrimOptions, XSetIdOptions, XRangeOptions, XReadStream, XReadStreams, XReadOptions, XReadGroupOptions, StreamMessageReply, StreamsMessagesReply, XGroupCreateOptions, XGroupSetIdOptions, XInfoStreamReply, XInfoGroupReply, XInfoConsumerReply, XPendingReply, XPendingRangeOptions, XPendingRangeReplyItem, XClaimOptions, XAutoClaimOptions, XAutoClaimReply, XAutoClaimJustIdReply } from './types/sorted-set-geo-stream';
export type { SortedSetSide, SortedSetMemberReply, BZPopReply, ZMPopReply, ZKeyAndWeight, ZKeys, ZInterOptions, ZUnionOptions, ZInterCardOptions, ZMPopOptions, ZAddIncrOptions, ZRangeByScoreOptions, ZRangeByLexOptions, ZRangeStoreOptions, GeoUnits, GeoCoordinates, GeoMember, GeoAddOptions, GeoSearchFrom, GeoSearchByRadius, GeoSearchByBox, GeoSearchBy, GeoCountArgument, GeoSearchOptions, GeoSearchStoreOptions, GeoRadiusStoreOptions, GeoReplyWith, GeoPositionReply, GeoReplyWithMember, StreamDeletionPolicy, StreamDeletionReplyCode, XAddOptions, XCfgSetOptions, XTrimOptions, XSetIdOptions, XRangeOptions, XReadStream, XReadStreams, XReadOptions, XReadGroupOptions, StreamMessageReply, StreamsMessagesReply, XGroupCreateOptions, XGroupSetIdOptions, XInfoStreamReply, XInfoGroupReply, XInfoConsumerReply, XPendingReply, XPendingRangeOptions, XPendingRangeReplyItem, XClaimOptions, XAutoClaimOptions, XAutoClaimReply, XAutoClaimJustIdReply } from './types/sorted-set-geo-stream';
import type { MSetArguments, MSetExOptions, GetExOptions, LcsIdxOptions, DelExOptions, BitValue, BitCountRange, BitOperations, BitFieldEncoding, BitFieldGetOperation, BitFieldSetOperation, BitFieldIncrByOperation, BitFieldOverflowOperation, BitFieldOperations, BitFieldRoOperations, ScanOptions, CopyCommandOptions, RestoreOptions, MigrateOptions, SortOptions } from './types/strings-keys';
export type { MSetArguments, MSetExOptions, GetExOptions, LcsIdxOptions, DelExOptions, BitValue, BitCountRange, BitOperations, BitFieldEncoding, BitFieldGetOperation, BitFieldSetOperation, BitFieldIncrByOperation, BitFieldOverflowOperation, BitFieldOperations, BitFieldRoOperations, ScanOptions, CopyCommandOptions, RestoreOptions, MigrateOptions, SortOptions } from './types/strings-keys';
import type { TIME_SERIES_ENCODING, TimeSeriesEncoding, TIME_SERIES_DUPLICATE_POLICIES, TimeSeriesDuplicatePolicies, TIME_SERIES_AGGREGATION_TYPE, TimeSeriesAggregationType, TIME_SERIES_BUCKET_TIMESTAMP, TimeSeriesBucketTimestamp, TIME_SERIES_REDUCERS, TimeSeriesReducer, TsTimestamp, TsLabels, TsIgnoreOptions, TsCreateOptions, TsAlterOptions, TsAddOptions, TsIncrByOptions, TsGetOptions, TsMAddSample, TsMGetOptions, TsMGetWithLabelsOptions, TsRangeOptions, TsMRangeGroupBy, TsSampleReply, TsInfoReply, TsInfoDebugReply } from './types/time-series';
export type { TimeSeriesEncoding, TimeSeriesDuplicatePolicies, TimeSeriesAggregationType, TimeSeriesBucketTimestamp, TimeSeriesReducer, TsTimestamp, TsLabels, TsIgnoreOptions, TsCreateOptions, TsAlterOptions, TsAddOptions, TsIncrByOptions, TsGetOptions, TsMAddSample, TsMGetOptions, TsMGetWithLabelsOptions, TsRangeOptions, TsMRangeGroupBy, TsSampleReply, TsInfoReply, TsInfoDebugReply } from './types/time-series';
export { TIME_SERIES_ENCODING, TIME_SERIES_DUPLICATE_POLICIES, TIME_SERIES_AGGREGATION_TYPE, TIME_SERIES_BUCKET_TIMESTAMP, TIME_SERIES_REDUCERS } from './types/time-series';
import type { CHANNELS, CommandTraceContext, BatchCommandTraceContext, ConnectTraceContext, BatchOperationContext, ConnectionReadyEvent, ConnectionClosedEvent, ConnectionRelaxedTimeoutEvent, ConnectionHandoffEvent, ClientErrorEvent, MaintenanceNotificationEvent, PubSubMessageEvent, CacheRequestEvent, CacheEvictionEvent, CommandReplyEvent, PoolConnectionWaitEvent, ChannelEvents } from './types/tracing';
export type { CommandTraceContext, BatchCommandTraceContext, ConnectTraceContext, BatchOperationContext, ConnectionReadyEvent, ConnectionClosedEvent, ConnectionRelaxedTimeoutEvent, ConnectionHandoffEvent, ClientErrorEvent, MaintenanceNotificationEvent, PubSubMessageEvent, CacheRequestEvent, CacheEvictionEvent, CommandReplyEvent, PoolConnectionWaitEvent, ChannelEvents } from './types/tracing';
export { CHANNELS } from './types/tracing';
// </generated-type-imports>

export type RedisArgument = string | Buffer;
export type RespVersions = 2 | 3;

/** RESP type codes, the keys of a type mapping (same values as node-redis' RESP_TYPES). */
export declare const RESP_TYPES: {
  readonly NULL: 95;
  readonly BOOLEAN: 35;
  readonly NUMBER: 58;
  readonly BIG_NUMBER: 40;
  readonly DOUBLE: 44;
  readonly SIMPLE_STRING: 43;
  readonly BLOB_STRING: 36;
  readonly VERBATIM_STRING: 61;
  readonly SIMPLE_ERROR: 45;
  readonly BLOB_ERROR: 33;
  readonly ARRAY: 42;
  readonly SET: 126;
  readonly MAP: 37;
  readonly PUSH: 62;
};

export declare const GEO_REPLY_WITH: { readonly DISTANCE: 'WITHDIST'; readonly HASH: 'WITHHASH'; readonly COORDINATES: 'WITHCOORD' };
export declare const CLIENT_KILL_FILTERS: {
  readonly ADDRESS: 'ADDR'; readonly LOCAL_ADDRESS: 'LADDR'; readonly ID: 'ID'; readonly TYPE: 'TYPE';
  readonly USER: 'USER'; readonly SKIP_ME: 'SKIPME'; readonly MAXAGE: 'MAXAGE';
};
export declare const FAILOVER_MODES: { readonly FORCE: 'FORCE'; readonly TAKEOVER: 'TAKEOVER' };
export declare const CLUSTER_SLOT_STATES: { readonly IMPORTING: 'IMPORTING'; readonly MIGRATING: 'MIGRATING'; readonly STABLE: 'STABLE'; readonly NODE: 'NODE' };
export declare const COMMAND_LIST_FILTER_BY: { readonly MODULE: 'MODULE'; readonly ACLCAT: 'ACLCAT'; readonly PATTERN: 'PATTERN' };
export declare const REDIS_FLUSH_MODES: { readonly ASYNC: 'ASYNC'; readonly SYNC: 'SYNC' };

/** Which JS type each RESP type becomes, e.g. `{ [RESP_TYPES.BLOB_STRING]: Buffer }`. */
export type TypeMapping = Partial<Record<(typeof RESP_TYPES)[keyof typeof RESP_TYPES], unknown>>;

export interface CommandOptions<TYPE_MAPPING extends TypeMapping = TypeMapping> {
  /** Which JS type each RESP type of the replies becomes. */
  typeMapping?: TYPE_MAPPING;
  /** Milliseconds until the reply: past it the command rejects with TimeoutError (taken out of
   *  the queue if not written yet; its late reply dropped if it was). */
  timeout?: number;
  /** Takes the command back (AbortError) if it aborts before the command is written. */
  abortSignal?: AbortSignal;
}

/** The type mapping a CommandOptions sets ({} when none). */
type TypeMappingOf<OPTIONS> = OPTIONS extends { typeMapping: infer T extends TypeMapping } ? T : {};

export interface BasicAuth {
  username?: string;
  password?: string;
}

/** Asked for credentials before each connection. */
export interface AsyncCredentialsProvider {
  readonly type: 'async-credentials-provider';
  credentials(): Promise<BasicAuth>;
}

/** Subscribed to once: the first credentials open the connection, later ones re-authenticate. */
export interface StreamingCredentialsProvider {
  readonly type: 'streaming-credentials-provider';
  subscribe(listener: { onNext(credentials: BasicAuth): void; onError(error: Error): void }): Promise<[BasicAuth, { dispose(): void }]>;
  /** A pushed credential the server refused, or the stream's error. */
  onReAuthenticationError(error: Error): void;
}

export type CredentialsProvider = AsyncCredentialsProvider | StreamingCredentialsProvider;

/** `(retries, cause) => delay in ms | false (stop) | Error (stop, and reject with it)`. */
export type ReconnectStrategyFunction = (retries: number, cause: Error) => number | false | Error;

export interface RedisSocketOptions {
  /** Default `localhost`. */
  host?: string;
  /** Default 6379. */
  port?: number;
  /** A UNIX socket path; wins over host/port. */
  path?: string;
  /** Connect with TLS (rustls). `rediss://` URLs set it. */
  tls?: boolean;
  /** PEM CA certificate(s) to trust; default: the bundled Mozilla roots, as in Node. */
  ca?: string | Buffer | Array<string | Buffer>;
  /** PEM client certificate chain, for mutual TLS. */
  cert?: string | Buffer | Array<string | Buffer>;
  /** PEM private key of `cert`; an encrypted one ("ENCRYPTED PRIVATE KEY", or OpenSSL's older
   *  `Proc-Type: 4,ENCRYPTED`) is decrypted with `passphrase` or the item's own. */
  key?: string | Buffer | Array<string | Buffer | { pem: string | Buffer; passphrase?: string }>;
  /** PKCS#12 archive(s) holding the client certificate, its key and CA certificates (which are
   *  trusted too, as in Node). Not together with `cert`/`key`. */
  pfx?: string | Buffer | Array<string | Buffer | { buf: string | Buffer; passphrase?: string }>;
  /** Passphrase of `pfx` and of an encrypted `key`. */
  passphrase?: string;
  /** Name for SNI and certificate verification; default: `host` (an IP host sends no SNI). */
  servername?: string;
  /** Verify the server certificate (default true). */
  rejectUnauthorized?: boolean;
  /** Called, as Node's tls calls it, once the server's chain is verified, instead of the name
   *  check: with `servername` (or `host`) and the certificate as `getPeerCertificate(true)`
   *  gives it. An Error it returns or throws fails the connection with that Error. Not called
   *  with `rejectUnauthorized: false`. */
  checkServerIdentity?: (hostname: string, cert: import('node:tls').PeerCertificate) => Error | undefined;
  /** Lowest / highest TLS version: `'TLSv1.2'` (default minimum) or `'TLSv1.3'` (default
   *  maximum). rustls speaks no older version. */
  minVersion?: 'TLSv1.2' | 'TLSv1.3';
  maxVersion?: 'TLSv1.2' | 'TLSv1.3';
  /** `'TLS_method'`, `'TLSv1_2_method'` (pins TLSv1.2)...; prefer minVersion / maxVersion. */
  secureProtocol?: string;
  /** OpenSSL-style cipher list, e.g. `'ECDHE-RSA-AES128-GCM-SHA256:TLS_AES_256_GCM_SHA384'`;
   *  names rustls has no suite for are an error listing the supported ones. */
  ciphers?: string;
  /** 4 or 6: connect only to the host name's IPv4 / IPv6 addresses; default 0 (any). */
  family?: 0 | 4 | 6;
  /** Local IP address (and port) to connect from. */
  localAddress?: string;
  localPort?: number;
  /** Milliseconds idle before the first TCP keepalive probe (whole seconds); default 5000. */
  keepAliveInitialDelay?: number;
  /** Milliseconds allowed for a whole connection attempt — TCP, TLS and the handshake (AUTH,
   *  HELLO, SELECT...); default 5000, 0 disables. */
  connectTimeout?: number;
  /** Default true. */
  noDelay?: boolean;
  /** Default true. */
  keepAlive?: boolean;
  /** Milliseconds without data before the connection is dropped with SocketTimeoutError (the
   *  default strategy then does not reconnect). Default: none. */
  socketTimeout?: number;
  /** After a connection is lost or fails: a function, a fixed delay in ms, or false (never).
   *  Default: `Math.min(retries * 50, 500)`. */
  reconnectStrategy?: false | number | ReconnectStrategyFunction;
}

/** node-redis' module command sets (`modules` option); the Redis Stack ones come with their
 *  issue, so the default set is empty here. */
export type RedisModules = Record<string, Record<string, unknown>>;
export type RedisDefaultModules = {};
/** The `functions` option's shape: `{ library: { fn: definition } }`. */
export type RedisFunctions = Record<string, Record<string, RedisFunction>>;
/** The `scripts` option's shape: `{ name: defineScript(...) }`. */
export type RedisScripts = Record<string, RedisScript>;

export interface RedisClientOptions<
  M extends RedisModules = RedisModules,
  F extends RedisFunctions = RedisFunctions,
  S extends RedisScripts = RedisScripts,
  RESP extends RespVersions = RespVersions,
  TYPE_MAPPING extends TypeMapping = TypeMapping,
> {
  /** `redis[s]://[[user][:password]@][host][:port][/db]` or `unix:///path/to/socket[?db=N]`;
   *  its fields win over the other options. */
  url?: string;
  socket?: RedisSocketOptions;
  username?: string;
  password?: string;
  /** CLIENT SETNAME on every connection. */
  name?: string;
  /** SELECT on every connection; default 0. */
  database?: number;
  /** 2 (default) or 3. */
  RESP?: RESP;
  /** Same as `socket.connectTimeout` (the guide's spelling). */
  connectTimeout?: number;
  /** Queue commands while disconnected (default true). The guide's name. */
  enableOfflineQueue?: boolean;
  /** node-redis' name: `true` rejects commands with ClientOfflineError while disconnected. */
  disableOfflineQueue?: boolean;
  /** Reject new commands with "The queue is full" beyond this many pending. */
  commandsQueueMaxLength?: number;
  /** A ferrodis option: a string the server announces longer than this many bytes (65536 to
   *  2³²−1) is a protocol error, as for Redis' proto-max-bulk-len; default 512 MiB. */
  maxBulkLength?: number;
  /** READONLY on every connection (cluster replicas). */
  readonly?: boolean;
  /** Default options of every command (e.g. a type mapping). */
  commandOptions?: CommandOptions<TYPE_MAPPING>;
  /** With RESP 3, allow the commands whose RESP3 replies node-redis marks as unstable. */
  unstableResp3?: boolean;
  /** Send PING after each this many quiet milliseconds while ready; emits 'ping-interval'. */
  pingInterval?: number;
  /** Do not send CLIENT SETINFO LIB-NAME/LIB-VER in the handshake. */
  disableClientInfo?: boolean;
  /** LIB-NAME becomes `ferrodis(<tag>)`. */
  clientInfoTag?: string;
  /** Lua scripts, attached as client methods: `scripts: { name: defineScript({...}) }`. */
  scripts?: S;
  /** Server functions, attached as `client.library.fn(...)` (FCALL / FCALL_RO). */
  functions?: F;
  /** User-defined module command sets (node-redis' `modules`): `{ name: { command: { parseCommand,
   *  transformReply?, IS_READ_ONLY? } } }` → `client.name.command(...)`. */
  modules?: M;
  /** Credentials fetched before each connection (async), or pushed (streaming: each new one
   *  re-authenticates the live connection); they replace `username`/`password`. */
  credentialsProvider?: CredentialsProvider;
  /** A ferrodis option: blocking commands (BLPOP, BRPOP, BLMOVE, BLMPOP, BRPOPLPUSH, BZPOPMIN/MAX,
   *  BZMPOP, XREAD/XREADGROUP with BLOCK, WAIT) each run on a side connection of their own, so
   *  the client's other commands are answered while they wait: at most `max` (default 100;
   *  more wait for a free one), each closed after `idleTimeout` ms unused (default 10000).
   *  `false`: on the client's connection, holding up the commands behind them (node-redis). */
  blockingConnections?: false | { max?: number; idleTimeout?: number };
  /** RESP3 only: cache the replies of read-only commands in the process, with the server's
   *  invalidations (CLIENT TRACKING). A config, or a cache to share (`BasicClientSideCache`). */
  clientSideCache?: BasicClientSideCache | ClientSideCacheConfig;
  /** RESP3 only, not with `clientSideCache`: CLIENT TRACKING on, and an 'invalidate' event
   *  (the key as a Buffer; null: every key) for each invalidation. */
  emitInvalidate?: boolean;
}

/** What `parseCommand` of a script or function pushes its arguments and keys into. */
export interface CommandParser {
  readonly redisArgs: RedisArgument[];
  readonly keys: RedisArgument[];
  readonly firstKey: RedisArgument | undefined;
  push(...args: RedisArgument[]): void;
  pushVariadic(values: RedisVariadicArgument): void;
  pushVariadicWithLength(values: RedisVariadicArgument): void;
  pushVariadicNumber(values: number | number[]): void;
  pushKey(key: RedisArgument): void;
  pushKeys(keys: RedisVariadicArgument): void;
  pushKeysLength(keys: RedisVariadicArgument): void;
}

export interface RedisFunction {
  NUMBER_OF_KEYS?: number;
  IS_READ_ONLY?: boolean;
  parseCommand(parser: CommandParser, ...args: any[]): void;
  transformReply?: ((reply: any) => any) | { 2?: (reply: any) => any; 3?: (reply: any) => any };
}

export interface RedisScript extends RedisFunction {
  SCRIPT: string | Buffer;
  SHA1?: string;
}

/** The script with its SHA1 (EVALSHA first, EVAL when the server does not know it yet). */
export declare function defineScript<S extends RedisScript>(script: S): S & { SHA1: string };

/** A RESP3 verbatim string, when VERBATIM_STRING is mapped to it: the text and its `format`. */
export declare class VerbatimString extends String {
  format: string;
  constructor(format: string, value: string);
}

/** Options of the scan iterators: SCAN's options plus the cursor to start from. */
export interface ScanIteratorOptions extends ScanOptions {
  cursor?: RedisArgument;
}

/** A command set as a transaction has it: each method queues and returns the transaction. */
export type MultiCommands<C> = {
  [K in keyof C]: C[K] extends (...args: any) => any ? (...args: Parameters<C[K]>) => RedisClientMultiCommandType : MultiCommands<C[K]>;
};

/** client.multi(): every command, chainable, then exec() or execAsPipeline(). */
export type RedisClientMultiCommandType = MultiCommands<RedisCommands> & {
  addCommand(args: RedisArgument[]): RedisClientMultiCommandType;
  sendCommand(args: RedisArgument[]): RedisClientMultiCommandType;
  select(db: number): RedisClientMultiCommandType;
  SELECT(db: number): RedisClientMultiCommandType;
  /** MULTI … EXEC: the replies; WatchError if a watched key changed; MultiErrorReply if some
   *  commands failed. `exec(true)` is `execAsPipeline()`. */
  exec<T extends unknown[] = unknown[]>(execAsPipeline?: boolean): Promise<T>;
  EXEC<T extends unknown[] = unknown[]>(execAsPipeline?: boolean): Promise<T>;
  execTyped<T extends unknown[] = unknown[]>(execAsPipeline?: boolean): Promise<T>;
  /** The commands back to back without MULTI; rejects with the first error. */
  execAsPipeline<T extends unknown[] = unknown[]>(): Promise<T>;
  execAsPipelineTyped<T extends unknown[] = unknown[]>(): Promise<T>;
};

export interface SetOptions {
  expiration?: { type: 'EX' | 'PX' | 'EXAT' | 'PXAT'; value: number } | { type: 'KEEPTTL' } | 'KEEPTTL';
  /** @deprecated use `expiration` */ EX?: number;
  /** @deprecated use `expiration` */ PX?: number;
  /** @deprecated use `expiration` */ EXAT?: number;
  /** @deprecated use `expiration` */ PXAT?: number;
  /** @deprecated use `expiration` */ KEEPTTL?: boolean;
  /** IFEQ/IFNE/IFDEQ/IFDNE (Redis 8.4) compare with `matchValue`. */
  condition?: 'NX' | 'XX' | 'IFEQ' | 'IFNE' | 'IFDEQ' | 'IFDNE';
  matchValue?: RedisArgument;
  /** @deprecated use `condition` */ NX?: boolean;
  /** @deprecated use `condition` */ XX?: boolean;
  GET?: boolean;
}

export interface ZMember {
  score: number;
  value: RedisArgument;
}

export interface ZAddOptions {
  condition?: 'NX' | 'XX';
  NX?: boolean;
  XX?: boolean;
  comparison?: 'LT' | 'GT';
  LT?: boolean;
  GT?: boolean;
  CH?: boolean;
}

export interface ZRangeOptions {
  BY?: 'SCORE' | 'LEX';
  REV?: boolean;
  LIMIT?: { offset: number; count: number };
}


type HashFields = Record<string, RedisArgument | number> | Map<RedisArgument | number, RedisArgument | number> | Array<[RedisArgument | number, RedisArgument | number] | RedisArgument | number>;
export type RedisVariadicArgument = RedisArgument | Array<RedisArgument>;

/** The commands of a client, under node-redis' camelCase and UPPER names; their replies as a
 *  client with this RESP version and type mapping returns them (types/resp.d.ts). */
export interface RedisCommands<RESP extends RespVersions = 2, TYPE_MAPPING extends TypeMapping = {}> {
  // <generated-commands> (scripts/gen-types.js writes this block from lib/commands)
  aclCat(categoryName?: RedisArgument): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  ACL_CAT(categoryName?: RedisArgument): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  aclDelUser(username: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  ACL_DELUSER(username: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  aclDryRun(username: RedisArgument, command: Array<RedisArgument>): Promise<MappedReply<SimpleStringReply | BlobStringReply, TYPE_MAPPING, RESP>>;
  ACL_DRYRUN(username: RedisArgument, command: Array<RedisArgument>): Promise<MappedReply<SimpleStringReply | BlobStringReply, TYPE_MAPPING, RESP>>;
  aclGenPass(bits?: number): Promise<MappedReply<string, TYPE_MAPPING, RESP>>;
  ACL_GENPASS(bits?: number): Promise<MappedReply<string, TYPE_MAPPING, RESP>>;
  aclGetUser(username: RedisArgument): Promise<MappedReply<AclUser | null, TYPE_MAPPING, RESP>>;
  ACL_GETUSER(username: RedisArgument): Promise<MappedReply<AclUser | null, TYPE_MAPPING, RESP>>;
  aclList(): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  ACL_LIST(): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  aclLoad(): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  ACL_LOAD(): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  aclLog(count?: number): Promise<MappedReply<AclLogEntry[], TYPE_MAPPING, RESP>>;
  ACL_LOG(count?: number): Promise<MappedReply<AclLogEntry[], TYPE_MAPPING, RESP>>;
  aclLogReset(): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  ACL_LOG_RESET(): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  aclSave(): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  ACL_SAVE(): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  aclSetUser(username: RedisArgument, rule: RedisVariadicArgument): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  ACL_SETUSER(username: RedisArgument, rule: RedisVariadicArgument): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  aclUsers(): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  ACL_USERS(): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  aclWhoAmI(): Promise<MappedReply<string, TYPE_MAPPING, RESP>>;
  ACL_WHOAMI(): Promise<MappedReply<string, TYPE_MAPPING, RESP>>;
  /** Appends `value` to the string at `key` (created if missing); the new length. APPEND key value. */
  append(key: RedisArgument, value: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** Appends `value` to the string at `key` (created if missing); the new length. APPEND key value. */
  APPEND(key: RedisArgument, value: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  asking(): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  ASKING(): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  auth(credentials: { username?: RedisArgument; password: RedisArgument }): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  AUTH(credentials: { username?: RedisArgument; password: RedisArgument }): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  bgRewriteAof(): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  BGREWRITEAOF(): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  bgSave(options?: BgSaveOptions): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  BGSAVE(options?: BgSaveOptions): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  bitCount(key: RedisArgument, range?: BitCountRange): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  BITCOUNT(key: RedisArgument, range?: BitCountRange): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  bitField(key: RedisArgument, operations: BitFieldOperations): Promise<MappedReply<Array<number | null>, TYPE_MAPPING, RESP>>;
  BITFIELD(key: RedisArgument, operations: BitFieldOperations): Promise<MappedReply<Array<number | null>, TYPE_MAPPING, RESP>>;
  bitFieldRo(key: RedisArgument, operations: BitFieldRoOperations): Promise<MappedReply<number[], TYPE_MAPPING, RESP>>;
  BITFIELD_RO(key: RedisArgument, operations: BitFieldRoOperations): Promise<MappedReply<number[], TYPE_MAPPING, RESP>>;
  bitOp(operation: BitOperations, destKey: RedisArgument, key: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  BITOP(operation: BitOperations, destKey: RedisArgument, key: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  bitPos(key: RedisArgument, bit: BitValue, start?: number, end?: number, mode?: 'BYTE' | 'BIT'): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  BITPOS(key: RedisArgument, bit: BitValue, start?: number, end?: number, mode?: 'BYTE' | 'BIT'): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  blMove(source: RedisArgument, destination: RedisArgument, sourceSide: ListSide, destinationSide: ListSide, timeout: number): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  BLMOVE(source: RedisArgument, destination: RedisArgument, sourceSide: ListSide, destinationSide: ListSide, timeout: number): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  blmPop(timeout: number, keys: RedisVariadicArgument, side: ListSide, options?: LMPopOptions): Promise<MappedReply<[key: string, elements: string[]] | null, TYPE_MAPPING, RESP>>;
  BLMPOP(timeout: number, keys: RedisVariadicArgument, side: ListSide, options?: LMPopOptions): Promise<MappedReply<[key: string, elements: string[]] | null, TYPE_MAPPING, RESP>>;
  /** Waits up to `timeout` seconds (0: forever) for an element at the head of one of `keys`; { key, element }, or null on timeout. BLPOP key [key ...] timeout. */
  blPop(keys: RedisVariadicArgument, timeout: number): Promise<MappedReply<{ key: string; element: string } | null, TYPE_MAPPING, RESP>>;
  /** Waits up to `timeout` seconds (0: forever) for an element at the head of one of `keys`; { key, element }, or null on timeout. BLPOP key [key ...] timeout. */
  BLPOP(keys: RedisVariadicArgument, timeout: number): Promise<MappedReply<{ key: string; element: string } | null, TYPE_MAPPING, RESP>>;
  brPop(keys: RedisVariadicArgument, timeout: number): Promise<MappedReply<{ key: string; element: string } | null, TYPE_MAPPING, RESP>>;
  BRPOP(keys: RedisVariadicArgument, timeout: number): Promise<MappedReply<{ key: string; element: string } | null, TYPE_MAPPING, RESP>>;
  brPopLPush(source: RedisArgument, destination: RedisArgument, timeout: number): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  BRPOPLPUSH(source: RedisArgument, destination: RedisArgument, timeout: number): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  bzmPop(timeout: number, keys: RedisVariadicArgument, side: SortedSetSide, options?: ZMPopOptions): Promise<MappedReply<ZMPopReply | null, TYPE_MAPPING, RESP>>;
  BZMPOP(timeout: number, keys: RedisVariadicArgument, side: SortedSetSide, options?: ZMPopOptions): Promise<MappedReply<ZMPopReply | null, TYPE_MAPPING, RESP>>;
  bzPopMax(keys: RedisVariadicArgument, timeout: number): Promise<MappedReply<BZPopReply | null, TYPE_MAPPING, RESP>>;
  BZPOPMAX(keys: RedisVariadicArgument, timeout: number): Promise<MappedReply<BZPopReply | null, TYPE_MAPPING, RESP>>;
  bzPopMin(keys: RedisVariadicArgument, timeout: number): Promise<MappedReply<BZPopReply | null, TYPE_MAPPING, RESP>>;
  BZPOPMIN(keys: RedisVariadicArgument, timeout: number): Promise<MappedReply<BZPopReply | null, TYPE_MAPPING, RESP>>;
  clientCaching(value: boolean): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  CLIENT_CACHING(value: boolean): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  clientGetName(): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  CLIENT_GETNAME(): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  clientGetRedir(): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  CLIENT_GETREDIR(): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  clientId(): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  CLIENT_ID(): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  clientInfo(): Promise<MappedReply<ClientInfoReply, TYPE_MAPPING, RESP>>;
  CLIENT_INFO(): Promise<MappedReply<ClientInfoReply, TYPE_MAPPING, RESP>>;
  clientKill(filters: ClientKillFilter | Array<ClientKillFilter>): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  CLIENT_KILL(filters: ClientKillFilter | Array<ClientKillFilter>): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  clientList(filter?: ListFilter): Promise<MappedReply<ClientInfoReply[], TYPE_MAPPING, RESP>>;
  CLIENT_LIST(filter?: ListFilter): Promise<MappedReply<ClientInfoReply[], TYPE_MAPPING, RESP>>;
  clientNoEvict(value: boolean): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  'CLIENT_NO-EVICT'(value: boolean): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  clientNoTouch(value: boolean): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  'CLIENT_NO-TOUCH'(value: boolean): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  clientPause(timeout: number, mode?: 'WRITE' | 'ALL'): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  CLIENT_PAUSE(timeout: number, mode?: 'WRITE' | 'ALL'): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  clientSetName(name: RedisArgument): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  CLIENT_SETNAME(name: RedisArgument): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  clientTracking(mode: boolean, options?: ClientTrackingOptions): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  CLIENT_TRACKING(mode: boolean, options?: ClientTrackingOptions): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  clientTrackingInfo(): Promise<MappedReply<TrackingInfo, TYPE_MAPPING, RESP>>;
  CLIENT_TRACKINGINFO(): Promise<MappedReply<TrackingInfo, TYPE_MAPPING, RESP>>;
  clientUnpause(): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  CLIENT_UNPAUSE(): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  clusterAddSlots(slots: number | Array<number>): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  CLUSTER_ADDSLOTS(slots: number | Array<number>): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  clusterAddSlotsRange(ranges: SlotRange | Array<SlotRange>): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  CLUSTER_ADDSLOTSRANGE(ranges: SlotRange | Array<SlotRange>): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  clusterBumpEpoch(): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  CLUSTER_BUMPEPOCH(): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  clusterCountFailureReports(nodeId: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  'CLUSTER_COUNT-FAILURE-REPORTS'(nodeId: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  clusterCountKeysInSlot(slot: number): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  CLUSTER_COUNTKEYSINSLOT(slot: number): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  clusterDelSlots(slots: number | Array<number>): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  CLUSTER_DELSLOTS(slots: number | Array<number>): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  clusterDelSlotsRange(ranges: SlotRange | Array<SlotRange>): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  CLUSTER_DELSLOTSRANGE(ranges: SlotRange | Array<SlotRange>): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  clusterFailover(options?: ClusterFailoverOptions): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  CLUSTER_FAILOVER(options?: ClusterFailoverOptions): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  clusterFlushSlots(): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  CLUSTER_FLUSHSLOTS(): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  clusterForget(nodeId: RedisArgument): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  CLUSTER_FORGET(nodeId: RedisArgument): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  clusterGetKeysInSlot(slot: number, count: number): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  CLUSTER_GETKEYSINSLOT(slot: number, count: number): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  clusterInfo(): Promise<MappedReply<VerbatimStringReply, TYPE_MAPPING, RESP>>;
  CLUSTER_INFO(): Promise<MappedReply<VerbatimStringReply, TYPE_MAPPING, RESP>>;
  clusterKeySlot(key: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  CLUSTER_KEYSLOT(key: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  clusterLinks(): Promise<MappedReply<Array<ClusterLink>, TYPE_MAPPING, RESP>>;
  CLUSTER_LINKS(): Promise<MappedReply<Array<ClusterLink>, TYPE_MAPPING, RESP>>;
  clusterMeet(host: string, port: number): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  CLUSTER_MEET(host: string, port: number): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  clusterMyId(): Promise<MappedReply<string, TYPE_MAPPING, RESP>>;
  CLUSTER_MYID(): Promise<MappedReply<string, TYPE_MAPPING, RESP>>;
  clusterMyShardId(): Promise<MappedReply<string, TYPE_MAPPING, RESP>>;
  CLUSTER_MYSHARDID(): Promise<MappedReply<string, TYPE_MAPPING, RESP>>;
  clusterNodes(): Promise<MappedReply<VerbatimStringReply, TYPE_MAPPING, RESP>>;
  CLUSTER_NODES(): Promise<MappedReply<VerbatimStringReply, TYPE_MAPPING, RESP>>;
  clusterReplicas(nodeId: RedisArgument): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  CLUSTER_REPLICAS(nodeId: RedisArgument): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  clusterReplicate(nodeId: RedisArgument): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  CLUSTER_REPLICATE(nodeId: RedisArgument): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  clusterReset(options?: ClusterResetOptions): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  CLUSTER_RESET(options?: ClusterResetOptions): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  clusterSaveConfig(): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  CLUSTER_SAVECONFIG(): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  clusterSetConfigEpoch(configEpoch: number): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  'CLUSTER_SET-CONFIG-EPOCH'(configEpoch: number): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  clusterSetSlot(slot: number, state: ClusterSlotState, nodeId?: RedisArgument): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  CLUSTER_SETSLOT(slot: number, state: ClusterSlotState, nodeId?: RedisArgument): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  clusterSlots(): Promise<MappedReply<Array<ClusterSlotsRange>, TYPE_MAPPING, RESP>>;
  CLUSTER_SLOTS(): Promise<MappedReply<Array<ClusterSlotsRange>, TYPE_MAPPING, RESP>>;
  command(): Promise<MappedReply<CommandReply[], TYPE_MAPPING, RESP>>;
  COMMAND(): Promise<MappedReply<CommandReply[], TYPE_MAPPING, RESP>>;
  commandCount(): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  COMMAND_COUNT(): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  commandGetKeys(args: Array<RedisArgument>): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  COMMAND_GETKEYS(args: Array<RedisArgument>): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  commandGetKeysAndFlags(args: Array<RedisArgument>): Promise<MappedReply<Array<{ key: string; flags: string[] }>, TYPE_MAPPING, RESP>>;
  COMMAND_GETKEYSANDFLAGS(args: Array<RedisArgument>): Promise<MappedReply<Array<{ key: string; flags: string[] }>, TYPE_MAPPING, RESP>>;
  commandInfo(commands: Array<RedisArgument>): Promise<MappedReply<Array<CommandReply | null>, TYPE_MAPPING, RESP>>;
  COMMAND_INFO(commands: Array<RedisArgument>): Promise<MappedReply<Array<CommandReply | null>, TYPE_MAPPING, RESP>>;
  commandList(options?: CommandListOptions): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  COMMAND_LIST(options?: CommandListOptions): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  configGet(parameters: RedisVariadicArgument): Promise<MappedReply<MapReply<string>, TYPE_MAPPING, RESP>>;
  CONFIG_GET(parameters: RedisVariadicArgument): Promise<MappedReply<MapReply<string>, TYPE_MAPPING, RESP>>;
  configResetStat(): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  CONFIG_RESETASTAT(): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  configRewrite(): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  CONFIG_REWRITE(): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  configSet(parameter: RedisArgument, value: RedisArgument): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  CONFIG_SET(parameter: RedisArgument, value: RedisArgument): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  configSet(config: Record<string, RedisArgument>): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  CONFIG_SET(config: Record<string, RedisArgument>): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  copy(source: RedisArgument, destination: RedisArgument, options?: CopyCommandOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  COPY(source: RedisArgument, destination: RedisArgument, options?: CopyCommandOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  dbSize(): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  DBSIZE(): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** Subtracts 1 from the integer at `key` (0 if missing); the new value. DECR key. */
  decr(key: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** Subtracts 1 from the integer at `key` (0 if missing); the new value. DECR key. */
  DECR(key: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  decrBy(key: RedisArgument, decrement: number): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  DECRBY(key: RedisArgument, decrement: number): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** Deletes `keys`; how many existed. DEL key [key ...]. */
  del(keys: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** Deletes `keys`; how many existed. DEL key [key ...]. */
  DEL(keys: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  delEx(key: RedisArgument, options?: DelExOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  DELEX(key: RedisArgument, options?: DelExOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  digest(key: RedisArgument): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  DIGEST(key: RedisArgument): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  dump(key: RedisArgument): Promise<MappedReply<string, TYPE_MAPPING, RESP>>;
  DUMP(key: RedisArgument): Promise<MappedReply<string, TYPE_MAPPING, RESP>>;
  echo(message: RedisArgument): Promise<MappedReply<string, TYPE_MAPPING, RESP>>;
  ECHO(message: RedisArgument): Promise<MappedReply<string, TYPE_MAPPING, RESP>>;
  eval(script: RedisArgument, options?: EvalOptions): Promise<MappedReply<ReplyUnion, TYPE_MAPPING, RESP>>;
  EVAL(script: RedisArgument, options?: EvalOptions): Promise<MappedReply<ReplyUnion, TYPE_MAPPING, RESP>>;
  evalSha(script: RedisArgument, options?: EvalOptions): Promise<MappedReply<ReplyUnion, TYPE_MAPPING, RESP>>;
  EVALSHA(script: RedisArgument, options?: EvalOptions): Promise<MappedReply<ReplyUnion, TYPE_MAPPING, RESP>>;
  evalShaRo(script: RedisArgument, options?: EvalOptions): Promise<MappedReply<ReplyUnion, TYPE_MAPPING, RESP>>;
  EVALSHA_RO(script: RedisArgument, options?: EvalOptions): Promise<MappedReply<ReplyUnion, TYPE_MAPPING, RESP>>;
  evalRo(script: RedisArgument, options?: EvalOptions): Promise<MappedReply<ReplyUnion, TYPE_MAPPING, RESP>>;
  EVAL_RO(script: RedisArgument, options?: EvalOptions): Promise<MappedReply<ReplyUnion, TYPE_MAPPING, RESP>>;
  /** How many of `keys` exist (a key named twice counts twice). EXISTS key [key ...]. */
  exists(keys: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** How many of `keys` exist (a key named twice counts twice). EXISTS key [key ...]. */
  EXISTS(keys: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** Sets a time to live of `seconds` on `key` (options NX/XX/GT/LT); 1 if set, 0 if not. EXPIRE key seconds. */
  expire(key: RedisArgument, seconds: number, mode?: 'NX' | 'XX' | 'GT' | 'LT'): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** Sets a time to live of `seconds` on `key` (options NX/XX/GT/LT); 1 if set, 0 if not. EXPIRE key seconds. */
  EXPIRE(key: RedisArgument, seconds: number, mode?: 'NX' | 'XX' | 'GT' | 'LT'): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  expireAt(key: RedisArgument, timestamp: number | Date, mode?: 'NX' | 'XX' | 'GT' | 'LT'): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  EXPIREAT(key: RedisArgument, timestamp: number | Date, mode?: 'NX' | 'XX' | 'GT' | 'LT'): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  expireTime(key: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  EXPIRETIME(key: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  fCall(script: RedisArgument, options?: EvalOptions): Promise<MappedReply<ReplyUnion, TYPE_MAPPING, RESP>>;
  FCALL(script: RedisArgument, options?: EvalOptions): Promise<MappedReply<ReplyUnion, TYPE_MAPPING, RESP>>;
  fCallRo(script: RedisArgument, options?: EvalOptions): Promise<MappedReply<ReplyUnion, TYPE_MAPPING, RESP>>;
  FCALL_RO(script: RedisArgument, options?: EvalOptions): Promise<MappedReply<ReplyUnion, TYPE_MAPPING, RESP>>;
  flushAll(mode?: 'ASYNC' | 'SYNC'): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  FLUSHALL(mode?: 'ASYNC' | 'SYNC'): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  flushDb(mode?: 'ASYNC' | 'SYNC'): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  FLUSHDB(mode?: 'ASYNC' | 'SYNC'): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  functionDelete(library: RedisArgument): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  FUNCTION_DELETE(library: RedisArgument): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  functionDump(): Promise<MappedReply<string, TYPE_MAPPING, RESP>>;
  FUNCTION_DUMP(): Promise<MappedReply<string, TYPE_MAPPING, RESP>>;
  functionFlush(mode?: 'ASYNC' | 'SYNC'): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  FUNCTION_FLUSH(mode?: 'ASYNC' | 'SYNC'): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  functionKill(): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  FUNCTION_KILL(): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  functionList(options?: FunctionListOptions): Promise<MappedReply<Array<FunctionListItem>, TYPE_MAPPING, RESP>>;
  FUNCTION_LIST(options?: FunctionListOptions): Promise<MappedReply<Array<FunctionListItem>, TYPE_MAPPING, RESP>>;
  functionListWithCode(options?: FunctionListOptions): Promise<MappedReply<Array<FunctionListWithCodeItem>, TYPE_MAPPING, RESP>>;
  FUNCTION_LIST_WITHCODE(options?: FunctionListOptions): Promise<MappedReply<Array<FunctionListWithCodeItem>, TYPE_MAPPING, RESP>>;
  functionLoad(code: RedisArgument, options?: FunctionLoadOptions): Promise<MappedReply<string, TYPE_MAPPING, RESP>>;
  FUNCTION_LOAD(code: RedisArgument, options?: FunctionLoadOptions): Promise<MappedReply<string, TYPE_MAPPING, RESP>>;
  functionRestore(dump: RedisArgument, options?: FunctionRestoreOptions): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  FUNCTION_RESTORE(dump: RedisArgument, options?: FunctionRestoreOptions): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  functionStats(): Promise<MappedReply<FunctionStats, TYPE_MAPPING, RESP>>;
  FUNCTION_STATS(): Promise<MappedReply<FunctionStats, TYPE_MAPPING, RESP>>;
  geoAdd(key: RedisArgument, toAdd: GeoMember | Array<GeoMember>, options?: GeoAddOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  GEOADD(key: RedisArgument, toAdd: GeoMember | Array<GeoMember>, options?: GeoAddOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  geoDist(key: RedisArgument, member1: RedisArgument, member2: RedisArgument, unit?: GeoUnits): Promise<MappedReply<ComputedReply<number> | null, TYPE_MAPPING, RESP>>;
  GEODIST(key: RedisArgument, member1: RedisArgument, member2: RedisArgument, unit?: GeoUnits): Promise<MappedReply<ComputedReply<number> | null, TYPE_MAPPING, RESP>>;
  geoHash(key: RedisArgument, member: RedisVariadicArgument): Promise<MappedReply<Array<string | null>, TYPE_MAPPING, RESP>>;
  GEOHASH(key: RedisArgument, member: RedisVariadicArgument): Promise<MappedReply<Array<string | null>, TYPE_MAPPING, RESP>>;
  geoPos(key: RedisArgument, member: RedisVariadicArgument): Promise<MappedReply<Array<GeoPositionReply | null>, TYPE_MAPPING, RESP>>;
  GEOPOS(key: RedisArgument, member: RedisVariadicArgument): Promise<MappedReply<Array<GeoPositionReply | null>, TYPE_MAPPING, RESP>>;
  geoRadius(key: RedisArgument, from: GeoCoordinates, radius: number, unit: GeoUnits, options?: GeoSearchOptions): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  GEORADIUS(key: RedisArgument, from: GeoCoordinates, radius: number, unit: GeoUnits, options?: GeoSearchOptions): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  geoRadiusByMember(key: RedisArgument, from: RedisArgument, radius: number, unit: GeoUnits, options?: GeoSearchOptions): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  GEORADIUSBYMEMBER(key: RedisArgument, from: RedisArgument, radius: number, unit: GeoUnits, options?: GeoSearchOptions): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  geoRadiusByMemberRo(key: RedisArgument, from: RedisArgument, radius: number, unit: GeoUnits, options?: GeoSearchOptions): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  GEORADIUSBYMEMBER_RO(key: RedisArgument, from: RedisArgument, radius: number, unit: GeoUnits, options?: GeoSearchOptions): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  geoRadiusByMemberRoWith(key: RedisArgument, from: RedisArgument, radius: number, unit: GeoUnits, replyWith: Array<GeoReplyWith>, options?: GeoSearchOptions): Promise<MappedReply<Array<GeoReplyWithMember>, TYPE_MAPPING, RESP>>;
  GEORADIUSBYMEMBER_RO_WITH(key: RedisArgument, from: RedisArgument, radius: number, unit: GeoUnits, replyWith: Array<GeoReplyWith>, options?: GeoSearchOptions): Promise<MappedReply<Array<GeoReplyWithMember>, TYPE_MAPPING, RESP>>;
  geoRadiusByMemberStore(key: RedisArgument, from: RedisArgument, radius: number, unit: GeoUnits, destination: RedisArgument, options?: GeoRadiusStoreOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  GEORADIUSBYMEMBER_STORE(key: RedisArgument, from: RedisArgument, radius: number, unit: GeoUnits, destination: RedisArgument, options?: GeoRadiusStoreOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  geoRadiusByMemberWith(key: RedisArgument, from: RedisArgument, radius: number, unit: GeoUnits, replyWith: Array<GeoReplyWith>, options?: GeoSearchOptions): Promise<MappedReply<Array<GeoReplyWithMember>, TYPE_MAPPING, RESP>>;
  GEORADIUSBYMEMBER_WITH(key: RedisArgument, from: RedisArgument, radius: number, unit: GeoUnits, replyWith: Array<GeoReplyWith>, options?: GeoSearchOptions): Promise<MappedReply<Array<GeoReplyWithMember>, TYPE_MAPPING, RESP>>;
  geoRadiusRo(key: RedisArgument, from: GeoCoordinates, radius: number, unit: GeoUnits, options?: GeoSearchOptions): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  GEORADIUS_RO(key: RedisArgument, from: GeoCoordinates, radius: number, unit: GeoUnits, options?: GeoSearchOptions): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  geoRadiusRoWith(key: RedisArgument, from: GeoCoordinates, radius: number, unit: GeoUnits, replyWith: Array<GeoReplyWith>, options?: GeoSearchOptions): Promise<MappedReply<Array<GeoReplyWithMember>, TYPE_MAPPING, RESP>>;
  GEORADIUS_RO_WITH(key: RedisArgument, from: GeoCoordinates, radius: number, unit: GeoUnits, replyWith: Array<GeoReplyWith>, options?: GeoSearchOptions): Promise<MappedReply<Array<GeoReplyWithMember>, TYPE_MAPPING, RESP>>;
  geoRadiusStore(key: RedisArgument, from: GeoCoordinates, radius: number, unit: GeoUnits, destination: RedisArgument, options?: GeoRadiusStoreOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  GEORADIUS_STORE(key: RedisArgument, from: GeoCoordinates, radius: number, unit: GeoUnits, destination: RedisArgument, options?: GeoRadiusStoreOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  geoRadiusWith(key: RedisArgument, from: GeoCoordinates, radius: number, unit: GeoUnits, replyWith: Array<GeoReplyWith>, options?: GeoSearchOptions): Promise<MappedReply<Array<GeoReplyWithMember>, TYPE_MAPPING, RESP>>;
  GEORADIUS_WITH(key: RedisArgument, from: GeoCoordinates, radius: number, unit: GeoUnits, replyWith: Array<GeoReplyWith>, options?: GeoSearchOptions): Promise<MappedReply<Array<GeoReplyWithMember>, TYPE_MAPPING, RESP>>;
  geoSearch(key: RedisArgument, from: GeoSearchFrom, by: GeoSearchBy, options?: GeoSearchOptions): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  GEOSEARCH(key: RedisArgument, from: GeoSearchFrom, by: GeoSearchBy, options?: GeoSearchOptions): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  geoSearchStore(destination: RedisArgument, source: RedisArgument, from: GeoSearchFrom, by: GeoSearchBy, options?: GeoSearchStoreOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  GEOSEARCHSTORE(destination: RedisArgument, source: RedisArgument, from: GeoSearchFrom, by: GeoSearchBy, options?: GeoSearchStoreOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  geoSearchWith(key: RedisArgument, from: GeoSearchFrom, by: GeoSearchBy, replyWith: Array<GeoReplyWith>, options?: GeoSearchOptions): Promise<MappedReply<Array<GeoReplyWithMember>, TYPE_MAPPING, RESP>>;
  GEOSEARCH_WITH(key: RedisArgument, from: GeoSearchFrom, by: GeoSearchBy, replyWith: Array<GeoReplyWith>, options?: GeoSearchOptions): Promise<MappedReply<Array<GeoReplyWithMember>, TYPE_MAPPING, RESP>>;
  /** The string value of `key`, or null if it does not exist. GET key. */
  get(key: RedisArgument): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  /** The string value of `key`, or null if it does not exist. GET key. */
  GET(key: RedisArgument): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  getBit(key: RedisArgument, offset: number): Promise<MappedReply<BitValue, TYPE_MAPPING, RESP>>;
  GETBIT(key: RedisArgument, offset: number): Promise<MappedReply<BitValue, TYPE_MAPPING, RESP>>;
  /** The value of `key`, which is then deleted; null if it did not exist. GETDEL key. */
  getDel(key: RedisArgument): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  /** The value of `key`, which is then deleted; null if it did not exist. GETDEL key. */
  GETDEL(key: RedisArgument): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  getEx(key: RedisArgument, options: GetExOptions): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  GETEX(key: RedisArgument, options: GetExOptions): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  getRange(key: RedisArgument, start: number, end: number): Promise<MappedReply<string, TYPE_MAPPING, RESP>>;
  GETRANGE(key: RedisArgument, start: number, end: number): Promise<MappedReply<string, TYPE_MAPPING, RESP>>;
  getSet(key: RedisArgument, value: RedisArgument): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  GETSET(key: RedisArgument, value: RedisArgument): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  /** Removes `fields` from the hash at `key`; how many existed. HDEL key field [field ...]. */
  hDel(key: RedisArgument, field: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** Removes `fields` from the hash at `key`; how many existed. HDEL key field [field ...]. */
  HDEL(key: RedisArgument, field: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  hello(protover?: RespVersions, options?: HelloOptions): Promise<MappedReply<HelloReply, TYPE_MAPPING, RESP>>;
  HELLO(protover?: RespVersions, options?: HelloOptions): Promise<MappedReply<HelloReply, TYPE_MAPPING, RESP>>;
  hExists(key: RedisArgument, field: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  HEXISTS(key: RedisArgument, field: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  hExpire(key: RedisArgument, fields: RedisVariadicArgument, seconds: number, mode?: 'NX' | 'XX' | 'GT' | 'LT'): Promise<MappedReply<number[], TYPE_MAPPING, RESP>>;
  HEXPIRE(key: RedisArgument, fields: RedisVariadicArgument, seconds: number, mode?: 'NX' | 'XX' | 'GT' | 'LT'): Promise<MappedReply<number[], TYPE_MAPPING, RESP>>;
  hExpireAt(key: RedisArgument, fields: RedisVariadicArgument, timestamp: number | Date, mode?: 'NX' | 'XX' | 'GT' | 'LT'): Promise<MappedReply<number[], TYPE_MAPPING, RESP>>;
  HEXPIREAT(key: RedisArgument, fields: RedisVariadicArgument, timestamp: number | Date, mode?: 'NX' | 'XX' | 'GT' | 'LT'): Promise<MappedReply<number[], TYPE_MAPPING, RESP>>;
  hExpireTime(key: RedisArgument, fields: RedisVariadicArgument): Promise<MappedReply<number[], TYPE_MAPPING, RESP>>;
  HEXPIRETIME(key: RedisArgument, fields: RedisVariadicArgument): Promise<MappedReply<number[], TYPE_MAPPING, RESP>>;
  /** The value of `field` in the hash at `key`, or null. HGET key field. */
  hGet(key: RedisArgument, field: RedisArgument): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  /** The value of `field` in the hash at `key`, or null. HGET key field. */
  HGET(key: RedisArgument, field: RedisArgument): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  /** Every field and value of the hash at `key`, as an object ({} if missing). HGETALL key. */
  hGetAll(key: RedisArgument): Promise<MappedReply<MapReply<string>, TYPE_MAPPING, RESP>>;
  /** Every field and value of the hash at `key`, as an object ({} if missing). HGETALL key. */
  HGETALL(key: RedisArgument): Promise<MappedReply<MapReply<string>, TYPE_MAPPING, RESP>>;
  hGetDel(key: RedisArgument, fields: RedisVariadicArgument): Promise<MappedReply<Array<string | null>, TYPE_MAPPING, RESP>>;
  HGETDEL(key: RedisArgument, fields: RedisVariadicArgument): Promise<MappedReply<Array<string | null>, TYPE_MAPPING, RESP>>;
  hGetEx(key: RedisArgument, fields: RedisVariadicArgument, options?: HGetExOptions): Promise<MappedReply<Array<string | null>, TYPE_MAPPING, RESP>>;
  HGETEX(key: RedisArgument, fields: RedisVariadicArgument, options?: HGetExOptions): Promise<MappedReply<Array<string | null>, TYPE_MAPPING, RESP>>;
  /** Adds `increment` to the integer in `field` of the hash at `key`; the new value. HINCRBY key field increment. */
  hIncrBy(key: RedisArgument, field: RedisArgument, increment: number): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** Adds `increment` to the integer in `field` of the hash at `key`; the new value. HINCRBY key field increment. */
  HINCRBY(key: RedisArgument, field: RedisArgument, increment: number): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  hIncrByFloat(key: RedisArgument, field: RedisArgument, increment: number): Promise<MappedReply<string, TYPE_MAPPING, RESP>>;
  HINCRBYFLOAT(key: RedisArgument, field: RedisArgument, increment: number): Promise<MappedReply<string, TYPE_MAPPING, RESP>>;
  hKeys(key: RedisArgument): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  HKEYS(key: RedisArgument): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  hLen(key: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  HLEN(key: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  hmGet(key: RedisArgument, fields: RedisVariadicArgument): Promise<MappedReply<Array<string | null>, TYPE_MAPPING, RESP>>;
  HMGET(key: RedisArgument, fields: RedisVariadicArgument): Promise<MappedReply<Array<string | null>, TYPE_MAPPING, RESP>>;
  hotkeysGet(): Promise<MappedReply<HotkeysGetReply | null, TYPE_MAPPING, RESP>>;
  HOTKEYS_GET(): Promise<MappedReply<HotkeysGetReply | null, TYPE_MAPPING, RESP>>;
  hotkeysReset(): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  HOTKEYS_RESET(): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  hotkeysStart(options: HotkeysStartOptions): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  HOTKEYS_START(options: HotkeysStartOptions): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  hotkeysStop(): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  HOTKEYS_STOP(): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  hPersist(key: RedisArgument, fields: RedisVariadicArgument): Promise<MappedReply<number[], TYPE_MAPPING, RESP>>;
  HPERSIST(key: RedisArgument, fields: RedisVariadicArgument): Promise<MappedReply<number[], TYPE_MAPPING, RESP>>;
  hpExpire(key: RedisArgument, fields: RedisVariadicArgument, ms: number, mode?: 'NX' | 'XX' | 'GT' | 'LT'): Promise<MappedReply<number[], TYPE_MAPPING, RESP>>;
  HPEXPIRE(key: RedisArgument, fields: RedisVariadicArgument, ms: number, mode?: 'NX' | 'XX' | 'GT' | 'LT'): Promise<MappedReply<number[], TYPE_MAPPING, RESP>>;
  hpExpireAt(key: RedisArgument, fields: RedisVariadicArgument, timestamp: number | Date, mode?: 'NX' | 'XX' | 'GT' | 'LT'): Promise<MappedReply<number[], TYPE_MAPPING, RESP>>;
  HPEXPIREAT(key: RedisArgument, fields: RedisVariadicArgument, timestamp: number | Date, mode?: 'NX' | 'XX' | 'GT' | 'LT'): Promise<MappedReply<number[], TYPE_MAPPING, RESP>>;
  hpExpireTime(key: RedisArgument, fields: RedisVariadicArgument): Promise<MappedReply<number[], TYPE_MAPPING, RESP>>;
  HPEXPIRETIME(key: RedisArgument, fields: RedisVariadicArgument): Promise<MappedReply<number[], TYPE_MAPPING, RESP>>;
  hpTTL(key: RedisArgument, fields: RedisVariadicArgument): Promise<MappedReply<number[], TYPE_MAPPING, RESP>>;
  HPTTL(key: RedisArgument, fields: RedisVariadicArgument): Promise<MappedReply<number[], TYPE_MAPPING, RESP>>;
  hRandField(key: RedisArgument): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  HRANDFIELD(key: RedisArgument): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  hRandFieldCount(key: RedisArgument, count: number): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  HRANDFIELD_COUNT(key: RedisArgument, count: number): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  hRandFieldCountWithValues(key: RedisArgument, count: number): Promise<MappedReply<Array<{ field: string; value: string }>, TYPE_MAPPING, RESP>>;
  HRANDFIELD_COUNT_WITHVALUES(key: RedisArgument, count: number): Promise<MappedReply<Array<{ field: string; value: string }>, TYPE_MAPPING, RESP>>;
  hScan(key: RedisArgument, cursor: RedisArgument, options?: ScanCommonOptions): Promise<MappedReply<{ cursor: string; entries: Array<{ field: string; value: string }> }, TYPE_MAPPING, RESP>>;
  HSCAN(key: RedisArgument, cursor: RedisArgument, options?: ScanCommonOptions): Promise<MappedReply<{ cursor: string; entries: Array<{ field: string; value: string }> }, TYPE_MAPPING, RESP>>;
  hScanNoValues(key: RedisArgument, cursor: RedisArgument, options?: ScanCommonOptions): Promise<MappedReply<{ cursor: string; fields: string[] }, TYPE_MAPPING, RESP>>;
  HSCAN_NOVALUES(key: RedisArgument, cursor: RedisArgument, options?: ScanCommonOptions): Promise<MappedReply<{ cursor: string; fields: string[] }, TYPE_MAPPING, RESP>>;
  /** Sets fields of the hash at `key` (an object, a Map, an array of pairs, or field and value); how many fields were added. HSET key field value [field value ...]. */
  hSet(key: RedisArgument, field: RedisArgument | number, value: RedisArgument | number): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** Sets fields of the hash at `key` (an object, a Map, an array of pairs, or field and value); how many fields were added. HSET key field value [field value ...]. */
  HSET(key: RedisArgument, field: RedisArgument | number, value: RedisArgument | number): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** Sets fields of the hash at `key` (an object, a Map, an array of pairs, or field and value); how many fields were added. HSET key field value [field value ...]. */
  hSet(key: RedisArgument, fields: HashFields): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** Sets fields of the hash at `key` (an object, a Map, an array of pairs, or field and value); how many fields were added. HSET key field value [field value ...]. */
  HSET(key: RedisArgument, fields: HashFields): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  hSetEx(key: RedisArgument, fields: HashFields, options?: HSetExOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  HSETEX(key: RedisArgument, fields: HashFields, options?: HSetExOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  hSetNX(key: RedisArgument, field: RedisArgument, value: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  HSETNX(key: RedisArgument, field: RedisArgument, value: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  hStrLen(key: RedisArgument, field: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  HSTRLEN(key: RedisArgument, field: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  hTTL(key: RedisArgument, fields: RedisVariadicArgument): Promise<MappedReply<number[], TYPE_MAPPING, RESP>>;
  HTTL(key: RedisArgument, fields: RedisVariadicArgument): Promise<MappedReply<number[], TYPE_MAPPING, RESP>>;
  hVals(key: RedisArgument): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  HVALS(key: RedisArgument): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  /** Adds 1 to the integer at `key` (0 if missing); the new value. INCR key. */
  incr(key: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** Adds 1 to the integer at `key` (0 if missing); the new value. INCR key. */
  INCR(key: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** Adds `increment` to the integer at `key` (0 if missing); the new value. INCRBY key increment. */
  incrBy(key: RedisArgument, increment: number): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** Adds `increment` to the integer at `key` (0 if missing); the new value. INCRBY key increment. */
  INCRBY(key: RedisArgument, increment: number): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  incrByFloat(key: RedisArgument, increment: number): Promise<MappedReply<string, TYPE_MAPPING, RESP>>;
  INCRBYFLOAT(key: RedisArgument, increment: number): Promise<MappedReply<string, TYPE_MAPPING, RESP>>;
  info(section?: RedisArgument): Promise<MappedReply<VerbatimStringReply, TYPE_MAPPING, RESP>>;
  INFO(section?: RedisArgument): Promise<MappedReply<VerbatimStringReply, TYPE_MAPPING, RESP>>;
  /** Every key matching `pattern` (blocks the server on large databases: prefer scanIterator). KEYS pattern. */
  keys(pattern: RedisArgument): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  /** Every key matching `pattern` (blocks the server on large databases: prefer scanIterator). KEYS pattern. */
  KEYS(pattern: RedisArgument): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  lastSave(): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  LASTSAVE(): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  latencyDoctor(): Promise<MappedReply<VerbatimStringReply, TYPE_MAPPING, RESP>>;
  LATENCY_DOCTOR(): Promise<MappedReply<VerbatimStringReply, TYPE_MAPPING, RESP>>;
  latencyGraph(event: LatencyEvent): Promise<MappedReply<VerbatimStringReply, TYPE_MAPPING, RESP>>;
  LATENCY_GRAPH(event: LatencyEvent): Promise<MappedReply<VerbatimStringReply, TYPE_MAPPING, RESP>>;
  latencyHistogram(...commands: string[]): Promise<MappedReply<Record<string, { calls: number; histogram_usec: Record<string, number> }>, TYPE_MAPPING, RESP>>;
  LATENCY_HISTOGRAM(...commands: string[]): Promise<MappedReply<Record<string, { calls: number; histogram_usec: Record<string, number> }>, TYPE_MAPPING, RESP>>;
  latencyHistory(event: LatencyEvent): Promise<MappedReply<Array<[timestamp: number, latency: number]>, TYPE_MAPPING, RESP>>;
  LATENCY_HISTORY(event: LatencyEvent): Promise<MappedReply<Array<[timestamp: number, latency: number]>, TYPE_MAPPING, RESP>>;
  latencyLatest(): Promise<MappedReply<Array<[name: string, timestamp: number, latestLatency: number, allTimeLatency: number]>, TYPE_MAPPING, RESP>>;
  LATENCY_LATEST(): Promise<MappedReply<Array<[name: string, timestamp: number, latestLatency: number, allTimeLatency: number]>, TYPE_MAPPING, RESP>>;
  latencyReset(...events: LatencyEvent[]): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  LATENCY_RESET(...events: LatencyEvent[]): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  lcs(key1: RedisArgument, key2: RedisArgument): Promise<MappedReply<string, TYPE_MAPPING, RESP>>;
  LCS(key1: RedisArgument, key2: RedisArgument): Promise<MappedReply<string, TYPE_MAPPING, RESP>>;
  lcsIdx(key1: RedisArgument, key2: RedisArgument, options?: LcsIdxOptions): Promise<MappedReply<{ matches: Array<[[number, number], [number, number]]>; len: number }, TYPE_MAPPING, RESP>>;
  LCS_IDX(key1: RedisArgument, key2: RedisArgument, options?: LcsIdxOptions): Promise<MappedReply<{ matches: Array<[[number, number], [number, number]]>; len: number }, TYPE_MAPPING, RESP>>;
  lcsIdxWithMatchLen(key1: RedisArgument, key2: RedisArgument, options?: LcsIdxOptions): Promise<MappedReply<{ matches: Array<[[number, number], [number, number], number]>; len: number }, TYPE_MAPPING, RESP>>;
  LCS_IDX_WITHMATCHLEN(key1: RedisArgument, key2: RedisArgument, options?: LcsIdxOptions): Promise<MappedReply<{ matches: Array<[[number, number], [number, number], number]>; len: number }, TYPE_MAPPING, RESP>>;
  lcsLen(key1: RedisArgument, key2: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  LCS_LEN(key1: RedisArgument, key2: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  lIndex(key: RedisArgument, index: number): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  LINDEX(key: RedisArgument, index: number): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  lInsert(key: RedisArgument, position: 'BEFORE' | 'AFTER', pivot: RedisArgument, element: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  LINSERT(key: RedisArgument, position: 'BEFORE' | 'AFTER', pivot: RedisArgument, element: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  lLen(key: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  LLEN(key: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  lMove(source: RedisArgument, destination: RedisArgument, sourceSide: ListSide, destinationSide: ListSide): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  LMOVE(source: RedisArgument, destination: RedisArgument, sourceSide: ListSide, destinationSide: ListSide): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  lmPop(keys: RedisVariadicArgument, side: ListSide, options?: LMPopOptions): Promise<MappedReply<[key: string, elements: string[]] | null, TYPE_MAPPING, RESP>>;
  LMPOP(keys: RedisVariadicArgument, side: ListSide, options?: LMPopOptions): Promise<MappedReply<[key: string, elements: string[]] | null, TYPE_MAPPING, RESP>>;
  LOLWUT(version?: number, ...optionalArguments: number[]): Promise<MappedReply<VerbatimStringReply, TYPE_MAPPING, RESP>>;
  /** Removes and returns the first element of the list at `key`, or null. LPOP key. */
  lPop(key: RedisArgument): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  /** Removes and returns the first element of the list at `key`, or null. LPOP key. */
  LPOP(key: RedisArgument): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  lPopCount(key: RedisArgument, count: number): Promise<MappedReply<string[] | null, TYPE_MAPPING, RESP>>;
  LPOP_COUNT(key: RedisArgument, count: number): Promise<MappedReply<string[] | null, TYPE_MAPPING, RESP>>;
  lPos(key: RedisArgument, element: RedisArgument, options?: LPosOptions): Promise<MappedReply<number | null, TYPE_MAPPING, RESP>>;
  LPOS(key: RedisArgument, element: RedisArgument, options?: LPosOptions): Promise<MappedReply<number | null, TYPE_MAPPING, RESP>>;
  lPosCount(key: RedisArgument, element: RedisArgument, count: number, options?: LPosOptions): Promise<MappedReply<number[], TYPE_MAPPING, RESP>>;
  LPOS_COUNT(key: RedisArgument, element: RedisArgument, count: number, options?: LPosOptions): Promise<MappedReply<number[], TYPE_MAPPING, RESP>>;
  /** Inserts `elements` at the head of the list at `key`; the new length. LPUSH key element [element ...]. */
  lPush(key: RedisArgument, elements: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** Inserts `elements` at the head of the list at `key`; the new length. LPUSH key element [element ...]. */
  LPUSH(key: RedisArgument, elements: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  lPushX(key: RedisArgument, elements: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  LPUSHX(key: RedisArgument, elements: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** The elements of the list at `key` from `start` to `stop` (inclusive; negative counts from the end). LRANGE key start stop. */
  lRange(key: RedisArgument, start: number, stop: number): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  /** The elements of the list at `key` from `start` to `stop` (inclusive; negative counts from the end). LRANGE key start stop. */
  LRANGE(key: RedisArgument, start: number, stop: number): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  lRem(key: RedisArgument, count: number, element: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  LREM(key: RedisArgument, count: number, element: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  lSet(key: RedisArgument, index: number, element: RedisArgument): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  LSET(key: RedisArgument, index: number, element: RedisArgument): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  lTrim(key: RedisArgument, start: number, stop: number): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  LTRIM(key: RedisArgument, start: number, stop: number): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  memoryDoctor(): Promise<MappedReply<VerbatimStringReply, TYPE_MAPPING, RESP>>;
  MEMORY_DOCTOR(): Promise<MappedReply<VerbatimStringReply, TYPE_MAPPING, RESP>>;
  memoryMallocStats(): Promise<MappedReply<VerbatimStringReply, TYPE_MAPPING, RESP>>;
  'MEMORY_MALLOC-STATS'(): Promise<MappedReply<VerbatimStringReply, TYPE_MAPPING, RESP>>;
  memoryPurge(): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  MEMORY_PURGE(): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  memoryStats(): Promise<MappedReply<MemoryStatsReply, TYPE_MAPPING, RESP>>;
  MEMORY_STATS(): Promise<MappedReply<MemoryStatsReply, TYPE_MAPPING, RESP>>;
  memoryUsage(key: RedisArgument, options?: MemoryUsageOptions): Promise<MappedReply<number | null, TYPE_MAPPING, RESP>>;
  MEMORY_USAGE(key: RedisArgument, options?: MemoryUsageOptions): Promise<MappedReply<number | null, TYPE_MAPPING, RESP>>;
  /** The values of `keys`, null for each that does not exist. MGET key [key ...]. */
  mGet(keys: RedisVariadicArgument): Promise<MappedReply<Array<string | null>, TYPE_MAPPING, RESP>>;
  /** The values of `keys`, null for each that does not exist. MGET key [key ...]. */
  MGET(keys: RedisVariadicArgument): Promise<MappedReply<Array<string | null>, TYPE_MAPPING, RESP>>;
  migrate(host: RedisArgument, port: number, key: RedisArgument | Array<RedisArgument>, destinationDb: number, timeout: number, options?: MigrateOptions): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  MIGRATE(host: RedisArgument, port: number, key: RedisArgument | Array<RedisArgument>, destinationDb: number, timeout: number, options?: MigrateOptions): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  moduleList(): Promise<MappedReply<Array<{ name: string; ver: number }>, TYPE_MAPPING, RESP>>;
  MODULE_LIST(): Promise<MappedReply<Array<{ name: string; ver: number }>, TYPE_MAPPING, RESP>>;
  moduleLoad(path: RedisArgument, moduleArguments?: Array<RedisArgument>): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  MODULE_LOAD(path: RedisArgument, moduleArguments?: Array<RedisArgument>): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  moduleUnload(name: RedisArgument): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  MODULE_UNLOAD(name: RedisArgument): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  move(key: RedisArgument, db: number): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  MOVE(key: RedisArgument, db: number): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** Sets every key to its value, atomically; 'OK'. MSET key value [key value ...]. */
  mSet(toSet: MSetArguments): Promise<MappedReply<string, TYPE_MAPPING, RESP>>;
  /** Sets every key to its value, atomically; 'OK'. MSET key value [key value ...]. */
  MSET(toSet: MSetArguments): Promise<MappedReply<string, TYPE_MAPPING, RESP>>;
  mSetEx(keyValuePairs: MSetArguments, options?: MSetExOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  MSETEX(keyValuePairs: MSetArguments, options?: MSetExOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  mSetNX(toSet: MSetArguments): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  MSETNX(toSet: MSetArguments): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  objectEncoding(key: RedisArgument): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  OBJECT_ENCODING(key: RedisArgument): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  objectFreq(key: RedisArgument): Promise<MappedReply<number | null, TYPE_MAPPING, RESP>>;
  OBJECT_FREQ(key: RedisArgument): Promise<MappedReply<number | null, TYPE_MAPPING, RESP>>;
  objectIdleTime(key: RedisArgument): Promise<MappedReply<number | null, TYPE_MAPPING, RESP>>;
  OBJECT_IDLETIME(key: RedisArgument): Promise<MappedReply<number | null, TYPE_MAPPING, RESP>>;
  objectRefCount(key: RedisArgument): Promise<MappedReply<number | null, TYPE_MAPPING, RESP>>;
  OBJECT_REFCOUNT(key: RedisArgument): Promise<MappedReply<number | null, TYPE_MAPPING, RESP>>;
  persist(key: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  PERSIST(key: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  pExpire(key: RedisArgument, ms: number, mode?: 'NX' | 'XX' | 'GT' | 'LT'): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  PEXPIRE(key: RedisArgument, ms: number, mode?: 'NX' | 'XX' | 'GT' | 'LT'): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  pExpireAt(key: RedisArgument, msTimestamp: number | Date, mode?: 'NX' | 'XX' | 'GT' | 'LT'): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  PEXPIREAT(key: RedisArgument, msTimestamp: number | Date, mode?: 'NX' | 'XX' | 'GT' | 'LT'): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  pExpireTime(key: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  PEXPIRETIME(key: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  pfAdd(key: RedisArgument, element?: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  PFADD(key: RedisArgument, element?: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  pfCount(keys: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  PFCOUNT(keys: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  pfMerge(destination: RedisArgument, sources?: RedisVariadicArgument): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  PFMERGE(destination: RedisArgument, sources?: RedisVariadicArgument): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  ping(message?: RedisArgument): Promise<MappedReply<SimpleStringReply | BlobStringReply, TYPE_MAPPING, RESP>>;
  PING(message?: RedisArgument): Promise<MappedReply<SimpleStringReply | BlobStringReply, TYPE_MAPPING, RESP>>;
  pSetEx(key: RedisArgument, ms: number, value: RedisArgument): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  PSETEX(key: RedisArgument, ms: number, value: RedisArgument): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  pTTL(key: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  PTTL(key: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  publish(channel: RedisArgument, message: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  PUBLISH(channel: RedisArgument, message: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  pubSubChannels(pattern?: RedisArgument): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  PUBSUB_CHANNELS(pattern?: RedisArgument): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  pubSubNumPat(): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  PUBSUB_NUMPAT(): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  pubSubNumSub(channels?: RedisVariadicArgument): Promise<MappedReply<ComputedReply<Record<string, number>>, TYPE_MAPPING, RESP>>;
  PUBSUB_NUMSUB(channels?: RedisVariadicArgument): Promise<MappedReply<ComputedReply<Record<string, number>>, TYPE_MAPPING, RESP>>;
  pubSubShardChannels(pattern?: RedisArgument): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  PUBSUB_SHARDCHANNELS(pattern?: RedisArgument): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  pubSubShardNumSub(channels?: RedisVariadicArgument): Promise<MappedReply<Record<string, number>, TYPE_MAPPING, RESP>>;
  PUBSUB_SHARDNUMSUB(channels?: RedisVariadicArgument): Promise<MappedReply<Record<string, number>, TYPE_MAPPING, RESP>>;
  randomKey(): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  RANDOMKEY(): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  readonly(): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  READONLY(): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  rename(key: RedisArgument, newKey: RedisArgument): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  RENAME(key: RedisArgument, newKey: RedisArgument): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  renameNX(key: RedisArgument, newKey: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  RENAMENX(key: RedisArgument, newKey: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  replicaOf(host: string, port: number | 'ONE'): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  REPLICAOF(host: string, port: number | 'ONE'): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  restore(key: RedisArgument, ttl: number, serializedValue: RedisArgument, options?: RestoreOptions): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  RESTORE(key: RedisArgument, ttl: number, serializedValue: RedisArgument, options?: RestoreOptions): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  restoreAsking(): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  'RESTORE-ASKING'(): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  role(): Promise<MappedReply<RoleReply, TYPE_MAPPING, RESP>>;
  ROLE(): Promise<MappedReply<RoleReply, TYPE_MAPPING, RESP>>;
  /** Removes and returns the last element of the list at `key`, or null. RPOP key. */
  rPop(key: RedisArgument): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  /** Removes and returns the last element of the list at `key`, or null. RPOP key. */
  RPOP(key: RedisArgument): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  rPopLPush(source: RedisArgument, destination: RedisArgument): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  RPOPLPUSH(source: RedisArgument, destination: RedisArgument): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  rPopCount(key: RedisArgument, count: number): Promise<MappedReply<string[] | null, TYPE_MAPPING, RESP>>;
  RPOP_COUNT(key: RedisArgument, count: number): Promise<MappedReply<string[] | null, TYPE_MAPPING, RESP>>;
  /** Inserts `elements` at the tail of the list at `key`; the new length. RPUSH key element [element ...]. */
  rPush(key: RedisArgument, element: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** Inserts `elements` at the tail of the list at `key`; the new length. RPUSH key element [element ...]. */
  RPUSH(key: RedisArgument, element: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  rPushX(key: RedisArgument, element: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  RPUSHX(key: RedisArgument, element: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** Adds `members` to the set at `key`; how many were new. SADD key member [member ...]. */
  sAdd(key: RedisArgument, members: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** Adds `members` to the set at `key`; how many were new. SADD key member [member ...]. */
  SADD(key: RedisArgument, members: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** One step of an iteration over the keys: the next cursor ('0' when done) and some keys. SCAN cursor [MATCH pattern] [COUNT count] [TYPE type]. */
  scan(cursor: RedisArgument, options?: ScanOptions): Promise<MappedReply<{ cursor: string; keys: string[] }, TYPE_MAPPING, RESP>>;
  /** One step of an iteration over the keys: the next cursor ('0' when done) and some keys. SCAN cursor [MATCH pattern] [COUNT count] [TYPE type]. */
  SCAN(cursor: RedisArgument, options?: ScanOptions): Promise<MappedReply<{ cursor: string; keys: string[] }, TYPE_MAPPING, RESP>>;
  sCard(key: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  SCARD(key: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  scriptDebug(mode: 'YES' | 'SYNC' | 'NO'): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  SCRIPT_DEBUG(mode: 'YES' | 'SYNC' | 'NO'): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  scriptExists(sha1: RedisVariadicArgument): Promise<MappedReply<number[], TYPE_MAPPING, RESP>>;
  SCRIPT_EXISTS(sha1: RedisVariadicArgument): Promise<MappedReply<number[], TYPE_MAPPING, RESP>>;
  scriptFlush(mode?: 'ASYNC' | 'SYNC'): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  SCRIPT_FLUSH(mode?: 'ASYNC' | 'SYNC'): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  scriptKill(): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  SCRIPT_KILL(): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  scriptLoad(script: RedisArgument): Promise<MappedReply<string, TYPE_MAPPING, RESP>>;
  SCRIPT_LOAD(script: RedisArgument): Promise<MappedReply<string, TYPE_MAPPING, RESP>>;
  sDiff(keys: RedisVariadicArgument): Promise<MappedReply<SetReply<string>, TYPE_MAPPING, RESP>>;
  SDIFF(keys: RedisVariadicArgument): Promise<MappedReply<SetReply<string>, TYPE_MAPPING, RESP>>;
  sDiffStore(destination: RedisArgument, keys: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  SDIFFSTORE(destination: RedisArgument, keys: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  select(db: number): Promise<MappedReply<void, TYPE_MAPPING, RESP>>;
  SELECT(db: number): Promise<MappedReply<void, TYPE_MAPPING, RESP>>;
  /** Sets `key` to `value` (options: expiry `EX`/`PX`/`EXAT`/`PXAT`/`KEEPTTL`, condition `NX`/`XX`, `GET` the old value); 'OK', or null when a condition failed. SET key value. */
  set(key: RedisArgument, value: RedisArgument | number, options?: SetOptions): Promise<MappedReply<SimpleStringReply<'OK'> | BlobStringReply | null, TYPE_MAPPING, RESP>>;
  /** Sets `key` to `value` (options: expiry `EX`/`PX`/`EXAT`/`PXAT`/`KEEPTTL`, condition `NX`/`XX`, `GET` the old value); 'OK', or null when a condition failed. SET key value. */
  SET(key: RedisArgument, value: RedisArgument | number, options?: SetOptions): Promise<MappedReply<SimpleStringReply<'OK'> | BlobStringReply | null, TYPE_MAPPING, RESP>>;
  setBit(key: RedisArgument, offset: number, value: BitValue): Promise<MappedReply<BitValue, TYPE_MAPPING, RESP>>;
  SETBIT(key: RedisArgument, offset: number, value: BitValue): Promise<MappedReply<BitValue, TYPE_MAPPING, RESP>>;
  setEx(key: RedisArgument, seconds: number, value: RedisArgument): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  SETEX(key: RedisArgument, seconds: number, value: RedisArgument): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  setNX(key: RedisArgument, value: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  SETNX(key: RedisArgument, value: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  setRange(key: RedisArgument, offset: number, value: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  SETRANGE(key: RedisArgument, offset: number, value: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  sInter(keys: RedisVariadicArgument): Promise<MappedReply<SetReply<string>, TYPE_MAPPING, RESP>>;
  SINTER(keys: RedisVariadicArgument): Promise<MappedReply<SetReply<string>, TYPE_MAPPING, RESP>>;
  sInterCard(keys: RedisVariadicArgument, options?: SInterCardOptions | number): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  SINTERCARD(keys: RedisVariadicArgument, options?: SInterCardOptions | number): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  sInterStore(destination: RedisArgument, keys: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  SINTERSTORE(destination: RedisArgument, keys: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** 1 if `member` is in the set at `key`, else 0. SISMEMBER key member. */
  sIsMember(key: RedisArgument, member: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** 1 if `member` is in the set at `key`, else 0. SISMEMBER key member. */
  SISMEMBER(key: RedisArgument, member: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** Every member of the set at `key`. SMEMBERS key. */
  sMembers(key: RedisArgument): Promise<MappedReply<SetReply<string>, TYPE_MAPPING, RESP>>;
  /** Every member of the set at `key`. SMEMBERS key. */
  SMEMBERS(key: RedisArgument): Promise<MappedReply<SetReply<string>, TYPE_MAPPING, RESP>>;
  smIsMember(key: RedisArgument, members: RedisVariadicArgument): Promise<MappedReply<number[], TYPE_MAPPING, RESP>>;
  SMISMEMBER(key: RedisArgument, members: RedisVariadicArgument): Promise<MappedReply<number[], TYPE_MAPPING, RESP>>;
  sMove(source: RedisArgument, destination: RedisArgument, member: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  SMOVE(source: RedisArgument, destination: RedisArgument, member: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  sort(key: RedisArgument, options?: SortOptions): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  SORT(key: RedisArgument, options?: SortOptions): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  sortRo(key: RedisArgument, options?: SortOptions): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  SORT_RO(key: RedisArgument, options?: SortOptions): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  sortStore(source: RedisArgument, destination: RedisArgument, options?: SortOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  SORT_STORE(source: RedisArgument, destination: RedisArgument, options?: SortOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  sPop(key: RedisArgument): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  SPOP(key: RedisArgument): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  sPopCount(key: RedisArgument, count: number): Promise<MappedReply<SetReply<string>, TYPE_MAPPING, RESP>>;
  SPOP_COUNT(key: RedisArgument, count: number): Promise<MappedReply<SetReply<string>, TYPE_MAPPING, RESP>>;
  sPublish(channel: RedisArgument, message: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  SPUBLISH(channel: RedisArgument, message: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  sRandMember(key: RedisArgument): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  SRANDMEMBER(key: RedisArgument): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  sRandMemberCount(key: RedisArgument, count: number): Promise<MappedReply<SetReply<string>, TYPE_MAPPING, RESP>>;
  SRANDMEMBER_COUNT(key: RedisArgument, count: number): Promise<MappedReply<SetReply<string>, TYPE_MAPPING, RESP>>;
  /** Removes `members` from the set at `key`; how many were there. SREM key member [member ...]. */
  sRem(key: RedisArgument, members: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** Removes `members` from the set at `key`; how many were there. SREM key member [member ...]. */
  SREM(key: RedisArgument, members: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  sScan(key: RedisArgument, cursor: RedisArgument, options?: ScanCommonOptions): Promise<MappedReply<{ cursor: string; members: string[] }, TYPE_MAPPING, RESP>>;
  SSCAN(key: RedisArgument, cursor: RedisArgument, options?: ScanCommonOptions): Promise<MappedReply<{ cursor: string; members: string[] }, TYPE_MAPPING, RESP>>;
  strLen(key: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  STRLEN(key: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  sUnion(keys: RedisVariadicArgument): Promise<MappedReply<SetReply<string>, TYPE_MAPPING, RESP>>;
  SUNION(keys: RedisVariadicArgument): Promise<MappedReply<SetReply<string>, TYPE_MAPPING, RESP>>;
  sUnionStore(destination: RedisArgument, keys: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  SUNIONSTORE(destination: RedisArgument, keys: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  swapDb(index1: number, index2: number): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  SWAPDB(index1: number, index2: number): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  time(): Promise<MappedReply<[unixTimestamp: string, microseconds: string], TYPE_MAPPING, RESP>>;
  TIME(): Promise<MappedReply<[unixTimestamp: string, microseconds: string], TYPE_MAPPING, RESP>>;
  touch(key: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  TOUCH(key: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** Seconds left to live of `key`: -1 without expiry, -2 if it does not exist. TTL key. */
  ttl(key: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** Seconds left to live of `key`: -1 without expiry, -2 if it does not exist. TTL key. */
  TTL(key: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** The type of the value at `key` ('string', 'list', 'set', 'zset', 'hash', 'stream'), 'none' if missing. TYPE key. */
  type(key: RedisArgument): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  /** The type of the value at `key` ('string', 'list', 'set', 'zset', 'hash', 'stream'), 'none' if missing. TYPE key. */
  TYPE(key: RedisArgument): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  unlink(keys: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  UNLINK(keys: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  vAdd(key: RedisArgument, vector: Array<number>, element: RedisArgument, options?: VAddOptions): Promise<MappedReply<boolean, TYPE_MAPPING, RESP>>;
  VADD(key: RedisArgument, vector: Array<number>, element: RedisArgument, options?: VAddOptions): Promise<MappedReply<boolean, TYPE_MAPPING, RESP>>;
  vCard(key: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  VCARD(key: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  vDim(key: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  VDIM(key: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  vEmb(key: RedisArgument, element: RedisArgument): Promise<MappedReply<number[], TYPE_MAPPING, RESP>>;
  VEMB(key: RedisArgument, element: RedisArgument): Promise<MappedReply<number[], TYPE_MAPPING, RESP>>;
  vEmbRaw(key: RedisArgument, element: RedisArgument): Promise<MappedReply<VEmbRawReply, TYPE_MAPPING, RESP>>;
  VEMB_RAW(key: RedisArgument, element: RedisArgument): Promise<MappedReply<VEmbRawReply, TYPE_MAPPING, RESP>>;
  vGetAttr(key: RedisArgument, element: RedisArgument): Promise<MappedReply<any, TYPE_MAPPING, RESP>>;
  VGETATTR(key: RedisArgument, element: RedisArgument): Promise<MappedReply<any, TYPE_MAPPING, RESP>>;
  vInfo(key: RedisArgument): Promise<MappedReply<VInfoReply, TYPE_MAPPING, RESP>>;
  VINFO(key: RedisArgument): Promise<MappedReply<VInfoReply, TYPE_MAPPING, RESP>>;
  vLinks(key: RedisArgument, element: RedisArgument): Promise<MappedReply<string[][], TYPE_MAPPING, RESP>>;
  VLINKS(key: RedisArgument, element: RedisArgument): Promise<MappedReply<string[][], TYPE_MAPPING, RESP>>;
  vLinksWithScores(key: RedisArgument, element: RedisArgument): Promise<MappedReply<Array<Record<string, number>>, TYPE_MAPPING, RESP>>;
  VLINKS_WITHSCORES(key: RedisArgument, element: RedisArgument): Promise<MappedReply<Array<Record<string, number>>, TYPE_MAPPING, RESP>>;
  vRandMember(key: RedisArgument, count?: number): Promise<MappedReply<string | string[] | null, TYPE_MAPPING, RESP>>;
  VRANDMEMBER(key: RedisArgument, count?: number): Promise<MappedReply<string | string[] | null, TYPE_MAPPING, RESP>>;
  vRange(key: RedisArgument, start: RedisArgument, end: RedisArgument, count?: number): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  VRANGE(key: RedisArgument, start: RedisArgument, end: RedisArgument, count?: number): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  vRem(key: RedisArgument, element: RedisArgument): Promise<MappedReply<boolean, TYPE_MAPPING, RESP>>;
  VREM(key: RedisArgument, element: RedisArgument): Promise<MappedReply<boolean, TYPE_MAPPING, RESP>>;
  vSetAttr(key: RedisArgument, element: RedisArgument, attributes: RedisArgument | Record<string, any>): Promise<MappedReply<boolean, TYPE_MAPPING, RESP>>;
  VSETATTR(key: RedisArgument, element: RedisArgument, attributes: RedisArgument | Record<string, any>): Promise<MappedReply<boolean, TYPE_MAPPING, RESP>>;
  vSim(key: RedisArgument, query: RedisArgument | Array<number>, options?: VSimOptions): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  VSIM(key: RedisArgument, query: RedisArgument | Array<number>, options?: VSimOptions): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  vSimWithScores(key: RedisArgument, query: RedisArgument | Array<number>, options?: VSimOptions): Promise<MappedReply<Record<string, number>, TYPE_MAPPING, RESP>>;
  VSIM_WITHSCORES(key: RedisArgument, query: RedisArgument | Array<number>, options?: VSimOptions): Promise<MappedReply<Record<string, number>, TYPE_MAPPING, RESP>>;
  wait(numberOfReplicas: number, timeout: number): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  WAIT(numberOfReplicas: number, timeout: number): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  xAck(key: RedisArgument, group: RedisArgument, id: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  XACK(key: RedisArgument, group: RedisArgument, id: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  xAckDel(key: RedisArgument, group: RedisArgument, id: RedisVariadicArgument, policy?: StreamDeletionPolicy): Promise<MappedReply<Array<StreamDeletionReplyCode>, TYPE_MAPPING, RESP>>;
  XACKDEL(key: RedisArgument, group: RedisArgument, id: RedisVariadicArgument, policy?: StreamDeletionPolicy): Promise<MappedReply<Array<StreamDeletionReplyCode>, TYPE_MAPPING, RESP>>;
  xAdd(key: RedisArgument, id: RedisArgument, message: Record<string, RedisArgument>, options?: XAddOptions): Promise<MappedReply<string, TYPE_MAPPING, RESP>>;
  XADD(key: RedisArgument, id: RedisArgument, message: Record<string, RedisArgument>, options?: XAddOptions): Promise<MappedReply<string, TYPE_MAPPING, RESP>>;
  xAddNoMkStream(key: RedisArgument, id: RedisArgument, message: Record<string, RedisArgument>, options?: XAddOptions): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  XADD_NOMKSTREAM(key: RedisArgument, id: RedisArgument, message: Record<string, RedisArgument>, options?: XAddOptions): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  xAutoClaim(key: RedisArgument, group: RedisArgument, consumer: RedisArgument, minIdleTime: number, start: RedisArgument, options?: XAutoClaimOptions): Promise<MappedReply<XAutoClaimReply, TYPE_MAPPING, RESP>>;
  XAUTOCLAIM(key: RedisArgument, group: RedisArgument, consumer: RedisArgument, minIdleTime: number, start: RedisArgument, options?: XAutoClaimOptions): Promise<MappedReply<XAutoClaimReply, TYPE_MAPPING, RESP>>;
  xAutoClaimJustId(key: RedisArgument, group: RedisArgument, consumer: RedisArgument, minIdleTime: number, start: RedisArgument, options?: XAutoClaimOptions): Promise<MappedReply<XAutoClaimJustIdReply, TYPE_MAPPING, RESP>>;
  XAUTOCLAIM_JUSTID(key: RedisArgument, group: RedisArgument, consumer: RedisArgument, minIdleTime: number, start: RedisArgument, options?: XAutoClaimOptions): Promise<MappedReply<XAutoClaimJustIdReply, TYPE_MAPPING, RESP>>;
  xCfgSet(key: RedisArgument, options?: XCfgSetOptions): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  XCFGSET(key: RedisArgument, options?: XCfgSetOptions): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  xClaim(key: RedisArgument, group: RedisArgument, consumer: RedisArgument, minIdleTime: number, id: RedisVariadicArgument, options?: XClaimOptions): Promise<MappedReply<Array<StreamMessageReply | null>, TYPE_MAPPING, RESP>>;
  XCLAIM(key: RedisArgument, group: RedisArgument, consumer: RedisArgument, minIdleTime: number, id: RedisVariadicArgument, options?: XClaimOptions): Promise<MappedReply<Array<StreamMessageReply | null>, TYPE_MAPPING, RESP>>;
  xClaimJustId(key: RedisArgument, group: RedisArgument, consumer: RedisArgument, minIdleTime: number, id: RedisVariadicArgument, options?: XClaimOptions): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  XCLAIM_JUSTID(key: RedisArgument, group: RedisArgument, consumer: RedisArgument, minIdleTime: number, id: RedisVariadicArgument, options?: XClaimOptions): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  xDel(key: RedisArgument, id: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  XDEL(key: RedisArgument, id: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  xDelEx(key: RedisArgument, id: RedisVariadicArgument, policy?: StreamDeletionPolicy): Promise<MappedReply<Array<StreamDeletionReplyCode>, TYPE_MAPPING, RESP>>;
  XDELEX(key: RedisArgument, id: RedisVariadicArgument, policy?: StreamDeletionPolicy): Promise<MappedReply<Array<StreamDeletionReplyCode>, TYPE_MAPPING, RESP>>;
  xGroupCreate(key: RedisArgument, group: RedisArgument, id: RedisArgument, options?: XGroupCreateOptions): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  XGROUP_CREATE(key: RedisArgument, group: RedisArgument, id: RedisArgument, options?: XGroupCreateOptions): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  xGroupCreateConsumer(key: RedisArgument, group: RedisArgument, consumer: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  XGROUP_CREATECONSUMER(key: RedisArgument, group: RedisArgument, consumer: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  xGroupDelConsumer(key: RedisArgument, group: RedisArgument, consumer: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  XGROUP_DELCONSUMER(key: RedisArgument, group: RedisArgument, consumer: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  xGroupDestroy(key: RedisArgument, group: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  XGROUP_DESTROY(key: RedisArgument, group: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  xGroupSetId(key: RedisArgument, group: RedisArgument, id: RedisArgument, options?: XGroupSetIdOptions): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  XGROUP_SETID(key: RedisArgument, group: RedisArgument, id: RedisArgument, options?: XGroupSetIdOptions): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  xInfoConsumers(key: RedisArgument, group: RedisArgument): Promise<MappedReply<Array<XInfoConsumerReply>, TYPE_MAPPING, RESP>>;
  XINFO_CONSUMERS(key: RedisArgument, group: RedisArgument): Promise<MappedReply<Array<XInfoConsumerReply>, TYPE_MAPPING, RESP>>;
  xInfoGroups(key: RedisArgument): Promise<MappedReply<Array<XInfoGroupReply>, TYPE_MAPPING, RESP>>;
  XINFO_GROUPS(key: RedisArgument): Promise<MappedReply<Array<XInfoGroupReply>, TYPE_MAPPING, RESP>>;
  xInfoStream(key: RedisArgument): Promise<MappedReply<XInfoStreamReply, TYPE_MAPPING, RESP>>;
  XINFO_STREAM(key: RedisArgument): Promise<MappedReply<XInfoStreamReply, TYPE_MAPPING, RESP>>;
  xLen(key: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  XLEN(key: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  xPending(key: RedisArgument, group: RedisArgument): Promise<MappedReply<XPendingReply, TYPE_MAPPING, RESP>>;
  XPENDING(key: RedisArgument, group: RedisArgument): Promise<MappedReply<XPendingReply, TYPE_MAPPING, RESP>>;
  xPendingRange(key: RedisArgument, group: RedisArgument, start: RedisArgument, end: RedisArgument, count: number, options?: XPendingRangeOptions): Promise<MappedReply<Array<XPendingRangeReplyItem>, TYPE_MAPPING, RESP>>;
  XPENDING_RANGE(key: RedisArgument, group: RedisArgument, start: RedisArgument, end: RedisArgument, count: number, options?: XPendingRangeOptions): Promise<MappedReply<Array<XPendingRangeReplyItem>, TYPE_MAPPING, RESP>>;
  xRange(key: RedisArgument, start: RedisArgument, end: RedisArgument, options?: XRangeOptions): Promise<MappedReply<Array<StreamMessageReply>, TYPE_MAPPING, RESP>>;
  XRANGE(key: RedisArgument, start: RedisArgument, end: RedisArgument, options?: XRangeOptions): Promise<MappedReply<Array<StreamMessageReply>, TYPE_MAPPING, RESP>>;
  xRead(streams: XReadStreams, options?: XReadOptions): Promise<MappedReply<StreamsMessagesReply, TYPE_MAPPING, RESP>>;
  XREAD(streams: XReadStreams, options?: XReadOptions): Promise<MappedReply<StreamsMessagesReply, TYPE_MAPPING, RESP>>;
  xReadGroup(group: RedisArgument, consumer: RedisArgument, streams: XReadStreams, options?: XReadGroupOptions): Promise<MappedReply<StreamsMessagesReply, TYPE_MAPPING, RESP>>;
  XREADGROUP(group: RedisArgument, consumer: RedisArgument, streams: XReadStreams, options?: XReadGroupOptions): Promise<MappedReply<StreamsMessagesReply, TYPE_MAPPING, RESP>>;
  xRevRange(key: RedisArgument, start: RedisArgument, end: RedisArgument, options?: XRangeOptions): Promise<MappedReply<Array<StreamMessageReply>, TYPE_MAPPING, RESP>>;
  XREVRANGE(key: RedisArgument, start: RedisArgument, end: RedisArgument, options?: XRangeOptions): Promise<MappedReply<Array<StreamMessageReply>, TYPE_MAPPING, RESP>>;
  xSetId(key: RedisArgument, lastId: RedisArgument, options?: XSetIdOptions): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  XSETID(key: RedisArgument, lastId: RedisArgument, options?: XSetIdOptions): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  xTrim(key: RedisArgument, strategy: 'MAXLEN' | 'MINID', threshold: number | string, options?: XTrimOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  XTRIM(key: RedisArgument, strategy: 'MAXLEN' | 'MINID', threshold: number | string, options?: XTrimOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** Adds members with their scores to the sorted set at `key` (or updates their scores); how many were new. ZADD key score member [score member ...]. */
  zAdd(key: RedisArgument, members: ZMember | ZMember[], options?: ZAddOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** Adds members with their scores to the sorted set at `key` (or updates their scores); how many were new. ZADD key score member [score member ...]. */
  ZADD(key: RedisArgument, members: ZMember | ZMember[], options?: ZAddOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  zAddIncr(key: RedisArgument, members: ZMember | ZMember[], options?: ZAddIncrOptions): Promise<MappedReply<DoubleReply | null, TYPE_MAPPING, RESP>>;
  ZADD_INCR(key: RedisArgument, members: ZMember | ZMember[], options?: ZAddIncrOptions): Promise<MappedReply<DoubleReply | null, TYPE_MAPPING, RESP>>;
  zCard(key: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  ZCARD(key: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  zCount(key: RedisArgument, min: RedisArgument | number, max: RedisArgument | number): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  ZCOUNT(key: RedisArgument, min: RedisArgument | number, max: RedisArgument | number): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  zDiff(keys: RedisVariadicArgument): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  ZDIFF(keys: RedisVariadicArgument): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  zDiffStore(destination: RedisArgument, inputKeys: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  ZDIFFSTORE(destination: RedisArgument, inputKeys: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  zDiffWithScores(keys: RedisVariadicArgument): Promise<MappedReply<Array<SortedSetMemberReply>, TYPE_MAPPING, RESP>>;
  ZDIFF_WITHSCORES(keys: RedisVariadicArgument): Promise<MappedReply<Array<SortedSetMemberReply>, TYPE_MAPPING, RESP>>;
  /** Adds `increment` to the score of `member` in the sorted set at `key`; the new score. ZINCRBY key increment member. */
  zIncrBy(key: RedisArgument, increment: number, member: RedisArgument): Promise<MappedReply<DoubleReply, TYPE_MAPPING, RESP>>;
  /** Adds `increment` to the score of `member` in the sorted set at `key`; the new score. ZINCRBY key increment member. */
  ZINCRBY(key: RedisArgument, increment: number, member: RedisArgument): Promise<MappedReply<DoubleReply, TYPE_MAPPING, RESP>>;
  zInter(keys: ZKeys, options?: ZInterOptions): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  ZINTER(keys: ZKeys, options?: ZInterOptions): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  zInterCard(keys: RedisVariadicArgument, options?: number | ZInterCardOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  ZINTERCARD(keys: RedisVariadicArgument, options?: number | ZInterCardOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  zInterStore(destination: RedisArgument, keys: ZKeys, options?: ZInterOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  ZINTERSTORE(destination: RedisArgument, keys: ZKeys, options?: ZInterOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  zInterWithScores(keys: ZKeys, options?: ZInterOptions): Promise<MappedReply<Array<SortedSetMemberReply>, TYPE_MAPPING, RESP>>;
  ZINTER_WITHSCORES(keys: ZKeys, options?: ZInterOptions): Promise<MappedReply<Array<SortedSetMemberReply>, TYPE_MAPPING, RESP>>;
  zLexCount(key: RedisArgument, min: RedisArgument, max: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  ZLEXCOUNT(key: RedisArgument, min: RedisArgument, max: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  zmPop(keys: RedisVariadicArgument, side: SortedSetSide, options?: ZMPopOptions): Promise<MappedReply<ZMPopReply | null, TYPE_MAPPING, RESP>>;
  ZMPOP(keys: RedisVariadicArgument, side: SortedSetSide, options?: ZMPopOptions): Promise<MappedReply<ZMPopReply | null, TYPE_MAPPING, RESP>>;
  zmScore(key: RedisArgument, member: RedisVariadicArgument): Promise<MappedReply<Array<DoubleReply | null>, TYPE_MAPPING, RESP>>;
  ZMSCORE(key: RedisArgument, member: RedisVariadicArgument): Promise<MappedReply<Array<DoubleReply | null>, TYPE_MAPPING, RESP>>;
  zPopMax(key: RedisArgument): Promise<MappedReply<SortedSetMemberReply | null, TYPE_MAPPING, RESP>>;
  ZPOPMAX(key: RedisArgument): Promise<MappedReply<SortedSetMemberReply | null, TYPE_MAPPING, RESP>>;
  zPopMaxCount(key: RedisArgument, count: number): Promise<MappedReply<Array<SortedSetMemberReply>, TYPE_MAPPING, RESP>>;
  ZPOPMAX_COUNT(key: RedisArgument, count: number): Promise<MappedReply<Array<SortedSetMemberReply>, TYPE_MAPPING, RESP>>;
  zPopMin(key: RedisArgument): Promise<MappedReply<SortedSetMemberReply | null, TYPE_MAPPING, RESP>>;
  ZPOPMIN(key: RedisArgument): Promise<MappedReply<SortedSetMemberReply | null, TYPE_MAPPING, RESP>>;
  zPopMinCount(key: RedisArgument, count: number): Promise<MappedReply<Array<SortedSetMemberReply>, TYPE_MAPPING, RESP>>;
  ZPOPMIN_COUNT(key: RedisArgument, count: number): Promise<MappedReply<Array<SortedSetMemberReply>, TYPE_MAPPING, RESP>>;
  zRandMember(key: RedisArgument): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  ZRANDMEMBER(key: RedisArgument): Promise<MappedReply<string | null, TYPE_MAPPING, RESP>>;
  zRandMemberCount(key: RedisArgument, count: number): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  ZRANDMEMBER_COUNT(key: RedisArgument, count: number): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  zRandMemberCountWithScores(key: RedisArgument, count: number): Promise<MappedReply<Array<SortedSetMemberReply>, TYPE_MAPPING, RESP>>;
  ZRANDMEMBER_COUNT_WITHSCORES(key: RedisArgument, count: number): Promise<MappedReply<Array<SortedSetMemberReply>, TYPE_MAPPING, RESP>>;
  /** Members of the sorted set at `key` between `min` and `max` (by rank, or BYSCORE / BYLEX, REV, LIMIT). ZRANGE key min max. */
  zRange(key: RedisArgument, min: RedisArgument | number, max: RedisArgument | number, options?: ZRangeOptions): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  /** Members of the sorted set at `key` between `min` and `max` (by rank, or BYSCORE / BYLEX, REV, LIMIT). ZRANGE key min max. */
  ZRANGE(key: RedisArgument, min: RedisArgument | number, max: RedisArgument | number, options?: ZRangeOptions): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  zRangeByLex(key: RedisArgument, min: RedisArgument, max: RedisArgument, options?: ZRangeByLexOptions): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  ZRANGEBYLEX(key: RedisArgument, min: RedisArgument, max: RedisArgument, options?: ZRangeByLexOptions): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  zRangeByScore(key: RedisArgument, min: string | number, max: string | number, options?: ZRangeByScoreOptions): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  ZRANGEBYSCORE(key: RedisArgument, min: string | number, max: string | number, options?: ZRangeByScoreOptions): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  zRangeByScoreWithScores(key: RedisArgument, min: string | number, max: string | number, options?: ZRangeByScoreOptions): Promise<MappedReply<Array<SortedSetMemberReply>, TYPE_MAPPING, RESP>>;
  ZRANGEBYSCORE_WITHSCORES(key: RedisArgument, min: string | number, max: string | number, options?: ZRangeByScoreOptions): Promise<MappedReply<Array<SortedSetMemberReply>, TYPE_MAPPING, RESP>>;
  zRangeStore(destination: RedisArgument, source: RedisArgument, min: RedisArgument | number, max: RedisArgument | number, options?: ZRangeStoreOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  ZRANGESTORE(destination: RedisArgument, source: RedisArgument, min: RedisArgument | number, max: RedisArgument | number, options?: ZRangeStoreOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** Members of the sorted set at `key` between `min` and `max` (by rank, or BYSCORE / BYLEX, REV, LIMIT). ZRANGE key min max. */
  zRangeWithScores(key: RedisArgument, min: RedisArgument | number, max: RedisArgument | number, options?: ZRangeOptions): Promise<MappedReply<Array<SortedSetMemberReply>, TYPE_MAPPING, RESP>>;
  /** Members of the sorted set at `key` between `min` and `max` (by rank, or BYSCORE / BYLEX, REV, LIMIT). ZRANGE key min max. */
  ZRANGE_WITHSCORES(key: RedisArgument, min: RedisArgument | number, max: RedisArgument | number, options?: ZRangeOptions): Promise<MappedReply<Array<SortedSetMemberReply>, TYPE_MAPPING, RESP>>;
  zRank(key: RedisArgument, member: RedisArgument): Promise<MappedReply<number | null, TYPE_MAPPING, RESP>>;
  ZRANK(key: RedisArgument, member: RedisArgument): Promise<MappedReply<number | null, TYPE_MAPPING, RESP>>;
  zRankWithScore(key: RedisArgument, member: RedisArgument): Promise<MappedReply<{ rank: number; score: DoubleReply } | null, TYPE_MAPPING, RESP>>;
  ZRANK_WITHSCORE(key: RedisArgument, member: RedisArgument): Promise<MappedReply<{ rank: number; score: DoubleReply } | null, TYPE_MAPPING, RESP>>;
  zRem(key: RedisArgument, member: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  ZREM(key: RedisArgument, member: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  zRemRangeByLex(key: RedisArgument, min: RedisArgument | number, max: RedisArgument | number): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  ZREMRANGEBYLEX(key: RedisArgument, min: RedisArgument | number, max: RedisArgument | number): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  zRemRangeByRank(key: RedisArgument, start: number, stop: number): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  ZREMRANGEBYRANK(key: RedisArgument, start: number, stop: number): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  zRemRangeByScore(key: RedisArgument, min: RedisArgument | number, max: RedisArgument | number): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  ZREMRANGEBYSCORE(key: RedisArgument, min: RedisArgument | number, max: RedisArgument | number): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  zRevRank(key: RedisArgument, member: RedisArgument): Promise<MappedReply<number | null, TYPE_MAPPING, RESP>>;
  ZREVRANK(key: RedisArgument, member: RedisArgument): Promise<MappedReply<number | null, TYPE_MAPPING, RESP>>;
  zScan(key: RedisArgument, cursor: RedisArgument, options?: ScanCommonOptions): Promise<MappedReply<{ cursor: string; members: Array<SortedSetMemberReply> }, TYPE_MAPPING, RESP>>;
  ZSCAN(key: RedisArgument, cursor: RedisArgument, options?: ScanCommonOptions): Promise<MappedReply<{ cursor: string; members: Array<SortedSetMemberReply> }, TYPE_MAPPING, RESP>>;
  /** The score of `member` in the sorted set at `key`, or null. ZSCORE key member. */
  zScore(key: RedisArgument, member: RedisArgument): Promise<MappedReply<DoubleReply | null, TYPE_MAPPING, RESP>>;
  /** The score of `member` in the sorted set at `key`, or null. ZSCORE key member. */
  ZSCORE(key: RedisArgument, member: RedisArgument): Promise<MappedReply<DoubleReply | null, TYPE_MAPPING, RESP>>;
  zUnion(keys: ZKeys, options?: ZUnionOptions): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  ZUNION(keys: ZKeys, options?: ZUnionOptions): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  zUnionStore(destination: RedisArgument, keys: ZKeys, options?: ZUnionOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  ZUNIONSTORE(destination: RedisArgument, keys: ZKeys, options?: ZUnionOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  zUnionWithScores(keys: ZKeys, options?: ZUnionOptions): Promise<MappedReply<Array<SortedSetMemberReply>, TYPE_MAPPING, RESP>>;
  ZUNION_WITHSCORES(keys: ZKeys, options?: ZUnionOptions): Promise<MappedReply<Array<SortedSetMemberReply>, TYPE_MAPPING, RESP>>;
  bf: BfCommands<RESP, TYPE_MAPPING>;
  cf: CfCommands<RESP, TYPE_MAPPING>;
  cms: CmsCommands<RESP, TYPE_MAPPING>;
  ft: FtCommands<RESP, TYPE_MAPPING>;
  json: JsonCommands<RESP, TYPE_MAPPING>;
  tDigest: TDigestCommands<RESP, TYPE_MAPPING>;
  topK: TopKCommands<RESP, TYPE_MAPPING>;
  ts: TsCommands<RESP, TYPE_MAPPING>;
  // </generated-commands>
}

/** `(err, reply)`, node-redis v4's callback. */
export type LegacyCallback = (err: Error | null, reply?: any) => void;

/** node-redis v4's callback API (`client.legacy()`): every command under both its names, its
 *  arguments flattened (numbers and Dates as text), an optional callback last; without one, a
 *  failure goes to the client's 'error' event. The name called is sent as the command's name. */
export interface RedisLegacyClient {
  [command: string]: any;
  sendCommand(...args: Array<RedisArgument | number | Date | Array<RedisArgument | number | Date> | LegacyCallback>): void;
  multi(): RedisLegacyMultiCommand;
}

export interface RedisLegacyMultiCommand {
  [command: string]: any;
  sendCommand(...args: Array<RedisArgument | number | Date | Array<RedisArgument | number | Date>>): RedisLegacyMultiCommand;
  exec(callback?: LegacyCallback): void;
}

/** The subscribe family, the same on a client and a cluster (on a cluster, channels and patterns
 *  go to its pub/sub node, shard channels to their slot's master, following the topology). */
export interface PubSubCommands {
  /** Subscribes to channels; `listener(message, channel)` hears their messages (Buffers with
   *  `bufferMode`). Resolves once the server confirms (at once when already subscribed). On a
   *  RESP2 client the connection then takes only pub/sub commands and PING until unsubscribed. */
  subscribe<T extends boolean = false>(channels: RedisVariadicArgument, listener: PubSubListener<T>, bufferMode?: T): Promise<void>;
  SUBSCRIBE<T extends boolean = false>(channels: RedisVariadicArgument, listener: PubSubListener<T>, bufferMode?: T): Promise<void>;
  /** Takes `listener` (every listener without one) off the channels (all channels without
   *  any), unsubscribing from those left with none. */
  unsubscribe<T extends boolean = false>(channels?: RedisVariadicArgument, listener?: PubSubListener<T>, bufferMode?: T): Promise<void>;
  UNSUBSCRIBE<T extends boolean = false>(channels?: RedisVariadicArgument, listener?: PubSubListener<T>, bufferMode?: T): Promise<void>;
  /** Subscribes to glob-style patterns; the listener gets the matching channel's name. */
  pSubscribe<T extends boolean = false>(patterns: RedisVariadicArgument, listener: PubSubListener<T>, bufferMode?: T): Promise<void>;
  PSUBSCRIBE<T extends boolean = false>(patterns: RedisVariadicArgument, listener: PubSubListener<T>, bufferMode?: T): Promise<void>;
  pUnsubscribe<T extends boolean = false>(patterns?: RedisVariadicArgument, listener?: PubSubListener<T>, bufferMode?: T): Promise<void>;
  PUNSUBSCRIBE<T extends boolean = false>(patterns?: RedisVariadicArgument, listener?: PubSubListener<T>, bufferMode?: T): Promise<void>;
  /** Subscribes to shard channels (SSUBSCRIBE). */
  sSubscribe<T extends boolean = false>(channels: RedisVariadicArgument, listener: PubSubListener<T>, bufferMode?: T): Promise<void>;
  SSUBSCRIBE<T extends boolean = false>(channels: RedisVariadicArgument, listener: PubSubListener<T>, bufferMode?: T): Promise<void>;
  sUnsubscribe<T extends boolean = false>(channels?: RedisVariadicArgument, listener?: PubSubListener<T>, bufferMode?: T): Promise<void>;
  SUNSUBSCRIBE<T extends boolean = false>(channels?: RedisVariadicArgument, listener?: PubSubListener<T>, bufferMode?: T): Promise<void>;
}

/** A client's members (commands and the rest); `RedisClientType` adds the `scripts` and
 *  `functions` it was made with. */
export interface RedisClientBase<
  M extends RedisModules = RedisDefaultModules,
  F extends RedisFunctions = {},
  S extends RedisScripts = {},
  RESP extends RespVersions = 2,
  TYPE_MAPPING extends TypeMapping = {},
> extends EventEmitter, RedisCommands<RESP, TYPE_MAPPING>, PubSubCommands {
  /** The effective options (URL fields applied). */
  readonly options: RedisClientOptions;
  /** True while a socket is open (false while connecting, reconnecting or closed). */
  readonly isOpen: boolean;
  /** True once connected and the handshake (AUTH/HELLO/SELECT...) is done. */
  readonly isReady: boolean;
  /** Connects; resolves to the client. While a connection attempt or a reconnect is under way,
   *  returns that attempt; rejects with "Socket already opened" once ready. */
  connect(): Promise<this>;
  /** Any command, as an array of arguments; the reply is not transformed. */
  sendCommand<T = unknown>(args: RedisArgument[], options?: CommandOptions): Promise<T>;
  /** Sends QUIT after the pending commands and closes. */
  quit(): Promise<string>;
  QUIT(): Promise<string>;
  /** Graceful: refuses new commands, waits for pending replies, then closes. */
  close(): Promise<void>;
  /** Immediate: pending commands reject with DisconnectsClientError. */
  destroy(): void;
  disconnect(): Promise<void>;
  /** A new unconnected client with the same options. */
  duplicate(overrides?: Partial<RedisClientOptions>): this;
  /** This client with default command options (e.g. a type mapping, which its replies' types
   *  then follow). */
  withCommandOptions<OPTIONS extends CommandOptions>(options: OPTIONS): RedisClientType<M, F, S, RESP, TypeMappingOf<OPTIONS>>;
  /** This client with a type mapping: `withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer }).get(k)`
   *  is a `Promise<Buffer | null>`. */
  withTypeMapping<T extends TypeMapping>(typeMapping: T): RedisClientType<M, F, S, RESP, T>;
  /** A transaction or pipeline. */
  multi(): RedisClientMultiCommandType;
  MULTI(): RedisClientMultiCommandType;
  watch(keys: RedisVariadicArgument): Promise<string>;
  WATCH(keys: RedisVariadicArgument): Promise<string>;
  unwatch(): Promise<string>;
  UNWATCH(): Promise<string>;
  readonly isWatching: boolean;
  /** True after setDirtyWatch(), until the next exec(). */
  readonly isDirtyWatch: boolean;
  /** The next exec() fails with WatchError(message). */
  setDirtyWatch(message: string): void;
  /** RESET, then the handshake again: the options' database, user and name, no subscription,
   *  MONITOR or WATCH left. */
  reset(): Promise<void>;
  /** reset() if the client is not as its options made it; undefined otherwise. */
  resetIfDirty(): Promise<void> | undefined;
  /** A view whose commands are taken back (AbortError) if `signal` aborts before they are
   *  written; once written they run. */
  withAbortSignal(signal: AbortSignal): this;
  /** A view whose commands go before every command not written yet. */
  asap(): this;
  /** AUTH with new credentials on the live connection (with a credentials provider, they are
   *  used from the next connection on too). */
  reAuthenticate(credentials: BasicAuth): Promise<void>;
  /** node-redis v4's callback API on this client: `client.legacy().set('k', 'v', (err, reply) => ...)`. */
  legacy(): RedisLegacyClient;
  /** Counts the connections that became ready. */
  readonly socketEpoch: number;
  /** Each iteration yields the keys of one SCAN call. */
  scanIterator(options?: ScanIteratorOptions): AsyncIterableIterator<string[]>;
  hScanIterator(key: RedisArgument, options?: ScanIteratorOptions): AsyncIterableIterator<Array<{ field: string; value: string }>>;
  hScanValuesIterator(key: RedisArgument, options?: ScanIteratorOptions): AsyncIterableIterator<string[]>;
  hScanNoValuesIterator(key: RedisArgument, options?: ScanIteratorOptions): AsyncIterableIterator<string[]>;
  sScanIterator(key: RedisArgument, options?: ScanIteratorOptions): AsyncIterableIterator<string[]>;
  zScanIterator(key: RedisArgument, options?: ScanIteratorOptions): AsyncIterableIterator<Array<{ value: string; score: number }>>;
  /** True while subscribed, or while a (un)subscribe awaits the server. */
  readonly isPubSubActive: boolean;
  /** The listeners of each channel of a type (the client's own Map: read it, do not change it). */
  getPubSubListeners(type: PubSubType): PubSubTypeListeners;
  /** Adds listeners (e.g. another client's) to a channel, subscribing if it is new. */
  extendPubSubChannelListeners(type: PubSubType, channel: string, listeners: ChannelListeners): Promise<void>;
  extendPubSubListeners(type: PubSubType, listeners: PubSubTypeListeners): Promise<void>;
  /** MONITOR: every command the server runs, as the line it prints, to `listener`; again after
   *  a reconnect, until `reset()`. */
  monitor(listener: MonitorCallback): Promise<void>;
  MONITOR(listener: MonitorCallback): Promise<void>;
  /** The client-side cache (`clientSideCache` option), or undefined. */
  readonly clientSideCache: BasicClientSideCache | undefined;
  /** A pool of clients with this client's options. */
  createPool(options?: Partial<RedisPoolOptions>): RedisClientPoolType<M, F, S, RESP, TYPE_MAPPING>;
  /** Keep the process alive while connected (default). */
  ref(): void;
  /** Let the process exit even while connected. */
  unref(): void;

  on(event: 'connect' | 'ready' | 'end' | 'reconnecting', listener: () => void): this;
  on(event: 'error', listener: (err: Error) => void): this;
  on(event: 'ping-interval', listener: (reply: string) => void): this;
  /** The server unsubscribed a shard channel on its own (its slot moved); its listeners. */
  on(event: 'sharded-channel-moved', listener: (channel: string, listeners: ChannelListeners) => void): this;
  /** `emitInvalidate`: a key another write changed since this connection read it (null: all). */
  on(event: 'invalidate', listener: (key: Buffer | null) => void): this;
  on(event: string | symbol, listener: (...args: any[]) => void): this;
  once(event: 'connect' | 'ready' | 'end' | 'reconnecting', listener: () => void): this;
  once(event: 'error', listener: (err: Error) => void): this;
  once(event: string | symbol, listener: (...args: any[]) => void): this;
}

type ParsedArguments<D> = D extends { parseCommand(parser: CommandParser, ...args: infer A): void } ? A : any[];

/** The methods the `scripts` option adds (none for the general `RedisScripts`). */
export type RedisScriptMethods<S> = string extends keyof S ? {} : { [K in keyof S]: (...args: ParsedArguments<S[K]>) => Promise<any> };

/** The namespaces the `functions` option adds: `client.library.fn(...)` (none for the general
 *  `RedisFunctions`). */
export type RedisFunctionNamespaces<F> = string extends keyof F ? {} : {
  [L in keyof F]: { [N in keyof F[L]]: (...args: ParsedArguments<F[L][N]>) => Promise<any> };
};

/** The namespaces the `modules` option adds: `client.module.command(...)` (none for the general
 *  `RedisModules`). */
export type RedisModuleNamespaces<M> = string extends keyof M ? {} : {
  [N in keyof M]: { [C in keyof M[N]]: (...args: ParsedArguments<M[N][C]>) => Promise<any> };
};

/** A client, with node-redis 5's type parameters: modules, functions, scripts, RESP version and
 *  type mapping (`RedisClientType<RedisModules, RedisFunctions, RedisScripts>` is any client).
 *  Replies are typed for its RESP version and type mapping. */
export type RedisClientType<
  M extends RedisModules = RedisDefaultModules,
  F extends RedisFunctions = {},
  S extends RedisScripts = {},
  RESP extends RespVersions = 2,
  TYPE_MAPPING extends TypeMapping = {},
> = RedisClientBase<M, F, S, RESP, TYPE_MAPPING> & RedisScriptMethods<S> & RedisFunctionNamespaces<F> & RedisModuleNamespaces<M>;

/** Creates a client; it does not connect until `connect()`. */
export declare function createClient<
  M extends RedisModules = RedisDefaultModules,
  F extends RedisFunctions = {},
  S extends RedisScripts = {},
  RESP extends RespVersions = 2,
  TYPE_MAPPING extends TypeMapping = {},
>(options?: RedisClientOptions<M, F, S, RESP, TYPE_MAPPING>): RedisClientType<M, F, S, RESP, TYPE_MAPPING>;

/** A node of a cluster, as node-redis shows it (`cluster.masters`, `slots[n].master`...). */
export interface RedisClusterNode {
  id: string | undefined;
  host: string;
  port: number;
  /** `host:port` */
  address: string;
  readonly: boolean;
  /** The node's connection, once made (see `nodeClient`). */
  client: RedisClientType | undefined;
  connectPromise: Promise<RedisClientType> | undefined;
}

/** The master and replicas serving a range of slots. */
export interface RedisClusterShard {
  master: RedisClusterNode;
  replicas: RedisClusterNode[];
}

export interface RedisClusterOptions<
  M extends RedisModules = RedisModules,
  F extends RedisFunctions = RedisFunctions,
  S extends RedisScripts = RedisScripts,
  RESP extends RespVersions = RespVersions,
  TYPE_MAPPING extends TypeMapping = TypeMapping,
> {
  /** Where the topology is first asked for (CLUSTER SLOTS); their credentials and TLS carry over
   *  to the nodes discovered unless `defaults` says otherwise. */
  rootNodes: RedisClientOptions[];
  /** Options of every node's connection (password, TLS, ...). */
  defaults?: Partial<RedisClientOptions>;
  /** Connect to nodes only when a command needs them. Default false. */
  minimizeConnections?: boolean;
  /** Send read-only commands to replicas too (round robin with the master). Default false. */
  useReplicas?: boolean;
  /** MOVED/ASK redirections followed per command. Default 16. */
  maxCommandRedirections?: number;
  /** Where to reach a node the cluster names `host:port` (NAT, Docker). */
  nodeAddressMap?: Record<string, { host: string; port: number }> | ((address: string) => { host: string; port: number } | undefined);
  RESP?: RESP;
  commandOptions?: CommandOptions<TYPE_MAPPING>;
  scripts?: S;
  functions?: F;
  /** User-defined module command sets (node-redis' `modules`): `{ name: { command: { parseCommand,
   *  transformReply?, IS_READ_ONLY? } } }` → `client.name.command(...)`. */
  modules?: M;
  /** ferrodis: how long (ms) a command for a slot whose master is unreachable waits for the
   *  topology to name another before it rejects. Default 10000. */
  failoverTimeout?: number;
  /** ferrodis: how often (ms) the topology is asked for; false: only on MOVED and failures.
   *  Default 5000. */
  topologyRefreshInterval?: number | false;
  /** RESP3 only: one cache for every node client (a config makes a BasicPooledClientSideCache). */
  clientSideCache?: PooledClientSideCacheProvider | ClientSideCacheConfig;
}

/** A cluster's members; `RedisClusterType` adds its `scripts` and `functions`. */
export interface RedisClusterBase<
  M extends RedisModules = RedisDefaultModules,
  F extends RedisFunctions = {},
  S extends RedisScripts = {},
  RESP extends RespVersions = 2,
  TYPE_MAPPING extends TypeMapping = {},
> extends EventEmitter, RedisCommands<RESP, TYPE_MAPPING>, PubSubCommands {
  readonly options: RedisClusterOptions;
  readonly isOpen: boolean;
  /** The node serving each of the 16384 slots. */
  readonly slots: RedisClusterShard[];
  readonly masters: RedisClusterNode[];
  readonly replicas: RedisClusterNode[];
  readonly nodeByAddress: Map<string, RedisClusterNode>;
  readonly clientSideCache: PooledClientSideCacheProvider | undefined;
  connect(): Promise<this>;
  /** Any command, routed by `firstKey`'s slot (any node when undefined). */
  sendCommand<T = unknown>(firstKey: RedisArgument | undefined, isReadonly: boolean | undefined, args: RedisArgument[], options?: CommandOptions): Promise<T>;
  /** A transaction or pipeline on the node of `routingKey`, else of its first keyed command. */
  multi(routingKey?: RedisArgument): RedisClientMultiCommandType;
  MULTI(routingKey?: RedisArgument): RedisClientMultiCommandType;
  nodeClient(node: RedisClusterNode): Promise<RedisClientType>;
  /** The node of the channel and pattern subscriptions (undefined before the first). */
  readonly pubSubNode: RedisClusterNode | undefined;
  getRandomNode(): RedisClusterNode;
  getSlotRandomNode(slot: number): RedisClusterNode;
  /** @deprecated use `masters` */
  getMasters(): RedisClusterNode[];
  /** @deprecated use `slots[slot].master` */
  getSlotMaster(slot: number): RedisClusterNode;
  close(): Promise<void>;
  destroy(): void;
  /** @deprecated use close() */
  quit(): Promise<void>;
  /** @deprecated use destroy() */
  disconnect(): Promise<void>;
  duplicate(overrides?: Partial<RedisClusterOptions>): this;
  withCommandOptions<OPTIONS extends CommandOptions>(options: OPTIONS): RedisClusterType<M, F, S, RESP, TypeMappingOf<OPTIONS>>;
  withTypeMapping<T extends TypeMapping>(typeMapping: T): RedisClusterType<M, F, S, RESP, T>;

  on(event: 'connect' | 'disconnect', listener: () => void): this;
  on(event: 'error', listener: (err: Error) => void): this;
  on(event: 'node-connect' | 'node-ready' | 'node-reconnecting' | 'node-disconnect', listener: (node: { host: string; port: number }) => void): this;
  on(event: 'node-error', listener: (err: Error, node: { host: string; port: number }) => void): this;
  on(event: string | symbol, listener: (...args: any[]) => void): this;
}

/** A cluster client, with node-redis 5's type parameters (see RedisClientType). */
export type RedisClusterType<
  M extends RedisModules = RedisDefaultModules,
  F extends RedisFunctions = {},
  S extends RedisScripts = {},
  RESP extends RespVersions = 2,
  TYPE_MAPPING extends TypeMapping = {},
> = RedisClusterBase<M, F, S, RESP, TYPE_MAPPING> & RedisScriptMethods<S> & RedisFunctionNamespaces<F> & RedisModuleNamespaces<M>;

/** Creates a cluster client; it does not connect until `connect()`. */
export declare function createCluster<
  M extends RedisModules = RedisDefaultModules,
  F extends RedisFunctions = {},
  S extends RedisScripts = {},
  RESP extends RespVersions = 2,
  TYPE_MAPPING extends TypeMapping = {},
>(options: RedisClusterOptions<M, F, S, RESP, TYPE_MAPPING>): RedisClusterType<M, F, S, RESP, TYPE_MAPPING>;

// ---- pools (createClientPool) ---------------------------------------------------------------------

export interface RedisPoolOptions {
  /** Clients connect() opens, and cleanup keeps (>= 1). Default 1. */
  minimum: number;
  /** Clients at most (>= minimum); tasks beyond wait. Default 100. */
  maximum: number;
  /** How long (ms) a task waits for a client before TimeoutError; 0: for ever. Default 3000. */
  acquireTimeout: number;
  /** How long (ms) clients above `minimum` stay idle before they are closed. Default 3000. */
  cleanupDelay: number;
  /** RESP3 only: one cache for every client of the pool. */
  clientSideCache?: PooledClientSideCacheProvider | ClientSideCacheConfig;
  /** In node-redis' types; read nowhere (there either). */
  unstableResp3Modules?: boolean;
}

/** What `execute(fn)` hands a task: a client for it alone until fn's promise settles. */
export type PoolTask<M extends RedisModules, F extends RedisFunctions, S extends RedisScripts, RESP extends RespVersions, TYPE_MAPPING extends TypeMapping, T = unknown> =
  (client: RedisClientType<M, F, S, RESP, TYPE_MAPPING>) => T;

/** A pool's members; `RedisClientPoolType` adds its `scripts` and `functions`. Every command
 *  runs on a client of its own, taken for it (HOTKEYS, which needs one client throughout, is
 *  left off, as in node-redis). */
export interface RedisClientPoolBase<
  M extends RedisModules = RedisDefaultModules,
  F extends RedisFunctions = {},
  S extends RedisScripts = {},
  RESP extends RespVersions = 2,
  TYPE_MAPPING extends TypeMapping = {},
> extends EventEmitter, Omit<RedisCommands<RESP, TYPE_MAPPING>, `${'HOTKEYS' | 'hotkeys'}${string}`> {
  readonly idleClients: number;
  readonly clientsInUse: number;
  /** Idle, in use and connecting. */
  readonly totalClients: number;
  readonly tasksQueueLength: number;
  readonly isOpen: boolean;
  readonly isClosing: boolean;
  readonly clientSideCache: PooledClientSideCacheProvider | undefined;
  /** Opens `minimum` clients; resolves to the pool (to undefined when already open). */
  connect(): Promise<this | undefined>;
  /** Runs `fn` with a client for it alone (WATCH/MULTI, blocking commands); resolves to what
   *  it returns. A client it leaves dirty (database, subscriptions, MONITOR, WATCH) is reset. */
  execute<T>(fn: PoolTask<M, F, S, RESP, TYPE_MAPPING, T>): Promise<Awaited<T>>;
  sendCommand<T = unknown>(args: RedisArgument[], options?: CommandOptions): Promise<T>;
  multi(): RedisClientMultiCommandType;
  MULTI(): RedisClientMultiCommandType;
  withCommandOptions<OPTIONS extends CommandOptions>(options: OPTIONS): RedisClientPoolType<M, F, S, RESP, TypeMappingOf<OPTIONS>>;
  withTypeMapping<T extends TypeMapping>(typeMapping: T): RedisClientPoolType<M, F, S, RESP, T>;
  withAbortSignal(signal: AbortSignal): this;
  asap(): this;
  /** Waits for the tasks under way and waiting, then closes the clients. */
  close(): Promise<void>;
  /** Closes the clients now: their commands, and the waiting tasks, fail. */
  destroy(): void;
  on(event: 'error', listener: (err: Error) => void): this;
  on(event: string | symbol, listener: (...args: any[]) => void): this;
}

export type RedisClientPoolType<
  M extends RedisModules = RedisDefaultModules,
  F extends RedisFunctions = {},
  S extends RedisScripts = {},
  RESP extends RespVersions = 2,
  TYPE_MAPPING extends TypeMapping = {},
> = RedisClientPoolBase<M, F, S, RESP, TYPE_MAPPING> & RedisScriptMethods<S> & RedisFunctionNamespaces<F> & RedisModuleNamespaces<M>;

/** A pool of clients with `clientOptions`; it opens none until `connect()`. */
export declare function createClientPool<
  M extends RedisModules = RedisDefaultModules,
  F extends RedisFunctions = {},
  S extends RedisScripts = {},
  RESP extends RespVersions = 2,
  TYPE_MAPPING extends TypeMapping = {},
>(clientOptions?: Omit<RedisClientOptions<M, F, S, RESP, TYPE_MAPPING>, 'clientSideCache'>, options?: Partial<RedisPoolOptions>): RedisClientPoolType<M, F, S, RESP, TYPE_MAPPING>;

// ---- sentinel (createSentinel) --------------------------------------------------------------------

export interface RedisNode {
  host: string;
  port: number;
}

export interface RedisSentinelOptions<
  M extends RedisModules = RedisDefaultModules,
  F extends RedisFunctions = {},
  S extends RedisScripts = {},
  RESP extends RespVersions = 2,
  TYPE_MAPPING extends TypeMapping = {},
> {
  /** The master group's name (`sentinel monitor <name> ...`). */
  name: string;
  /** Sentinels to ask first; the others they know are learnt from them. */
  sentinelRootNodes: Array<RedisNode>;
  /** Times a command is sent again after a topology change refused it without running it
   *  (READONLY, or never written); also the retries of connect(), a second apart. Default 16. */
  maxCommandRediscovers?: number;
  /** Options of the master and replica clients (no `url`: the sentinels say where). */
  nodeClientOptions?: Omit<RedisClientOptions<M, F, S, RESP, TYPE_MAPPING>, 'url' | 'clientSideCache'>;
  /** Options of the clients to the sentinels (no `url`). */
  sentinelClientOptions?: Omit<RedisClientOptions, 'url' | 'clientSideCache'>;
  /** Clients to the master (leases take one each). Default 1. */
  masterPoolSize?: number;
  /** Clients per replica; above 0, read-only commands go to the replicas. Default 0. */
  replicaPoolSize?: number;
  /** Where to connect for an address the sentinels report (NAT, Docker). */
  nodeAddressMap?: Record<string, RedisNode> | ((address: string) => RedisNode | undefined);
  /** ms between rescans of the topology; 0 disables. Default 10000 (as node-redis documents it;
   *  its code defaults to 0). */
  scanInterval?: number;
  /** Re-emit the node clients' errors as the sentinel's 'error' (wrapped, the cause attached). */
  passthroughClientErrorEvents?: boolean;
  /** Keep one master client for the sentinel's own commands (leases never wait for it). */
  reserveClient?: boolean;
  /** One cache shared by the node clients (RESP3 only). */
  clientSideCache?: PooledClientSideCacheProvider | ClientSideCacheConfig;
  RESP?: RESP;
  /** With RESP 3: allow the commands whose RESP3 replies node-redis may still change (search...). */
  unstableResp3?: boolean;
  modules?: M;
  functions?: F;
  scripts?: S;
  commandOptions?: CommandOptions<TYPE_MAPPING>;
}

/** node-redis' topology-change event (`SENTINE_LIST_CHANGE` is its spelling). */
export type RedisSentinelEvent =
  | { type: 'SENTINEL_CHANGE' | 'MASTER_CHANGE' | 'REPLICA_ADD' | 'REPLICA_REMOVE'; node: RedisNode }
  | { type: 'SENTINE_LIST_CHANGE'; size: number };

/** A node client's error (a sentinel's 'client-error' event; node-redis' sentinel `ClientErrorEvent`). */
export interface SentinelClientErrorEvent {
  type: 'MASTER' | 'REPLICA' | 'SENTINEL' | 'PUBSUBPROXY';
  node: RedisNode;
  error: Error;
}

/** The commands of a sentinel and of its leases (HOTKEYS, which needs one connection
 *  throughout, is left off, as in node-redis). */
export interface RedisSentinelCommands<
  M extends RedisModules = RedisDefaultModules,
  F extends RedisFunctions = {},
  S extends RedisScripts = {},
  RESP extends RespVersions = 2,
  TYPE_MAPPING extends TypeMapping = {},
> extends Omit<RedisCommands<RESP, TYPE_MAPPING>, `${'HOTKEYS' | 'hotkeys'}${string}`> {
  readonly isOpen: boolean;
  readonly isReady: boolean;
  readonly commandOptions: CommandOptions<TYPE_MAPPING> | undefined;
  /** node-redis' sentinel form; `isReadonly` sends it to a replica (with replicaPoolSize). */
  sendCommand<T = unknown>(isReadonly: boolean | undefined, args: RedisArgument[], options?: CommandOptions): Promise<T>;
  multi(): RedisClientMultiCommandType;
  MULTI(): RedisClientMultiCommandType;
}

/** A lease on one master client (`acquire()`, `use(fn)`): WATCH/MULTI on one connection. */
export interface RedisSentinelClientBase<
  M extends RedisModules = RedisDefaultModules,
  F extends RedisFunctions = {},
  S extends RedisScripts = {},
  RESP extends RespVersions = 2,
  TYPE_MAPPING extends TypeMapping = {},
> extends RedisSentinelCommands<M, F, S, RESP, TYPE_MAPPING> {
  watch(keys: RedisVariadicArgument): Promise<'OK'>;
  WATCH(keys: RedisVariadicArgument): Promise<'OK'>;
  unwatch(): Promise<'OK'>;
  UNWATCH(): Promise<'OK'>;
  withCommandOptions<OPTIONS extends CommandOptions>(options: OPTIONS): RedisSentinelClientType<M, F, S, RESP, TypeMappingOf<OPTIONS>>;
  withTypeMapping<T extends TypeMapping>(typeMapping: T): RedisSentinelClientType<M, F, S, RESP, T>;
  /** Hands the client back (reset first if left dirty); throws when already released. */
  release(): Promise<void> | void;
}

export type RedisSentinelClientType<
  M extends RedisModules = RedisDefaultModules,
  F extends RedisFunctions = {},
  S extends RedisScripts = {},
  RESP extends RespVersions = 2,
  TYPE_MAPPING extends TypeMapping = {},
> = RedisSentinelClientBase<M, F, S, RESP, TYPE_MAPPING> & RedisScriptMethods<S> & RedisFunctionNamespaces<F> & RedisModuleNamespaces<M>;

export interface RedisSentinelBase<
  M extends RedisModules = RedisDefaultModules,
  F extends RedisFunctions = {},
  S extends RedisScripts = {},
  RESP extends RespVersions = 2,
  TYPE_MAPPING extends TypeMapping = {},
> extends EventEmitter, RedisSentinelCommands<M, F, S, RESP, TYPE_MAPPING>, PubSubCommands {
  readonly clientSideCache: PooledClientSideCacheProvider | undefined;
  /** Finds the master through the sentinels and connects; resolves to the sentinel. */
  connect(): Promise<this>;
  /** Runs `fn` with a lease, released after it whatever it does. */
  use<T>(fn: (client: RedisSentinelClientType<M, F, S, RESP, TYPE_MAPPING>) => T): Promise<Awaited<T>>;
  /** A lease on one master client; `release()` it when done. */
  acquire(): Promise<RedisSentinelClientType<M, F, S, RESP, TYPE_MAPPING>>;
  getMasterNode(): RedisNode | undefined;
  getSentinelNode(): RedisNode | undefined;
  /** Each replica with how many of its clients are ready. */
  getReplicaNodes(): Map<RedisNode, number>;
  /** node-redis' debugging hook; ferrodis traces through diagnostics channels instead. */
  setTracer(tracer?: string[]): void;
  /** A new, unconnected sentinel with the same options, and `overrides`. */
  duplicate(overrides?: Partial<RedisSentinelOptions<M, F, S, RESP, TYPE_MAPPING>>): RedisSentinelType<M, F, S, RESP, TYPE_MAPPING>;
  withCommandOptions<OPTIONS extends CommandOptions>(options: OPTIONS): RedisSentinelType<M, F, S, RESP, TypeMappingOf<OPTIONS>>;
  withTypeMapping<T extends TypeMapping>(typeMapping: T): RedisSentinelType<M, F, S, RESP, T>;
  /** Waits for the commands under way, then closes every client. */
  close(): Promise<void>;
  /** Closes every client now: their commands fail. */
  destroy(): void;
  on(event: 'error', listener: (err: Error) => void): this;
  on(event: 'topology-change', listener: (event: RedisSentinelEvent) => void): this;
  on(event: 'client-error', listener: (event: SentinelClientErrorEvent) => void): this;
  on(event: string | symbol, listener: (...args: any[]) => void): this;
}

export type RedisSentinelType<
  M extends RedisModules = RedisDefaultModules,
  F extends RedisFunctions = {},
  S extends RedisScripts = {},
  RESP extends RespVersions = 2,
  TYPE_MAPPING extends TypeMapping = {},
> = RedisSentinelBase<M, F, S, RESP, TYPE_MAPPING> & RedisScriptMethods<S> & RedisFunctionNamespaces<F> & RedisModuleNamespaces<M>;

/** A master group behind its sentinels; it connects nothing until `connect()`. */
export declare function createSentinel<
  M extends RedisModules = RedisDefaultModules,
  F extends RedisFunctions = {},
  S extends RedisScripts = {},
  RESP extends RespVersions = 2,
  TYPE_MAPPING extends TypeMapping = {},
>(options: RedisSentinelOptions<M, F, S, RESP, TYPE_MAPPING>): RedisSentinelType<M, F, S, RESP, TYPE_MAPPING>;

// ---- client-side caching --------------------------------------------------------------------------

export interface ClientSideCacheConfig {
  /** ms an entry lives; 0 (default): until invalidated. */
  ttl?: number;
  /** Entries at most; 0 (default): no bound. */
  maxEntries?: number;
  /** Which entry goes when full. Default 'LRU'. */
  evictPolicy?: 'LRU' | 'FIFO';
  /** Default true. */
  recordStats?: boolean;
}

/** A snapshot of a cache's counters (node-redis' CacheStats). */
export declare class CacheStats {
  readonly hitCount: number;
  readonly missCount: number;
  readonly loadSuccessCount: number;
  readonly loadFailureCount: number;
  /** ms */
  readonly totalLoadTime: number;
  readonly evictionCount: number;
  static of(hitCount?: number, missCount?: number, loadSuccessCount?: number, loadFailureCount?: number, totalLoadTime?: number, evictionCount?: number): CacheStats;
  static empty(): CacheStats;
  requestCount(): number;
  hitRate(): number;
  missRate(): number;
  loadCount(): number;
  loadFailureRate(): number;
  averageLoadPenalty(): number;
  minus(other: CacheStats): CacheStats;
  plus(other: CacheStats): CacheStats;
}

/** A client's cache. Events: 'invalidate' (key | null), 'cached-key' (cache key),
 *  'cache-evict' (cache key, at its ttl). */
export declare class BasicClientSideCache extends EventEmitter {
  constructor(config?: ClientSideCacheConfig);
  readonly ttl: number;
  readonly maxEntries: number;
  readonly lru: boolean;
  /** The commands that turn tracking on (in each connection's handshake). */
  trackingOn(): RedisArgument[];
  /** Drops the entries that read `key` (null: every entry). */
  invalidate(key: RedisArgument | null): void;
  /** Drops every entry; `resetStats` (default true) zeroes the stats, else counts evictions. */
  clear(resetStats?: boolean): void;
  get(cacheKey: string): unknown;
  has(cacheKey: string): boolean;
  delete(cacheKey: string): void;
  size(): number;
  stats(): CacheStats;
  onError(): void;
  onClose(): void;
}

export declare class PooledClientSideCacheProvider extends BasicClientSideCache {
  disable(): void;
  enable(): void;
  onPoolClose(): void;
}

/** A cache shared by clients (a pool's, a cluster's): a client's lost connection flushes it and
 *  keeps the stats. */
export declare class BasicPooledClientSideCache extends PooledClientSideCacheProvider {}

/** The 64-bit XXH3 digest Redis' DIGEST command computes of a value, as 16 lowercase hex
 *  digits (for SET / DELEX with IFDEQ / IFDNE). Computed natively: no optional package needed. */
export declare function digest(value: RedisArgument | Uint8Array): Promise<string>;

export declare class AbortError extends Error {}
export declare class WatchError extends Error {
  constructor(message?: string);
}
export declare class ConnectionTimeoutError extends Error {}
export declare class SocketTimeoutError extends Error {
  constructor(timeout: number);
}
export declare class ClientClosedError extends Error {}
export declare class ClientOfflineError extends Error {}
export declare class DisconnectsClientError extends Error {}
export declare class SocketClosedUnexpectedlyError extends Error {}
export declare class RootNodesUnavailableError extends Error {}
export declare class ReconnectStrategyError extends Error {
  originalError: Error;
  socketError: unknown;
  constructor(originalError: Error, socketError: unknown);
}
/** A server error reply; `message` is the server's text. */
export declare class ErrorReply extends Error {}
export declare class SimpleError extends ErrorReply {}
export declare class BlobError extends ErrorReply {}
export declare class MultiErrorReply extends ErrorReply {
  replies: unknown[];
  errorIndexes: number[];
  constructor(replies: unknown[], errorIndexes: number[]);
  errors(): Generator<ErrorReply>;
}
export declare class TimeoutError extends Error {}
export declare class SocketTimeoutDuringMaintenanceError extends TimeoutError {
  constructor(timeout: number);
}
export declare class CommandTimeoutDuringMaintenanceError extends TimeoutError {
  constructor(timeout: number);
}
export declare class OpenTelemetryError extends Error {}

/** node-redis' OpenTelemetry metric groups (`enabledMetricGroups`). */
export type MetricGroup = 'command' | 'connection-basic' | 'connection-advanced' | 'resiliency' | 'pubsub' | 'streaming' | 'client-side-caching';

/** What `@opentelemetry/api`'s `metrics` (or a MeterProvider) offers: a meter by name. */
export interface OpenTelemetryMeterProvider {
  getMeter(name: string, version?: string, options?: unknown): unknown;
}

export interface MetricConfig {
  /** Record metrics (default false: init does nothing else). */
  enabled?: boolean;
  /** Where the meter comes from; default `@opentelemetry/api`'s global `metrics`. */
  meterProvider?: OpenTelemetryMeterProvider;
  /** Only these commands' durations (the `command` group). */
  includeCommands?: string[];
  /** Not these commands' durations. */
  excludeCommands?: string[];
  /** Default `['connection-basic', 'resiliency']`. */
  enabledMetricGroups?: MetricGroup[];
  /** Leave channel names out of the pub/sub metrics. */
  hidePubSubChannelNames?: boolean;
  /** Leave stream names out of the stream-lag metric. */
  hideStreamNames?: boolean;
  /** Histogram bucket boundaries, in seconds. */
  bucketsOperationDuration?: number[];
  bucketsConnectionCreateTime?: number[];
  bucketsConnectionWaitTime?: number[];
  bucketsStreamProcessingDuration?: number[];
}

export interface ObservabilityConfig {
  metrics?: MetricConfig;
}

/** node-redis 5.12's OpenTelemetry metrics, recorded from the diagnostics channels. */
export declare class OpenTelemetry {
  private constructor();
  /** Once per process, before making the clients to observe; throws OpenTelemetryError when
   *  called again or when `@opentelemetry/api` is not installed. */
  static init(config: ObservabilityConfig): void;
}

// <generated-modules> (scripts/gen-types.js writes this block from lib/commands/modules)
/** `client.bf`: the commands of the Redis Stack module, in both names. */
export interface BfCommands<RESP extends RespVersions = 2, TYPE_MAPPING extends TypeMapping = {}> {
  /** Adds `item` to the Bloom filter at `key` (creating it); whether it was new. BF.ADD key item. */
  add(key: RedisArgument, item: RedisArgument): Promise<MappedReply<boolean, TYPE_MAPPING, RESP>>;
  /** Adds `item` to the Bloom filter at `key` (creating it); whether it was new. BF.ADD key item. */
  ADD(key: RedisArgument, item: RedisArgument): Promise<MappedReply<boolean, TYPE_MAPPING, RESP>>;
  /** How many items the Bloom filter at `key` holds (0 if missing). BF.CARD key. */
  card(key: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** How many items the Bloom filter at `key` holds (0 if missing). BF.CARD key. */
  CARD(key: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** Whether `item` may be in the Bloom filter at `key`. BF.EXISTS key item. */
  exists(key: RedisArgument, item: RedisArgument): Promise<MappedReply<boolean, TYPE_MAPPING, RESP>>;
  /** Whether `item` may be in the Bloom filter at `key`. BF.EXISTS key item. */
  EXISTS(key: RedisArgument, item: RedisArgument): Promise<MappedReply<boolean, TYPE_MAPPING, RESP>>;
  /** Capacity, size, filters, items and expansion rate of the Bloom filter at `key`. BF.INFO key. */
  info(key: RedisArgument): Promise<MappedReply<BfInfoReply, TYPE_MAPPING, RESP>>;
  /** Capacity, size, filters, items and expansion rate of the Bloom filter at `key`. BF.INFO key. */
  INFO(key: RedisArgument): Promise<MappedReply<BfInfoReply, TYPE_MAPPING, RESP>>;
  /** Adds `items` to the Bloom filter at `key`, creating it with the options unless NOCREATE; whether each was new. BF.INSERT key [CAPACITY c] [ERROR e] [EXPANSION x] [NOCREATE] [NONSCALING] ITEMS item [item ...]. */
  insert(key: RedisArgument, items: RedisVariadicArgument, options?: BfInsertOptions): Promise<MappedReply<boolean[], TYPE_MAPPING, RESP>>;
  /** Adds `items` to the Bloom filter at `key`, creating it with the options unless NOCREATE; whether each was new. BF.INSERT key [CAPACITY c] [ERROR e] [EXPANSION x] [NOCREATE] [NONSCALING] ITEMS item [item ...]. */
  INSERT(key: RedisArgument, items: RedisVariadicArgument, options?: BfInsertOptions): Promise<MappedReply<boolean[], TYPE_MAPPING, RESP>>;
  /** Restores a chunk that BF.SCANDUMP gave. BF.LOADCHUNK key iterator data. */
  loadChunk(key: RedisArgument, iterator: number, chunk: RedisArgument): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  /** Restores a chunk that BF.SCANDUMP gave. BF.LOADCHUNK key iterator data. */
  LOADCHUNK(key: RedisArgument, iterator: number, chunk: RedisArgument): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  /** Adds `items` to the Bloom filter at `key` (creating it); whether each was new. BF.MADD key item [item ...]. */
  mAdd(key: RedisArgument, items: RedisVariadicArgument): Promise<MappedReply<boolean[], TYPE_MAPPING, RESP>>;
  /** Adds `items` to the Bloom filter at `key` (creating it); whether each was new. BF.MADD key item [item ...]. */
  MADD(key: RedisArgument, items: RedisVariadicArgument): Promise<MappedReply<boolean[], TYPE_MAPPING, RESP>>;
  /** Whether each of `items` may be in the Bloom filter at `key`. BF.MEXISTS key item [item ...]. */
  mExists(key: RedisArgument, items: RedisVariadicArgument): Promise<MappedReply<boolean[], TYPE_MAPPING, RESP>>;
  /** Whether each of `items` may be in the Bloom filter at `key`. BF.MEXISTS key item [item ...]. */
  MEXISTS(key: RedisArgument, items: RedisVariadicArgument): Promise<MappedReply<boolean[], TYPE_MAPPING, RESP>>;
  /** Creates an empty Bloom filter at `key`. BF.RESERVE key error_rate capacity [EXPANSION x] [NONSCALING]. */
  reserve(key: RedisArgument, errorRate: number, capacity: number, options?: BfReserveOptions): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  /** Creates an empty Bloom filter at `key`. BF.RESERVE key error_rate capacity [EXPANSION x] [NONSCALING]. */
  RESERVE(key: RedisArgument, errorRate: number, capacity: number, options?: BfReserveOptions): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  /** The next chunk of the Bloom filter at `key` from `iterator` (start at 0; iterator 0 back means done). BF.SCANDUMP key iterator. */
  scanDump(key: RedisArgument, iterator: number): Promise<MappedReply<BfScanDumpReply, TYPE_MAPPING, RESP>>;
  /** The next chunk of the Bloom filter at `key` from `iterator` (start at 0; iterator 0 back means done). BF.SCANDUMP key iterator. */
  SCANDUMP(key: RedisArgument, iterator: number): Promise<MappedReply<BfScanDumpReply, TYPE_MAPPING, RESP>>;
}
/** `client.cf`: the commands of the Redis Stack module, in both names. */
export interface CfCommands<RESP extends RespVersions = 2, TYPE_MAPPING extends TypeMapping = {}> {
  /** Adds `item` to the cuckoo filter at `key` (creating it). CF.ADD key item. */
  add(key: RedisArgument, item: RedisArgument): Promise<MappedReply<boolean, TYPE_MAPPING, RESP>>;
  /** Adds `item` to the cuckoo filter at `key` (creating it). CF.ADD key item. */
  ADD(key: RedisArgument, item: RedisArgument): Promise<MappedReply<boolean, TYPE_MAPPING, RESP>>;
  /** Adds `item` to the cuckoo filter at `key` unless it may be there already; whether it was added. CF.ADDNX key item. */
  addNX(key: RedisArgument, item: RedisArgument): Promise<MappedReply<boolean, TYPE_MAPPING, RESP>>;
  /** Adds `item` to the cuckoo filter at `key` unless it may be there already; whether it was added. CF.ADDNX key item. */
  ADDNX(key: RedisArgument, item: RedisArgument): Promise<MappedReply<boolean, TYPE_MAPPING, RESP>>;
  /** How many times `item` may be in the cuckoo filter at `key`. CF.COUNT key item. */
  count(key: RedisArgument, item: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** How many times `item` may be in the cuckoo filter at `key`. CF.COUNT key item. */
  COUNT(key: RedisArgument, item: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** Deletes one occurrence of `item` from the cuckoo filter at `key`; whether one was found. CF.DEL key item. */
  del(key: RedisArgument, item: RedisArgument): Promise<MappedReply<boolean, TYPE_MAPPING, RESP>>;
  /** Deletes one occurrence of `item` from the cuckoo filter at `key`; whether one was found. CF.DEL key item. */
  DEL(key: RedisArgument, item: RedisArgument): Promise<MappedReply<boolean, TYPE_MAPPING, RESP>>;
  /** Whether `item` may be in the cuckoo filter at `key`. CF.EXISTS key item. */
  exists(key: RedisArgument, item: RedisArgument): Promise<MappedReply<boolean, TYPE_MAPPING, RESP>>;
  /** Whether `item` may be in the cuckoo filter at `key`. CF.EXISTS key item. */
  EXISTS(key: RedisArgument, item: RedisArgument): Promise<MappedReply<boolean, TYPE_MAPPING, RESP>>;
  /** Size, buckets, filters, items inserted and deleted... of the cuckoo filter at `key`. CF.INFO key. */
  info(key: RedisArgument): Promise<MappedReply<CfInfoReply, TYPE_MAPPING, RESP>>;
  /** Size, buckets, filters, items inserted and deleted... of the cuckoo filter at `key`. CF.INFO key. */
  INFO(key: RedisArgument): Promise<MappedReply<CfInfoReply, TYPE_MAPPING, RESP>>;
  /** Adds `items` to the cuckoo filter at `key`, creating it unless NOCREATE. CF.INSERT key [CAPACITY c] [NOCREATE] ITEMS item [item ...]. */
  insert(key: RedisArgument, items: RedisVariadicArgument, options?: CfInsertOptions): Promise<MappedReply<boolean[], TYPE_MAPPING, RESP>>;
  /** Adds `items` to the cuckoo filter at `key`, creating it unless NOCREATE. CF.INSERT key [CAPACITY c] [NOCREATE] ITEMS item [item ...]. */
  INSERT(key: RedisArgument, items: RedisVariadicArgument, options?: CfInsertOptions): Promise<MappedReply<boolean[], TYPE_MAPPING, RESP>>;
  /** Adds each of `items` that may not be in the cuckoo filter at `key` yet. CF.INSERTNX key [CAPACITY c] [NOCREATE] ITEMS item [item ...]. */
  insertNX(key: RedisArgument, items: RedisVariadicArgument, options?: CfInsertOptions): Promise<MappedReply<RESP extends 3 ? number[] : boolean[], TYPE_MAPPING, RESP>>;
  /** Adds each of `items` that may not be in the cuckoo filter at `key` yet. CF.INSERTNX key [CAPACITY c] [NOCREATE] ITEMS item [item ...]. */
  INSERTNX(key: RedisArgument, items: RedisVariadicArgument, options?: CfInsertOptions): Promise<MappedReply<RESP extends 3 ? number[] : boolean[], TYPE_MAPPING, RESP>>;
  /** Restores a chunk that CF.SCANDUMP gave. CF.LOADCHUNK key iterator data. */
  loadChunk(key: RedisArgument, iterator: number, chunk: RedisArgument): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  /** Restores a chunk that CF.SCANDUMP gave. CF.LOADCHUNK key iterator data. */
  LOADCHUNK(key: RedisArgument, iterator: number, chunk: RedisArgument): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  /** Creates an empty cuckoo filter at `key`. CF.RESERVE key capacity [BUCKETSIZE b] [MAXITERATIONS m] [EXPANSION x]. */
  reserve(key: RedisArgument, capacity: number, options?: CfReserveOptions): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  /** Creates an empty cuckoo filter at `key`. CF.RESERVE key capacity [BUCKETSIZE b] [MAXITERATIONS m] [EXPANSION x]. */
  RESERVE(key: RedisArgument, capacity: number, options?: CfReserveOptions): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  /** The next chunk of the cuckoo filter at `key` from `iterator` (start at 0; iterator 0 back means done). CF.SCANDUMP key iterator. */
  scanDump(key: RedisArgument, iterator: number): Promise<MappedReply<CfScanDumpReply, TYPE_MAPPING, RESP>>;
  /** The next chunk of the cuckoo filter at `key` from `iterator` (start at 0; iterator 0 back means done). CF.SCANDUMP key iterator. */
  SCANDUMP(key: RedisArgument, iterator: number): Promise<MappedReply<CfScanDumpReply, TYPE_MAPPING, RESP>>;
}
/** `client.cms`: the commands of the Redis Stack module, in both names. */
export interface CmsCommands<RESP extends RespVersions = 2, TYPE_MAPPING extends TypeMapping = {}> {
  /** Adds each `incrementBy` to the count of its `item` in the sketch at `key`; the new counts. CMS.INCRBY key item increment [item increment ...]. */
  incrBy(key: RedisArgument, items: BfIncrByItem | Array<BfIncrByItem>): Promise<MappedReply<number[], TYPE_MAPPING, RESP>>;
  /** Adds each `incrementBy` to the count of its `item` in the sketch at `key`; the new counts. CMS.INCRBY key item increment [item increment ...]. */
  INCRBY(key: RedisArgument, items: BfIncrByItem | Array<BfIncrByItem>): Promise<MappedReply<number[], TYPE_MAPPING, RESP>>;
  /** Width, depth and total count of the sketch at `key`. CMS.INFO key. */
  info(key: RedisArgument): Promise<MappedReply<CmsInfoReply, TYPE_MAPPING, RESP>>;
  /** Width, depth and total count of the sketch at `key`. CMS.INFO key. */
  INFO(key: RedisArgument): Promise<MappedReply<CmsInfoReply, TYPE_MAPPING, RESP>>;
  /** Creates a sketch of `width` counters × `depth` rows at `key`. CMS.INITBYDIM key width depth. */
  initByDim(key: RedisArgument, width: number, depth: number): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  /** Creates a sketch of `width` counters × `depth` rows at `key`. CMS.INITBYDIM key width depth. */
  INITBYDIM(key: RedisArgument, width: number, depth: number): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  /** Creates a sketch at `key` sized for an overestimation `error` (a fraction of the total) with `probability` of exceeding it. CMS.INITBYPROB key error probability. */
  initByProb(key: RedisArgument, error: number, probability: number): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  /** Creates a sketch at `key` sized for an overestimation `error` (a fraction of the total) with `probability` of exceeding it. CMS.INITBYPROB key error probability. */
  INITBYPROB(key: RedisArgument, error: number, probability: number): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  /** Merges the `source` sketches (weighted or not) into the existing sketch `destination`. CMS.MERGE destination numKeys source [source ...] [WEIGHTS weight [weight ...]]. */
  merge(destination: RedisArgument, source: BfMergeSketches): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  /** Merges the `source` sketches (weighted or not) into the existing sketch `destination`. CMS.MERGE destination numKeys source [source ...] [WEIGHTS weight [weight ...]]. */
  MERGE(destination: RedisArgument, source: BfMergeSketches): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  /** The counts of `items` in the sketch at `key`. CMS.QUERY key item [item ...]. */
  query(key: RedisArgument, items: RedisVariadicArgument): Promise<MappedReply<number[], TYPE_MAPPING, RESP>>;
  /** The counts of `items` in the sketch at `key`. CMS.QUERY key item [item ...]. */
  QUERY(key: RedisArgument, items: RedisVariadicArgument): Promise<MappedReply<number[], TYPE_MAPPING, RESP>>;
}
/** `client.ft`: the commands of the Redis Stack module, in both names. */
export interface FtCommands<RESP extends RespVersions = 2, TYPE_MAPPING extends TypeMapping = {}> {
  /** Runs an aggregation pipeline (LOAD, GROUPBY/REDUCE, SORTBY, APPLY, LIMIT, FILTER) over the documents of `index` matching `query`. FT.AGGREGATE. */
  aggregate(index: RedisArgument, query: RedisArgument, options?: FtAggregateOptions): Promise<MappedReply<RESP extends 3 ? ReplyUnion : AggregateReply, TYPE_MAPPING, RESP>>;
  /** Runs an aggregation pipeline (LOAD, GROUPBY/REDUCE, SORTBY, APPLY, LIMIT, FILTER) over the documents of `index` matching `query`. FT.AGGREGATE. */
  AGGREGATE(index: RedisArgument, query: RedisArgument, options?: FtAggregateOptions): Promise<MappedReply<RESP extends 3 ? ReplyUnion : AggregateReply, TYPE_MAPPING, RESP>>;
  aggregateWithCursor(index: RedisArgument, query: RedisArgument, options?: FtAggregateWithCursorOptions): Promise<MappedReply<RESP extends 3 ? ReplyUnion : AggregateWithCursorReply, TYPE_MAPPING, RESP>>;
  AGGREGATE_WITHCURSOR(index: RedisArgument, query: RedisArgument, options?: FtAggregateWithCursorOptions): Promise<MappedReply<RESP extends 3 ? ReplyUnion : AggregateWithCursorReply, TYPE_MAPPING, RESP>>;
  aliasAdd(alias: RedisArgument, index: RedisArgument): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  ALIASADD(alias: RedisArgument, index: RedisArgument): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  aliasDel(alias: RedisArgument): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  ALIASDEL(alias: RedisArgument): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  aliasUpdate(alias: RedisArgument, index: RedisArgument): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  ALIASUPDATE(alias: RedisArgument, index: RedisArgument): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  /** Adds the fields of `schema` to `index`. FT.ALTER index SCHEMA ADD ... */
  alter(index: RedisArgument, schema: RediSearchSchema): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  /** Adds the fields of `schema` to `index`. FT.ALTER index SCHEMA ADD ... */
  ALTER(index: RedisArgument, schema: RediSearchSchema): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  /** @deprecated Redis 8 and later: CONFIG GET. The RediSearch options matching `option` (`*` for all). FT.CONFIG GET. */
  configGet(option: string): Promise<MappedReply<RESP extends 3 ? MapReply<string | null> : Record<string, string | null>, TYPE_MAPPING, RESP>>;
  /** @deprecated Redis 8 and later: CONFIG GET. The RediSearch options matching `option` (`*` for all). FT.CONFIG GET. */
  CONFIG_GET(option: string): Promise<MappedReply<RESP extends 3 ? MapReply<string | null> : Record<string, string | null>, TYPE_MAPPING, RESP>>;
  /** @deprecated Redis 8 and later: CONFIG SET. Sets a RediSearch option. FT.CONFIG SET. */
  configSet(property: RedisArgument, value: RedisArgument): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  /** @deprecated Redis 8 and later: CONFIG SET. Sets a RediSearch option. FT.CONFIG SET. */
  CONFIG_SET(property: RedisArgument, value: RedisArgument): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  /** Creates the index `index` over the hashes (or JSON documents) of its prefixes, with the fields of `schema`. FT.CREATE. */
  create(index: RedisArgument, schema: RediSearchSchema, options?: FtCreateOptions): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  /** Creates the index `index` over the hashes (or JSON documents) of its prefixes, with the fields of `schema`. FT.CREATE. */
  CREATE(index: RedisArgument, schema: RediSearchSchema, options?: FtCreateOptions): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  cursorDel(index: RedisArgument, cursorId: number | string | bigint): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  CURSOR_DEL(index: RedisArgument, cursorId: number | string | bigint): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  cursorRead(index: RedisArgument, cursor: number | string | bigint, options?: FtCursorReadOptions): Promise<MappedReply<RESP extends 3 ? ReplyUnion : AggregateWithCursorReply, TYPE_MAPPING, RESP>>;
  CURSOR_READ(index: RedisArgument, cursor: number | string | bigint, options?: FtCursorReadOptions): Promise<MappedReply<RESP extends 3 ? ReplyUnion : AggregateWithCursorReply, TYPE_MAPPING, RESP>>;
  dictAdd(dictionary: RedisArgument, term: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  DICTADD(dictionary: RedisArgument, term: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  dictDel(dictionary: RedisArgument, term: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  DICTDEL(dictionary: RedisArgument, term: RedisVariadicArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  dictDump(dictionary: RedisArgument): Promise<MappedReply<RESP extends 3 ? SetReply<string> : string[], TYPE_MAPPING, RESP>>;
  DICTDUMP(dictionary: RedisArgument): Promise<MappedReply<RESP extends 3 ? SetReply<string> : string[], TYPE_MAPPING, RESP>>;
  /** Deletes the index `index` (and its documents with `{ DD: true }`). FT.DROPINDEX. */
  dropIndex(index: RedisArgument, options?: FtDropIndexOptions): Promise<MappedReply<RESP extends 3 ? number : 'OK', TYPE_MAPPING, RESP>>;
  /** Deletes the index `index` (and its documents with `{ DD: true }`). FT.DROPINDEX. */
  DROPINDEX(index: RedisArgument, options?: FtDropIndexOptions): Promise<MappedReply<RESP extends 3 ? number : 'OK', TYPE_MAPPING, RESP>>;
  explain(index: RedisArgument, query: RedisArgument, options?: FtExplainOptions): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  EXPLAIN(index: RedisArgument, query: RedisArgument, options?: FtExplainOptions): Promise<MappedReply<SimpleStringReply, TYPE_MAPPING, RESP>>;
  explainCli(index: RedisArgument, query: RedisArgument, options?: FtExplainCLIOptions): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  EXPLAINCLI(index: RedisArgument, query: RedisArgument, options?: FtExplainCLIOptions): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  /** Redis 8.4+ (experimental in node-redis): a text search and a vector similarity search over `index`, their scores combined. FT.HYBRID. */
  hybrid(index: RedisArgument, options: FtHybridOptions): Promise<MappedReply<RESP extends 3 ? ReplyUnion : HybridSearchResult, TYPE_MAPPING, RESP>>;
  /** Redis 8.4+ (experimental in node-redis): a text search and a vector similarity search over `index`, their scores combined. FT.HYBRID. */
  HYBRID(index: RedisArgument, options: FtHybridOptions): Promise<MappedReply<RESP extends 3 ? ReplyUnion : HybridSearchResult, TYPE_MAPPING, RESP>>;
  /** The definition, fields and statistics of the index `index`. FT.INFO. */
  info(index: RedisArgument): Promise<MappedReply<RESP extends 3 ? ReplyUnion : FtInfoReply, TYPE_MAPPING, RESP>>;
  /** The definition, fields and statistics of the index `index`. FT.INFO. */
  INFO(index: RedisArgument): Promise<MappedReply<RESP extends 3 ? ReplyUnion : FtInfoReply, TYPE_MAPPING, RESP>>;
  profileAggregate(index: RedisArgument, query: RedisArgument, options?: FtProfileOptions & FtAggregateOptions): Promise<MappedReply<RESP extends 3 ? ReplyUnion : FtProfileReply<AggregateReply>, TYPE_MAPPING, RESP>>;
  PROFILEAGGREGATE(index: RedisArgument, query: RedisArgument, options?: FtProfileOptions & FtAggregateOptions): Promise<MappedReply<RESP extends 3 ? ReplyUnion : FtProfileReply<AggregateReply>, TYPE_MAPPING, RESP>>;
  profileSearch(index: RedisArgument, query: RedisArgument, options?: FtProfileOptions & FtSearchOptions): Promise<MappedReply<RESP extends 3 ? ReplyUnion : FtProfileReply<SearchReply>, TYPE_MAPPING, RESP>>;
  PROFILESEARCH(index: RedisArgument, query: RedisArgument, options?: FtProfileOptions & FtSearchOptions): Promise<MappedReply<RESP extends 3 ? ReplyUnion : FtProfileReply<SearchReply>, TYPE_MAPPING, RESP>>;
  /** Searches `index` for `query`: the total and the matching documents with their fields. FT.SEARCH. */
  search(index: RedisArgument, query: RedisArgument, options?: FtSearchOptions): Promise<MappedReply<RESP extends 3 ? ReplyUnion : SearchReply, TYPE_MAPPING, RESP>>;
  /** Searches `index` for `query`: the total and the matching documents with their fields. FT.SEARCH. */
  SEARCH(index: RedisArgument, query: RedisArgument, options?: FtSearchOptions): Promise<MappedReply<RESP extends 3 ? ReplyUnion : SearchReply, TYPE_MAPPING, RESP>>;
  searchNoContent(index: RedisArgument, query: RedisArgument, options?: FtSearchOptions): Promise<MappedReply<RESP extends 3 ? ReplyUnion : SearchNoContentReply, TYPE_MAPPING, RESP>>;
  SEARCH_NOCONTENT(index: RedisArgument, query: RedisArgument, options?: FtSearchOptions): Promise<MappedReply<RESP extends 3 ? ReplyUnion : SearchNoContentReply, TYPE_MAPPING, RESP>>;
  spellCheck(index: RedisArgument, query: RedisArgument, options?: FtSpellCheckOptions): Promise<MappedReply<RESP extends 3 ? ReplyUnion : FtSpellCheckReply, TYPE_MAPPING, RESP>>;
  SPELLCHECK(index: RedisArgument, query: RedisArgument, options?: FtSpellCheckOptions): Promise<MappedReply<RESP extends 3 ? ReplyUnion : FtSpellCheckReply, TYPE_MAPPING, RESP>>;
  sugAdd(key: RedisArgument, string: RedisArgument, score: number, options?: FtSugAddOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  SUGADD(key: RedisArgument, string: RedisArgument, score: number, options?: FtSugAddOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  sugDel(key: RedisArgument, string: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  SUGDEL(key: RedisArgument, string: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  sugGet(key: RedisArgument, prefix: RedisArgument, options?: FtSugGetOptions): Promise<MappedReply<string[] | null, TYPE_MAPPING, RESP>>;
  SUGGET(key: RedisArgument, prefix: RedisArgument, options?: FtSugGetOptions): Promise<MappedReply<string[] | null, TYPE_MAPPING, RESP>>;
  sugGetWithPayloads(key: RedisArgument, prefix: RedisArgument, options?: FtSugGetOptions): Promise<MappedReply<Array<{ suggestion: string; payload: string }> | null, TYPE_MAPPING, RESP>>;
  SUGGET_WITHPAYLOADS(key: RedisArgument, prefix: RedisArgument, options?: FtSugGetOptions): Promise<MappedReply<Array<{ suggestion: string; payload: string }> | null, TYPE_MAPPING, RESP>>;
  sugGetWithScores(key: RedisArgument, prefix: RedisArgument, options?: FtSugGetOptions): Promise<MappedReply<Array<{ suggestion: string; score: DoubleReply }> | null, TYPE_MAPPING, RESP>>;
  SUGGET_WITHSCORES(key: RedisArgument, prefix: RedisArgument, options?: FtSugGetOptions): Promise<MappedReply<Array<{ suggestion: string; score: DoubleReply }> | null, TYPE_MAPPING, RESP>>;
  sugGetWithScoresWithPayloads(key: RedisArgument, prefix: RedisArgument, options?: FtSugGetOptions): Promise<MappedReply<Array<{ suggestion: string; score: DoubleReply; payload: string }> | null, TYPE_MAPPING, RESP>>;
  SUGGET_WITHSCORES_WITHPAYLOADS(key: RedisArgument, prefix: RedisArgument, options?: FtSugGetOptions): Promise<MappedReply<Array<{ suggestion: string; score: DoubleReply; payload: string }> | null, TYPE_MAPPING, RESP>>;
  sugLen(key: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  SUGLEN(key: RedisArgument): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  synDump(index: RedisArgument): Promise<MappedReply<RESP extends 3 ? MapReply<string[]> : Record<string, string[]>, TYPE_MAPPING, RESP>>;
  SYNDUMP(index: RedisArgument): Promise<MappedReply<RESP extends 3 ? MapReply<string[]> : Record<string, string[]>, TYPE_MAPPING, RESP>>;
  synUpdate(index: RedisArgument, groupId: RedisArgument, terms: RedisVariadicArgument, options?: FtSynUpdateOptions): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  SYNUPDATE(index: RedisArgument, groupId: RedisArgument, terms: RedisVariadicArgument, options?: FtSynUpdateOptions): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  tagVals(index: RedisArgument, fieldName: RedisArgument): Promise<MappedReply<RESP extends 3 ? SetReply<string> : string[], TYPE_MAPPING, RESP>>;
  TAGVALS(index: RedisArgument, fieldName: RedisArgument): Promise<MappedReply<RESP extends 3 ? SetReply<string> : string[], TYPE_MAPPING, RESP>>;
  _list(): Promise<MappedReply<RESP extends 3 ? SetReply<string> : string[], TYPE_MAPPING, RESP>>;
  _LIST(): Promise<MappedReply<RESP extends 3 ? SetReply<string> : string[], TYPE_MAPPING, RESP>>;
}
/** `client.json`: the commands of the Redis Stack module, in both names. */
export interface JsonCommands<RESP extends RespVersions = 2, TYPE_MAPPING extends TypeMapping = {}> {
  /** Appends the JSON values to the array(s) at `path`; the new length(s). JSON.ARRAPPEND key path value [value ...]. */
  arrAppend(key: RedisArgument, path: RedisArgument, json: RedisJSON, ...jsons: Array<RedisJSON>): Promise<MappedReply<number | Array<number | null>, TYPE_MAPPING, RESP>>;
  /** Appends the JSON values to the array(s) at `path`; the new length(s). JSON.ARRAPPEND key path value [value ...]. */
  ARRAPPEND(key: RedisArgument, path: RedisArgument, json: RedisJSON, ...jsons: Array<RedisJSON>): Promise<MappedReply<number | Array<number | null>, TYPE_MAPPING, RESP>>;
  /** The index of the first `json` in the array(s) at `path` (-1 if absent), optionally within `range`. JSON.ARRINDEX key path value [start [stop]]. */
  arrIndex(key: RedisArgument, path: RedisArgument, json: RedisJSON, options?: JsonArrIndexOptions): Promise<MappedReply<number | Array<number | null>, TYPE_MAPPING, RESP>>;
  /** The index of the first `json` in the array(s) at `path` (-1 if absent), optionally within `range`. JSON.ARRINDEX key path value [start [stop]]. */
  ARRINDEX(key: RedisArgument, path: RedisArgument, json: RedisJSON, options?: JsonArrIndexOptions): Promise<MappedReply<number | Array<number | null>, TYPE_MAPPING, RESP>>;
  /** Inserts the JSON values before `index` in the array(s) at `path`; the new length(s). JSON.ARRINSERT key path index value [value ...]. */
  arrInsert(key: RedisArgument, path: RedisArgument, index: number, json: RedisJSON, ...jsons: Array<RedisJSON>): Promise<MappedReply<number | Array<number | null>, TYPE_MAPPING, RESP>>;
  /** Inserts the JSON values before `index` in the array(s) at `path`; the new length(s). JSON.ARRINSERT key path index value [value ...]. */
  ARRINSERT(key: RedisArgument, path: RedisArgument, index: number, json: RedisJSON, ...jsons: Array<RedisJSON>): Promise<MappedReply<number | Array<number | null>, TYPE_MAPPING, RESP>>;
  /** The length(s) of the array(s) at `path` (default: the root); null if the key does not exist. JSON.ARRLEN key [path]. */
  arrLen(key: RedisArgument, options?: JsonArrLenOptions): Promise<MappedReply<number | Array<number | null> | null, TYPE_MAPPING, RESP>>;
  /** The length(s) of the array(s) at `path` (default: the root); null if the key does not exist. JSON.ARRLEN key [path]. */
  ARRLEN(key: RedisArgument, options?: JsonArrLenOptions): Promise<MappedReply<number | Array<number | null> | null, TYPE_MAPPING, RESP>>;
  /** Removes and returns the element at `index` (default: the last) of the array(s) at `path`. JSON.ARRPOP key [path [index]]. */
  arrPop(key: RedisArgument, options?: RedisArrPopOptions): Promise<MappedReply<RedisJSONReply | ComputedReply<Array<RedisJSON>>, TYPE_MAPPING, RESP>>;
  /** Removes and returns the element at `index` (default: the last) of the array(s) at `path`. JSON.ARRPOP key [path [index]]. */
  ARRPOP(key: RedisArgument, options?: RedisArrPopOptions): Promise<MappedReply<RedisJSONReply | ComputedReply<Array<RedisJSON>>, TYPE_MAPPING, RESP>>;
  /** Trims the array(s) at `path` to the inclusive range `start`..`stop`; the new length(s). JSON.ARRTRIM key path start stop. */
  arrTrim(key: RedisArgument, path: RedisArgument, start: number, stop: number): Promise<MappedReply<number | Array<number | null>, TYPE_MAPPING, RESP>>;
  /** Trims the array(s) at `path` to the inclusive range `start`..`stop`; the new length(s). JSON.ARRTRIM key path start stop. */
  ARRTRIM(key: RedisArgument, path: RedisArgument, start: number, stop: number): Promise<MappedReply<number | Array<number | null>, TYPE_MAPPING, RESP>>;
  /** Empties the arrays and objects and zeroes the numbers at `path`; how many values changed. JSON.CLEAR key [path]. */
  clear(key: RedisArgument, options?: JsonClearOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** Empties the arrays and objects and zeroes the numbers at `path`; how many values changed. JSON.CLEAR key [path]. */
  CLEAR(key: RedisArgument, options?: JsonClearOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** The memory in bytes the value(s) at `path` use. JSON.DEBUG MEMORY key [path]. */
  debugMemory(key: RedisArgument, options?: JsonDebugMemoryOptions): Promise<MappedReply<number | Array<number>, TYPE_MAPPING, RESP>>;
  /** The memory in bytes the value(s) at `path` use. JSON.DEBUG MEMORY key [path]. */
  DEBUG_MEMORY(key: RedisArgument, options?: JsonDebugMemoryOptions): Promise<MappedReply<number | Array<number>, TYPE_MAPPING, RESP>>;
  /** Deletes the value(s) at `path` (default: the whole key); how many were deleted. JSON.DEL key [path]. */
  del(key: RedisArgument, options?: JsonDelOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** Deletes the value(s) at `path` (default: the whole key); how many were deleted. JSON.DEL key [path]. */
  DEL(key: RedisArgument, options?: JsonDelOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** JSON.DEL's alias. JSON.FORGET key [path]. */
  forget(key: RedisArgument, options?: JsonForgetOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** JSON.DEL's alias. JSON.FORGET key [path]. */
  FORGET(key: RedisArgument, options?: JsonForgetOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** The JSON value at `key` (or at the `path`s), parsed; null if the key does not exist. JSON.GET key [path ...]. */
  get(key: RedisArgument, options?: JsonGetOptions): Promise<MappedReply<RedisJSONReply, TYPE_MAPPING, RESP>>;
  /** The JSON value at `key` (or at the `path`s), parsed; null if the key does not exist. JSON.GET key [path ...]. */
  GET(key: RedisArgument, options?: JsonGetOptions): Promise<MappedReply<RedisJSONReply, TYPE_MAPPING, RESP>>;
  /** Merges `value` into the JSON at `path` (RFC 7396; null deletes); 'OK'. JSON.MERGE key path value. */
  merge(key: RedisArgument, path: RedisArgument, value: RedisJSON): Promise<MappedReply<SimpleStringReply<'OK'>, TYPE_MAPPING, RESP>>;
  /** Merges `value` into the JSON at `path` (RFC 7396; null deletes); 'OK'. JSON.MERGE key path value. */
  MERGE(key: RedisArgument, path: RedisArgument, value: RedisJSON): Promise<MappedReply<SimpleStringReply<'OK'>, TYPE_MAPPING, RESP>>;
  /** The JSON at `path` of each key, parsed; null for a key that does not exist. JSON.MGET key [key ...] path. */
  mGet(keys: Array<RedisArgument>, path: RedisArgument): Promise<MappedReply<ComputedReply<Array<RedisJSON>>, TYPE_MAPPING, RESP>>;
  /** The JSON at `path` of each key, parsed; null for a key that does not exist. JSON.MGET key [key ...] path. */
  MGET(keys: Array<RedisArgument>, path: RedisArgument): Promise<MappedReply<ComputedReply<Array<RedisJSON>>, TYPE_MAPPING, RESP>>;
  /** Sets each item's `value` at its `key` and `path`, atomically; 'OK'. JSON.MSET key path value [key path value ...]. */
  mSet(items: Array<JsonMSetItem>): Promise<MappedReply<SimpleStringReply<'OK'>, TYPE_MAPPING, RESP>>;
  /** Sets each item's `value` at its `key` and `path`, atomically; 'OK'. JSON.MSET key path value [key path value ...]. */
  MSET(items: Array<JsonMSetItem>): Promise<MappedReply<SimpleStringReply<'OK'>, TYPE_MAPPING, RESP>>;
  /** Adds `by` to the number(s) at `path`; the new value(s). JSON.NUMINCRBY key path value. */
  numIncrBy(key: RedisArgument, path: RedisArgument, by: number): Promise<MappedReply<RESP extends 3 ? Array<number | DoubleReply | null> : ComputedReply<number | Array<number | null>>, TYPE_MAPPING, RESP>>;
  /** Adds `by` to the number(s) at `path`; the new value(s). JSON.NUMINCRBY key path value. */
  NUMINCRBY(key: RedisArgument, path: RedisArgument, by: number): Promise<MappedReply<RESP extends 3 ? Array<number | DoubleReply | null> : ComputedReply<number | Array<number | null>>, TYPE_MAPPING, RESP>>;
  /** Multiplies the number(s) at `path` by `by` (deprecated since RedisJSON 2.0). JSON.NUMMULTBY key path value. */
  numMultBy(key: RedisArgument, path: RedisArgument, by: number): Promise<MappedReply<RESP extends 3 ? Array<number | DoubleReply | null> : ComputedReply<number | Array<number | null>>, TYPE_MAPPING, RESP>>;
  /** Multiplies the number(s) at `path` by `by` (deprecated since RedisJSON 2.0). JSON.NUMMULTBY key path value. */
  NUMMULTBY(key: RedisArgument, path: RedisArgument, by: number): Promise<MappedReply<RESP extends 3 ? Array<number | DoubleReply | null> : ComputedReply<number | Array<number | null>>, TYPE_MAPPING, RESP>>;
  /** The keys of the object(s) at `path`. JSON.OBJKEYS key [path]. */
  objKeys(key: RedisArgument, options?: JsonObjKeysOptions): Promise<MappedReply<Array<string> | Array<Array<string> | null> | null, TYPE_MAPPING, RESP>>;
  /** The keys of the object(s) at `path`. JSON.OBJKEYS key [path]. */
  OBJKEYS(key: RedisArgument, options?: JsonObjKeysOptions): Promise<MappedReply<Array<string> | Array<Array<string> | null> | null, TYPE_MAPPING, RESP>>;
  /** The number of keys of the object(s) at `path`; null if the key does not exist. JSON.OBJLEN key [path]. */
  objLen(key: RedisArgument, options?: JsonObjLenOptions): Promise<MappedReply<number | Array<number | null> | null, TYPE_MAPPING, RESP>>;
  /** The number of keys of the object(s) at `path`; null if the key does not exist. JSON.OBJLEN key [path]. */
  OBJLEN(key: RedisArgument, options?: JsonObjLenOptions): Promise<MappedReply<number | Array<number | null> | null, TYPE_MAPPING, RESP>>;
  /** Sets the JSON value at `path` (`condition` NX/XX); 'OK', or null when the condition or path failed. JSON.SET key path value [NX | XX]. */
  set(key: RedisArgument, path: RedisArgument, json: RedisJSON, options?: JsonSetOptions): Promise<MappedReply<SimpleStringReply<'OK'> | null, TYPE_MAPPING, RESP>>;
  /** Sets the JSON value at `path` (`condition` NX/XX); 'OK', or null when the condition or path failed. JSON.SET key path value [NX | XX]. */
  SET(key: RedisArgument, path: RedisArgument, json: RedisJSON, options?: JsonSetOptions): Promise<MappedReply<SimpleStringReply<'OK'> | null, TYPE_MAPPING, RESP>>;
  /** Appends `append` to the string(s) at `path`; the new length(s). JSON.STRAPPEND key [path] value. */
  strAppend(key: RedisArgument, append: string, options?: JsonStrAppendOptions): Promise<MappedReply<number | Array<number | null>, TYPE_MAPPING, RESP>>;
  /** Appends `append` to the string(s) at `path`; the new length(s). JSON.STRAPPEND key [path] value. */
  STRAPPEND(key: RedisArgument, append: string, options?: JsonStrAppendOptions): Promise<MappedReply<number | Array<number | null>, TYPE_MAPPING, RESP>>;
  /** The length(s) of the string(s) at `path`. JSON.STRLEN key [path]. */
  strLen(key: RedisArgument, options?: JsonStrLenOptions): Promise<MappedReply<number | Array<number | null> | null, TYPE_MAPPING, RESP>>;
  /** The length(s) of the string(s) at `path`. JSON.STRLEN key [path]. */
  STRLEN(key: RedisArgument, options?: JsonStrLenOptions): Promise<MappedReply<number | Array<number | null> | null, TYPE_MAPPING, RESP>>;
  /** Flips the boolean(s) at `path`: 1/0 for each with a JSONPath, 'true'/'false' with a legacy path. JSON.TOGGLE key path. */
  toggle(key: RedisArgument, path: RedisArgument): Promise<MappedReply<number | string | null | Array<number | null>, TYPE_MAPPING, RESP>>;
  /** Flips the boolean(s) at `path`: 1/0 for each with a JSONPath, 'true'/'false' with a legacy path. JSON.TOGGLE key path. */
  TOGGLE(key: RedisArgument, path: RedisArgument): Promise<MappedReply<number | string | null | Array<number | null>, TYPE_MAPPING, RESP>>;
  /** The JSON type(s) of the value(s) at `path`; null if the key does not exist. JSON.TYPE key [path]. */
  type(key: RedisArgument, options?: JsonTypeOptions): Promise<MappedReply<string | null | Array<string | null>, TYPE_MAPPING, RESP>>;
  /** The JSON type(s) of the value(s) at `path`; null if the key does not exist. JSON.TYPE key [path]. */
  TYPE(key: RedisArgument, options?: JsonTypeOptions): Promise<MappedReply<string | null | Array<string | null>, TYPE_MAPPING, RESP>>;
}
/** `client.tDigest`: the commands of the Redis Stack module, in both names. */
export interface TDigestCommands<RESP extends RespVersions = 2, TYPE_MAPPING extends TypeMapping = {}> {
  /** Adds observations to the t-digest at `key`. TDIGEST.ADD key value [value ...]. */
  add(key: RedisArgument, values: Array<number>): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  /** Adds observations to the t-digest at `key`. TDIGEST.ADD key value [value ...]. */
  ADD(key: RedisArgument, values: Array<number>): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  /** The value of each rank (0: the smallest; inf past the last). TDIGEST.BYRANK key rank [rank ...]. */
  byRank(key: RedisArgument, ranks: Array<number>): Promise<MappedReply<DoubleReply[], TYPE_MAPPING, RESP>>;
  /** The value of each rank (0: the smallest; inf past the last). TDIGEST.BYRANK key rank [rank ...]. */
  BYRANK(key: RedisArgument, ranks: Array<number>): Promise<MappedReply<DoubleReply[], TYPE_MAPPING, RESP>>;
  /** The value of each reverse rank (0: the largest; -inf past the last). TDIGEST.BYREVRANK key reverse_rank [reverse_rank ...]. */
  byRevRank(key: RedisArgument, ranks: Array<number>): Promise<MappedReply<DoubleReply[], TYPE_MAPPING, RESP>>;
  /** The value of each reverse rank (0: the largest; -inf past the last). TDIGEST.BYREVRANK key reverse_rank [reverse_rank ...]. */
  BYREVRANK(key: RedisArgument, ranks: Array<number>): Promise<MappedReply<DoubleReply[], TYPE_MAPPING, RESP>>;
  /** The fraction of observations at or below each value (NaN when empty). TDIGEST.CDF key value [value ...]. */
  cdf(key: RedisArgument, values: Array<number>): Promise<MappedReply<DoubleReply[], TYPE_MAPPING, RESP>>;
  /** The fraction of observations at or below each value (NaN when empty). TDIGEST.CDF key value [value ...]. */
  CDF(key: RedisArgument, values: Array<number>): Promise<MappedReply<DoubleReply[], TYPE_MAPPING, RESP>>;
  /** Creates an empty t-digest at `key`. TDIGEST.CREATE key [COMPRESSION c]. */
  create(key: RedisArgument, options?: TDigestCreateOptions): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  /** Creates an empty t-digest at `key`. TDIGEST.CREATE key [COMPRESSION c]. */
  CREATE(key: RedisArgument, options?: TDigestCreateOptions): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  /** Compression, capacity, nodes, weights, observations... of the t-digest at `key`. TDIGEST.INFO key. */
  info(key: RedisArgument): Promise<MappedReply<TDigestInfoReply, TYPE_MAPPING, RESP>>;
  /** Compression, capacity, nodes, weights, observations... of the t-digest at `key`. TDIGEST.INFO key. */
  INFO(key: RedisArgument): Promise<MappedReply<TDigestInfoReply, TYPE_MAPPING, RESP>>;
  /** The largest observation (NaN when empty). TDIGEST.MAX key. */
  max(key: RedisArgument): Promise<MappedReply<DoubleReply, TYPE_MAPPING, RESP>>;
  /** The largest observation (NaN when empty). TDIGEST.MAX key. */
  MAX(key: RedisArgument): Promise<MappedReply<DoubleReply, TYPE_MAPPING, RESP>>;
  /** Merges the `source` t-digests into `destination`. TDIGEST.MERGE destination numKeys source [source ...] [COMPRESSION c] [OVERRIDE]. */
  merge(destination: RedisArgument, source: RedisVariadicArgument, options?: TDigestMergeOptions): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  /** Merges the `source` t-digests into `destination`. TDIGEST.MERGE destination numKeys source [source ...] [COMPRESSION c] [OVERRIDE]. */
  MERGE(destination: RedisArgument, source: RedisVariadicArgument, options?: TDigestMergeOptions): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  /** The smallest observation (NaN when empty). TDIGEST.MIN key. */
  min(key: RedisArgument): Promise<MappedReply<DoubleReply, TYPE_MAPPING, RESP>>;
  /** The smallest observation (NaN when empty). TDIGEST.MIN key. */
  MIN(key: RedisArgument): Promise<MappedReply<DoubleReply, TYPE_MAPPING, RESP>>;
  /** The estimated value at each quantile (0 to 1). TDIGEST.QUANTILE key quantile [quantile ...]. */
  quantile(key: RedisArgument, quantiles: Array<number>): Promise<MappedReply<DoubleReply[], TYPE_MAPPING, RESP>>;
  /** The estimated value at each quantile (0 to 1). TDIGEST.QUANTILE key quantile [quantile ...]. */
  QUANTILE(key: RedisArgument, quantiles: Array<number>): Promise<MappedReply<DoubleReply[], TYPE_MAPPING, RESP>>;
  /** The estimated rank of each value (-1 below the smallest, -2 when empty). TDIGEST.RANK key value [value ...]. */
  rank(key: RedisArgument, values: Array<number>): Promise<MappedReply<number[], TYPE_MAPPING, RESP>>;
  /** The estimated rank of each value (-1 below the smallest, -2 when empty). TDIGEST.RANK key value [value ...]. */
  RANK(key: RedisArgument, values: Array<number>): Promise<MappedReply<number[], TYPE_MAPPING, RESP>>;
  /** Empties the t-digest at `key`. TDIGEST.RESET key. */
  reset(key: RedisArgument): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  /** Empties the t-digest at `key`. TDIGEST.RESET key. */
  RESET(key: RedisArgument): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  /** The estimated reverse rank of each value. TDIGEST.REVRANK key value [value ...]. */
  revRank(key: RedisArgument, values: Array<number>): Promise<MappedReply<number[], TYPE_MAPPING, RESP>>;
  /** The estimated reverse rank of each value. TDIGEST.REVRANK key value [value ...]. */
  REVRANK(key: RedisArgument, values: Array<number>): Promise<MappedReply<number[], TYPE_MAPPING, RESP>>;
  /** The mean of the observations between two quantiles (0 to 1). TDIGEST.TRIMMED_MEAN key low_cut_quantile high_cut_quantile. */
  trimmedMean(key: RedisArgument, lowCutPercentile: number, highCutPercentile: number): Promise<MappedReply<DoubleReply, TYPE_MAPPING, RESP>>;
  /** The mean of the observations between two quantiles (0 to 1). TDIGEST.TRIMMED_MEAN key low_cut_quantile high_cut_quantile. */
  TRIMMED_MEAN(key: RedisArgument, lowCutPercentile: number, highCutPercentile: number): Promise<MappedReply<DoubleReply, TYPE_MAPPING, RESP>>;
}
/** `client.topK`: the commands of the Redis Stack module, in both names. */
export interface TopKCommands<RESP extends RespVersions = 2, TYPE_MAPPING extends TypeMapping = {}> {
  /** Adds `items` to the top-k at `key`; for each, the item it pushed out of the list, or null. TOPK.ADD key item [item ...]. */
  add(key: RedisArgument, items: RedisVariadicArgument): Promise<MappedReply<Array<string | null>, TYPE_MAPPING, RESP>>;
  /** Adds `items` to the top-k at `key`; for each, the item it pushed out of the list, or null. TOPK.ADD key item [item ...]. */
  ADD(key: RedisArgument, items: RedisVariadicArgument): Promise<MappedReply<Array<string | null>, TYPE_MAPPING, RESP>>;
  /** The estimated counts of `items` in the top-k at `key`. TOPK.COUNT key item [item ...]. */
  count(key: RedisArgument, items: RedisVariadicArgument): Promise<MappedReply<number[], TYPE_MAPPING, RESP>>;
  /** The estimated counts of `items` in the top-k at `key`. TOPK.COUNT key item [item ...]. */
  COUNT(key: RedisArgument, items: RedisVariadicArgument): Promise<MappedReply<number[], TYPE_MAPPING, RESP>>;
  /** Adds each `incrementBy` to the score of its `item`; for each, the item it pushed out of the list, or null. TOPK.INCRBY key item increment [item increment ...]. */
  incrBy(key: RedisArgument, items: TopKIncrByItem | Array<TopKIncrByItem>): Promise<MappedReply<Array<string | null>, TYPE_MAPPING, RESP>>;
  /** Adds each `incrementBy` to the score of its `item`; for each, the item it pushed out of the list, or null. TOPK.INCRBY key item increment [item increment ...]. */
  INCRBY(key: RedisArgument, items: TopKIncrByItem | Array<TopKIncrByItem>): Promise<MappedReply<Array<string | null>, TYPE_MAPPING, RESP>>;
  /** k, width, depth and decay of the top-k at `key`. TOPK.INFO key. */
  info(key: RedisArgument): Promise<MappedReply<TopKInfoReply, TYPE_MAPPING, RESP>>;
  /** k, width, depth and decay of the top-k at `key`. TOPK.INFO key. */
  INFO(key: RedisArgument): Promise<MappedReply<TopKInfoReply, TYPE_MAPPING, RESP>>;
  /** The items of the top-k at `key`, highest first. TOPK.LIST key. */
  list(key: RedisArgument): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  /** The items of the top-k at `key`, highest first. TOPK.LIST key. */
  LIST(key: RedisArgument): Promise<MappedReply<string[], TYPE_MAPPING, RESP>>;
  /** The items of the top-k at `key` with their counts, highest first. TOPK.LIST key WITHCOUNT. */
  listWithCount(key: RedisArgument): Promise<MappedReply<Array<{ item: string; count: number }>, TYPE_MAPPING, RESP>>;
  /** The items of the top-k at `key` with their counts, highest first. TOPK.LIST key WITHCOUNT. */
  LIST_WITHCOUNT(key: RedisArgument): Promise<MappedReply<Array<{ item: string; count: number }>, TYPE_MAPPING, RESP>>;
  /** Whether each of `items` is in the top-k at `key`. TOPK.QUERY key item [item ...]. */
  query(key: RedisArgument, items: RedisVariadicArgument): Promise<MappedReply<boolean[], TYPE_MAPPING, RESP>>;
  /** Whether each of `items` is in the top-k at `key`. TOPK.QUERY key item [item ...]. */
  QUERY(key: RedisArgument, items: RedisVariadicArgument): Promise<MappedReply<boolean[], TYPE_MAPPING, RESP>>;
  /** Creates an empty top-k of `topK` items at `key`. TOPK.RESERVE key topk [width depth decay]. */
  reserve(key: RedisArgument, topK: number, options?: TopKReserveOptions): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
  /** Creates an empty top-k of `topK` items at `key`. TOPK.RESERVE key topk [width depth decay]. */
  RESERVE(key: RedisArgument, topK: number, options?: TopKReserveOptions): Promise<MappedReply<'OK', TYPE_MAPPING, RESP>>;
}
/** `client.ts`: the commands of the Redis Stack module, in both names. */
export interface TsCommands<RESP extends RespVersions = 2, TYPE_MAPPING extends TypeMapping = {}> {
  /** Appends a sample (`timestamp` a number, a Date or '*' for now) to the time series at `key`, creating it with the options; the timestamp. TS.ADD key timestamp value [options]. */
  add(key: RedisArgument, timestamp: TsTimestamp, value: number, options?: TsAddOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  /** Appends a sample (`timestamp` a number, a Date or '*' for now) to the time series at `key`, creating it with the options; the timestamp. TS.ADD key timestamp value [options]. */
  ADD(key: RedisArgument, timestamp: TsTimestamp, value: number, options?: TsAddOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  alter(key: RedisArgument, options?: TsAlterOptions): Promise<MappedReply<SimpleStringReply<'OK'>, TYPE_MAPPING, RESP>>;
  ALTER(key: RedisArgument, options?: TsAlterOptions): Promise<MappedReply<SimpleStringReply<'OK'>, TYPE_MAPPING, RESP>>;
  /** Creates the time series `key` (retention, encoding, chunk size, duplicate policy, labels, ignore). TS.CREATE key [options]. */
  create(key: RedisArgument, options?: TsCreateOptions): Promise<MappedReply<SimpleStringReply<'OK'>, TYPE_MAPPING, RESP>>;
  /** Creates the time series `key` (retention, encoding, chunk size, duplicate policy, labels, ignore). TS.CREATE key [options]. */
  CREATE(key: RedisArgument, options?: TsCreateOptions): Promise<MappedReply<SimpleStringReply<'OK'>, TYPE_MAPPING, RESP>>;
  createRule(sourceKey: RedisArgument, destinationKey: RedisArgument, aggregationType: TimeSeriesAggregationType, bucketDuration: number, alignTimestamp?: number): Promise<MappedReply<SimpleStringReply<'OK'>, TYPE_MAPPING, RESP>>;
  CREATERULE(sourceKey: RedisArgument, destinationKey: RedisArgument, aggregationType: TimeSeriesAggregationType, bucketDuration: number, alignTimestamp?: number): Promise<MappedReply<SimpleStringReply<'OK'>, TYPE_MAPPING, RESP>>;
  decrBy(key: RedisArgument, value: number, options?: TsIncrByOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  DECRBY(key: RedisArgument, value: number, options?: TsIncrByOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  del(key: RedisArgument, fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  DEL(key: RedisArgument, fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  deleteRule(sourceKey: RedisArgument, destinationKey: RedisArgument): Promise<MappedReply<SimpleStringReply<'OK'>, TYPE_MAPPING, RESP>>;
  DELETERULE(sourceKey: RedisArgument, destinationKey: RedisArgument): Promise<MappedReply<SimpleStringReply<'OK'>, TYPE_MAPPING, RESP>>;
  /** The last sample of the time series at `key` as `{ timestamp, value }`, or null when it has none. TS.GET key [LATEST]. */
  get(key: RedisArgument, options?: TsGetOptions): Promise<MappedReply<TsSampleReply | null, TYPE_MAPPING, RESP>>;
  /** The last sample of the time series at `key` as `{ timestamp, value }`, or null when it has none. TS.GET key [LATEST]. */
  GET(key: RedisArgument, options?: TsGetOptions): Promise<MappedReply<TsSampleReply | null, TYPE_MAPPING, RESP>>;
  incrBy(key: RedisArgument, value: number, options?: TsIncrByOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  INCRBY(key: RedisArgument, value: number, options?: TsIncrByOptions): Promise<MappedReply<number, TYPE_MAPPING, RESP>>;
  info(key: RedisArgument): Promise<MappedReply<RESP extends 3 ? ReplyUnion : TsInfoReply, TYPE_MAPPING, RESP>>;
  INFO(key: RedisArgument): Promise<MappedReply<RESP extends 3 ? ReplyUnion : TsInfoReply, TYPE_MAPPING, RESP>>;
  infoDebug(key: RedisArgument): Promise<MappedReply<RESP extends 3 ? ReplyUnion : TsInfoDebugReply, TYPE_MAPPING, RESP>>;
  INFO_DEBUG(key: RedisArgument): Promise<MappedReply<RESP extends 3 ? ReplyUnion : TsInfoDebugReply, TYPE_MAPPING, RESP>>;
  mAdd(toAdd: Array<TsMAddSample>): Promise<MappedReply<Array<number | ErrorReply>, TYPE_MAPPING, RESP>>;
  MADD(toAdd: Array<TsMAddSample>): Promise<MappedReply<Array<number | ErrorReply>, TYPE_MAPPING, RESP>>;
  mGet(filter: RedisVariadicArgument, options?: TsMGetOptions): Promise<MappedReply<MapReply<{ sample: TsSampleReply }>, TYPE_MAPPING, RESP>>;
  MGET(filter: RedisVariadicArgument, options?: TsMGetOptions): Promise<MappedReply<MapReply<{ sample: TsSampleReply }>, TYPE_MAPPING, RESP>>;
  mGetSelectedLabels(filter: RedisVariadicArgument, selectedLabels: RedisVariadicArgument, options?: TsMGetOptions): Promise<MappedReply<RESP extends 3 ? MapReply<{ labels: MapReply<string | null>; sample: TsSampleReply }> : MapReply<{ labels: Record<string, string | null>; sample: TsSampleReply }>, TYPE_MAPPING, RESP>>;
  MGET_SELECTED_LABELS(filter: RedisVariadicArgument, selectedLabels: RedisVariadicArgument, options?: TsMGetOptions): Promise<MappedReply<RESP extends 3 ? MapReply<{ labels: MapReply<string | null>; sample: TsSampleReply }> : MapReply<{ labels: Record<string, string | null>; sample: TsSampleReply }>, TYPE_MAPPING, RESP>>;
  mGetWithLabels(filter: RedisVariadicArgument, options?: TsMGetWithLabelsOptions): Promise<MappedReply<RESP extends 3 ? MapReply<{ labels: MapReply<string>; sample: TsSampleReply }> : MapReply<{ labels: Record<string, string>; sample: TsSampleReply }>, TYPE_MAPPING, RESP>>;
  MGET_WITHLABELS(filter: RedisVariadicArgument, options?: TsMGetWithLabelsOptions): Promise<MappedReply<RESP extends 3 ? MapReply<{ labels: MapReply<string>; sample: TsSampleReply }> : MapReply<{ labels: Record<string, string>; sample: TsSampleReply }>, TYPE_MAPPING, RESP>>;
  mRange(fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp, filter: RedisVariadicArgument, options?: TsRangeOptions): Promise<MappedReply<MapReply<Array<TsSampleReply>>, TYPE_MAPPING, RESP>>;
  MRANGE(fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp, filter: RedisVariadicArgument, options?: TsRangeOptions): Promise<MappedReply<MapReply<Array<TsSampleReply>>, TYPE_MAPPING, RESP>>;
  mRangeGroupBy(fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp, filter: RedisVariadicArgument, groupBy: TsMRangeGroupBy, options?: TsRangeOptions): Promise<MappedReply<RESP extends 3 ? MapReply<{ sources: Array<string>; samples: Array<TsSampleReply> }> : MapReply<{ samples: Array<TsSampleReply> }>, TYPE_MAPPING, RESP>>;
  MRANGE_GROUPBY(fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp, filter: RedisVariadicArgument, groupBy: TsMRangeGroupBy, options?: TsRangeOptions): Promise<MappedReply<RESP extends 3 ? MapReply<{ sources: Array<string>; samples: Array<TsSampleReply> }> : MapReply<{ samples: Array<TsSampleReply> }>, TYPE_MAPPING, RESP>>;
  mRangeSelectedLabels(fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp, selectedLabels: RedisVariadicArgument, filter: RedisVariadicArgument, options?: TsRangeOptions): Promise<MappedReply<MapReply<{ labels: MapReply<string | null>; samples: Array<TsSampleReply> }>, TYPE_MAPPING, RESP>>;
  MRANGE_SELECTED_LABELS(fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp, selectedLabels: RedisVariadicArgument, filter: RedisVariadicArgument, options?: TsRangeOptions): Promise<MappedReply<MapReply<{ labels: MapReply<string | null>; samples: Array<TsSampleReply> }>, TYPE_MAPPING, RESP>>;
  mRangeSelectedLabelsGroupBy(fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp, selectedLabels: RedisVariadicArgument, filter: RedisVariadicArgument, groupBy: TsMRangeGroupBy, options?: TsRangeOptions): Promise<MappedReply<RESP extends 3 ? MapReply<{ labels: MapReply<string | null>; sources: Array<string>; samples: Array<TsSampleReply> }> : MapReply<{ labels: MapReply<string | null>; samples: Array<TsSampleReply> }>, TYPE_MAPPING, RESP>>;
  MRANGE_SELECTED_LABELS_GROUPBY(fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp, selectedLabels: RedisVariadicArgument, filter: RedisVariadicArgument, groupBy: TsMRangeGroupBy, options?: TsRangeOptions): Promise<MappedReply<RESP extends 3 ? MapReply<{ labels: MapReply<string | null>; sources: Array<string>; samples: Array<TsSampleReply> }> : MapReply<{ labels: MapReply<string | null>; samples: Array<TsSampleReply> }>, TYPE_MAPPING, RESP>>;
  mRangeWithLabels(fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp, filter: RedisVariadicArgument, options?: TsRangeOptions): Promise<MappedReply<RESP extends 3 ? MapReply<{ labels: MapReply<string>; samples: Array<TsSampleReply> }> : MapReply<{ labels: Record<string, string>; samples: Array<TsSampleReply> }>, TYPE_MAPPING, RESP>>;
  MRANGE_WITHLABELS(fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp, filter: RedisVariadicArgument, options?: TsRangeOptions): Promise<MappedReply<RESP extends 3 ? MapReply<{ labels: MapReply<string>; samples: Array<TsSampleReply> }> : MapReply<{ labels: Record<string, string>; samples: Array<TsSampleReply> }>, TYPE_MAPPING, RESP>>;
  mRangeWithLabelsGroupBy(fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp, filter: RedisVariadicArgument, groupBy: TsMRangeGroupBy, options?: TsRangeOptions): Promise<MappedReply<RESP extends 3 ? MapReply<{ labels: MapReply<string>; sources: Array<string>; samples: Array<TsSampleReply> }> : MapReply<{ labels: Record<string, string>; sources: Array<string>; samples: Array<TsSampleReply> }>, TYPE_MAPPING, RESP>>;
  MRANGE_WITHLABELS_GROUPBY(fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp, filter: RedisVariadicArgument, groupBy: TsMRangeGroupBy, options?: TsRangeOptions): Promise<MappedReply<RESP extends 3 ? MapReply<{ labels: MapReply<string>; sources: Array<string>; samples: Array<TsSampleReply> }> : MapReply<{ labels: Record<string, string>; sources: Array<string>; samples: Array<TsSampleReply> }>, TYPE_MAPPING, RESP>>;
  mRevRange(fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp, filter: RedisVariadicArgument, options?: TsRangeOptions): Promise<MappedReply<MapReply<Array<TsSampleReply>>, TYPE_MAPPING, RESP>>;
  MREVRANGE(fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp, filter: RedisVariadicArgument, options?: TsRangeOptions): Promise<MappedReply<MapReply<Array<TsSampleReply>>, TYPE_MAPPING, RESP>>;
  mRevRangeGroupBy(fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp, filter: RedisVariadicArgument, groupBy: TsMRangeGroupBy, options?: TsRangeOptions): Promise<MappedReply<RESP extends 3 ? MapReply<{ sources: Array<string>; samples: Array<TsSampleReply> }> : MapReply<{ samples: Array<TsSampleReply> }>, TYPE_MAPPING, RESP>>;
  MREVRANGE_GROUPBY(fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp, filter: RedisVariadicArgument, groupBy: TsMRangeGroupBy, options?: TsRangeOptions): Promise<MappedReply<RESP extends 3 ? MapReply<{ sources: Array<string>; samples: Array<TsSampleReply> }> : MapReply<{ samples: Array<TsSampleReply> }>, TYPE_MAPPING, RESP>>;
  mRevRangeSelectedLabels(fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp, selectedLabels: RedisVariadicArgument, filter: RedisVariadicArgument, options?: TsRangeOptions): Promise<MappedReply<MapReply<{ labels: MapReply<string | null>; samples: Array<TsSampleReply> }>, TYPE_MAPPING, RESP>>;
  MREVRANGE_SELECTED_LABELS(fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp, selectedLabels: RedisVariadicArgument, filter: RedisVariadicArgument, options?: TsRangeOptions): Promise<MappedReply<MapReply<{ labels: MapReply<string | null>; samples: Array<TsSampleReply> }>, TYPE_MAPPING, RESP>>;
  mRevRangeSelectedLabelsGroupBy(fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp, selectedLabels: RedisVariadicArgument, filter: RedisVariadicArgument, groupBy: TsMRangeGroupBy, options?: TsRangeOptions): Promise<MappedReply<RESP extends 3 ? MapReply<{ labels: MapReply<string | null>; sources: Array<string>; samples: Array<TsSampleReply> }> : MapReply<{ labels: MapReply<string | null>; samples: Array<TsSampleReply> }>, TYPE_MAPPING, RESP>>;
  MREVRANGE_SELECTED_LABELS_GROUPBY(fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp, selectedLabels: RedisVariadicArgument, filter: RedisVariadicArgument, groupBy: TsMRangeGroupBy, options?: TsRangeOptions): Promise<MappedReply<RESP extends 3 ? MapReply<{ labels: MapReply<string | null>; sources: Array<string>; samples: Array<TsSampleReply> }> : MapReply<{ labels: MapReply<string | null>; samples: Array<TsSampleReply> }>, TYPE_MAPPING, RESP>>;
  mRevRangeWithLabels(fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp, filter: RedisVariadicArgument, options?: TsRangeOptions): Promise<MappedReply<RESP extends 3 ? MapReply<{ labels: MapReply<string>; samples: Array<TsSampleReply> }> : MapReply<{ labels: Record<string, string>; samples: Array<TsSampleReply> }>, TYPE_MAPPING, RESP>>;
  MREVRANGE_WITHLABELS(fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp, filter: RedisVariadicArgument, options?: TsRangeOptions): Promise<MappedReply<RESP extends 3 ? MapReply<{ labels: MapReply<string>; samples: Array<TsSampleReply> }> : MapReply<{ labels: Record<string, string>; samples: Array<TsSampleReply> }>, TYPE_MAPPING, RESP>>;
  mRevRangeWithLabelsGroupBy(fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp, filter: RedisVariadicArgument, groupBy: TsMRangeGroupBy, options?: TsRangeOptions): Promise<MappedReply<RESP extends 3 ? MapReply<{ labels: MapReply<string>; sources: Array<string>; samples: Array<TsSampleReply> }> : MapReply<{ labels: Record<string, string>; sources: Array<string>; samples: Array<TsSampleReply> }>, TYPE_MAPPING, RESP>>;
  MREVRANGE_WITHLABELS_GROUPBY(fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp, filter: RedisVariadicArgument, groupBy: TsMRangeGroupBy, options?: TsRangeOptions): Promise<MappedReply<RESP extends 3 ? MapReply<{ labels: MapReply<string>; sources: Array<string>; samples: Array<TsSampleReply> }> : MapReply<{ labels: Record<string, string>; sources: Array<string>; samples: Array<TsSampleReply> }>, TYPE_MAPPING, RESP>>;
  queryIndex(filter: RedisVariadicArgument): Promise<MappedReply<SetReply<string>, TYPE_MAPPING, RESP>>;
  QUERYINDEX(filter: RedisVariadicArgument): Promise<MappedReply<SetReply<string>, TYPE_MAPPING, RESP>>;
  /** The samples of the time series at `key` from `fromTimestamp` to `toTimestamp` ('-' and '+' for the ends), filtered or aggregated by the options. TS.RANGE key from to [options]. */
  range(key: RedisArgument, fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp, options?: TsRangeOptions): Promise<MappedReply<Array<TsSampleReply>, TYPE_MAPPING, RESP>>;
  /** The samples of the time series at `key` from `fromTimestamp` to `toTimestamp` ('-' and '+' for the ends), filtered or aggregated by the options. TS.RANGE key from to [options]. */
  RANGE(key: RedisArgument, fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp, options?: TsRangeOptions): Promise<MappedReply<Array<TsSampleReply>, TYPE_MAPPING, RESP>>;
  revRange(key: RedisArgument, fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp, options?: TsRangeOptions): Promise<MappedReply<Array<TsSampleReply>, TYPE_MAPPING, RESP>>;
  REVRANGE(key: RedisArgument, fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp, options?: TsRangeOptions): Promise<MappedReply<Array<TsSampleReply>, TYPE_MAPPING, RESP>>;
}
// </generated-modules>
