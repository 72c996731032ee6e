// Constants, option and reply types of the RediSearch commands (lib/commands/modules/ft.js,
// `client.ft`), named as node-redis 5 (@redis/search) names those it exports; the others are
// prefixed `Ft` (node-redis' `CreateOptions` is `FtCreateOptions` here, `InfoReply` `FtInfoReply`).
import type { RedisArgument, RedisVariadicArgument } from '../index';
import type { DoubleReply, MapReply, NumberReply, SimpleStringReply } from './resp';

export declare const SCHEMA_FIELD_TYPE: {
  readonly TEXT: 'TEXT';
  readonly NUMERIC: 'NUMERIC';
  readonly GEO: 'GEO';
  readonly TAG: 'TAG';
  readonly VECTOR: 'VECTOR';
  readonly GEOSHAPE: 'GEOSHAPE';
};
export type SchemaFieldType = (typeof SCHEMA_FIELD_TYPE)[keyof typeof SCHEMA_FIELD_TYPE];

export declare const SCHEMA_TEXT_FIELD_PHONETIC: { readonly DM_EN: 'dm:en'; readonly DM_FR: 'dm:fr'; readonly DM_PT: 'dm:pt'; readonly DM_ES: 'dm:es' };
export type SchemaTextFieldPhonetic = (typeof SCHEMA_TEXT_FIELD_PHONETIC)[keyof typeof SCHEMA_TEXT_FIELD_PHONETIC];

/** The vector index algorithms; SVS-VAMANA since Redis 8.2. */
export declare const SCHEMA_VECTOR_FIELD_ALGORITHM: { readonly FLAT: 'FLAT'; readonly HNSW: 'HNSW'; readonly VAMANA: 'SVS-VAMANA' };
export type SchemaVectorFieldAlgorithm = (typeof SCHEMA_VECTOR_FIELD_ALGORITHM)[keyof typeof SCHEMA_VECTOR_FIELD_ALGORITHM];

/** The stemming languages (keys spelled as node-redis spells them). */
export declare const REDISEARCH_LANGUAGE: {
  readonly ARABIC: 'Arabic';
  readonly BASQUE: 'Basque';
  readonly CATALANA: 'Catalan';
  readonly DANISH: 'Danish';
  readonly DUTCH: 'Dutch';
  readonly ENGLISH: 'English';
  readonly FINNISH: 'Finnish';
  readonly FRENCH: 'French';
  readonly GERMAN: 'German';
  readonly GREEK: 'Greek';
  readonly HUNGARIAN: 'Hungarian';
  readonly INDONESAIN: 'Indonesian';
  readonly IRISH: 'Irish';
  readonly ITALIAN: 'Italian';
  readonly LITHUANIAN: 'Lithuanian';
  readonly NEPALI: 'Nepali';
  readonly NORWEIGAN: 'Norwegian';
  readonly PORTUGUESE: 'Portuguese';
  readonly ROMANIAN: 'Romanian';
  readonly RUSSIAN: 'Russian';
  readonly SPANISH: 'Spanish';
  readonly SWEDISH: 'Swedish';
  readonly TAMIL: 'Tamil';
  readonly TURKISH: 'Turkish';
  readonly CHINESE: 'Chinese';
};
export type RediSearchLanguage = (typeof REDISEARCH_LANGUAGE)[keyof typeof REDISEARCH_LANGUAGE];

/** A document attribute: `@field` (hash) or `$.path` (JSON). */
export type RediSearchProperty = `${'@' | '$.'}${string}`;

export declare const FT_AGGREGATE_STEPS: { readonly GROUPBY: 'GROUPBY'; readonly SORTBY: 'SORTBY'; readonly APPLY: 'APPLY'; readonly LIMIT: 'LIMIT'; readonly FILTER: 'FILTER' };
export type FtAggregateStep = (typeof FT_AGGREGATE_STEPS)[keyof typeof FT_AGGREGATE_STEPS];

export declare const FT_AGGREGATE_GROUP_BY_REDUCERS: {
  readonly COUNT: 'COUNT';
  readonly COUNT_DISTINCT: 'COUNT_DISTINCT';
  readonly COUNT_DISTINCTISH: 'COUNT_DISTINCTISH';
  readonly SUM: 'SUM';
  readonly MIN: 'MIN';
  readonly MAX: 'MAX';
  readonly AVG: 'AVG';
  readonly STDDEV: 'STDDEV';
  readonly QUANTILE: 'QUANTILE';
  readonly TOLIST: 'TOLIST';
  readonly FIRST_VALUE: 'FIRST_VALUE';
  readonly RANDOM_SAMPLE: 'RANDOM_SAMPLE';
};
export type FtAggregateGroupByReducer = (typeof FT_AGGREGATE_GROUP_BY_REDUCERS)[keyof typeof FT_AGGREGATE_GROUP_BY_REDUCERS];

