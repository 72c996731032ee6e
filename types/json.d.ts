// Value and option types of the RedisJSON commands (lib/commands/modules/json.js, `client.json`),
// named as node-redis 5 (@redis/json) names them.
import type { RedisArgument, RedisVariadicArgument, ComputedReply } from '../index';

/** A value JSON.stringify writes and JSON.parse gives back (a Date is written as its ISO text). */
export type RedisJSON = null | boolean | number | string | Date | Array<RedisJSON> | {
  [key: string]: RedisJSON;
  [key: number]: RedisJSON;
};

/**
 * A JSON reply the client parsed (JSON.GET, JSON.ARRPOP): a RedisJSON value or null, which no
 * type mapping changes. (Spelled so that a reply type reads back as exactly `RedisJSON | null`:
 * the members types/resp.d.ts passes through as they are stay unmarked.)
 */
export type RedisJSONReply = ComputedReply<Exclude<RedisJSON, boolean | Date | null>> | boolean | Date | null;

export interface JsonArrIndexOptions {
  range?: {
    start: number;
    stop?: number;
  };
}

export interface JsonArrLenOptions {
  path?: RedisArgument;
}

export interface RedisArrPopOptions {
  path: RedisArgument;
  index?: number;
}

export interface JsonClearOptions {
  path?: RedisArgument;
}

export interface JsonDebugMemoryOptions {
  path?: RedisArgument;
}

export interface JsonDelOptions {
  path?: RedisArgument;
}

export interface JsonForgetOptions {
  path?: RedisArgument;
}

export interface JsonGetOptions {
  path?: RedisVariadicArgument;
}

export interface JsonMSetItem {
  key: RedisArgument;
  path: RedisArgument;
  value: RedisJSON;
}

export interface JsonObjKeysOptions {
  path?: RedisArgument;
}

export interface JsonObjLenOptions {
  path?: RedisArgument;
}

export interface JsonSetOptions {
  condition?: 'NX' | 'XX';
  /** @deprecated use `condition: 'NX'` */
  NX?: boolean;
  /** @deprecated use `condition: 'XX'` */
  XX?: boolean;
}

export interface JsonStrAppendOptions {
  path?: RedisArgument;
}

export interface JsonStrLenOptions {
  path?: RedisArgument;
}

export interface JsonTypeOptions {
  path?: RedisArgument;
}
