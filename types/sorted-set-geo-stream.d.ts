// Option and reply types of the sorted-set, geo and stream commands (lib/commands/sorted-set.js,
// geo.js, stream.js), named as node-redis names them. Replies are shown with the default type
// mapping (strings, numbers, null-prototype objects), their parts marked where a type mapping
// goes by a RESP type their shape does not tell (types/resp.d.ts). ZSCAN's ScanCommonOptions is
// in hash-list-set.d.ts.
import type { RedisArgument } from '../index';
import type { DoubleReply, MapReply, RespDoubleReply } from './resp';

// ---- sorted sets ----------------------------------------------------------------------------

export type SortedSetSide = 'MIN' | 'MAX';

/** A member with its score, as the `..._WITHSCORES`, ZPOP* and ZSCAN replies give it. */
export interface SortedSetMemberReply {
  value: string;
  score: DoubleReply;
}

/** BZPOPMIN / BZPOPMAX. */
export interface BZPopReply extends SortedSetMemberReply {
  key: string;
}

/** ZMPOP / BZMPOP. */
export interface ZMPopReply {
  key: string;
  members: Array<SortedSetMemberReply>;
}

export interface ZKeyAndWeight {
  key: RedisArgument;
  weight: number;
}

/** ZINTER/ZUNION inputs: keys, or keys with weights (the first element decides). */
export type ZKeys = RedisArgument | [RedisArgument, ...Array<RedisArgument>] | ZKeyAndWeight | [ZKeyAndWeight, ...Array<ZKeyAndWeight>];

export interface ZInterOptions {
  AGGREGATE?: 'SUM' | 'MIN' | 'MAX';
}

export interface ZUnionOptions {
  AGGREGATE?: 'SUM' | 'MIN' | 'MAX';
}

export interface ZInterCardOptions {
  LIMIT?: number;
}

export interface ZMPopOptions {
  COUNT?: number;
}

/** ZADD ... INCR: node-redis takes only these spellings here. */
export interface ZAddIncrOptions {
  condition?: 'NX' | 'XX';
  comparison?: 'LT' | 'GT';
  CH?: boolean;
}

export interface ZRangeByScoreOptions {
  LIMIT?: { offset: number; count: number };
}

export interface ZRangeByLexOptions {
  LIMIT?: { offset: number; count: number };
}

export interface ZRangeStoreOptions {
  BY?: 'SCORE' | 'LEX';
  REV?: boolean;
  LIMIT?: { offset: number; count: number };
}

// ---- geo ------------------------------------------------------------------------------------

export type GeoUnits = 'm' | 'km' | 'mi' | 'ft';

export interface GeoCoordinates {
  longitude: RedisArgument | number;
  latitude: RedisArgument | number;
}

export interface GeoMember extends GeoCoordinates {
  member: RedisArgument;
}

export interface GeoAddOptions {
  condition?: 'NX' | 'XX';
  /** @deprecated use `condition` */ NX?: boolean;
  /** @deprecated use `condition` */ XX?: boolean;
  CH?: boolean;
}

/** A member's name (FROMMEMBER) or a point (FROMLONLAT). */
export type GeoSearchFrom = RedisArgument | GeoCoordinates;

export interface GeoSearchByRadius {
  radius: number;
  unit: GeoUnits;
}

export interface GeoSearchByBox {
  width: number;
  height: number;
  unit: GeoUnits;
}

export type GeoSearchBy = GeoSearchByRadius | GeoSearchByBox;

export type GeoCountArgument = number | { value: number; ANY?: boolean };

export interface GeoSearchOptions {
  SORT?: 'ASC' | 'DESC';
  COUNT?: GeoCountArgument;
}

export interface GeoSearchStoreOptions extends GeoSearchOptions {
  STOREDIST?: boolean;
}

export interface GeoRadiusStoreOptions extends GeoSearchOptions {
  STOREDIST?: boolean;
}

export type GeoReplyWith = 'WITHDIST' | 'WITHHASH' | 'WITHCOORD';

/** GEOPOS: RESP2 gives the coordinates as strings, RESP3 as numbers. */
export interface GeoPositionReply {
  longitude: RespDoubleReply;
  latitude: RespDoubleReply;
}