// ---- FT.CREATE / FT.ALTER schema -------------------------------------------------------------------

interface FtSchemaFieldBase<T extends SchemaFieldType> {
  type: T;
  AS?: RedisArgument;
  INDEXMISSING?: boolean;
}

interface FtSchemaCommonField<T extends SchemaFieldType> extends FtSchemaFieldBase<T> {
  SORTABLE?: boolean | 'UNF';
  NOINDEX?: boolean;
}

export interface FtSchemaTextField extends FtSchemaCommonField<'TEXT'> {
  NOSTEM?: boolean;
  WEIGHT?: number;
  PHONETIC?: SchemaTextFieldPhonetic;
  WITHSUFFIXTRIE?: boolean;
  INDEXEMPTY?: boolean;
}

export type FtSchemaNumericField = FtSchemaCommonField<'NUMERIC'>;
export type FtSchemaGeoField = FtSchemaCommonField<'GEO'>;

export interface FtSchemaTagField extends FtSchemaCommonField<'TAG'> {
  SEPARATOR?: RedisArgument;
  CASESENSITIVE?: boolean;
  WITHSUFFIXTRIE?: boolean;
  INDEXEMPTY?: boolean;
}

interface FtSchemaVectorFieldBase extends FtSchemaFieldBase<'VECTOR'> {
  ALGORITHM: SchemaVectorFieldAlgorithm;
  TYPE: 'FLOAT32' | 'FLOAT64' | 'BFLOAT16' | 'FLOAT16' | 'INT8' | 'UINT8';
  DIM: number;
  DISTANCE_METRIC: 'L2' | 'IP' | 'COSINE';
  INITIAL_CAP?: number;
}

export interface FtSchemaFlatVectorField extends FtSchemaVectorFieldBase {
  ALGORITHM: 'FLAT';
  BLOCK_SIZE?: number;
}

export interface FtSchemaHNSWVectorField extends FtSchemaVectorFieldBase {
  ALGORITHM: 'HNSW';
  M?: number;
  EF_CONSTRUCTION?: number;
  EF_RUNTIME?: number;
}

/** SVS-VAMANA (Redis 8.2+). */
export interface FtSchemaVamanaVectorField extends FtSchemaVectorFieldBase {
  ALGORITHM: 'SVS-VAMANA';
  TYPE: 'FLOAT16' | 'FLOAT32';
  COMPRESSION?: 'LVQ4' | 'LVQ8' | 'LVQ4x4' | 'LVQ4x8' | 'LeanVec4x8' | 'LeanVec8x8';
  CONSTRUCTION_WINDOW_SIZE?: number;
  GRAPH_MAX_DEGREE?: number;
  SEARCH_WINDOW_SIZE?: number;
  EPSILON?: number;
  /** With COMPRESSION only. */
  TRAINING_THRESHOLD?: number;
  /** With a LeanVec COMPRESSION only. */
  REDUCE?: number;
}

export interface FtSchemaGeoShapeField extends FtSchemaFieldBase<'GEOSHAPE'> {
  /** Sent after the type (`GEOSHAPE FLAT`), as the server expects it. */
  COORD_SYSTEM?: 'SPHERICAL' | 'FLAT';
}

export type SchemaFieldDefinition =
  | FtSchemaTextField
  | FtSchemaNumericField
  | FtSchemaGeoField
  | FtSchemaTagField
  | FtSchemaFlatVectorField
  | FtSchemaHNSWVectorField
  | FtSchemaVamanaVectorField
  | FtSchemaGeoShapeField
  | SchemaFieldType;

/** An index schema: each field one definition, or several (the same field indexed several ways). */
export interface RediSearchSchema {
  [field: string]: SchemaFieldDefinition | SchemaFieldDefinition[];
}

export interface FtCreateOptions {
  ON?: 'HASH' | 'JSON';
  PREFIX?: RedisVariadicArgument;
  FILTER?: RedisArgument;
  LANGUAGE?: RediSearchLanguage;
  LANGUAGE_FIELD?: RediSearchProperty;
  SCORE?: number;
  SCORE_FIELD?: RediSearchProperty;
  MAXTEXTFIELDS?: boolean;
  TEMPORARY?: number;
  NOOFFSETS?: boolean;
  NOHL?: boolean;
  NOFIELDS?: boolean;
  NOFREQS?: boolean;
  SKIPINITIALSCAN?: boolean;
  STOPWORDS?: RedisVariadicArgument;
}

// ---- FT.SEARCH ----------------------------------------------------------------------------------

/** PARAMS: `{ name: value }`, referred to as `$name` in the query. */
export type FtSearchParams = Record<string, RedisArgument | number>;

