// Option, reply and constant types of the RedisTimeSeries commands (lib/commands/modules/ts.js,
// `client.ts`), named as node-redis 5 (@redis/time-series) names them; its generic names are
// prefixed here (`TsTimestamp`, `TsLabels`, `TsInfoReply`, `TsSampleReply`).
import type { RedisArgument, RedisVariadicArgument } from '../index';
import type { DoubleReply, SimpleStringReply } from './resp';

export declare const TIME_SERIES_ENCODING: {
  readonly COMPRESSED: 'COMPRESSED';
  readonly UNCOMPRESSED: 'UNCOMPRESSED';
};
export type TimeSeriesEncoding = typeof TIME_SERIES_ENCODING[keyof typeof TIME_SERIES_ENCODING];

export declare const TIME_SERIES_DUPLICATE_POLICIES: {
  readonly BLOCK: 'BLOCK';
  readonly FIRST: 'FIRST';
  readonly LAST: 'LAST';
  readonly MIN: 'MIN';
  readonly MAX: 'MAX';
  readonly SUM: 'SUM';
};
export type TimeSeriesDuplicatePolicies = typeof TIME_SERIES_DUPLICATE_POLICIES[keyof typeof TIME_SERIES_DUPLICATE_POLICIES];

/** COUNT_NAN and COUNT_ALL need Redis 8.6. */
export declare const TIME_SERIES_AGGREGATION_TYPE: {
  readonly AVG: 'AVG';
  readonly FIRST: 'FIRST';
  readonly LAST: 'LAST';
  readonly MIN: 'MIN';
  readonly MAX: 'MAX';
  readonly SUM: 'SUM';
  readonly RANGE: 'RANGE';
  readonly COUNT: 'COUNT';
  readonly COUNT_NAN: 'COUNTNAN';
  readonly COUNT_ALL: 'COUNTALL';
  readonly STD_P: 'STD.P';
  readonly STD_S: 'STD.S';
  readonly VAR_P: 'VAR.P';
  readonly VAR_S: 'VAR.S';
  readonly TWA: 'TWA';
};
export type TimeSeriesAggregationType = typeof TIME_SERIES_AGGREGATION_TYPE[keyof typeof TIME_SERIES_AGGREGATION_TYPE];

export declare const TIME_SERIES_BUCKET_TIMESTAMP: {
  LOW: string;
  MIDDLE: string;
  END: string;
};
export type TimeSeriesBucketTimestamp = typeof TIME_SERIES_BUCKET_TIMESTAMP[keyof typeof TIME_SERIES_BUCKET_TIMESTAMP];

/** COUNTNAN and COUNTALL need Redis 8.6. */
export declare const TIME_SERIES_REDUCERS: {
  readonly AVG: 'AVG';
  readonly SUM: 'SUM';
  readonly MIN: 'MIN';
  readonly MAX: 'MAX';
  readonly RANGE: 'RANGE';
  readonly COUNT: 'COUNT';
  readonly COUNTNAN: 'COUNTNAN';
  readonly COUNTALL: 'COUNTALL';
  readonly STD_P: 'STD.P';
  readonly STD_S: 'STD.S';
  readonly VAR_P: 'VAR.P';
  readonly VAR_S: 'VAR.S';
};
export type TimeSeriesReducer = typeof TIME_SERIES_REDUCERS[keyof typeof TIME_SERIES_REDUCERS];

/** Milliseconds since the epoch, a Date, or text ('-' and '+' for the ends of a range, '*' for
 *  the server's clock in TS.ADD). */
export type TsTimestamp = number | Date | string;

export type TsLabels = {
  [label: string]: string;
};

export interface TsIgnoreOptions {
  maxTimeDiff: number;
  maxValDiff: number;
}

export interface TsCreateOptions {
  RETENTION?: number;
  ENCODING?: TimeSeriesEncoding;
  CHUNK_SIZE?: number;
  DUPLICATE_POLICY?: TimeSeriesDuplicatePolicies;
  LABELS?: TsLabels;
  IGNORE?: TsIgnoreOptions;
}

export type TsAlterOptions = Pick<TsCreateOptions, 'RETENTION' | 'CHUNK_SIZE' | 'DUPLICATE_POLICY' | 'LABELS' | 'IGNORE'>;

export interface TsAddOptions {
  RETENTION?: number;
  ENCODING?: TimeSeriesEncoding;
  CHUNK_SIZE?: number;
  ON_DUPLICATE?: TimeSeriesDuplicatePolicies;
  LABELS?: TsLabels;
  IGNORE?: TsIgnoreOptions;
}

export interface TsIncrByOptions {
  TIMESTAMP?: TsTimestamp;
  RETENTION?: number;
  UNCOMPRESSED?: boolean;
  CHUNK_SIZE?: number;
  LABELS?: TsLabels;
  IGNORE?: TsIgnoreOptions;
}

export interface TsGetOptions {
  LATEST?: boolean;
}

export interface TsMAddSample {
  key: string;
  timestamp: TsTimestamp;
  value: number;
}

export interface TsMGetOptions {
  LATEST?: boolean;
}

/** `SELECTED_LABELS` is in node-redis' type but not sent (see mGetSelectedLabels). */
export interface TsMGetWithLabelsOptions extends TsMGetOptions {
  SELECTED_LABELS?: RedisVariadicArgument;
}

export interface TsRangeOptions {
  LATEST?: boolean;
  FILTER_BY_TS?: Array<TsTimestamp>;
  FILTER_BY_VALUE?: {
    min: number;
    max: number;
  };
  COUNT?: number;
  /** Sent with AGGREGATION only. */
  ALIGN?: TsTimestamp;
  AGGREGATION?: {
    /** Used when the options have no ALIGN (node-redis 5.12.1 ignores this one). */
    ALIGN?: TsTimestamp;
    type: TimeSeriesAggregationType;
    timeBucket: TsTimestamp;
    BUCKETTIMESTAMP?: TimeSeriesBucketTimestamp;
    EMPTY?: boolean;
  };
}

export interface TsMRangeGroupBy {
  label: RedisArgument;
  REDUCE: TimeSeriesReducer;
}

/** A sample: its timestamp (ms) and value. */
export interface TsSampleReply {
  timestamp: number;
  value: DoubleReply;
}

/** TS.INFO (RESP2). */
export interface TsInfoReply {
  totalSamples: number;
  memoryUsage: number;
  firstTimestamp: number;
  lastTimestamp: number;
  retentionTime: number;
  chunkCount: number;
  chunkSize: number;
  chunkType: SimpleStringReply;
  duplicatePolicy: TimeSeriesDuplicatePolicies | null;
  labels: Array<{
    name: string;
    value: string;
  }>;
  sourceKey: string | null;
  rules: Array<{
    key: string;
    timeBucket: number;
    aggregationType: TimeSeriesAggregationType;
  }>;
  /** Since Redis Stack 7.4. */
  ignoreMaxTimeDiff: number;
  /** Since Redis Stack 7.4. */
  ignoreMaxValDiff: DoubleReply;
}

/** TS.INFO ... DEBUG (RESP2). */
export interface TsInfoDebugReply extends TsInfoReply {
  keySelfName: string;
  chunks: Array<{
    startTimestamp: number;
    endTimestamp: number;
    samples: number;
    size: number;
    bytesPerSample: SimpleStringReply;
  }>;
}
