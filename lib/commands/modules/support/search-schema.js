'use strict';
// FT.CREATE and FT.ALTER: the index options and the schema (TEXT, NUMERIC, GEO, TAG, VECTOR,
// GEOSHAPE fields and their options), written as node-redis writes them, and the constants
// node-redis exports for them.
const { text, number, integer, pushCounted, options, object } = require('./search-args');

const SCHEMA_FIELD_TYPE = { TEXT: 'TEXT', NUMERIC: 'NUMERIC', GEO: 'GEO', TAG: 'TAG', VECTOR: 'VECTOR', GEOSHAPE: 'GEOSHAPE' };

const SCHEMA_TEXT_FIELD_PHONETIC = { DM_EN: 'dm:en', DM_FR: 'dm:fr', DM_PT: 'dm:pt', DM_ES: 'dm:es' };

const SCHEMA_VECTOR_FIELD_ALGORITHM = { FLAT: 'FLAT', HNSW: 'HNSW', VAMANA: 'SVS-VAMANA' };

// The keys are node-redis' (typos included: CATALANA, INDONESAIN, NORWEIGAN).
const REDISEARCH_LANGUAGE = {
  ARABIC: 'Arabic', BASQUE: 'Basque', CATALANA: 'Catalan', DANISH: 'Danish', DUTCH: 'Dutch', ENGLISH: 'English',
  FINNISH: 'Finnish', FRENCH: 'French', GERMAN: 'German', GREEK: 'Greek', HUNGARIAN: 'Hungarian', INDONESAIN: 'Indonesian',
  IRISH: 'Irish', ITALIAN: 'Italian', LITHUANIAN: 'Lithuanian', NEPALI: 'Nepali', NORWEIGAN: 'Norwegian', PORTUGUESE: 'Portuguese',
  ROMANIAN: 'Romanian', RUSSIAN: 'Russian', SPANISH: 'Spanish', SWEDISH: 'Swedish', TAMIL: 'Tamil', TURKISH: 'Turkish', CHINESE: 'Chinese',
};

/** Flags pushed, in order, when their option is truthy. */
function pushFlags(args, opts, flags) {
  for (const flag of flags) if (opts[flag]) args.push(flag);
}

/** SORTABLE [UNF] and NOINDEX, the options TEXT, NUMERIC, GEO and TAG share. */
function pushCommon(args, field) {
  if (field.SORTABLE) {
    args.push('SORTABLE');
    if (field.SORTABLE === 'UNF') args.push('UNF');
  }
  if (field.NOINDEX) args.push('NOINDEX');
}

/** `NAME value` when the option is set (not undefined), the value a number. */
function pushNumber(args, opts, name, what, check = number) {
  if (opts[name] !== undefined) args.push(name, check(opts[name], `${what}.${name}`));
}

// The numeric parameters of each vector algorithm, in node-redis' order.
const VECTOR_PARAMETERS = Object.assign(Object.create(null), {
  FLAT: [['BLOCK_SIZE', integer]],
  HNSW: [['M', integer], ['EF_CONSTRUCTION', integer], ['EF_RUNTIME', integer]],
  'SVS-VAMANA': [['CONSTRUCTION_WINDOW_SIZE', integer], ['GRAPH_MAX_DEGREE', integer], ['SEARCH_WINDOW_SIZE', integer], ['EPSILON', number], ['TRAINING_THRESHOLD', integer], ['REDUCE', integer]],
});

/** `ALGORITHM n TYPE t DIM d DISTANCE_METRIC m [...]` of a VECTOR field. */
function pushVector(args, field, what) {
  const algorithm = text(field.ALGORITHM, `${what}.ALGORITHM`);
  const params = ['TYPE', text(field.TYPE, `${what}.TYPE`), 'DIM', integer(field.DIM, `${what}.DIM`), 'DISTANCE_METRIC', text(field.DISTANCE_METRIC, `${what}.DISTANCE_METRIC`)];
  pushNumber(params, field, 'INITIAL_CAP', what, integer);
  if (algorithm === 'SVS-VAMANA' && field.COMPRESSION) params.push('COMPRESSION', text(field.COMPRESSION, `${what}.COMPRESSION`));
  for (const [name, check] of VECTOR_PARAMETERS[algorithm] ?? []) pushNumber(params, field, name, what, check);
  args.push(algorithm, String(params.length), ...params);
  if (field.INDEXMISSING) args.push('INDEXMISSING');
}

