// Option and reply types of the cluster, scripting, pub/sub and vector-set commands
// (lib/commands/cluster.js, scripting.js, pubsub.js, vector-set.js), named as node-redis names
// them. Replies are shown with the default type mapping (strings, numbers, plain objects).
import type { RedisArgument } from '../index';

/** Any reply a server can give (EVAL*, FCALL*: whatever the script returns). */
export type ReplyUnion = null | boolean | number | bigint | string | Buffer | Array<ReplyUnion> | Set<ReplyUnion> | Map<ReplyUnion, ReplyUnion> | { [key: string]: ReplyUnion };

// ---- cluster --------------------------------------------------------------------------------

export interface SlotRange {
  start: number;
  end: number;
}

export interface ClusterFailoverOptions {
  mode?: 'FORCE' | 'TAKEOVER';
}

export interface ClusterResetOptions {
  mode?: 'HARD' | 'SOFT';
}

export type ClusterSlotState = 'IMPORTING' | 'MIGRATING' | 'STABLE' | 'NODE';

export interface ClusterSlotsNode {
  host: string;
  port: number;
  id: string;
}

/** One slot range of CLUSTER SLOTS. */
export interface ClusterSlotsRange {
  from: number;
  to: number;
  master: ClusterSlotsNode;
  replicas: Array<ClusterSlotsNode>;
}

/** One link of CLUSTER LINKS. */
export interface ClusterLink {
  direction: string;
  node: string;
  'create-time': number;
  events: string;
  'send-buffer-allocated': number;
  'send-buffer-used': number;
}

// ---- scripting and functions ----------------------------------------------------------------

/** EVAL*, EVALSHA*, FCALL*: the keys (counted as numkeys) and the other arguments. */
export interface EvalOptions {
  keys?: Array<RedisArgument>;
  arguments?: Array<RedisArgument>;
}

export interface FunctionListOptions {
  LIBRARYNAME?: RedisArgument;
}

export interface FunctionLoadOptions {
  REPLACE?: boolean;
}

export interface FunctionRestoreOptions {
  mode?: 'FLUSH' | 'APPEND' | 'REPLACE';
}

/** One library of FUNCTION LIST. */
export interface FunctionListItem {
  library_name: string | null;
  engine: string;
  functions: Array<{ name: string; description: string | null; flags: Array<string> }>;
}

/** One library of FUNCTION LIST WITHCODE. */
export interface FunctionListWithCodeItem extends FunctionListItem {
  library_code: string;
}

export interface FunctionStats {
  running_script: { name: string; command: string; duration_ms: number } | null;
  engines: Record<string, { libraries_count: number; functions_count: number }>;
}

// ---- vector sets ----------------------------------------------------------------------------

export interface VAddOptions {
  REDUCE?: number;
  CAS?: boolean;
  QUANT?: 'NOQUANT' | 'BIN' | 'Q8';
  EF?: number;
  /** Sent as JSON. */
  SETATTR?: Record<string, any>;
  M?: number;
}

export interface VSimOptions {
  COUNT?: number;
  EPSILON?: number;
  EF?: number;
  FILTER?: string;
  'FILTER-EF'?: number;
  TRUTH?: boolean;
  NOTHREAD?: boolean;
}

export interface VInfoReply {
  'quant-type': string;
  'vector-dim': number;
  size: number;
  'max-level': number;
  'vset-uid': number;
  'hnsw-max-node-uid': number;
}

/** VEMB ... RAW. */
export interface VEmbRawReply {
  quantization: string;
  raw: string;
  l2Norm: number;
  quantizationRange?: number;
}