export interface FtSearchOptions {
  VERBATIM?: boolean;
  NOSTOPWORDS?: boolean;
  INKEYS?: RedisVariadicArgument;
  INFIELDS?: RedisVariadicArgument;
  RETURN?: RedisVariadicArgument;
  SUMMARIZE?: boolean | {
    FIELDS?: RedisArgument | Array<RedisArgument>;
    FRAGS?: number;
    LEN?: number;
    SEPARATOR?: RedisArgument;
  };
  HIGHLIGHT?: boolean | {
    FIELDS?: RedisArgument | Array<RedisArgument>;
    TAGS?: { open: RedisArgument; close: RedisArgument };
  };
  SLOP?: number;
  TIMEOUT?: number;
  INORDER?: boolean;
  LANGUAGE?: RediSearchLanguage;
  EXPANDER?: RedisArgument;
  SCORER?: RedisArgument;
  SORTBY?: RedisArgument | { BY: RedisArgument; DIRECTION?: 'ASC' | 'DESC' };
  LIMIT?: { from: number | RedisArgument; size: number | RedisArgument };
  PARAMS?: FtSearchParams;
  /** The query dialect; 2 when not given. */
  DIALECT?: number;
}

export interface SearchDocumentValue {
  [key: string]: string | number | null | Array<SearchDocumentValue> | SearchDocumentValue;
}

export interface SearchReply {
  total: number;
  documents: Array<{ id: string; value: SearchDocumentValue }>;
}

export interface SearchNoContentReply {
  total: number;
  documents: Array<string>;
}

export interface FtProfileOptions {
  LIMITED?: true;
}

/** FT.PROFILE on RESP2: the query's reply as FT.SEARCH / FT.AGGREGATE give it, and the profile. */
export interface FtProfileReply<RESULTS = SearchReply | AggregateReply> {
  results: RESULTS;
  profile: unknown;
}

export interface FtExplainOptions {
  PARAMS?: FtSearchParams;
  DIALECT?: number;
}

export interface FtExplainCLIOptions {
  DIALECT?: number;
}

export interface FtSpellCheckTerms {
  mode: 'INCLUDE' | 'EXCLUDE';
  dictionary: RedisArgument;
}

export interface FtSpellCheckOptions {
  DISTANCE?: number;
  TERMS?: FtSpellCheckTerms | Array<FtSpellCheckTerms>;
  DIALECT?: number;
}

export type FtSpellCheckReply = Array<{
  term: string;
  suggestions: Array<{ score: number; suggestion: string }>;
}>;

// ---- FT.AGGREGATE -------------------------------------------------------------------------------

export type FtAggregateLoadField = RediSearchProperty | { identifier: RediSearchProperty; AS?: RedisArgument };

interface FtReducer<T extends FtAggregateGroupByReducer> {
  type: T;
  AS?: RedisArgument;
}

interface FtPropertyReducer<T extends FtAggregateGroupByReducer> extends FtReducer<T> {
  property: RediSearchProperty;
}

/** A GROUPBY's REDUCE function. */
export type FtGroupByReducer =
  | FtReducer<'COUNT'>
  | FtPropertyReducer<'COUNT_DISTINCT' | 'COUNT_DISTINCTISH' | 'SUM' | 'MIN' | 'MAX' | 'AVG' | 'STDDEV' | 'TOLIST'>
  | (FtPropertyReducer<'QUANTILE'> & { quantile: number })
  | (FtPropertyReducer<'FIRST_VALUE'> & { BY?: RediSearchProperty | { property: RediSearchProperty; direction?: 'ASC' | 'DESC' } })
  | (FtPropertyReducer<'RANDOM_SAMPLE'> & { sampleSize: number });

export type FtAggregateSortByProperty = RedisArgument | { BY: RediSearchProperty; DIRECTION?: 'ASC' | 'DESC' };

/** A step of the aggregation pipeline, run in order. */
export type FtAggregateStepDefinition =
  | { type: 'GROUPBY'; properties?: RediSearchProperty | Array<RediSearchProperty>; REDUCE: FtGroupByReducer | Array<FtGroupByReducer> }
  | { type: 'SORTBY'; BY: FtAggregateSortByProperty | Array<FtAggregateSortByProperty>; MAX?: number }
  | { type: 'APPLY'; expression: RedisArgument; AS: RedisArgument }
  | { type: 'LIMIT'; from: number; size: number }
  | { type: 'FILTER'; expression: RedisArgument };

export interface FtAggregateOptions {
  VERBATIM?: boolean;
  ADDSCORES?: boolean;
  LOAD?: FtAggregateLoadField | Array<FtAggregateLoadField>;
  TIMEOUT?: number;
  STEPS?: Array<FtAggregateStepDefinition>;
  PARAMS?: FtSearchParams;
  /** The query dialect; 2 when not given. */
  DIALECT?: number;
}