/** One field definition: a type name, or `{ type, AS?, ...options }`. */
function pushField(args, name, field, what) {
  args.push(name);
  if (typeof field === 'string') {
    args.push(field);
    return;
  }
  object(field, what);
  if (field.AS) args.push('AS', text(field.AS, `${what}.AS`));
  const type = text(field.type, `${what}.type`);
  args.push(type);
  switch (type) {
    case 'TEXT':
      pushFlags(args, field, ['INDEXMISSING', 'NOSTEM']);
      pushNumber(args, field, 'WEIGHT', what);
      if (field.PHONETIC) args.push('PHONETIC', text(field.PHONETIC, `${what}.PHONETIC`));
      pushFlags(args, field, ['WITHSUFFIXTRIE', 'INDEXEMPTY']);
      pushCommon(args, field);
      break;
    case 'NUMERIC':
    case 'GEO':
      pushFlags(args, field, ['INDEXMISSING']);
      pushCommon(args, field);
      break;
    case 'TAG':
      pushFlags(args, field, ['INDEXMISSING']);
      if (field.SEPARATOR) args.push('SEPARATOR', text(field.SEPARATOR, `${what}.SEPARATOR`));
      pushFlags(args, field, ['CASESENSITIVE', 'WITHSUFFIXTRIE', 'INDEXEMPTY']);
      pushCommon(args, field);
      break;
    case 'VECTOR':
      pushVector(args, field, what);
      break;
    case 'GEOSHAPE':
      // `GEOSHAPE FLAT|SPHERICAL`: node-redis 5.12.1 writes `COORD_SYSTEM FLAT`, which the server
      // refuses ("Invalid field type for field `COORD_SYSTEM`")
      if (field.COORD_SYSTEM !== undefined) args.push(text(field.COORD_SYSTEM, `${what}.COORD_SYSTEM`));
      pushFlags(args, field, ['INDEXMISSING']);
      break;
    default: // a type node-redis does not know: sent bare, as node-redis sends it
  }
}

/** The schema `{ field: definition | [definition, ...] }` (an array indexes a field several ways). */
function pushSchema(args, schema, what) {
  object(schema, what);
  const fields = Object.entries(schema);
  if (fields.length === 0) throw new TypeError(`${what} needs at least one field`);
  for (const [name, definition] of fields) {
    const definitions = Array.isArray(definition) ? definition : [definition];
    definitions.forEach((field, i) => pushField(args, name, field, Array.isArray(definition) ? `${what}.${name}[${i}]` : `${what}.${name}`));
  }
  return args;
}

function create(index, schema, opts) {
  const args = ['FT.CREATE', text(index, 'FT.CREATE index')];
  if (options(opts, 'FT.CREATE options')) {
    if (opts.ON) args.push('ON', text(opts.ON, 'FT.CREATE ON'));
    if (opts.PREFIX !== undefined) pushCounted(args, 'PREFIX', opts.PREFIX, 'FT.CREATE PREFIX');
    for (const name of ['FILTER', 'LANGUAGE', 'LANGUAGE_FIELD']) if (opts[name]) args.push(name, text(opts[name], `FT.CREATE ${name}`));
    if (opts.SCORE) args.push('SCORE', number(opts.SCORE, 'FT.CREATE SCORE'));
    if (opts.SCORE_FIELD) args.push('SCORE_FIELD', text(opts.SCORE_FIELD, 'FT.CREATE SCORE_FIELD'));
    pushFlags(args, opts, ['MAXTEXTFIELDS']);
    if (opts.TEMPORARY) args.push('TEMPORARY', integer(opts.TEMPORARY, 'FT.CREATE TEMPORARY'));
    pushFlags(args, opts, ['NOOFFSETS', 'NOHL', 'NOFIELDS', 'NOFREQS', 'SKIPINITIALSCAN']);
    if (opts.STOPWORDS !== undefined) pushCounted(args, 'STOPWORDS', opts.STOPWORDS, 'FT.CREATE STOPWORDS');
  }
  args.push('SCHEMA');
  return pushSchema(args, schema, 'FT.CREATE schema');
}

function alter(index, schema) {
  return pushSchema(['FT.ALTER', text(index, 'FT.ALTER index'), 'SCHEMA', 'ADD'], schema, 'FT.ALTER schema');
}

const CONSTANTS = { SCHEMA_FIELD_TYPE, SCHEMA_TEXT_FIELD_PHONETIC, SCHEMA_VECTOR_FIELD_ALGORITHM, REDISEARCH_LANGUAGE };

module.exports = { create, alter, CONSTANTS };
