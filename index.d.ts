// Type definitions for ferrodis: node-redis v5's client API on a Rust engine.
/// <reference types="node" />

import { EventEmitter } from 'node:events';

// <generated-type-imports> (scripts/gen-types.js: the option and reply types of types/*.d.ts)
import type { ReplyUnion, SlotRange, ClusterFailoverOptions, ClusterResetOptions, ClusterSlotState, ClusterSlotsNode, ClusterSlotsRange, ClusterLink, EvalOptions, FunctionListOptions, FunctionLoadOptions, FunctionRestoreOptions, FunctionListItem, FunctionListWithCodeItem, FunctionStats, VAddOptions, VSimOptions, VInfoReply, VEmbRawReply } from './types/cluster-scripting';
export type { ReplyUnion, SlotRange, ClusterFailoverOptions, ClusterResetOptions, ClusterSlotState, ClusterSlotsNode, ClusterSlotsRange, ClusterLink, EvalOptions, FunctionListOptions, FunctionLoadOptions, FunctionRestoreOptions, FunctionListItem, FunctionListWithCodeItem, FunctionStats, VAddOptions, VSimOptions, VInfoReply, VEmbRawReply } from './types/cluster-scripting';
import type { ListSide, LMPopOptions, LPosOptions, SInterCardOptions, ScanCommonOptions, HGetExOptions, HSetExOptions } from './types/hash-list-set';
export type { ListSide, LMPopOptions, LPosOptions, SInterCardOptions, ScanCommonOptions, HGetExOptions, HSetExOptions } from './types/hash-list-set';
import type { AclUser, AclLogEntry, ClientInfoReply, ClientKillFilter, ListFilter, ClientTrackingOptions, TrackingInfo, CommandReply, CommandListOptions, HelloOptions, HelloReply, BgSaveOptions, MemoryUsageOptions, MemoryStatsReply, LatencyEvent, RoleReply, HotkeysStartOptions, HotkeyEntry, HotkeysGetReply } from './types/server';
export type { AclUser, AclLogEntry, ClientInfoReply, ClientKillFilter, ListFilter, ClientTrackingOptions, TrackingInfo, CommandReply, CommandListOptions, HelloOptions, HelloReply, BgSaveOptions, MemoryUsageOptions, MemoryStatsReply, LatencyEvent, RoleReply, HotkeysStartOptions, HotkeyEntry, HotkeysGetReply } from './types/server';
import type { SortedSetSide, SortedSetMemberReply, BZPopReply, ZMPopReply, ZKeyAndWeight, ZKeys, ZInterOptions, ZUnionOptions, ZInterCardOptions, ZMPopOptions, ZAddIncrOptions, ZRangeByScoreOptions, ZRangeByLexOptions, ZRangeStoreOptions, GeoUnits, GeoCoordinates, GeoMember, GeoAddOptions, GeoSearchFrom, GeoSearchByRadius, GeoSearchByBox, GeoSearchBy, GeoCountArgument, GeoSearchOptions, GeoSearchStoreOptions, GeoRadiusStoreOptions, GeoReplyWith, GeoPositionReply, GeoReplyWithMember, StreamDeletionPolicy, StreamDeletionReplyCode, XAddOptions, XCfgSetOptions, XTrimOptions, XSetIdOptions, XRangeOptions, XReadStream, XReadStreams, XReadOptions, XReadGroupOptions, StreamMessageReply, StreamsMessagesReply, XGroupCreateOptions, XGroupSetIdOptions, XInfoStreamReply, XInfoGroupReply, XInfoConsumerReply, XPendingReply, XPendingRangeOptions, XPendingRangeReplyItem, XClaimOptions, XAutoClaimOptions, XAutoClaimReply, XAutoClaimJustIdReply } from './types/sorted-set-geo-stream';
export type { SortedSetSide, SortedSetMemberReply, BZPopReply, ZMPopReply, ZKeyAndWeight, ZKeys, ZInterOptions, ZUnionOptions, ZInterCardOptions, ZMPopOptions, ZAddIncrOptions, ZRangeByScoreOptions, ZRangeByLexOptions, ZRangeStoreOptions, GeoUnits, GeoCoordinates, GeoMember, GeoAddOptions, GeoSearchFrom, GeoSearchByRadius, GeoSearchByBox, GeoSearchBy, GeoCountArgument, GeoSearchOptions, GeoSearchStoreOptions, GeoRadiusStoreOptions, GeoReplyWith, GeoPositionReply, GeoReplyWithMember, StreamDeletionPolicy, StreamDeletionReplyCode, XAddOptions, XCfgSetOptions, XTrimOptions, XSetIdOptions, XRangeOptions, XReadStream, XReadStreams, XReadOptions, XReadGroupOptions, StreamMessageReply, StreamsMessagesReply, XGroupCreateOptions, XGroupSetIdOptions, XInfoStreamReply, XInfoGroupReply, XInfoConsumerReply, XPendingReply, XPendingRangeOptions, XPendingRangeReplyItem, XClaimOptions, XAutoClaimOptions, XAutoClaimReply, XAutoClaimJustIdReply } from './types/sorted-set-geo-stream';
import type { MSetArguments, MSetExOptions, GetExOptions, LcsIdxOptions, DelExOptions, BitValue, BitCountRange, BitOperations, BitFieldEncoding, BitFieldGetOperation, BitFieldSetOperation, BitFieldIncrByOperation, BitFieldOverflowOperation, BitFieldOperations, BitFieldRoOperations, ScanOptions, CopyCommandOptions, RestoreOptions, MigrateOptions, SortOptions } from './types/strings-keys';
export type { MSetArguments, MSetExOptions, GetExOptions, LcsIdxOptions, DelExOptions, BitValue, BitCountRange, BitOperations, BitFieldEncoding, BitFieldGetOperation, BitFieldSetOperation, BitFieldIncrByOperation, BitFieldOverflowOperation, BitFieldOperations, BitFieldRoOperations, ScanOptions, CopyCommandOptions, RestoreOptions, MigrateOptions, SortOptions } from './types/strings-keys';
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
  typeMapping?: TYPE_MAPPING;
}

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
  /** User-defined module command sets (node-redis' `modules`); not attached yet. */
  modules?: M;
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

