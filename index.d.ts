// Type definitions for ferrodis: node-redis v5's client API on a Rust engine.
/// <reference types="node" />

import { EventEmitter } from 'node:events';

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

/** Which JS type each RESP type becomes, e.g. `{ [RESP_TYPES.BLOB_STRING]: Buffer }`. */
export type TypeMapping = Partial<Record<(typeof RESP_TYPES)[keyof typeof RESP_TYPES], unknown>>;

export interface CommandOptions {
  typeMapping?: TypeMapping;
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
  /** PEM private key of `cert`. */
  key?: string | Buffer | Array<string | Buffer>;
  /** Name for SNI and certificate verification; default: `host`. */
  servername?: string;
  /** Verify the server certificate (default true). */
  rejectUnauthorized?: boolean;
  /** Milliseconds allowed for the TCP (and TLS) connect; default 5000, 0 disables. */
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

export interface RedisClientOptions {
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
  RESP?: RespVersions;
  /** Same as `socket.connectTimeout` (the guide's spelling). */
  connectTimeout?: number;
  /** Queue commands while disconnected (default true). The guide's name. */
  enableOfflineQueue?: boolean;
  /** node-redis' name: `true` rejects commands with ClientOfflineError while disconnected. */
  disableOfflineQueue?: boolean;
  /** Reject new commands with "The queue is full" beyond this many pending. */
  commandsQueueMaxLength?: number;
  /** READONLY on every connection (cluster replicas). */
  readonly?: boolean;
  /** Default options of every command (e.g. a type mapping). */
  commandOptions?: CommandOptions;
  /** Send PING after each this many quiet milliseconds while ready; emits 'ping-interval'. */
  pingInterval?: number;
  /** Do not send CLIENT SETINFO LIB-NAME/LIB-VER in the handshake. */
  disableClientInfo?: boolean;
  /** LIB-NAME becomes `ferrodis(<tag>)`. */
  clientInfoTag?: string;
  /** Lua scripts, attached as client methods: `scripts: { name: defineScript({...}) }`. */
  scripts?: Record<string, RedisScript>;
  /** Server functions, attached as `client.library.fn(...)` (FCALL / FCALL_RO). */
  functions?: Record<string, Record<string, RedisFunction>>;
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

export interface ScanOptions {
  cursor?: RedisArgument;
  MATCH?: string;
  COUNT?: number;
  TYPE?: string;
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
  condition?: 'NX' | 'XX';
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
  dbSize(): Promise<number>;
  DBSIZE(): Promise<number>;
  del(keys: RedisVariadicArgument): Promise<number>;
  DEL(keys: RedisVariadicArgument): Promise<number>;
  echo(message: RedisArgument): Promise<string>;
  ECHO(message: RedisArgument): Promise<string>;
  exists(keys: RedisVariadicArgument): Promise<number>;
  EXISTS(keys: RedisVariadicArgument): Promise<number>;
  expire(key: RedisArgument, seconds: number, mode?: 'NX' | 'XX' | 'GT' | 'LT'): Promise<number>;
  EXPIRE(key: RedisArgument, seconds: number, mode?: 'NX' | 'XX' | 'GT' | 'LT'): Promise<number>;
  flushAll(mode?: 'ASYNC' | 'SYNC'): Promise<string>;
  FLUSHALL(mode?: 'ASYNC' | 'SYNC'): Promise<string>;
  flushDb(mode?: 'ASYNC' | 'SYNC'): Promise<string>;
  FLUSHDB(mode?: 'ASYNC' | 'SYNC'): Promise<string>;
  get(key: RedisArgument): Promise<string | null>;
  GET(key: RedisArgument): Promise<string | null>;
  hGet(key: RedisArgument, field: RedisArgument): Promise<string | null>;
  HGET(key: RedisArgument, field: RedisArgument): Promise<string | null>;
  hGetAll(key: RedisArgument): Promise<Record<string, string>>;
  HGETALL(key: RedisArgument): Promise<Record<string, string>>;
  hSet(key: RedisArgument, field: RedisArgument | number, value: RedisArgument | number): Promise<number>;
  HSET(key: RedisArgument, field: RedisArgument | number, value: RedisArgument | number): Promise<number>;
  hSet(key: RedisArgument, fields: HashFields): Promise<number>;
  HSET(key: RedisArgument, fields: HashFields): Promise<number>;
  incr(key: RedisArgument): Promise<number>;
  INCR(key: RedisArgument): Promise<number>;
  incrBy(key: RedisArgument, increment: number): Promise<number>;
  INCRBY(key: RedisArgument, increment: number): Promise<number>;
  info(section?: RedisArgument): Promise<string>;
  INFO(section?: RedisArgument): Promise<string>;
  lPush(key: RedisArgument, elements: RedisVariadicArgument): Promise<number>;
  LPUSH(key: RedisArgument, elements: RedisVariadicArgument): Promise<number>;
  lRange(key: RedisArgument, start: number, stop: number): Promise<string[]>;
  LRANGE(key: RedisArgument, start: number, stop: number): Promise<string[]>;
  mGet(keys: RedisVariadicArgument): Promise<Array<string | null>>;
  MGET(keys: RedisVariadicArgument): Promise<Array<string | null>>;
  ping(message?: RedisArgument): Promise<string>;
  PING(message?: RedisArgument): Promise<string>;
  sAdd(key: RedisArgument, members: RedisVariadicArgument): Promise<number>;
  SADD(key: RedisArgument, members: RedisVariadicArgument): Promise<number>;
  select(db: number): Promise<void>;
  SELECT(db: number): Promise<void>;
  set(key: RedisArgument, value: RedisArgument | number, options?: SetOptions): Promise<string | null>;
  SET(key: RedisArgument, value: RedisArgument | number, options?: SetOptions): Promise<string | null>;
  sMembers(key: RedisArgument): Promise<string[]>;
  SMEMBERS(key: RedisArgument): Promise<string[]>;
  ttl(key: RedisArgument): Promise<number>;
  TTL(key: RedisArgument): Promise<number>;
  zAdd(key: RedisArgument, members: ZMember | ZMember[], options?: ZAddOptions): Promise<number>;
  ZADD(key: RedisArgument, members: ZMember | ZMember[], options?: ZAddOptions): Promise<number>;
  zRange(key: RedisArgument, min: RedisArgument | number, max: RedisArgument | number, options?: ZRangeOptions): Promise<string[]>;
  ZRANGE(key: RedisArgument, min: RedisArgument | number, max: RedisArgument | number, options?: ZRangeOptions): Promise<string[]>;
  // </generated-commands>
}

export interface RedisClientType extends EventEmitter, RedisCommands {
  /** The effective options (URL fields applied). */
  readonly options: RedisClientOptions;
  /** True while a socket is open (false while connecting, reconnecting or closed). */
  readonly isOpen: boolean;
  /** True once connected and the handshake (AUTH/HELLO/SELECT...) is done. */
  readonly isReady: boolean;
  /** Connects; resolves to the client. While a connection attempt or a reconnect is under way,
   *  returns that attempt; rejects with "Socket already opened" once ready. */
  connect(): Promise<RedisClientType>;
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
  duplicate(overrides?: Partial<RedisClientOptions>): RedisClientType;
  withCommandOptions(options: CommandOptions): RedisClientType;
  withTypeMapping(typeMapping: TypeMapping): RedisClientType;
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
  scanIterator(options?: ScanOptions): AsyncIterableIterator<string[]>;
  hScanIterator(key: RedisArgument, options?: ScanOptions): AsyncIterableIterator<Array<{ field: string; value: string }>>;
  hScanValuesIterator(key: RedisArgument, options?: ScanOptions): AsyncIterableIterator<string[]>;
  hScanNoValuesIterator(key: RedisArgument, options?: ScanOptions): AsyncIterableIterator<string[]>;
  sScanIterator(key: RedisArgument, options?: ScanOptions): AsyncIterableIterator<string[]>;
  zScanIterator(key: RedisArgument, options?: ScanOptions): AsyncIterableIterator<Array<{ value: string; score: number }>>;
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

/** The methods the `scripts` option adds. */
export type RedisScriptMethods<S> = { [K in keyof S]: (...args: ParsedArguments<S[K]>) => Promise<any> };

/** The namespaces the `functions` option adds: `client.library.fn(...)`. */
export type RedisFunctionNamespaces<F> = {
  [L in keyof F]: { [N in keyof F[L]]: (...args: ParsedArguments<F[L][N]>) => Promise<any> };
};

/** Creates a client; it does not connect until `connect()`. */
export declare function createClient<
  S extends Record<string, RedisScript> = {},
  F extends Record<string, Record<string, RedisFunction>> = {},
>(options?: RedisClientOptions & { scripts?: S; functions?: F }): RedisClientType & RedisScriptMethods<S> & RedisFunctionNamespaces<F>;

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
