// Option and argument types of the string, bitmap, HyperLogLog and keyspace commands
// (lib/commands/string.js, bitmap.js, hyperloglog.js, generic.js), named as node-redis names them.
import type { RedisArgument } from '../index';

/** MSET / MSETNX / MSETEX pairs: `[[key, value], ...]`, `[key, value, key, value...]` or `{ key: value }`. */
export type MSetArguments = Array<[RedisArgument, RedisArgument]> | Array<RedisArgument> | Record<string, RedisArgument>;

export interface MSetExOptions {
  /** Set only if none of the keys exists (NX) or all of them do (XX). */
  mode?: 'NX' | 'XX';
  expiration?:
    | { type: 'EX' | 'PX'; value: number }
    | { type: 'EXAT' | 'PXAT'; value: number | Date }
    | { type: 'KEEPTTL' };
}

/** GETEX: one expiration change, as `{ type, value }` or as a single flag. */
export type GetExOptions =
  | { type: 'EX' | 'PX'; value: number }
  | { type: 'EXAT' | 'PXAT'; value: number | Date }
  | { type: 'PERSIST' }
  | { EX: number }
  | { PX: number }
  | { EXAT: number | Date }
  | { PXAT: number | Date }
  | { PERSIST: true };

export interface LcsIdxOptions {
  MINMATCHLEN?: number;
}

/** DELEX: delete only if the value (IFEQ/IFNE) or its digest (IFDEQ/IFDNE) matches. */
export interface DelExOptions {
  condition: 'IFEQ' | 'IFNE' | 'IFDEQ' | 'IFDNE';
  matchValue: RedisArgument;
}

export type BitValue = 0 | 1;

export interface BitCountRange {
  start: number;
  end: number;
  mode?: 'BYTE' | 'BIT';
}

export type BitOperations = 'AND' | 'OR' | 'XOR' | 'NOT' | 'DIFF' | 'DIFF1' | 'ANDOR' | 'ONE';

/** A BITFIELD integer type: `i8`, `u16`... */
export type BitFieldEncoding = `${'i' | 'u'}${number}`;

export interface BitFieldGetOperation {
  operation: 'GET';
  encoding: BitFieldEncoding;
  /** A bit offset, or `#n` for the n-th field of the encoding's width. */
  offset: number | string;
}

export interface BitFieldSetOperation {
  operation: 'SET';
  encoding: BitFieldEncoding;
  offset: number | string;
  value: number;
}

export interface BitFieldIncrByOperation {
  operation: 'INCRBY';
  encoding: BitFieldEncoding;
  offset: number | string;
  increment: number;
}

export interface BitFieldOverflowOperation {
  operation: 'OVERFLOW';
  /** WRAP | SAT | FAIL */
  behavior: string;
}

export type BitFieldOperations = Array<BitFieldGetOperation | BitFieldSetOperation | BitFieldIncrByOperation | BitFieldOverflowOperation>;
export type BitFieldRoOperations = Array<Omit<BitFieldGetOperation, 'operation'>>;

export interface ScanOptions {
  MATCH?: string;
  COUNT?: number;
  /** Only keys of this type (`string`, `hash`, `zset`...). */
  TYPE?: RedisArgument;
}

export interface CopyCommandOptions {
  DB?: number;
  REPLACE?: boolean;
}

export interface RestoreOptions {
  REPLACE?: boolean;
  /** The ttl is a unix time in milliseconds, not a duration. */
  ABSTTL?: boolean;
  IDLETIME?: number;
  FREQ?: number;
}

export interface MigrateOptions {
  COPY?: true;
  REPLACE?: true;
  /** AUTH2 when a username is given, AUTH otherwise. */
  AUTH?: { username?: RedisArgument; password: RedisArgument };
}

export interface SortOptions {
  BY?: RedisArgument;
  LIMIT?: { offset: number; count: number };
  GET?: RedisArgument | Array<RedisArgument>;
  DIRECTION?: 'ASC' | 'DESC';
  ALPHA?: boolean;
}