/** client.multi(): every command, chainable, then exec() or execAsPipeline(). */
export type RedisClientMultiCommandType = {
  [K in keyof RedisCommands]: (...args: Parameters<RedisCommands[K]>) => RedisClientMultiCommandType;
} & {
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

/** The commands of a client, under node-redis' camelCase and UPPER names. */
export interface RedisCommands {
  // <generated-commands> (scripts/gen-types.js writes this block from lib/commands)
  aclCat(categoryName?: RedisArgument): Promise<string[]>;
  ACL_CAT(categoryName?: RedisArgument): Promise<string[]>;
  aclDelUser(username: RedisVariadicArgument): Promise<number>;
  ACL_DELUSER(username: RedisVariadicArgument): Promise<number>;
  aclDryRun(username: RedisArgument, command: Array<RedisArgument>): Promise<string>;
  ACL_DRYRUN(username: RedisArgument, command: Array<RedisArgument>): Promise<string>;
  aclGenPass(bits?: number): Promise<string>;
  ACL_GENPASS(bits?: number): Promise<string>;
  aclGetUser(username: RedisArgument): Promise<AclUser | null>;
  ACL_GETUSER(username: RedisArgument): Promise<AclUser | null>;
  aclList(): Promise<string[]>;
  ACL_LIST(): Promise<string[]>;
  aclLoad(): Promise<'OK'>;
  ACL_LOAD(): Promise<'OK'>;
  aclLog(count?: number): Promise<AclLogEntry[]>;
  ACL_LOG(count?: number): Promise<AclLogEntry[]>;
  aclLogReset(): Promise<'OK'>;
  ACL_LOG_RESET(): Promise<'OK'>;
  aclSave(): Promise<'OK'>;
  ACL_SAVE(): Promise<'OK'>;
  aclSetUser(username: RedisArgument, rule: RedisVariadicArgument): Promise<'OK'>;
  ACL_SETUSER(username: RedisArgument, rule: RedisVariadicArgument): Promise<'OK'>;
  aclUsers(): Promise<string[]>;
  ACL_USERS(): Promise<string[]>;
  aclWhoAmI(): Promise<string>;
  ACL_WHOAMI(): Promise<string>;
  /** Appends `value` to the string at `key` (created if missing); the new length. APPEND key value. */
  append(key: RedisArgument, value: RedisArgument): Promise<number>;
  /** Appends `value` to the string at `key` (created if missing); the new length. APPEND key value. */
  APPEND(key: RedisArgument, value: RedisArgument): Promise<number>;
  asking(): Promise<'OK'>;
  ASKING(): Promise<'OK'>;
  auth(credentials: { username?: RedisArgument; password: RedisArgument }): Promise<'OK'>;
  AUTH(credentials: { username?: RedisArgument; password: RedisArgument }): Promise<'OK'>;
  bgRewriteAof(): Promise<string>;
  BGREWRITEAOF(): Promise<string>;
  bgSave(options?: BgSaveOptions): Promise<string>;
  BGSAVE(options?: BgSaveOptions): Promise<string>;
  bitCount(key: RedisArgument, range?: BitCountRange): Promise<number>;
  BITCOUNT(key: RedisArgument, range?: BitCountRange): Promise<number>;
  bitField(key: RedisArgument, operations: BitFieldOperations): Promise<Array<number | null>>;
  BITFIELD(key: RedisArgument, operations: BitFieldOperations): Promise<Array<number | null>>;
  bitFieldRo(key: RedisArgument, operations: BitFieldRoOperations): Promise<number[]>;
  BITFIELD_RO(key: RedisArgument, operations: BitFieldRoOperations): Promise<number[]>;
  bitOp(operation: BitOperations, destKey: RedisArgument, key: RedisVariadicArgument): Promise<number>;
  BITOP(operation: BitOperations, destKey: RedisArgument, key: RedisVariadicArgument): Promise<number>;
  bitPos(key: RedisArgument, bit: BitValue, start?: number, end?: number, mode?: 'BYTE' | 'BIT'): Promise<number>;
  BITPOS(key: RedisArgument, bit: BitValue, start?: number, end?: number, mode?: 'BYTE' | 'BIT'): Promise<number>;
  blMove(source: RedisArgument, destination: RedisArgument, sourceSide: ListSide, destinationSide: ListSide, timeout: number): Promise<string | null>;
  BLMOVE(source: RedisArgument, destination: RedisArgument, sourceSide: ListSide, destinationSide: ListSide, timeout: number): Promise<string | null>;
  blmPop(timeout: number, keys: RedisVariadicArgument, side: ListSide, options?: LMPopOptions): Promise<[key: string, elements: string[]] | null>;
  BLMPOP(timeout: number, keys: RedisVariadicArgument, side: ListSide, options?: LMPopOptions): Promise<[key: string, elements: string[]] | null>;
  /** Waits up to `timeout` seconds (0: forever) for an element at the head of one of `keys`; { key, element }, or null on timeout. BLPOP key [key ...] timeout. */
  blPop(keys: RedisVariadicArgument, timeout: number): Promise<{ key: string; element: string } | null>;
  /** Waits up to `timeout` seconds (0: forever) for an element at the head of one of `keys`; { key, element }, or null on timeout. BLPOP key [key ...] timeout. */
  BLPOP(keys: RedisVariadicArgument, timeout: number): Promise<{ key: string; element: string } | null>;
  brPop(keys: RedisVariadicArgument, timeout: number): Promise<{ key: string; element: string } | null>;
  BRPOP(keys: RedisVariadicArgument, timeout: number): Promise<{ key: string; element: string } | null>;
  brPopLPush(source: RedisArgument, destination: RedisArgument, timeout: number): Promise<string | null>;
  BRPOPLPUSH(source: RedisArgument, destination: RedisArgument, timeout: number): Promise<string | null>;
  bzmPop(timeout: number, keys: RedisVariadicArgument, side: SortedSetSide, options?: ZMPopOptions): Promise<ZMPopReply | null>;
  BZMPOP(timeout: number, keys: RedisVariadicArgument, side: SortedSetSide, options?: ZMPopOptions): Promise<ZMPopReply | null>;
  bzPopMax(keys: RedisVariadicArgument, timeout: number): Promise<BZPopReply | null>;
  BZPOPMAX(keys: RedisVariadicArgument, timeout: number): Promise<BZPopReply | null>;
  bzPopMin(keys: RedisVariadicArgument, timeout: number): Promise<BZPopReply | null>;
  BZPOPMIN(keys: RedisVariadicArgument, timeout: number): Promise<BZPopReply | null>;
  clientCaching(value: boolean): Promise<'OK'>;
  CLIENT_CACHING(value: boolean): Promise<'OK'>;
  clientGetName(): Promise<string | null>;
  CLIENT_GETNAME(): Promise<string | null>;
  clientGetRedir(): Promise<number>;
  CLIENT_GETREDIR(): Promise<number>;
  clientId(): Promise<number>;
  CLIENT_ID(): Promise<number>;
  clientInfo(): Promise<ClientInfoReply>;
  CLIENT_INFO(): Promise<ClientInfoReply>;
  clientKill(filters: ClientKillFilter | Array<ClientKillFilter>): Promise<number>;
  CLIENT_KILL(filters: ClientKillFilter | Array<ClientKillFilter>): Promise<number>;
  clientList(filter?: ListFilter): Promise<ClientInfoReply[]>;
  CLIENT_LIST(filter?: ListFilter): Promise<ClientInfoReply[]>;
  clientNoEvict(value: boolean): Promise<'OK'>;
  'CLIENT_NO-EVICT'(value: boolean): Promise<'OK'>;
  clientNoTouch(value: boolean): Promise<'OK'>;
  'CLIENT_NO-TOUCH'(value: boolean): Promise<'OK'>;
  clientPause(timeout: number, mode?: 'WRITE' | 'ALL'): Promise<'OK'>;
  CLIENT_PAUSE(timeout: number, mode?: 'WRITE' | 'ALL'): Promise<'OK'>;
  clientSetName(name: RedisArgument): Promise<'OK'>;
  CLIENT_SETNAME(name: RedisArgument): Promise<'OK'>;
  clientTracking(mode: boolean, options?: ClientTrackingOptions): Promise<'OK'>;
  CLIENT_TRACKING(mode: boolean, options?: ClientTrackingOptions): Promise<'OK'>;
  clientTrackingInfo(): Promise<TrackingInfo>;
  CLIENT_TRACKINGINFO(): Promise<TrackingInfo>;
  clientUnpause(): Promise<'OK'>;
  CLIENT_UNPAUSE(): Promise<'OK'>;
  clusterAddSlots(slots: number | Array<number>): Promise<'OK'>;
  CLUSTER_ADDSLOTS(slots: number | Array<number>): Promise<'OK'>;
  clusterAddSlotsRange(ranges: SlotRange | Array<SlotRange>): Promise<'OK'>;
  CLUSTER_ADDSLOTSRANGE(ranges: SlotRange | Array<SlotRange>): Promise<'OK'>;
  clusterBumpEpoch(): Promise<string>;
  CLUSTER_BUMPEPOCH(): Promise<string>;
  clusterCountFailureReports(nodeId: RedisArgument): Promise<number>;
  'CLUSTER_COUNT-FAILURE-REPORTS'(nodeId: RedisArgument): Promise<number>;
  clusterCountKeysInSlot(slot: number): Promise<number>;
  CLUSTER_COUNTKEYSINSLOT(slot: number): Promise<number>;
  clusterDelSlots(slots: number | Array<number>): Promise<'OK'>;
  CLUSTER_DELSLOTS(slots: number | Array<number>): Promise<'OK'>;
  clusterDelSlotsRange(ranges: SlotRange | Array<SlotRange>): Promise<'OK'>;
  CLUSTER_DELSLOTSRANGE(ranges: SlotRange | Array<SlotRange>): Promise<'OK'>;
  clusterFailover(options?: ClusterFailoverOptions): Promise<'OK'>;
  CLUSTER_FAILOVER(options?: ClusterFailoverOptions): Promise<'OK'>;
  clusterFlushSlots(): Promise<'OK'>;
  CLUSTER_FLUSHSLOTS(): Promise<'OK'>;
  clusterForget(nodeId: RedisArgument): Promise<'OK'>;
  CLUSTER_FORGET(nodeId: RedisArgument): Promise<'OK'>;
  clusterGetKeysInSlot(slot: number, count: number): Promise<string[]>;
  CLUSTER_GETKEYSINSLOT(slot: number, count: number): Promise<string[]>;
  clusterInfo(): Promise<string>;
  CLUSTER_INFO(): Promise<string>;
  clusterKeySlot(key: RedisArgument): Promise<number>;
  CLUSTER_KEYSLOT(key: RedisArgument): Promise<number>;
  clusterLinks(): Promise<Array<ClusterLink>>;
  CLUSTER_LINKS(): Promise<Array<ClusterLink>>;
  clusterMeet(host: string, port: number): Promise<'OK'>;
  CLUSTER_MEET(host: string, port: number): Promise<'OK'>;
  clusterMyId(): Promise<string>;
  CLUSTER_MYID(): Promise<string>;
  clusterMyShardId(): Promise<string>;
  CLUSTER_MYSHARDID(): Promise<string>;
  clusterNodes(): Promise<string>;
  CLUSTER_NODES(): Promise<string>;
  clusterReplicas(nodeId: RedisArgument): Promise<string[]>;
  CLUSTER_REPLICAS(nodeId: RedisArgument): Promise<string[]>;
  clusterReplicate(nodeId: RedisArgument): Promise<string>;
  CLUSTER_REPLICATE(nodeId: RedisArgument): Promise<string>;
  clusterReset(options?: ClusterResetOptions): Promise<'OK'>;
  CLUSTER_RESET(options?: ClusterResetOptions): Promise<'OK'>;
  clusterSaveConfig(): Promise<'OK'>;
  CLUSTER_SAVECONFIG(): Promise<'OK'>;
  clusterSetConfigEpoch(configEpoch: number): Promise<'OK'>;
  'CLUSTER_SET-CONFIG-EPOCH'(configEpoch: number): Promise<'OK'>;
  clusterSetSlot(slot: number, state: ClusterSlotState, nodeId?: RedisArgument): Promise<'OK'>;
  CLUSTER_SETSLOT(slot: number, state: ClusterSlotState, nodeId?: RedisArgument): Promise<'OK'>;
  clusterSlots(): Promise<Array<ClusterSlotsRange>>;
  CLUSTER_SLOTS(): Promise<Array<ClusterSlotsRange>>;
  command(): Promise<CommandReply[]>;
  COMMAND(): Promise<CommandReply[]>;
  commandCount(): Promise<number>;
  COMMAND_COUNT(): Promise<number>;
  commandGetKeys(args: Array<RedisArgument>): Promise<string[]>;
  COMMAND_GETKEYS(args: Array<RedisArgument>): Promise<string[]>;
  commandGetKeysAndFlags(args: Array<RedisArgument>): Promise<Array<{ key: string; flags: string[] }>>;
  COMMAND_GETKEYSANDFLAGS(args: Array<RedisArgument>): Promise<Array<{ key: string; flags: string[] }>>;
  commandInfo(commands: Array<RedisArgument>): Promise<Array<CommandReply | null>>;
  COMMAND_INFO(commands: Array<RedisArgument>): Promise<Array<CommandReply | null>>;
  commandList(options?: CommandListOptions): Promise<string[]>;
  COMMAND_LIST(options?: CommandListOptions): Promise<string[]>;
  configGet(parameters: RedisVariadicArgument): Promise<Record<string, string>>;
  CONFIG_GET(parameters: RedisVariadicArgument): Promise<Record<string, string>>;
  configResetStat(): Promise<'OK'>;
  CONFIG_RESETASTAT(): Promise<'OK'>;
  configRewrite(): Promise<'OK'>;
  CONFIG_REWRITE(): Promise<'OK'>;
  configSet(parameter: RedisArgument, value: RedisArgument): Promise<'OK'>;
  CONFIG_SET(parameter: RedisArgument, value: RedisArgument): Promise<'OK'>;
  configSet(config: Record<string, RedisArgument>): Promise<'OK'>;
  CONFIG_SET(config: Record<string, RedisArgument>): Promise<'OK'>;
  copy(source: RedisArgument, destination: RedisArgument, options?: CopyCommandOptions): Promise<number>;
  COPY(source: RedisArgument, destination: RedisArgument, options?: CopyCommandOptions): Promise<number>;
  dbSize(): Promise<number>;
  DBSIZE(): Promise<number>;
  /** Subtracts 1 from the integer at `key` (0 if missing); the new value. DECR key. */
  decr(key: RedisArgument): Promise<number>;
  /** Subtracts 1 from the integer at `key` (0 if missing); the new value. DECR key. */
  DECR(key: RedisArgument): Promise<number>;
  decrBy(key: RedisArgument, decrement: number): Promise<number>;
  DECRBY(key: RedisArgument, decrement: number): Promise<number>;
  /** Deletes `keys`; how many existed. DEL key [key ...]. */
  del(keys: RedisVariadicArgument): Promise<number>;
  /** Deletes `keys`; how many existed. DEL key [key ...]. */
  DEL(keys: RedisVariadicArgument): Promise<number>;
  delEx(key: RedisArgument, options?: DelExOptions): Promise<number>;
  DELEX(key: RedisArgument, options?: DelExOptions): Promise<number>;
  digest(key: RedisArgument): Promise<string | null>;
  DIGEST(key: RedisArgument): Promise<string | null>;
  dump(key: RedisArgument): Promise<string>;
  DUMP(key: RedisArgument): Promise<string>;
  echo(message: RedisArgument): Promise<string>;
  ECHO(message: RedisArgument): Promise<string>;
  eval(script: RedisArgument, options?: EvalOptions): Promise<ReplyUnion>;
  EVAL(script: RedisArgument, options?: EvalOptions): Promise<ReplyUnion>;
  evalSha(script: RedisArgument, options?: EvalOptions): Promise<ReplyUnion>;
  EVALSHA(script: RedisArgument, options?: EvalOptions): Promise<ReplyUnion>;
  evalShaRo(script: RedisArgument, options?: EvalOptions): Promise<ReplyUnion>;
  EVALSHA_RO(script: RedisArgument, options?: EvalOptions): Promise<ReplyUnion>;
  evalRo(script: RedisArgument, options?: EvalOptions): Promise<ReplyUnion>;
  EVAL_RO(script: RedisArgument, options?: EvalOptions): Promise<ReplyUnion>;
  /** How many of `keys` exist (a key named twice counts twice). EXISTS key [key ...]. */
  exists(keys: RedisVariadicArgument): Promise<number>;
  /** How many of `keys` exist (a key named twice counts twice). EXISTS key [key ...]. */
  EXISTS(keys: RedisVariadicArgument): Promise<number>;
  /** Sets a time to live of `seconds` on `key` (options NX/XX/GT/LT); 1 if set, 0 if not. EXPIRE key seconds. */
  expire(key: RedisArgument, seconds: number, mode?: 'NX' | 'XX' | 'GT' | 'LT'): Promise<number>;
  /** Sets a time to live of `seconds` on `key` (options NX/XX/GT/LT); 1 if set, 0 if not. EXPIRE key seconds. */
  EXPIRE(key: RedisArgument, seconds: number, mode?: 'NX' | 'XX' | 'GT' | 'LT'): Promise<number>;
  expireAt(key: RedisArgument, timestamp: number | Date, mode?: 'NX' | 'XX' | 'GT' | 'LT'): Promise<number>;
  EXPIREAT(key: RedisArgument, timestamp: number | Date, mode?: 'NX' | 'XX' | 'GT' | 'LT'): Promise<number>;
  expireTime(key: RedisArgument): Promise<number>;
  EXPIRETIME(key: RedisArgument): Promise<number>;
  fCall(script: RedisArgument, options?: EvalOptions): Promise<ReplyUnion>;
  FCALL(script: RedisArgument, options?: EvalOptions): Promise<ReplyUnion>;
  fCallRo(script: RedisArgument, options?: EvalOptions): Promise<ReplyUnion>;
  FCALL_RO(script: RedisArgument, options?: EvalOptions): Promise<ReplyUnion>;
  flushAll(mode?: 'ASYNC' | 'SYNC'): Promise<'OK'>;
  FLUSHALL(mode?: 'ASYNC' | 'SYNC'): Promise<'OK'>;
  flushDb(mode?: 'ASYNC' | 'SYNC'): Promise<'OK'>;
  FLUSHDB(mode?: 'ASYNC' | 'SYNC'): Promise<'OK'>;
  functionDelete(library: RedisArgument): Promise<string>;
  FUNCTION_DELETE(library: RedisArgument): Promise<string>;
  functionDump(): Promise<string>;
  FUNCTION_DUMP(): Promise<string>;
  functionFlush(mode?: 'ASYNC' | 'SYNC'): Promise<'OK'>;
  FUNCTION_FLUSH(mode?: 'ASYNC' | 'SYNC'): Promise<'OK'>;
  functionKill(): Promise<string>;
  FUNCTION_KILL(): Promise<string>;
  functionList(options?: FunctionListOptions): Promise<Array<FunctionListItem>>;
  FUNCTION_LIST(options?: FunctionListOptions): Promise<Array<FunctionListItem>>;
  functionListWithCode(options?: FunctionListOptions): Promise<Array<FunctionListWithCodeItem>>;
  FUNCTION_LIST_WITHCODE(options?: FunctionListOptions): Promise<Array<FunctionListWithCodeItem>>;
  functionLoad(code: RedisArgument, options?: FunctionLoadOptions): Promise<string>;
  FUNCTION_LOAD(code: RedisArgument, options?: FunctionLoadOptions): Promise<string>;
  functionRestore(dump: RedisArgument, options?: FunctionRestoreOptions): Promise<'OK'>;
  FUNCTION_RESTORE(dump: RedisArgument, options?: FunctionRestoreOptions): Promise<'OK'>;
  functionStats(): Promise<FunctionStats>;
  FUNCTION_STATS(): Promise<FunctionStats>;
  geoAdd(key: RedisArgument, toAdd: GeoMember | Array<GeoMember>, options?: GeoAddOptions): Promise<number>;
  GEOADD(key: RedisArgument, toAdd: GeoMember | Array<GeoMember>, options?: GeoAddOptions): Promise<number>;
  geoDist(key: RedisArgument, member1: RedisArgument, member2: RedisArgument, unit?: GeoUnits): Promise<number | null>;
  GEODIST(key: RedisArgument, member1: RedisArgument, member2: RedisArgument, unit?: GeoUnits): Promise<number | null>;
  geoHash(key: RedisArgument, member: RedisVariadicArgument): Promise<Array<string | null>>;
  GEOHASH(key: RedisArgument, member: RedisVariadicArgument): Promise<Array<string | null>>;
  geoPos(key: RedisArgument, member: RedisVariadicArgument): Promise<Array<GeoPositionReply | null>>;
  GEOPOS(key: RedisArgument, member: RedisVariadicArgument): Promise<Array<GeoPositionReply | null>>;
  geoRadius(key: RedisArgument, from: GeoCoordinates, radius: number, unit: GeoUnits, options?: GeoSearchOptions): Promise<string[]>;
  GEORADIUS(key: RedisArgument, from: GeoCoordinates, radius: number, unit: GeoUnits, options?: GeoSearchOptions): Promise<string[]>;
  geoRadiusByMember(key: RedisArgument, from: RedisArgument, radius: number, unit: GeoUnits, options?: GeoSearchOptions): Promise<string[]>;
  GEORADIUSBYMEMBER(key: RedisArgument, from: RedisArgument, radius: number, unit: GeoUnits, options?: GeoSearchOptions): Promise<string[]>;
  geoRadiusByMemberRo(key: RedisArgument, from: RedisArgument, radius: number, unit: GeoUnits, options?: GeoSearchOptions): Promise<string[]>;
  GEORADIUSBYMEMBER_RO(key: RedisArgument, from: RedisArgument, radius: number, unit: GeoUnits, options?: GeoSearchOptions): Promise<string[]>;
  geoRadiusByMemberRoWith(key: RedisArgument, from: RedisArgument, radius: number, unit: GeoUnits, replyWith: Array<GeoReplyWith>, options?: GeoSearchOptions): Promise<Array<GeoReplyWithMember>>;
  GEORADIUSBYMEMBER_RO_WITH(key: RedisArgument, from: RedisArgument, radius: number, unit: GeoUnits, replyWith: Array<GeoReplyWith>, options?: GeoSearchOptions): Promise<Array<GeoReplyWithMember>>;
  geoRadiusByMemberStore(key: RedisArgument, from: RedisArgument, radius: number, unit: GeoUnits, destination: RedisArgument, options?: GeoRadiusStoreOptions): Promise<number>;
  GEORADIUSBYMEMBER_STORE(key: RedisArgument, from: RedisArgument, radius: number, unit: GeoUnits, destination: RedisArgument, options?: GeoRadiusStoreOptions): Promise<number>;
  geoRadiusByMemberWith(key: RedisArgument, from: RedisArgument, radius: number, unit: GeoUnits, replyWith: Array<GeoReplyWith>, options?: GeoSearchOptions): Promise<Array<GeoReplyWithMember>>;
  GEORADIUSBYMEMBER_WITH(key: RedisArgument, from: RedisArgument, radius: number, unit: GeoUnits, replyWith: Array<GeoReplyWith>, options?: GeoSearchOptions): Promise<Array<GeoReplyWithMember>>;
  geoRadiusRo(key: RedisArgument, from: GeoCoordinates, radius: number, unit: GeoUnits, options?: GeoSearchOptions): Promise<string[]>;
  GEORADIUS_RO(key: RedisArgument, from: GeoCoordinates, radius: number, unit: GeoUnits, options?: GeoSearchOptions): Promise<string[]>;
  geoRadiusRoWith(key: RedisArgument, from: GeoCoordinates, radius: number, unit: GeoUnits, replyWith: Array<GeoReplyWith>, options?: GeoSearchOptions): Promise<Array<GeoReplyWithMember>>;
  GEORADIUS_RO_WITH(key: RedisArgument, from: GeoCoordinates, radius: number, unit: GeoUnits, replyWith: Array<GeoReplyWith>, options?: GeoSearchOptions): Promise<Array<GeoReplyWithMember>>;
  geoRadiusStore(key: RedisArgument, from: GeoCoordinates, radius: number, unit: GeoUnits, destination: RedisArgument, options?: GeoRadiusStoreOptions): Promise<number>;
  GEORADIUS_STORE(key: RedisArgument, from: GeoCoordinates, radius: number, unit: GeoUnits, destination: RedisArgument, options?: GeoRadiusStoreOptions): Promise<number>;
  geoRadiusWith(key: RedisArgument, from: GeoCoordinates, radius: number, unit: GeoUnits, replyWith: Array<GeoReplyWith>, options?: GeoSearchOptions): Promise<Array<GeoReplyWithMember>>;
  GEORADIUS_WITH(key: RedisArgument, from: GeoCoordinates, radius: number, unit: GeoUnits, replyWith: Array<GeoReplyWith>, options?: GeoSearchOptions): Promise<Array<GeoReplyWithMember>>;
  geoSearch(key: RedisArgument, from: GeoSearchFrom, by: GeoSearchBy, options?: GeoSearchOptions): Promise<string[]>;
  GEOSEARCH(key: RedisArgument, from: GeoSearchFrom, by: GeoSearchBy, options?: GeoSearchOptions): Promise<string[]>;
  geoSearchStore(destination: RedisArgument, source: RedisArgument, from: GeoSearchFrom, by: GeoSearchBy, options?: GeoSearchStoreOptions): Promise<number>;
  GEOSEARCHSTORE(destination: RedisArgument, source: RedisArgument, from: GeoSearchFrom, by: GeoSearchBy, options?: GeoSearchStoreOptions): Promise<number>;
  geoSearchWith(key: RedisArgument, from: GeoSearchFrom, by: GeoSearchBy, replyWith: Array<GeoReplyWith>, options?: GeoSearchOptions): Promise<Array<GeoReplyWithMember>>;
  GEOSEARCH_WITH(key: RedisArgument, from: GeoSearchFrom, by: GeoSearchBy, replyWith: Array<GeoReplyWith>, options?: GeoSearchOptions): Promise<Array<GeoReplyWithMember>>;
  /** The string value of `key`, or null if it does not exist. GET key. */
  get(key: RedisArgument): Promise<string | null>;
  /** The string value of `key`, or null if it does not exist. GET key. */
  GET(key: RedisArgument): Promise<string | null>;
  getBit(key: RedisArgument, offset: number): Promise<BitValue>;
  GETBIT(key: RedisArgument, offset: number): Promise<BitValue>;
  /** The value of `key`, which is then deleted; null if it did not exist. GETDEL key. */
  getDel(key: RedisArgument): Promise<string | null>;
  /** The value of `key`, which is then deleted; null if it did not exist. GETDEL key. */
  GETDEL(key: RedisArgument): Promise<string | null>;
  getEx(key: RedisArgument, options: GetExOptions): Promise<string | null>;
  GETEX(key: RedisArgument, options: GetExOptions): Promise<string | null>;
  getRange(key: RedisArgument, start: number, end: number): Promise<string>;
  GETRANGE(key: RedisArgument, start: number, end: number): Promise<string>;
  getSet(key: RedisArgument, value: RedisArgument): Promise<string | null>;
  GETSET(key: RedisArgument, value: RedisArgument): Promise<string | null>;
  /** Removes `fields` from the hash at `key`; how many existed. HDEL key field [field ...]. */
  hDel(key: RedisArgument, field: RedisVariadicArgument): Promise<number>;
  /** Removes `fields` from the hash at `key`; how many existed. HDEL key field [field ...]. */
  HDEL(key: RedisArgument, field: RedisVariadicArgument): Promise<number>;
  hello(protover?: RespVersions, options?: HelloOptions): Promise<HelloReply>;
  HELLO(protover?: RespVersions, options?: HelloOptions): Promise<HelloReply>;
  hExists(key: RedisArgument, field: RedisArgument): Promise<number>;
  HEXISTS(key: RedisArgument, field: RedisArgument): Promise<number>;
  hExpire(key: RedisArgument, fields: RedisVariadicArgument, seconds: number, mode?: 'NX' | 'XX' | 'GT' | 'LT'): Promise<number[]>;
  HEXPIRE(key: RedisArgument, fields: RedisVariadicArgument, seconds: number, mode?: 'NX' | 'XX' | 'GT' | 'LT'): Promise<number[]>;
  hExpireAt(key: RedisArgument, fields: RedisVariadicArgument, timestamp: number | Date, mode?: 'NX' | 'XX' | 'GT' | 'LT'): Promise<number[]>;
  HEXPIREAT(key: RedisArgument, fields: RedisVariadicArgument, timestamp: number | Date, mode?: 'NX' | 'XX' | 'GT' | 'LT'): Promise<number[]>;
  hExpireTime(key: RedisArgument, fields: RedisVariadicArgument): Promise<number[]>;
  HEXPIRETIME(key: RedisArgument, fields: RedisVariadicArgument): Promise<number[]>;
  /** The value of `field` in the hash at `key`, or null. HGET key field. */
  hGet(key: RedisArgument, field: RedisArgument): Promise<string | null>;
  /** The value of `field` in the hash at `key`, or null. HGET key field. */
  HGET(key: RedisArgument, field: RedisArgument): Promise<string | null>;
  /** Every field and value of the hash at `key`, as an object ({} if missing). HGETALL key. */
  hGetAll(key: RedisArgument): Promise<Record<string, string>>;
  /** Every field and value of the hash at `key`, as an object ({} if missing). HGETALL key. */
  HGETALL(key: RedisArgument): Promise<Record<string, string>>;
  hGetDel(key: RedisArgument, fields: RedisVariadicArgument): Promise<Array<string | null>>;
  HGETDEL(key: RedisArgument, fields: RedisVariadicArgument): Promise<Array<string | null>>;
  hGetEx(key: RedisArgument, fields: RedisVariadicArgument, options?: HGetExOptions): Promise<Array<string | null>>;
  HGETEX(key: RedisArgument, fields: RedisVariadicArgument, options?: HGetExOptions): Promise<Array<string | null>>;
  /** Adds `increment` to the integer in `field` of the hash at `key`; the new value. HINCRBY key field increment. */
  hIncrBy(key: RedisArgument, field: RedisArgument, increment: number): Promise<number>;
  /** Adds `increment` to the integer in `field` of the hash at `key`; the new value. HINCRBY key field increment. */
  HINCRBY(key: RedisArgument, field: RedisArgument, increment: number): Promise<number>;
  hIncrByFloat(key: RedisArgument, field: RedisArgument, increment: number): Promise<string>;
  HINCRBYFLOAT(key: RedisArgument, field: RedisArgument, increment: number): Promise<string>;
  hKeys(key: RedisArgument): Promise<string[]>;
  HKEYS(key: RedisArgument): Promise<string[]>;
  hLen(key: RedisArgument): Promise<number>;
  HLEN(key: RedisArgument): Promise<number>;
  hmGet(key: RedisArgument, fields: RedisVariadicArgument): Promise<Array<string | null>>;
  HMGET(key: RedisArgument, fields: RedisVariadicArgument): Promise<Array<string | null>>;
  hotkeysGet(): Promise<HotkeysGetReply | null>;
  HOTKEYS_GET(): Promise<HotkeysGetReply | null>;
  hotkeysReset(): Promise<'OK'>;
  HOTKEYS_RESET(): Promise<'OK'>;
  hotkeysStart(options: HotkeysStartOptions): Promise<'OK'>;
  HOTKEYS_START(options: HotkeysStartOptions): Promise<'OK'>;
  hotkeysStop(): Promise<'OK'>;
  HOTKEYS_STOP(): Promise<'OK'>;
  hPersist(key: RedisArgument, fields: RedisVariadicArgument): Promise<number[]>;
  HPERSIST(key: RedisArgument, fields: RedisVariadicArgument): Promise<number[]>;
  hpExpire(key: RedisArgument, fields: RedisVariadicArgument, ms: number, mode?: 'NX' | 'XX' | 'GT' | 'LT'): Promise<number[]>;
  HPEXPIRE(key: RedisArgument, fields: RedisVariadicArgument, ms: number, mode?: 'NX' | 'XX' | 'GT' | 'LT'): Promise<number[]>;
  hpExpireAt(key: RedisArgument, fields: RedisVariadicArgument, timestamp: number | Date, mode?: 'NX' | 'XX' | 'GT' | 'LT'): Promise<number[]>;
  HPEXPIREAT(key: RedisArgument, fields: RedisVariadicArgument, timestamp: number | Date, mode?: 'NX' | 'XX' | 'GT' | 'LT'): Promise<number[]>;
  hpExpireTime(key: RedisArgument, fields: RedisVariadicArgument): Promise<number[]>;
  HPEXPIRETIME(key: RedisArgument, fields: RedisVariadicArgument): Promise<number[]>;
  hpTTL(key: RedisArgument, fields: RedisVariadicArgument): Promise<number[]>;
  HPTTL(key: RedisArgument, fields: RedisVariadicArgument): Promise<number[]>;
  hRandField(key: RedisArgument): Promise<string | null>;
  HRANDFIELD(key: RedisArgument): Promise<string | null>;
  hRandFieldCount(key: RedisArgument, count: number): Promise<string[]>;
  HRANDFIELD_COUNT(key: RedisArgument, count: number): Promise<string[]>;
  hRandFieldCountWithValues(key: RedisArgument, count: number): Promise<Array<{ field: string; value: string }>>;
  HRANDFIELD_COUNT_WITHVALUES(key: RedisArgument, count: number): Promise<Array<{ field: string; value: string }>>;
  hScan(key: RedisArgument, cursor: RedisArgument, options?: ScanCommonOptions): Promise<{ cursor: string; entries: Array<{ field: string; value: string }> }>;
  HSCAN(key: RedisArgument, cursor: RedisArgument, options?: ScanCommonOptions): Promise<{ cursor: string; entries: Array<{ field: string; value: string }> }>;
  hScanNoValues(key: RedisArgument, cursor: RedisArgument, options?: ScanCommonOptions): Promise<{ cursor: string; fields: string[] }>;
  HSCAN_NOVALUES(key: RedisArgument, cursor: RedisArgument, options?: ScanCommonOptions): Promise<{ cursor: string; fields: string[] }>;
  /** Sets fields of the hash at `key` (an object, a Map, an array of pairs, or field and value); how many fields were added. HSET key field value [field value ...]. */
  hSet(key: RedisArgument, field: RedisArgument | number, value: RedisArgument | number): Promise<number>;
  /** Sets fields of the hash at `key` (an object, a Map, an array of pairs, or field and value); how many fields were added. HSET key field value [field value ...]. */
  HSET(key: RedisArgument, field: RedisArgument | number, value: RedisArgument | number): Promise<number>;
  /** Sets fields of the hash at `key` (an object, a Map, an array of pairs, or field and value); how many fields were added. HSET key field value [field value ...]. */
  hSet(key: RedisArgument, fields: HashFields): Promise<number>;
  /** Sets fields of the hash at `key` (an object, a Map, an array of pairs, or field and value); how many fields were added. HSET key field value [field value ...]. */
  HSET(key: RedisArgument, fields: HashFields): Promise<number>;
  hSetEx(key: RedisArgument, fields: HashFields, options?: HSetExOptions): Promise<number>;
  HSETEX(key: RedisArgument, fields: HashFields, options?: HSetExOptions): Promise<number>;
  hSetNX(key: RedisArgument, field: RedisArgument, value: RedisArgument): Promise<number>;
  HSETNX(key: RedisArgument, field: RedisArgument, value: RedisArgument): Promise<number>;
  hStrLen(key: RedisArgument, field: RedisArgument): Promise<number>;
  HSTRLEN(key: RedisArgument, field: RedisArgument): Promise<number>;
  hTTL(key: RedisArgument, fields: RedisVariadicArgument): Promise<number[]>;
  HTTL(key: RedisArgument, fields: RedisVariadicArgument): Promise<number[]>;
  hVals(key: RedisArgument): Promise<string[]>;
  HVALS(key: RedisArgument): Promise<string[]>;
  /** Adds 1 to the integer at `key` (0 if missing); the new value. INCR key. */
  incr(key: RedisArgument): Promise<number>;
  /** Adds 1 to the integer at `key` (0 if missing); the new value. INCR key. */
  INCR(key: RedisArgument): Promise<number>;
  /** Adds `increment` to the integer at `key` (0 if missing); the new value. INCRBY key increment. */
  incrBy(key: RedisArgument, increment: number): Promise<number>;
  /** Adds `increment` to the integer at `key` (0 if missing); the new value. INCRBY key increment. */
  INCRBY(key: RedisArgument, increment: number): Promise<number>;
  incrByFloat(key: RedisArgument, increment: number): Promise<string>;
  INCRBYFLOAT(key: RedisArgument, increment: number): Promise<string>;
  info(section?: RedisArgument): Promise<string>;
  INFO(section?: RedisArgument): Promise<string>;
  /** Every key matching `pattern` (blocks the server on large databases: prefer scanIterator). KEYS pattern. */
  keys(pattern: RedisArgument): Promise<string[]>;
  /** Every key matching `pattern` (blocks the server on large databases: prefer scanIterator). KEYS pattern. */
  KEYS(pattern: RedisArgument): Promise<string[]>;
  lastSave(): Promise<number>;
  LASTSAVE(): Promise<number>;
  latencyDoctor(): Promise<string>;
  LATENCY_DOCTOR(): Promise<string>;
  latencyGraph(event: LatencyEvent): Promise<string>;
  LATENCY_GRAPH(event: LatencyEvent): Promise<string>;
  latencyHistogram(...commands: string[]): Promise<Record<string, { calls: number; histogram_usec: Record<string, number> }>>;
  LATENCY_HISTOGRAM(...commands: string[]): Promise<Record<string, { calls: number; histogram_usec: Record<string, number> }>>;
  latencyHistory(event: LatencyEvent): Promise<Array<[timestamp: number, latency: number]>>;
  LATENCY_HISTORY(event: LatencyEvent): Promise<Array<[timestamp: number, latency: number]>>;
  latencyLatest(): Promise<Array<[name: string, timestamp: number, latestLatency: number, allTimeLatency: number]>>;
  LATENCY_LATEST(): Promise<Array<[name: string, timestamp: number, latestLatency: number, allTimeLatency: number]>>;
  latencyReset(...events: LatencyEvent[]): Promise<number>;
  LATENCY_RESET(...events: LatencyEvent[]): Promise<number>;
  lcs(key1: RedisArgument, key2: RedisArgument): Promise<string>;
  LCS(key1: RedisArgument, key2: RedisArgument): Promise<string>;
  lcsIdx(key1: RedisArgument, key2: RedisArgument, options?: LcsIdxOptions): Promise<{ matches: Array<[[number, number], [number, number]]>; len: number }>;
  LCS_IDX(key1: RedisArgument, key2: RedisArgument, options?: LcsIdxOptions): Promise<{ matches: Array<[[number, number], [number, number]]>; len: number }>;
  lcsIdxWithMatchLen(key1: RedisArgument, key2: RedisArgument, options?: LcsIdxOptions): Promise<{ matches: Array<[[number, number], [number, number], number]>; len: number }>;
  LCS_IDX_WITHMATCHLEN(key1: RedisArgument, key2: RedisArgument, options?: LcsIdxOptions): Promise<{ matches: Array<[[number, number], [number, number], number]>; len: number }>;
  lcsLen(key1: RedisArgument, key2: RedisArgument): Promise<number>;
  LCS_LEN(key1: RedisArgument, key2: RedisArgument): Promise<number>;
  lIndex(key: RedisArgument, index: number): Promise<string | null>;
  LINDEX(key: RedisArgument, index: number): Promise<string | null>;
  lInsert(key: RedisArgument, position: 'BEFORE' | 'AFTER', pivot: RedisArgument, element: RedisArgument): Promise<number>;
  LINSERT(key: RedisArgument, position: 'BEFORE' | 'AFTER', pivot: RedisArgument, element: RedisArgument): Promise<number>;
  lLen(key: RedisArgument): Promise<number>;
  LLEN(key: RedisArgument): Promise<number>;
  lMove(source: RedisArgument, destination: RedisArgument, sourceSide: ListSide, destinationSide: ListSide): Promise<string | null>;
  LMOVE(source: RedisArgument, destination: RedisArgument, sourceSide: ListSide, destinationSide: ListSide): Promise<string | null>;
  lmPop(keys: RedisVariadicArgument, side: ListSide, options?: LMPopOptions): Promise<[key: string, elements: string[]] | null>;
  LMPOP(keys: RedisVariadicArgument, side: ListSide, options?: LMPopOptions): Promise<[key: string, elements: string[]] | null>;
  LOLWUT(version?: number, ...optionalArguments: number[]): Promise<string>;
  /** Removes and returns the first element of the list at `key`, or null. LPOP key. */
  lPop(key: RedisArgument): Promise<string | null>;
  /** Removes and returns the first element of the list at `key`, or null. LPOP key. */
  LPOP(key: RedisArgument): Promise<string | null>;
  lPopCount(key: RedisArgument, count: number): Promise<string[] | null>;
  LPOP_COUNT(key: RedisArgument, count: number): Promise<string[] | null>;
  lPos(key: RedisArgument, element: RedisArgument, options?: LPosOptions): Promise<number | null>;
  LPOS(key: RedisArgument, element: RedisArgument, options?: LPosOptions): Promise<number | null>;
  lPosCount(key: RedisArgument, element: RedisArgument, count: number, options?: LPosOptions): Promise<number[]>;
  LPOS_COUNT(key: RedisArgument, element: RedisArgument, count: number, options?: LPosOptions): Promise<number[]>;
  /** Inserts `elements` at the head of the list at `key`; the new length. LPUSH key element [element ...]. */
  lPush(key: RedisArgument, elements: RedisVariadicArgument): Promise<number>;
  /** Inserts `elements` at the head of the list at `key`; the new length. LPUSH key element [element ...]. */
  LPUSH(key: RedisArgument, elements: RedisVariadicArgument): Promise<number>;
  lPushX(key: RedisArgument, elements: RedisVariadicArgument): Promise<number>;
  LPUSHX(key: RedisArgument, elements: RedisVariadicArgument): Promise<number>;
  /** The elements of the list at `key` from `start` to `stop` (inclusive; negative counts from the end). LRANGE key start stop. */
  lRange(key: RedisArgument, start: number, stop: number): Promise<string[]>;
  /** The elements of the list at `key` from `start` to `stop` (inclusive; negative counts from the end). LRANGE key start stop. */
  LRANGE(key: RedisArgument, start: number, stop: number): Promise<string[]>;
  lRem(key: RedisArgument, count: number, element: RedisArgument): Promise<number>;
  LREM(key: RedisArgument, count: number, element: RedisArgument): Promise<number>;
  lSet(key: RedisArgument, index: number, element: RedisArgument): Promise<string>;
  LSET(key: RedisArgument, index: number, element: RedisArgument): Promise<string>;
  lTrim(key: RedisArgument, start: number, stop: number): Promise<string>;
  LTRIM(key: RedisArgument, start: number, stop: number): Promise<string>;
  memoryDoctor(): Promise<string>;
  MEMORY_DOCTOR(): Promise<string>;
  memoryMallocStats(): Promise<string>;
  'MEMORY_MALLOC-STATS'(): Promise<string>;
  memoryPurge(): Promise<'OK'>;
  MEMORY_PURGE(): Promise<'OK'>;
  memoryStats(): Promise<MemoryStatsReply>;
  MEMORY_STATS(): Promise<MemoryStatsReply>;
  memoryUsage(key: RedisArgument, options?: MemoryUsageOptions): Promise<number | null>;
  MEMORY_USAGE(key: RedisArgument, options?: MemoryUsageOptions): Promise<number | null>;
  /** The values of `keys`, null for each that does not exist. MGET key [key ...]. */
  mGet(keys: RedisVariadicArgument): Promise<Array<string | null>>;
  /** The values of `keys`, null for each that does not exist. MGET key [key ...]. */
  MGET(keys: RedisVariadicArgument): Promise<Array<string | null>>;
  migrate(host: RedisArgument, port: number, key: RedisArgument | Array<RedisArgument>, destinationDb: number, timeout: number, options?: MigrateOptions): Promise<string>;
  MIGRATE(host: RedisArgument, port: number, key: RedisArgument | Array<RedisArgument>, destinationDb: number, timeout: number, options?: MigrateOptions): Promise<string>;
  moduleList(): Promise<Array<{ name: string; ver: number }>>;
  MODULE_LIST(): Promise<Array<{ name: string; ver: number }>>;
  moduleLoad(path: RedisArgument, moduleArguments?: Array<RedisArgument>): Promise<'OK'>;
  MODULE_LOAD(path: RedisArgument, moduleArguments?: Array<RedisArgument>): Promise<'OK'>;
  moduleUnload(name: RedisArgument): Promise<'OK'>;
  MODULE_UNLOAD(name: RedisArgument): Promise<'OK'>;
  move(key: RedisArgument, db: number): Promise<number>;
  MOVE(key: RedisArgument, db: number): Promise<number>;
  /** Sets every key to its value, atomically; 'OK'. MSET key value [key value ...]. */
  mSet(toSet: MSetArguments): Promise<string>;
  /** Sets every key to its value, atomically; 'OK'. MSET key value [key value ...]. */
  MSET(toSet: MSetArguments): Promise<string>;
  mSetEx(keyValuePairs: MSetArguments, options?: MSetExOptions): Promise<number>;
  MSETEX(keyValuePairs: MSetArguments, options?: MSetExOptions): Promise<number>;
  mSetNX(toSet: MSetArguments): Promise<number>;
  MSETNX(toSet: MSetArguments): Promise<number>;
  objectEncoding(key: RedisArgument): Promise<string | null>;
  OBJECT_ENCODING(key: RedisArgument): Promise<string | null>;
  objectFreq(key: RedisArgument): Promise<number | null>;
  OBJECT_FREQ(key: RedisArgument): Promise<number | null>;
  objectIdleTime(key: RedisArgument): Promise<number | null>;
  OBJECT_IDLETIME(key: RedisArgument): Promise<number | null>;
  objectRefCount(key: RedisArgument): Promise<number | null>;
  OBJECT_REFCOUNT(key: RedisArgument): Promise<number | null>;
  persist(key: RedisArgument): Promise<number>;
  PERSIST(key: RedisArgument): Promise<number>;
  pExpire(key: RedisArgument, ms: number, mode?: 'NX' | 'XX' | 'GT' | 'LT'): Promise<number>;
  PEXPIRE(key: RedisArgument, ms: number, mode?: 'NX' | 'XX' | 'GT' | 'LT'): Promise<number>;
  pExpireAt(key: RedisArgument, msTimestamp: number | Date, mode?: 'NX' | 'XX' | 'GT' | 'LT'): Promise<number>;
  PEXPIREAT(key: RedisArgument, msTimestamp: number | Date, mode?: 'NX' | 'XX' | 'GT' | 'LT'): Promise<number>;
  pExpireTime(key: RedisArgument): Promise<number>;
  PEXPIRETIME(key: RedisArgument): Promise<number>;
  pfAdd(key: RedisArgument, element?: RedisVariadicArgument): Promise<number>;
  PFADD(key: RedisArgument, element?: RedisVariadicArgument): Promise<number>;
  pfCount(keys: RedisVariadicArgument): Promise<number>;
  PFCOUNT(keys: RedisVariadicArgument): Promise<number>;
  pfMerge(destination: RedisArgument, sources?: RedisVariadicArgument): Promise<string>;
  PFMERGE(destination: RedisArgument, sources?: RedisVariadicArgument): Promise<string>;
  ping(message?: RedisArgument): Promise<string>;
  PING(message?: RedisArgument): Promise<string>;
  pSetEx(key: RedisArgument, ms: number, value: RedisArgument): Promise<string>;
  PSETEX(key: RedisArgument, ms: number, value: RedisArgument): Promise<string>;
  pTTL(key: RedisArgument): Promise<number>;
  PTTL(key: RedisArgument): Promise<number>;
  publish(channel: RedisArgument, message: RedisArgument): Promise<number>;
  PUBLISH(channel: RedisArgument, message: RedisArgument): Promise<number>;
  pubSubChannels(pattern?: RedisArgument): Promise<string[]>;
  PUBSUB_CHANNELS(pattern?: RedisArgument): Promise<string[]>;
  pubSubNumPat(): Promise<number>;
  PUBSUB_NUMPAT(): Promise<number>;
  pubSubNumSub(channels?: RedisVariadicArgument): Promise<Record<string, number>>;
  PUBSUB_NUMSUB(channels?: RedisVariadicArgument): Promise<Record<string, number>>;
  pubSubShardChannels(pattern?: RedisArgument): Promise<string[]>;
  PUBSUB_SHARDCHANNELS(pattern?: RedisArgument): Promise<string[]>;
  pubSubShardNumSub(channels?: RedisVariadicArgument): Promise<Record<string, number>>;
  PUBSUB_SHARDNUMSUB(channels?: RedisVariadicArgument): Promise<Record<string, number>>;
  randomKey(): Promise<string | null>;
  RANDOMKEY(): Promise<string | null>;
  readonly(): Promise<'OK'>;
  READONLY(): Promise<'OK'>;
  rename(key: RedisArgument, newKey: RedisArgument): Promise<string>;
  RENAME(key: RedisArgument, newKey: RedisArgument): Promise<string>;
  renameNX(key: RedisArgument, newKey: RedisArgument): Promise<number>;
  RENAMENX(key: RedisArgument, newKey: RedisArgument): Promise<number>;
  replicaOf(host: string, port: number | 'ONE'): Promise<'OK'>;
  REPLICAOF(host: string, port: number | 'ONE'): Promise<'OK'>;
  restore(key: RedisArgument, ttl: number, serializedValue: RedisArgument, options?: RestoreOptions): Promise<string>;
  RESTORE(key: RedisArgument, ttl: number, serializedValue: RedisArgument, options?: RestoreOptions): Promise<string>;
  restoreAsking(): Promise<string>;
  'RESTORE-ASKING'(): Promise<string>;
  role(): Promise<RoleReply>;
  ROLE(): Promise<RoleReply>;
  /** Removes and returns the last element of the list at `key`, or null. RPOP key. */
  rPop(key: RedisArgument): Promise<string | null>;
  /** Removes and returns the last element of the list at `key`, or null. RPOP key. */
  RPOP(key: RedisArgument): Promise<string | null>;
  rPopLPush(source: RedisArgument, destination: RedisArgument): Promise<string | null>;
  RPOPLPUSH(source: RedisArgument, destination: RedisArgument): Promise<string | null>;
  rPopCount(key: RedisArgument, count: number): Promise<string[] | null>;
  RPOP_COUNT(key: RedisArgument, count: number): Promise<string[] | null>;
  /** Inserts `elements` at the tail of the list at `key`; the new length. RPUSH key element [element ...]. */
  rPush(key: RedisArgument, element: RedisVariadicArgument): Promise<number>;
  /** Inserts `elements` at the tail of the list at `key`; the new length. RPUSH key element [element ...]. */
  RPUSH(key: RedisArgument, element: RedisVariadicArgument): Promise<number>;
  rPushX(key: RedisArgument, element: RedisVariadicArgument): Promise<number>;
  RPUSHX(key: RedisArgument, element: RedisVariadicArgument): Promise<number>;
  /** Adds `members` to the set at `key`; how many were new. SADD key member [member ...]. */
  sAdd(key: RedisArgument, members: RedisVariadicArgument): Promise<number>;
  /** Adds `members` to the set at `key`; how many were new. SADD key member [member ...]. */
  SADD(key: RedisArgument, members: RedisVariadicArgument): Promise<number>;
  /** One step of an iteration over the keys: the next cursor ('0' when done) and some keys. SCAN cursor [MATCH pattern] [COUNT count] [TYPE type]. */
  scan(cursor: RedisArgument, options?: ScanOptions): Promise<{ cursor: string; keys: string[] }>;
  /** One step of an iteration over the keys: the next cursor ('0' when done) and some keys. SCAN cursor [MATCH pattern] [COUNT count] [TYPE type]. */
  SCAN(cursor: RedisArgument, options?: ScanOptions): Promise<{ cursor: string; keys: string[] }>;
  sCard(key: RedisArgument): Promise<number>;
  SCARD(key: RedisArgument): Promise<number>;
  scriptDebug(mode: 'YES' | 'SYNC' | 'NO'): Promise<'OK'>;
  SCRIPT_DEBUG(mode: 'YES' | 'SYNC' | 'NO'): Promise<'OK'>;
  scriptExists(sha1: RedisVariadicArgument): Promise<number[]>;
  SCRIPT_EXISTS(sha1: RedisVariadicArgument): Promise<number[]>;
  scriptFlush(mode?: 'ASYNC' | 'SYNC'): Promise<'OK'>;
  SCRIPT_FLUSH(mode?: 'ASYNC' | 'SYNC'): Promise<'OK'>;
  scriptKill(): Promise<'OK'>;
  SCRIPT_KILL(): Promise<'OK'>;
  scriptLoad(script: RedisArgument): Promise<string>;
  SCRIPT_LOAD(script: RedisArgument): Promise<string>;
  sDiff(keys: RedisVariadicArgument): Promise<string[]>;
  SDIFF(keys: RedisVariadicArgument): Promise<string[]>;
  sDiffStore(destination: RedisArgument, keys: RedisVariadicArgument): Promise<number>;
  SDIFFSTORE(destination: RedisArgument, keys: RedisVariadicArgument): Promise<number>;
  select(db: number): Promise<void>;
  SELECT(db: number): Promise<void>;
  /** Sets `key` to `value` (options: expiry `EX`/`PX`/`EXAT`/`PXAT`/`KEEPTTL`, condition `NX`/`XX`, `GET` the old value); 'OK', or null when a condition failed. SET key value. */
  set(key: RedisArgument, value: RedisArgument | number, options?: SetOptions): Promise<string | null>;
  /** Sets `key` to `value` (options: expiry `EX`/`PX`/`EXAT`/`PXAT`/`KEEPTTL`, condition `NX`/`XX`, `GET` the old value); 'OK', or null when a condition failed. SET key value. */
  SET(key: RedisArgument, value: RedisArgument | number, options?: SetOptions): Promise<string | null>;
  setBit(key: RedisArgument, offset: number, value: BitValue): Promise<BitValue>;
  SETBIT(key: RedisArgument, offset: number, value: BitValue): Promise<BitValue>;
  setEx(key: RedisArgument, seconds: number, value: RedisArgument): Promise<string>;
  SETEX(key: RedisArgument, seconds: number, value: RedisArgument): Promise<string>;
  setNX(key: RedisArgument, value: RedisArgument): Promise<number>;
  SETNX(key: RedisArgument, value: RedisArgument): Promise<number>;
  setRange(key: RedisArgument, offset: number, value: RedisArgument): Promise<number>;
  SETRANGE(key: RedisArgument, offset: number, value: RedisArgument): Promise<number>;
  sInter(keys: RedisVariadicArgument): Promise<string[]>;
  SINTER(keys: RedisVariadicArgument): Promise<string[]>;
  sInterCard(keys: RedisVariadicArgument, options?: SInterCardOptions | number): Promise<number>;
  SINTERCARD(keys: RedisVariadicArgument, options?: SInterCardOptions | number): Promise<number>;
  sInterStore(destination: RedisArgument, keys: RedisVariadicArgument): Promise<number>;
  SINTERSTORE(destination: RedisArgument, keys: RedisVariadicArgument): Promise<number>;
  /** 1 if `member` is in the set at `key`, else 0. SISMEMBER key member. */
  sIsMember(key: RedisArgument, member: RedisArgument): Promise<number>;
  /** 1 if `member` is in the set at `key`, else 0. SISMEMBER key member. */
  SISMEMBER(key: RedisArgument, member: RedisArgument): Promise<number>;
  /** Every member of the set at `key`. SMEMBERS key. */
  sMembers(key: RedisArgument): Promise<string[]>;
  /** Every member of the set at `key`. SMEMBERS key. */
  SMEMBERS(key: RedisArgument): Promise<string[]>;
  smIsMember(key: RedisArgument, members: RedisVariadicArgument): Promise<number[]>;
  SMISMEMBER(key: RedisArgument, members: RedisVariadicArgument): Promise<number[]>;
  sMove(source: RedisArgument, destination: RedisArgument, member: RedisArgument): Promise<number>;
  SMOVE(source: RedisArgument, destination: RedisArgument, member: RedisArgument): Promise<number>;
  sort(key: RedisArgument, options?: SortOptions): Promise<string[]>;
  SORT(key: RedisArgument, options?: SortOptions): Promise<string[]>;
  sortRo(key: RedisArgument, options?: SortOptions): Promise<string[]>;
  SORT_RO(key: RedisArgument, options?: SortOptions): Promise<string[]>;
  sortStore(source: RedisArgument, destination: RedisArgument, options?: SortOptions): Promise<number>;
  SORT_STORE(source: RedisArgument, destination: RedisArgument, options?: SortOptions): Promise<number>;
  sPop(key: RedisArgument): Promise<string | null>;
  SPOP(key: RedisArgument): Promise<string | null>;
  sPopCount(key: RedisArgument, count: number): Promise<string[]>;
  SPOP_COUNT(key: RedisArgument, count: number): Promise<string[]>;
  sPublish(channel: RedisArgument, message: RedisArgument): Promise<number>;
  SPUBLISH(channel: RedisArgument, message: RedisArgument): Promise<number>;
  sRandMember(key: RedisArgument): Promise<string | null>;
  SRANDMEMBER(key: RedisArgument): Promise<string | null>;
  sRandMemberCount(key: RedisArgument, count: number): Promise<string[]>;
  SRANDMEMBER_COUNT(key: RedisArgument, count: number): Promise<string[]>;
  /** Removes `members` from the set at `key`; how many were there. SREM key member [member ...]. */
  sRem(key: RedisArgument, members: RedisVariadicArgument): Promise<number>;
  /** Removes `members` from the set at `key`; how many were there. SREM key member [member ...]. */
  SREM(key: RedisArgument, members: RedisVariadicArgument): Promise<number>;
  sScan(key: RedisArgument, cursor: RedisArgument, options?: ScanCommonOptions): Promise<{ cursor: string; members: string[] }>;
  SSCAN(key: RedisArgument, cursor: RedisArgument, options?: ScanCommonOptions): Promise<{ cursor: string; members: string[] }>;
  strLen(key: RedisArgument): Promise<number>;
  STRLEN(key: RedisArgument): Promise<number>;
  sUnion(keys: RedisVariadicArgument): Promise<string[]>;
  SUNION(keys: RedisVariadicArgument): Promise<string[]>;
  sUnionStore(destination: RedisArgument, keys: RedisVariadicArgument): Promise<number>;
  SUNIONSTORE(destination: RedisArgument, keys: RedisVariadicArgument): Promise<number>;
  swapDb(index1: number, index2: number): Promise<'OK'>;
  SWAPDB(index1: number, index2: number): Promise<'OK'>;
  time(): Promise<[unixTimestamp: string, microseconds: string]>;
  TIME(): Promise<[unixTimestamp: string, microseconds: string]>;
  touch(key: RedisVariadicArgument): Promise<number>;
  TOUCH(key: RedisVariadicArgument): Promise<number>;
  /** Seconds left to live of `key`: -1 without expiry, -2 if it does not exist. TTL key. */
  ttl(key: RedisArgument): Promise<number>;
  /** Seconds left to live of `key`: -1 without expiry, -2 if it does not exist. TTL key. */
  TTL(key: RedisArgument): Promise<number>;
  /** The type of the value at `key` ('string', 'list', 'set', 'zset', 'hash', 'stream'), 'none' if missing. TYPE key. */
  type(key: RedisArgument): Promise<string>;
  /** The type of the value at `key` ('string', 'list', 'set', 'zset', 'hash', 'stream'), 'none' if missing. TYPE key. */
  TYPE(key: RedisArgument): Promise<string>;
  unlink(keys: RedisVariadicArgument): Promise<number>;
  UNLINK(keys: RedisVariadicArgument): Promise<number>;
  vAdd(key: RedisArgument, vector: Array<number>, element: RedisArgument, options?: VAddOptions): Promise<boolean>;
  VADD(key: RedisArgument, vector: Array<number>, element: RedisArgument, options?: VAddOptions): Promise<boolean>;
  vCard(key: RedisArgument): Promise<number>;
  VCARD(key: RedisArgument): Promise<number>;
  vDim(key: RedisArgument): Promise<number>;
  VDIM(key: RedisArgument): Promise<number>;
  vEmb(key: RedisArgument, element: RedisArgument): Promise<number[]>;
  VEMB(key: RedisArgument, element: RedisArgument): Promise<number[]>;
  vEmbRaw(key: RedisArgument, element: RedisArgument): Promise<VEmbRawReply>;
  VEMB_RAW(key: RedisArgument, element: RedisArgument): Promise<VEmbRawReply>;
  vGetAttr(key: RedisArgument, element: RedisArgument): Promise<any>;
  VGETATTR(key: RedisArgument, element: RedisArgument): Promise<any>;
  vInfo(key: RedisArgument): Promise<VInfoReply>;
  VINFO(key: RedisArgument): Promise<VInfoReply>;
  vLinks(key: RedisArgument, element: RedisArgument): Promise<string[][]>;
  VLINKS(key: RedisArgument, element: RedisArgument): Promise<string[][]>;
  vLinksWithScores(key: RedisArgument, element: RedisArgument): Promise<Array<Record<string, number>>>;
  VLINKS_WITHSCORES(key: RedisArgument, element: RedisArgument): Promise<Array<Record<string, number>>>;
  vRandMember(key: RedisArgument, count?: number): Promise<string | string[] | null>;
  VRANDMEMBER(key: RedisArgument, count?: number): Promise<string | string[] | null>;
  vRange(key: RedisArgument, start: RedisArgument, end: RedisArgument, count?: number): Promise<string[]>;
  VRANGE(key: RedisArgument, start: RedisArgument, end: RedisArgument, count?: number): Promise<string[]>;
  vRem(key: RedisArgument, element: RedisArgument): Promise<boolean>;
  VREM(key: RedisArgument, element: RedisArgument): Promise<boolean>;
  vSetAttr(key: RedisArgument, element: RedisArgument, attributes: RedisArgument | Record<string, any>): Promise<boolean>;
  VSETATTR(key: RedisArgument, element: RedisArgument, attributes: RedisArgument | Record<string, any>): Promise<boolean>;
  vSim(key: RedisArgument, query: RedisArgument | Array<number>, options?: VSimOptions): Promise<string[]>;
  VSIM(key: RedisArgument, query: RedisArgument | Array<number>, options?: VSimOptions): Promise<string[]>;
  vSimWithScores(key: RedisArgument, query: RedisArgument | Array<number>, options?: VSimOptions): Promise<Record<string, number>>;
  VSIM_WITHSCORES(key: RedisArgument, query: RedisArgument | Array<number>, options?: VSimOptions): Promise<Record<string, number>>;
  wait(numberOfReplicas: number, timeout: number): Promise<number>;
  WAIT(numberOfReplicas: number, timeout: number): Promise<number>;
  xAck(key: RedisArgument, group: RedisArgument, id: RedisVariadicArgument): Promise<number>;
  XACK(key: RedisArgument, group: RedisArgument, id: RedisVariadicArgument): Promise<number>;
  xAckDel(key: RedisArgument, group: RedisArgument, id: RedisVariadicArgument, policy?: StreamDeletionPolicy): Promise<Array<StreamDeletionReplyCode>>;
  XACKDEL(key: RedisArgument, group: RedisArgument, id: RedisVariadicArgument, policy?: StreamDeletionPolicy): Promise<Array<StreamDeletionReplyCode>>;
  xAdd(key: RedisArgument, id: RedisArgument, message: Record<string, RedisArgument>, options?: XAddOptions): Promise<string>;
  XADD(key: RedisArgument, id: RedisArgument, message: Record<string, RedisArgument>, options?: XAddOptions): Promise<string>;
  xAddNoMkStream(key: RedisArgument, id: RedisArgument, message: Record<string, RedisArgument>, options?: XAddOptions): Promise<string | null>;
  XADD_NOMKSTREAM(key: RedisArgument, id: RedisArgument, message: Record<string, RedisArgument>, options?: XAddOptions): Promise<string | null>;
  xAutoClaim(key: RedisArgument, group: RedisArgument, consumer: RedisArgument, minIdleTime: number, start: RedisArgument, options?: XAutoClaimOptions): Promise<XAutoClaimReply>;
  XAUTOCLAIM(key: RedisArgument, group: RedisArgument, consumer: RedisArgument, minIdleTime: number, start: RedisArgument, options?: XAutoClaimOptions): Promise<XAutoClaimReply>;
  xAutoClaimJustId(key: RedisArgument, group: RedisArgument, consumer: RedisArgument, minIdleTime: number, start: RedisArgument, options?: XAutoClaimOptions): Promise<XAutoClaimJustIdReply>;
  XAUTOCLAIM_JUSTID(key: RedisArgument, group: RedisArgument, consumer: RedisArgument, minIdleTime: number, start: RedisArgument, options?: XAutoClaimOptions): Promise<XAutoClaimJustIdReply>;
  xCfgSet(key: RedisArgument, options?: XCfgSetOptions): Promise<string>;
  XCFGSET(key: RedisArgument, options?: XCfgSetOptions): Promise<string>;
  xClaim(key: RedisArgument, group: RedisArgument, consumer: RedisArgument, minIdleTime: number, id: RedisVariadicArgument, options?: XClaimOptions): Promise<Array<StreamMessageReply | null>>;
  XCLAIM(key: RedisArgument, group: RedisArgument, consumer: RedisArgument, minIdleTime: number, id: RedisVariadicArgument, options?: XClaimOptions): Promise<Array<StreamMessageReply | null>>;
  xClaimJustId(key: RedisArgument, group: RedisArgument, consumer: RedisArgument, minIdleTime: number, id: RedisVariadicArgument, options?: XClaimOptions): Promise<string[]>;
  XCLAIM_JUSTID(key: RedisArgument, group: RedisArgument, consumer: RedisArgument, minIdleTime: number, id: RedisVariadicArgument, options?: XClaimOptions): Promise<string[]>;
  xDel(key: RedisArgument, id: RedisVariadicArgument): Promise<number>;
  XDEL(key: RedisArgument, id: RedisVariadicArgument): Promise<number>;
  xDelEx(key: RedisArgument, id: RedisVariadicArgument, policy?: StreamDeletionPolicy): Promise<Array<StreamDeletionReplyCode>>;
  XDELEX(key: RedisArgument, id: RedisVariadicArgument, policy?: StreamDeletionPolicy): Promise<Array<StreamDeletionReplyCode>>;
  xGroupCreate(key: RedisArgument, group: RedisArgument, id: RedisArgument, options?: XGroupCreateOptions): Promise<string>;
  XGROUP_CREATE(key: RedisArgument, group: RedisArgument, id: RedisArgument, options?: XGroupCreateOptions): Promise<string>;
  xGroupCreateConsumer(key: RedisArgument, group: RedisArgument, consumer: RedisArgument): Promise<number>;
  XGROUP_CREATECONSUMER(key: RedisArgument, group: RedisArgument, consumer: RedisArgument): Promise<number>;
  xGroupDelConsumer(key: RedisArgument, group: RedisArgument, consumer: RedisArgument): Promise<number>;
  XGROUP_DELCONSUMER(key: RedisArgument, group: RedisArgument, consumer: RedisArgument): Promise<number>;
  xGroupDestroy(key: RedisArgument, group: RedisArgument): Promise<number>;
  XGROUP_DESTROY(key: RedisArgument, group: RedisArgument): Promise<number>;
  xGroupSetId(key: RedisArgument, group: RedisArgument, id: RedisArgument, options?: XGroupSetIdOptions): Promise<string>;
  XGROUP_SETID(key: RedisArgument, group: RedisArgument, id: RedisArgument, options?: XGroupSetIdOptions): Promise<string>;
  xInfoConsumers(key: RedisArgument, group: RedisArgument): Promise<Array<XInfoConsumerReply>>;
  XINFO_CONSUMERS(key: RedisArgument, group: RedisArgument): Promise<Array<XInfoConsumerReply>>;
  xInfoGroups(key: RedisArgument): Promise<Array<XInfoGroupReply>>;
  XINFO_GROUPS(key: RedisArgument): Promise<Array<XInfoGroupReply>>;
  xInfoStream(key: RedisArgument): Promise<XInfoStreamReply>;
  XINFO_STREAM(key: RedisArgument): Promise<XInfoStreamReply>;
  xLen(key: RedisArgument): Promise<number>;
  XLEN(key: RedisArgument): Promise<number>;
  xPending(key: RedisArgument, group: RedisArgument): Promise<XPendingReply>;
  XPENDING(key: RedisArgument, group: RedisArgument): Promise<XPendingReply>;
  xPendingRange(key: RedisArgument, group: RedisArgument, start: RedisArgument, end: RedisArgument, count: number, options?: XPendingRangeOptions): Promise<Array<XPendingRangeReplyItem>>;
  XPENDING_RANGE(key: RedisArgument, group: RedisArgument, start: RedisArgument, end: RedisArgument, count: number, options?: XPendingRangeOptions): Promise<Array<XPendingRangeReplyItem>>;
  xRange(key: RedisArgument, start: RedisArgument, end: RedisArgument, options?: XRangeOptions): Promise<Array<StreamMessageReply>>;
  XRANGE(key: RedisArgument, start: RedisArgument, end: RedisArgument, options?: XRangeOptions): Promise<Array<StreamMessageReply>>;
  xRead(streams: XReadStreams, options?: XReadOptions): Promise<StreamsMessagesReply>;
  XREAD(streams: XReadStreams, options?: XReadOptions): Promise<StreamsMessagesReply>;
  xReadGroup(group: RedisArgument, consumer: RedisArgument, streams: XReadStreams, options?: XReadGroupOptions): Promise<StreamsMessagesReply>;
  XREADGROUP(group: RedisArgument, consumer: RedisArgument, streams: XReadStreams, options?: XReadGroupOptions): Promise<StreamsMessagesReply>;
  xRevRange(key: RedisArgument, start: RedisArgument, end: RedisArgument, options?: XRangeOptions): Promise<Array<StreamMessageReply>>;
  XREVRANGE(key: RedisArgument, start: RedisArgument, end: RedisArgument, options?: XRangeOptions): Promise<Array<StreamMessageReply>>;
  xSetId(key: RedisArgument, lastId: RedisArgument, options?: XSetIdOptions): Promise<string>;
  XSETID(key: RedisArgument, lastId: RedisArgument, options?: XSetIdOptions): Promise<string>;
  xTrim(key: RedisArgument, strategy: 'MAXLEN' | 'MINID', threshold: number | string, options?: XTrimOptions): Promise<number>;
  XTRIM(key: RedisArgument, strategy: 'MAXLEN' | 'MINID', threshold: number | string, options?: XTrimOptions): Promise<number>;
  /** Adds members with their scores to the sorted set at `key` (or updates their scores); how many were new. ZADD key score member [score member ...]. */
  zAdd(key: RedisArgument, members: ZMember | ZMember[], options?: ZAddOptions): Promise<number>;
  /** Adds members with their scores to the sorted set at `key` (or updates their scores); how many were new. ZADD key score member [score member ...]. */
  ZADD(key: RedisArgument, members: ZMember | ZMember[], options?: ZAddOptions): Promise<number>;
  zAddIncr(key: RedisArgument, members: ZMember | ZMember[], options?: ZAddIncrOptions): Promise<number | null>;
  ZADD_INCR(key: RedisArgument, members: ZMember | ZMember[], options?: ZAddIncrOptions): Promise<number | null>;
  zCard(key: RedisArgument): Promise<number>;
  ZCARD(key: RedisArgument): Promise<number>;
  zCount(key: RedisArgument, min: RedisArgument | number, max: RedisArgument | number): Promise<number>;
  ZCOUNT(key: RedisArgument, min: RedisArgument | number, max: RedisArgument | number): Promise<number>;
  zDiff(keys: RedisVariadicArgument): Promise<string[]>;
  ZDIFF(keys: RedisVariadicArgument): Promise<string[]>;
  zDiffStore(destination: RedisArgument, inputKeys: RedisVariadicArgument): Promise<number>;
  ZDIFFSTORE(destination: RedisArgument, inputKeys: RedisVariadicArgument): Promise<number>;
  zDiffWithScores(keys: RedisVariadicArgument): Promise<Array<SortedSetMemberReply>>;
  ZDIFF_WITHSCORES(keys: RedisVariadicArgument): Promise<Array<SortedSetMemberReply>>;
  /** Adds `increment` to the score of `member` in the sorted set at `key`; the new score. ZINCRBY key increment member. */
  zIncrBy(key: RedisArgument, increment: number, member: RedisArgument): Promise<number>;
  /** Adds `increment` to the score of `member` in the sorted set at `key`; the new score. ZINCRBY key increment member. */
  ZINCRBY(key: RedisArgument, increment: number, member: RedisArgument): Promise<number>;
  zInter(keys: ZKeys, options?: ZInterOptions): Promise<string[]>;
  ZINTER(keys: ZKeys, options?: ZInterOptions): Promise<string[]>;
  zInterCard(keys: RedisVariadicArgument, options?: number | ZInterCardOptions): Promise<number>;
  ZINTERCARD(keys: RedisVariadicArgument, options?: number | ZInterCardOptions): Promise<number>;
  zInterStore(destination: RedisArgument, keys: ZKeys, options?: ZInterOptions): Promise<number>;
  ZINTERSTORE(destination: RedisArgument, keys: ZKeys, options?: ZInterOptions): Promise<number>;
  zInterWithScores(keys: ZKeys, options?: ZInterOptions): Promise<Array<SortedSetMemberReply>>;
  ZINTER_WITHSCORES(keys: ZKeys, options?: ZInterOptions): Promise<Array<SortedSetMemberReply>>;
  zLexCount(key: RedisArgument, min: RedisArgument, max: RedisArgument): Promise<number>;
  ZLEXCOUNT(key: RedisArgument, min: RedisArgument, max: RedisArgument): Promise<number>;
  zmPop(keys: RedisVariadicArgument, side: SortedSetSide, options?: ZMPopOptions): Promise<ZMPopReply | null>;
  ZMPOP(keys: RedisVariadicArgument, side: SortedSetSide, options?: ZMPopOptions): Promise<ZMPopReply | null>;
  zmScore(key: RedisArgument, member: RedisVariadicArgument): Promise<Array<number | null>>;
  ZMSCORE(key: RedisArgument, member: RedisVariadicArgument): Promise<Array<number | null>>;
  zPopMax(key: RedisArgument): Promise<SortedSetMemberReply | null>;
  ZPOPMAX(key: RedisArgument): Promise<SortedSetMemberReply | null>;
  zPopMaxCount(key: RedisArgument, count: number): Promise<Array<SortedSetMemberReply>>;
  ZPOPMAX_COUNT(key: RedisArgument, count: number): Promise<Array<SortedSetMemberReply>>;
  zPopMin(key: RedisArgument): Promise<SortedSetMemberReply | null>;
  ZPOPMIN(key: RedisArgument): Promise<SortedSetMemberReply | null>;
  zPopMinCount(key: RedisArgument, count: number): Promise<Array<SortedSetMemberReply>>;
  ZPOPMIN_COUNT(key: RedisArgument, count: number): Promise<Array<SortedSetMemberReply>>;
  zRandMember(key: RedisArgument): Promise<string | null>;
  ZRANDMEMBER(key: RedisArgument): Promise<string | null>;
  zRandMemberCount(key: RedisArgument, count: number): Promise<string[]>;
  ZRANDMEMBER_COUNT(key: RedisArgument, count: number): Promise<string[]>;
  zRandMemberCountWithScores(key: RedisArgument, count: number): Promise<Array<SortedSetMemberReply>>;
  ZRANDMEMBER_COUNT_WITHSCORES(key: RedisArgument, count: number): Promise<Array<SortedSetMemberReply>>;
  /** Members of the sorted set at `key` between `min` and `max` (by rank, or BYSCORE / BYLEX, REV, LIMIT). ZRANGE key min max. */
  zRange(key: RedisArgument, min: RedisArgument | number, max: RedisArgument | number, options?: ZRangeOptions): Promise<string[]>;
  /** Members of the sorted set at `key` between `min` and `max` (by rank, or BYSCORE / BYLEX, REV, LIMIT). ZRANGE key min max. */
  ZRANGE(key: RedisArgument, min: RedisArgument | number, max: RedisArgument | number, options?: ZRangeOptions): Promise<string[]>;
  zRangeByLex(key: RedisArgument, min: RedisArgument, max: RedisArgument, options?: ZRangeByLexOptions): Promise<string[]>;
  ZRANGEBYLEX(key: RedisArgument, min: RedisArgument, max: RedisArgument, options?: ZRangeByLexOptions): Promise<string[]>;
  zRangeByScore(key: RedisArgument, min: string | number, max: string | number, options?: ZRangeByScoreOptions): Promise<string[]>;
  ZRANGEBYSCORE(key: RedisArgument, min: string | number, max: string | number, options?: ZRangeByScoreOptions): Promise<string[]>;
  zRangeByScoreWithScores(key: RedisArgument, min: string | number, max: string | number, options?: ZRangeByScoreOptions): Promise<Array<SortedSetMemberReply>>;
  ZRANGEBYSCORE_WITHSCORES(key: RedisArgument, min: string | number, max: string | number, options?: ZRangeByScoreOptions): Promise<Array<SortedSetMemberReply>>;
  zRangeStore(destination: RedisArgument, source: RedisArgument, min: RedisArgument | number, max: RedisArgument | number, options?: ZRangeStoreOptions): Promise<number>;
  ZRANGESTORE(destination: RedisArgument, source: RedisArgument, min: RedisArgument | number, max: RedisArgument | number, options?: ZRangeStoreOptions): Promise<number>;
  /** Members of the sorted set at `key` between `min` and `max` (by rank, or BYSCORE / BYLEX, REV, LIMIT). ZRANGE key min max. */
  zRangeWithScores(key: RedisArgument, min: RedisArgument | number, max: RedisArgument | number, options?: ZRangeOptions): Promise<Array<SortedSetMemberReply>>;
  /** Members of the sorted set at `key` between `min` and `max` (by rank, or BYSCORE / BYLEX, REV, LIMIT). ZRANGE key min max. */
  ZRANGE_WITHSCORES(key: RedisArgument, min: RedisArgument | number, max: RedisArgument | number, options?: ZRangeOptions): Promise<Array<SortedSetMemberReply>>;
  zRank(key: RedisArgument, member: RedisArgument): Promise<number | null>;
  ZRANK(key: RedisArgument, member: RedisArgument): Promise<number | null>;
  zRankWithScore(key: RedisArgument, member: RedisArgument): Promise<{ rank: number; score: number } | null>;
  ZRANK_WITHSCORE(key: RedisArgument, member: RedisArgument): Promise<{ rank: number; score: number } | null>;
  zRem(key: RedisArgument, member: RedisVariadicArgument): Promise<number>;
  ZREM(key: RedisArgument, member: RedisVariadicArgument): Promise<number>;
  zRemRangeByLex(key: RedisArgument, min: RedisArgument | number, max: RedisArgument | number): Promise<number>;
  ZREMRANGEBYLEX(key: RedisArgument, min: RedisArgument | number, max: RedisArgument | number): Promise<number>;
  zRemRangeByRank(key: RedisArgument, start: number, stop: number): Promise<number>;
  ZREMRANGEBYRANK(key: RedisArgument, start: number, stop: number): Promise<number>;
  zRemRangeByScore(key: RedisArgument, min: RedisArgument | number, max: RedisArgument | number): Promise<number>;
  ZREMRANGEBYSCORE(key: RedisArgument, min: RedisArgument | number, max: RedisArgument | number): Promise<number>;
  zRevRank(key: RedisArgument, member: RedisArgument): Promise<number | null>;
  ZREVRANK(key: RedisArgument, member: RedisArgument): Promise<number | null>;
  zScan(key: RedisArgument, cursor: RedisArgument, options?: ScanCommonOptions): Promise<{ cursor: string; members: Array<SortedSetMemberReply> }>;
  ZSCAN(key: RedisArgument, cursor: RedisArgument, options?: ScanCommonOptions): Promise<{ cursor: string; members: Array<SortedSetMemberReply> }>;
  /** The score of `member` in the sorted set at `key`, or null. ZSCORE key member. */
  zScore(key: RedisArgument, member: RedisArgument): Promise<number | null>;
  /** The score of `member` in the sorted set at `key`, or null. ZSCORE key member. */
  ZSCORE(key: RedisArgument, member: RedisArgument): Promise<number | null>;
  zUnion(keys: ZKeys, options?: ZUnionOptions): Promise<string[]>;
  ZUNION(keys: ZKeys, options?: ZUnionOptions): Promise<string[]>;
  zUnionStore(destination: RedisArgument, keys: ZKeys, options?: ZUnionOptions): Promise<number>;
  ZUNIONSTORE(destination: RedisArgument, keys: ZKeys, options?: ZUnionOptions): Promise<number>;
  zUnionWithScores(keys: ZKeys, options?: ZUnionOptions): Promise<Array<SortedSetMemberReply>>;
  ZUNION_WITHSCORES(keys: ZKeys, options?: ZUnionOptions): Promise<Array<SortedSetMemberReply>>;
  // </generated-commands>
}

/** A client's members (commands and the rest); `RedisClientType` adds the `scripts` and
 *  `functions` it was made with. */
export interface RedisClientBase extends EventEmitter, RedisCommands {
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
  withCommandOptions(options: CommandOptions): this;
  withTypeMapping(typeMapping: TypeMapping): this;
  /** A transaction or pipeline. */
  multi(): RedisClientMultiCommandType;
  MULTI(): RedisClientMultiCommandType;
  watch(keys: RedisVariadicArgument): Promise<string>;
  WATCH(keys: RedisVariadicArgument): Promise<string>;
  unwatch(): Promise<string>;
  UNWATCH(): Promise<string>;
  readonly isWatching: boolean;
  /** Counts the connections that became ready. */
  readonly socketEpoch: number;
  /** Each iteration yields the keys of one SCAN call. */
  scanIterator(options?: ScanIteratorOptions): AsyncIterableIterator<string[]>;
  hScanIterator(key: RedisArgument, options?: ScanIteratorOptions): AsyncIterableIterator<Array<{ field: string; value: string }>>;
  hScanValuesIterator(key: RedisArgument, options?: ScanIteratorOptions): AsyncIterableIterator<string[]>;
  hScanNoValuesIterator(key: RedisArgument, options?: ScanIteratorOptions): AsyncIterableIterator<string[]>;
  sScanIterator(key: RedisArgument, options?: ScanIteratorOptions): AsyncIterableIterator<string[]>;
  zScanIterator(key: RedisArgument, options?: ScanIteratorOptions): AsyncIterableIterator<Array<{ value: string; score: number }>>;
  /** Keep the process alive while connected (default). */
  ref(): void;
  /** Let the process exit even while connected. */
  unref(): void;

  on(event: 'connect' | 'ready' | 'end' | 'reconnecting', listener: () => void): this;
  on(event: 'error', listener: (err: Error) => void): this;
  on(event: 'ping-interval', listener: (reply: string) => void): this;
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

/** A client, with node-redis 5's type parameters: modules, functions, scripts, RESP version and
 *  type mapping (`RedisClientType<RedisModules, RedisFunctions, RedisScripts>` is any client).
 *  Replies are typed as with no type mapping and RESP 2, whatever these say. */
export type RedisClientType<
  M extends RedisModules = RedisDefaultModules,
  F extends RedisFunctions = {},
  S extends RedisScripts = {},
  RESP extends RespVersions = 2,
  TYPE_MAPPING extends TypeMapping = {},
> = RedisClientBase & RedisScriptMethods<S> & RedisFunctionNamespaces<F>;

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
  /** User-defined module command sets (node-redis' `modules`); not attached yet. */
  modules?: M;
  /** ferrodis: how long (ms) a command for a slot whose master is unreachable waits for the
   *  topology to name another before it rejects. Default 10000. */
  failoverTimeout?: number;
  /** ferrodis: how often (ms) the topology is asked for; false: only on MOVED and failures.
   *  Default 5000. */
  topologyRefreshInterval?: number | false;
}

/** A cluster's members; `RedisClusterType` adds its `scripts` and `functions`. */
export interface RedisClusterBase extends EventEmitter, RedisCommands {
  readonly options: RedisClusterOptions;
  readonly isOpen: boolean;
  /** The node serving each of the 16384 slots. */
  readonly slots: RedisClusterShard[];
  readonly masters: RedisClusterNode[];
  readonly replicas: RedisClusterNode[];
  readonly nodeByAddress: Map<string, RedisClusterNode>;
  connect(): Promise<this>;
  /** Any command, routed by `firstKey`'s slot (any node when undefined). */
  sendCommand<T = unknown>(firstKey: RedisArgument | undefined, isReadonly: boolean | undefined, args: RedisArgument[], options?: CommandOptions): Promise<T>;
  /** A transaction or pipeline on the node of `routingKey`, else of its first keyed command. */
  multi(routingKey?: RedisArgument): RedisClientMultiCommandType;
  MULTI(routingKey?: RedisArgument): RedisClientMultiCommandType;
  nodeClient(node: RedisClusterNode): Promise<RedisClientType>;
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
  withCommandOptions(options: CommandOptions): this;
  withTypeMapping(typeMapping: TypeMapping): this;

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
> = RedisClusterBase & RedisScriptMethods<S> & RedisFunctionNamespaces<F>;

/** Creates a cluster client; it does not connect until `connect()`. */
export declare function createCluster<
  M extends RedisModules = RedisDefaultModules,
  F extends RedisFunctions = {},
  S extends RedisScripts = {},
  RESP extends RespVersions = 2,
  TYPE_MAPPING extends TypeMapping = {},
>(options: RedisClusterOptions<M, F, S, RESP, TYPE_MAPPING>): RedisClusterType<M, F, S, RESP, TYPE_MAPPING>;

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
