// Option types of the hash, list and set commands (lib/commands/hash.js, list.js, set.js),
// named as node-redis 5 names them.
import type { RedisArgument, RedisVariadicArgument, RespVersions } from '../index';

export type ListSide = 'LEFT' | 'RIGHT';

export interface LMPopOptions {
  COUNT?: number;
}

export interface LPosOptions {
  RANK?: number;
  MAXLEN?: number;
}

export interface SInterCardOptions {
  LIMIT?: number;
}

/** MATCH/COUNT of HSCAN and SSCAN (and SCAN, ZSCAN). */
export interface ScanCommonOptions {
  MATCH?: string;
  COUNT?: number;
}

export interface HGetExOptions {
  expiration?: { type: 'EX' | 'PX' | 'EXAT' | 'PXAT'; value: number } | { type: 'PERSIST' } | 'PERSIST';
}

export interface HSetExOptions {
  expiration?: { type: 'EX' | 'PX' | 'EXAT' | 'PXAT'; value: number } | { type: 'KEEPTTL' } | 'KEEPTTL';
  mode?: 'FNX' | 'FXX';
}