export interface GeoReplyWithMember {
  member: string;
  distance?: string;
  hash?: number;
  coordinates?: GeoPositionReply;
}

// ---- streams --------------------------------------------------------------------------------

export type StreamDeletionPolicy = 'KEEPREF' | 'DELREF' | 'ACKED';

/** -1 no such id, 1 deleted, 2 not deleted: still referenced by a consumer group. */
export type StreamDeletionReplyCode = -1 | 1 | 2;

export interface XAddOptions {
  policy?: StreamDeletionPolicy;
  IDMPAUTO?: { pid: RedisArgument };
  IDMP?: { pid: RedisArgument; iid: RedisArgument };
  TRIM?: {
    strategy?: 'MAXLEN' | 'MINID';
    strategyModifier?: '=' | '~';
    threshold: number | string;
    limit?: number;
    policy?: StreamDeletionPolicy;
  };
}

export interface XCfgSetOptions {
  IDMP_DURATION?: number;
  IDMP_MAXSIZE?: number;
}

export interface XTrimOptions {
  strategyModifier?: '=' | '~';
  LIMIT?: number;
  policy?: StreamDeletionPolicy;
}

export interface XSetIdOptions {
  ENTRIESADDED?: number;
  MAXDELETEDID?: RedisArgument;
}

export interface XRangeOptions {
  COUNT?: number;
}

export interface XReadStream {
  key: RedisArgument;
  id: RedisArgument;
}

export type XReadStreams = XReadStream | Array<XReadStream>;

export interface XReadOptions {
  COUNT?: number;
  BLOCK?: number;
}

export interface XReadGroupOptions {
  COUNT?: number;
  BLOCK?: number;
  NOACK?: boolean;
  CLAIM?: number;
}

export interface StreamMessageReply {
  id: string;
  message: MapReply<string>;
  /** XREADGROUP ... CLAIM only. */
  millisElapsedFromDelivery?: number;
  /** XREADGROUP ... CLAIM only. */
  deliveriesCounter?: number;
}

/** XREAD / XREADGROUP on RESP2 (node-redis' v4 shape); null when nothing arrived. */
export type StreamsMessagesReply = Array<{ name: string; messages: Array<StreamMessageReply> }> | null;

export interface XGroupCreateOptions {
  MKSTREAM?: boolean;
  ENTRIESREAD?: number;
}

export interface XGroupSetIdOptions {
  ENTRIESREAD?: number;
}

export interface XInfoStreamReply {
  length: number;
  'radix-tree-keys': number;
  'radix-tree-nodes': number;
  'last-generated-id': string;
  'max-deleted-entry-id'?: string;
  'entries-added'?: number;
  'recorded-first-entry-id'?: string;
  groups: number;
  'first-entry': { id: string; message: Record<string, string> } | null;
  'last-entry': { id: string; message: Record<string, string> } | null;
  [field: string]: unknown;
}

export interface XInfoGroupReply {
  name: string;
  consumers: number;
  pending: number;
  'last-delivered-id': string;
  'entries-read': number | null;
  lag: number | null;
}

export interface XInfoConsumerReply {
  name: string;
  pending: number;
  idle: number;
  /** Redis 7.2+. */
  inactive?: number;
}

export interface XPendingReply {
  pending: number;
  firstId: string | null;
  lastId: string | null;
  consumers: Array<{ name: string; deliveriesCounter: number }> | null;
}

export interface XPendingRangeOptions {
  IDLE?: number;
  consumer?: RedisArgument;
}

export interface XPendingRangeReplyItem {
  id: string;
  consumer: string;
  millisecondsSinceLastDelivery: number;
  deliveriesCounter: number;
}

export interface XClaimOptions {
  IDLE?: number;
  TIME?: number | Date;
  RETRYCOUNT?: number;
  FORCE?: boolean;
  LASTID?: RedisArgument;
}

export interface XAutoClaimOptions {
  COUNT?: number;
}

export interface XAutoClaimReply {
  nextId: string;
  messages: Array<StreamMessageReply | null>;
  deletedMessages: Array<string>;
}

export interface XAutoClaimJustIdReply {
  nextId: string;
  messages: Array<string>;
  deletedMessages: Array<string>;
}
