// Option and reply types of the server-administration commands (ACL, CLIENT, COMMAND, CONFIG,
// HELLO, HOTKEYS, LATENCY, MEMORY, MODULE, ROLE), named as node-redis names them.
import type { RedisArgument, RedisVariadicArgument, RespVersions } from '../index';

export interface AclUser {
  flags: string[];
  passwords: string[];
  commands: string;
  keys: string[] | string;
  channels: string[] | string;
  selectors?: Array<{ commands: string; keys: string; channels: string }>;
}

export interface AclLogEntry {
  count: number;
  reason: string;
  context: string;
  object: string;
  username: string;
  'age-seconds': number;
  'client-info': string;
  /** Redis 7.2+ */
  'entry-id'?: number;
  /** Redis 7.2+ */
  'timestamp-created'?: number;
  /** Redis 7.2+ */
  'timestamp-last-updated'?: number;
}

export interface ClientInfoReply {
  id: number;
  addr: string;
  laddr?: string;
  fd: number;
  name: string;
  age: number;
  idle: number;
  flags: string;
  db: number;
  sub: number;
  psub: number;
  ssub?: number;
  multi: number;
  qbuf: number;
  qbufFree: number;
  argvMem?: number;
  multiMem?: number;
  obl: number;
  oll: number;
  omem: number;
  totMem?: number;
  events: string;
  cmd: string;
  user?: string;
  redir?: number;
  resp?: number;
  libName?: string;
  libVer?: string;
}

export type ClientKillFilter =
  | { filter: 'ADDR'; address: `${string}:${number}` }
  | { filter: 'LADDR'; localAddress: `${string}:${number}` }
  | { filter: 'ID'; id: number | `${number}` }
  | { filter: 'TYPE'; type: 'normal' | 'master' | 'replica' | 'pubsub' }
  | { filter: 'USER'; username: string }
  | 'SKIPME'
  | { filter: 'SKIPME'; skipMe: boolean }
  | { filter: 'MAXAGE'; maxAge: number };

export type ListFilter = { TYPE: 'NORMAL' | 'MASTER' | 'REPLICA' | 'PUBSUB'; ID?: never } | { ID: Array<RedisArgument>; TYPE?: never };

export type ClientTrackingOptions = { REDIRECT?: number; NOLOOP?: boolean } & (
  | { BCAST?: boolean; PREFIX?: RedisVariadicArgument }
  | { OPTIN?: boolean }
  | { OPTOUT?: boolean }
);

export interface TrackingInfo {
  flags: string[];
  redirect: number;
  prefixes: string[];
}

export interface CommandReply {
  name: string;
  arity: number;
  flags: Set<string>;
  firstKeyIndex: number;
  lastKeyIndex: number;
  step: number;
  categories: Set<string>;
}

export interface CommandListOptions {
  FILTERBY?: { type: 'MODULE' | 'ACLCAT' | 'PATTERN'; value: RedisArgument };
}

export interface HelloOptions {
  protover?: RespVersions;
  AUTH?: { username: RedisArgument; password: RedisArgument };
  SETNAME?: string;
}

export interface HelloReply {
  server: string;
  version: string;
  proto: RespVersions;
  id: number;
  mode: string;
  role: string;
  modules: string[];
}

export interface BgSaveOptions {
  SCHEDULE?: boolean;
}

export interface MemoryUsageOptions {
  SAMPLES?: number;
}

/** MEMORY STATS: byte counts, ratios and percentages, keyed as the server names them. */
export type MemoryStatsReply = Record<string, number | string | unknown[] | Record<string, number>>;

export type LatencyEvent =
  | 'active-defrag-cycle'
  | 'aof-fsync-always'
  | 'aof-stat'
  | 'aof-rewrite-diff-write'
  | 'aof-rename'
  | 'aof-write'
  | 'aof-write-active-child'
  | 'aof-write-alone'
  | 'aof-write-pending-fsync'
  | 'command'
  | 'expire-cycle'
  | 'eviction-cycle'
  | 'eviction-del'
  | 'fast-command'
  | 'fork'
  | 'rdb-unlink-temp-file';

export type RoleReply =
  | { role: 'master'; replicationOffest: number; replicas: Array<{ host: string; port: number; replicationOffest: number }> }
  | { role: 'slave'; master: { host: string; port: number }; state: 'connect' | 'connecting' | 'sync' | 'connected'; dataReceived: number }
  | { role: 'sentinel'; masterNames: string[] };

export interface HotkeysStartOptions {
  METRICS: { count: number; CPU?: boolean; NET?: boolean };
  COUNT?: number;
  DURATION?: number;
  SAMPLE?: number;
  SLOTS?: { count: number; slots: Array<number> };
}

export interface HotkeyEntry {
  key: string;
  value: number;
}

export interface HotkeysGetReply {
  trackingActive: number;
  sampleRatio: number;
  selectedSlots: Array<{ start: number; end: number }>;
  sampledCommandsSelectedSlotsUs?: number;
  allCommandsSelectedSlotsUs?: number;
  allCommandsAllSlotsUs: number;
  netBytesSampledCommandsSelectedSlots?: number;
  netBytesAllCommandsSelectedSlots?: number;
  netBytesAllCommandsAllSlots: number;
  collectionStartTimeUnixMs: number;
  collectionDurationMs: number;
  totalCpuTimeSysMs: number;
  totalCpuTimeUserMs: number;
  totalNetBytes: number;
  byCpuTimeUs?: Array<HotkeyEntry>;
  byNetBytes?: Array<HotkeyEntry>;
}