export interface FtAggregateWithCursorOptions extends FtAggregateOptions {
  COUNT?: number;
  MAXIDLE?: number;
}

export interface FtCursorReadOptions {
  COUNT?: number;
}

export interface AggregateReply {
  total: number;
  results: Array<MapReply<string>>;
}

export interface AggregateWithCursorReply extends AggregateReply {
  /** The id to read the next rows with (FT.CURSOR READ); 0 when there are no more. */
  cursor: number;
}

// ---- FT.HYBRID (Redis 8.4+) ---------------------------------------------------------------------

export interface FtHybridSearchExpression {
  query: RedisArgument;
  SCORER?: RedisArgument;
  YIELD_SCORE_AS?: RedisArgument;
}

export interface FtHybridVectorExpression {
  field: RedisArgument;
  vector: string;
  method?: { type: 'KNN'; K: number; EF_RUNTIME?: number } | { type: 'RANGE'; RADIUS: number; EPSILON?: number };
  FILTER?: RedisArgument;
  YIELD_SCORE_AS?: RedisArgument;
}

export interface FtHybridApply {
  expression: RedisArgument;
  AS?: RedisArgument;
}

export interface FtHybridOptions {
  SEARCH: FtHybridSearchExpression;
  VSIM: FtHybridVectorExpression;
  COMBINE?: {
    method: { type: 'RRF'; CONSTANT?: number; WINDOW?: number } | { type: 'LINEAR'; ALPHA?: number; BETA?: number; WINDOW?: number };
    YIELD_SCORE_AS?: RedisArgument;
  };
  /** `'*'` for every field. */
  LOAD?: RedisVariadicArgument;
  GROUPBY?: { fields: RedisVariadicArgument; REDUCE?: FtGroupByReducer | Array<FtGroupByReducer> };
  APPLY?: FtHybridApply | Array<FtHybridApply>;
  SORTBY?: { fields: Array<{ field: RedisArgument; direction?: 'ASC' | 'DESC' }> };
  NOSORT?: boolean;
  FILTER?: RedisArgument;
  LIMIT?: { offset: number | RedisArgument; count: number | RedisArgument };
  PARAMS?: Record<string, string | number | Buffer>;
  TIMEOUT?: number;
}

export interface HybridSearchResult {
  totalResults: number;
  executionTime: number;
  warnings: string[];
  results: Record<string, any>[];
}

// ---- the other commands -------------------------------------------------------------------------

export interface FtDropIndexOptions {
  /** Delete the indexed documents too. */
  DD?: true;
}

export interface FtSugAddOptions {
  INCR?: boolean;
  PAYLOAD?: RedisArgument;
}

export interface FtSugGetOptions {
  FUZZY?: boolean;
  MAX?: number;
}

export interface FtSynUpdateOptions {
  SKIPINITIALSCAN?: boolean;
}

/** FT.INFO on RESP2: the fields node-redis keeps, doubles parsed. */
export interface FtInfoReply {
  index_name: SimpleStringReply;
  index_options: Array<SimpleStringReply>;
  index_definition: MapReply<SimpleStringReply>;
  attributes: Array<MapReply<SimpleStringReply>>;
  num_docs: NumberReply;
  max_doc_id: NumberReply;
  num_terms: NumberReply;
  num_records: NumberReply;
  inverted_sz_mb: DoubleReply;
  vector_index_sz_mb: DoubleReply;
  total_inverted_index_blocks: NumberReply;
  offset_vectors_sz_mb: DoubleReply;
  doc_table_size_mb: DoubleReply;
  sortable_values_size_mb: DoubleReply;
  key_table_size_mb: DoubleReply;
  tag_overhead_sz_mb: DoubleReply;
  text_overhead_sz_mb: DoubleReply;
  total_index_memory_sz_mb: DoubleReply;
  geoshapes_sz_mb: DoubleReply;
  records_per_doc_avg: DoubleReply;
  bytes_per_record_avg: DoubleReply;
  offsets_per_term_avg: DoubleReply;
  offset_bits_per_record_avg: DoubleReply;
  hash_indexing_failures: NumberReply;
  total_indexing_time: DoubleReply;
  indexing: NumberReply;
  percent_indexed: DoubleReply;
  number_of_uses: NumberReply;
  cleaning: NumberReply;
  gc_stats: {
    bytes_collected: DoubleReply;
    total_ms_run: DoubleReply;
    total_cycles: DoubleReply;
    average_cycle_time_ms: DoubleReply;
    last_run_time_ms: DoubleReply;
    gc_numeric_trees_missed: DoubleReply;
    gc_blocks_denied: DoubleReply;
  };
  cursor_stats: {
    global_idle: NumberReply;
    global_total: NumberReply;
    index_capacity: NumberReply;
    index_total: NumberReply;
  };
  stopwords_list?: Array<string> | [null];
}
