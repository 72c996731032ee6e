// Options and replies of the RedisBloom namespaces (`client.bf`, `cf`, `cms`, `topK`, `tDigest`),
// with node-redis' option names (BfInsertOptions, TDigestMergeOptions...).
import type { RedisArgument } from '../index';
import type { DoubleReply } from './resp';

export interface BfInsertOptions {
  CAPACITY?: number;
  ERROR?: number;
  EXPANSION?: number;
  NOCREATE?: boolean;
  NONSCALING?: boolean;
}

export interface BfReserveOptions {
  EXPANSION?: number;
  NONSCALING?: boolean;
}

export interface BfInfoReply {
  Capacity: number;
  Size: number;
  'Number of filters': number;
  'Number of items inserted': number;
  /** null for a NONSCALING filter */
  'Expansion rate': number | null;
}

/** A chunk of a BF.SCANDUMP/CF.SCANDUMP walk: iterator 0 means the end. Map BLOB_STRING to
 *  Buffer to keep the chunk's bytes. */
export interface BfScanDumpReply {
  iterator: number;
  chunk: string;
}

export interface CfScanDumpReply {
  iterator: number;
  chunk: string | null;
}

export interface CfInsertOptions {
  CAPACITY?: number;
  NOCREATE?: boolean;
}

export interface CfReserveOptions {
  BUCKETSIZE?: number;
  MAXITERATIONS?: number;
  EXPANSION?: number;
}

export interface CfInfoReply {
  Size: number;
  'Number of buckets': number;
  'Number of filters': number;
  'Number of items inserted': number;
  'Number of items deleted': number;
  'Bucket size': number;
  'Expansion rate': number;
  'Max iterations': number;
}

/** A CMS.INCRBY item (node-redis' name). */
export interface BfIncrByItem {
  item: RedisArgument;
  incrementBy: number;
}

/** CMS.MERGE sources: names, or names with a weight. */
export type BfMergeSketches = Array<RedisArgument> | Array<{ name: RedisArgument; weight: number }>;

export interface CmsInfoReply {
  width: number;
  depth: number;
  count: number;
}

export interface TopKIncrByItem {
  item: string;
  incrementBy: number;
}

export interface TopKReserveOptions {
  width: number;
  depth: number;
  decay: number;
}

export interface TopKInfoReply {
  k: number;
  width: number;
  depth: number;
  decay: DoubleReply;
}

export interface TDigestCreateOptions {
  COMPRESSION?: number;
}

export interface TDigestMergeOptions {
  COMPRESSION?: number;
  OVERRIDE?: boolean;
}

export interface TDigestInfoReply {
  Compression: number;
  Capacity: number;
  'Merged nodes': number;
  'Unmerged nodes': number;
  'Merged weight': number;
  'Unmerged weight': number;
  Observations: number;
  'Total compressions': number;
  'Memory usage': number;
}
