'use strict';
// The `ft` namespace (RediSearch) on the wire: for every option form node-redis accepts, both
// clients must write the same command arrays. The replies are compared live in search.test.js
// (Redis Stack 7.4, Search 2.10); FT.HYBRID needs Redis 8.4, so it is checked here only.
// Two exceptions, where node-redis 5.12.1 writes what the server refuses and ferrodis writes what
// it expects (the last tests): an aggregation SORTBY's MAX, which node-redis counts in the
// SORTBY's argument count, and a GEOSHAPE field's coordinate system, which node-redis writes
// after a COORD_SYSTEM keyword the server does not know (`GEOSHAPE FLAT`, not
// `GEOSHAPE COORD_SYSTEM FLAT`).
const ferrodis = require('../..');
const redis = require('redis');
const { wireDifferential, captureWire } = require('../helpers/differential');

// node-redis' constants (ferrodis' are the same: search.test.js compares them).
const { SCHEMA_FIELD_TYPE: T, SCHEMA_VECTOR_FIELD_ALGORITHM: ALGORITHM, SCHEMA_TEXT_FIELD_PHONETIC: PHONETIC, REDISEARCH_LANGUAGE: LANGUAGE } = redis;

wireDifferential('FT.CREATE and FT.ALTER', {
  'schema shorthands and option-free fields': (c) => [
    c.ft.create('idx', { t: 'TEXT', n: T.NUMERIC, g: T.GEO, tag: T.TAG, s: T.GEOSHAPE }),
    c.ft.create('idx', { t: { type: 'TEXT' }, n: { type: 'NUMERIC' }, g: { type: 'GEO' }, tag: { type: 'TAG' }, s: { type: 'GEOSHAPE' } }),
    c.ft.create(Buffer.from('idx'), { '$.name': { type: 'TEXT', AS: 'name' } }),
  ],
  'TEXT field options': (c) => [
    c.ft.create('idx', { t: { type: 'TEXT', NOSTEM: true, WEIGHT: 2, PHONETIC: PHONETIC.DM_EN, WITHSUFFIXTRIE: true, INDEXEMPTY: true, INDEXMISSING: true, SORTABLE: true, NOINDEX: true, AS: 'title' } }),
    c.ft.create('idx', { t: { type: 'TEXT', WEIGHT: 0, SORTABLE: 'UNF' } }),
    c.ft.create('idx', { t: { type: 'TEXT', WEIGHT: 0.5, PHONETIC: PHONETIC.DM_FR, NOSTEM: false, SORTABLE: false, NOINDEX: false } }),
  ],
  'NUMERIC, GEO, TAG field options': (c) => [
    c.ft.create('idx', { n: { type: 'NUMERIC', INDEXMISSING: true, SORTABLE: 'UNF', NOINDEX: true }, g: { type: 'GEO', INDEXMISSING: true, SORTABLE: true, AS: 'where' } }),
    c.ft.create('idx', { tag: { type: 'TAG', SEPARATOR: ';', CASESENSITIVE: true, WITHSUFFIXTRIE: true, INDEXEMPTY: true, INDEXMISSING: true, SORTABLE: true, NOINDEX: true } }),
    c.ft.create('idx', { tag: { type: 'TAG', SEPARATOR: '', SORTABLE: 'UNF' } }),
  ],
  'GEOSHAPE field options (without COORD_SYSTEM: the last tests)': (c) => [c.ft.create('idx', { s: { type: 'GEOSHAPE', INDEXMISSING: true } }), c.ft.create('idx', { s: { type: 'GEOSHAPE', AS: 'shape' } })],
  'VECTOR fields: FLAT, HNSW, SVS-VAMANA': (c) => [
    c.ft.create('idx', { v: { type: 'VECTOR', ALGORITHM: ALGORITHM.FLAT, TYPE: 'FLOAT32', DIM: 2, DISTANCE_METRIC: 'L2' } }),
    c.ft.create('idx', { v: { type: 'VECTOR', ALGORITHM: 'FLAT', TYPE: 'FLOAT64', DIM: 128, DISTANCE_METRIC: 'COSINE', INITIAL_CAP: 100, BLOCK_SIZE: 1024, INDEXMISSING: true, AS: 'vec' } }),
    c.ft.create('idx', { v: { type: 'VECTOR', ALGORITHM: ALGORITHM.HNSW, TYPE: 'FLOAT16', DIM: 3, DISTANCE_METRIC: 'IP', M: 16, EF_CONSTRUCTION: 200, EF_RUNTIME: 10, INITIAL_CAP: 0 } }),
    c.ft.create('idx', { v: { type: 'VECTOR', ALGORITHM: 'HNSW', TYPE: 'BFLOAT16', DIM: 4, DISTANCE_METRIC: 'L2', EF_RUNTIME: 20 } }),
    c.ft.create('idx', { v: { type: 'VECTOR', ALGORITHM: ALGORITHM.VAMANA, TYPE: 'FLOAT32', DIM: 8, DISTANCE_METRIC: 'L2' } }),
    c.ft.create('idx', {
      v: {
        type: 'VECTOR', ALGORITHM: 'SVS-VAMANA', TYPE: 'FLOAT16', DIM: 8, DISTANCE_METRIC: 'COSINE', INITIAL_CAP: 10, COMPRESSION: 'LeanVec4x8',
        CONSTRUCTION_WINDOW_SIZE: 200, GRAPH_MAX_DEGREE: 32, SEARCH_WINDOW_SIZE: 10, EPSILON: 0.01, TRAINING_THRESHOLD: 1024, REDUCE: 4, INDEXMISSING: true,
      },
    }),
    c.ft.create('idx', { v: { type: 'VECTOR', ALGORITHM: 'HNSW', TYPE: 'INT8', DIM: 2, DISTANCE_METRIC: 'L2', BLOCK_SIZE: 5 } }),
  ],
  'a field indexed several ways (an array of definitions)': (c) => [
    c.ft.create('idx', { sku: [{ type: 'TEXT', AS: 'sku_text' }, { type: 'TAG', AS: 'sku_tag', SORTABLE: true }], n: ['NUMERIC'] }),
  ],
  'index options': (c) => [
    c.ft.create('idx', { t: 'TEXT' }, { ON: 'HASH', PREFIX: 'doc:' }),
    c.ft.create('idx', { t: 'TEXT' }, { ON: 'JSON', PREFIX: ['a:', 'b:'], FILTER: '@n > 1', LANGUAGE: LANGUAGE.GERMAN, LANGUAGE_FIELD: '@lang', SCORE: 0.5, SCORE_FIELD: '@score' }),
    c.ft.create('idx', { t: 'TEXT' }, { MAXTEXTFIELDS: true, TEMPORARY: 100, NOOFFSETS: true, NOHL: true, NOFIELDS: true, NOFREQS: true, SKIPINITIALSCAN: true, STOPWORDS: ['a', 'the'] }),
    c.ft.create('idx', { t: 'TEXT' }, { STOPWORDS: [], PREFIX: [] }),
    c.ft.create('idx', { t: 'TEXT' }, { STOPWORDS: 'only' }),
    c.ft.create('idx', { t: 'TEXT' }, { SCORE: 0, TEMPORARY: 0, MAXTEXTFIELDS: false, ON: undefined }),
    c.ft.create('idx', { t: 'TEXT' }, {}),
  ],
  'alter': (c) => [
    c.ft.alter('idx', { n: 'NUMERIC' }),
    c.ft.ALTER('idx', { t: { type: 'TEXT', WEIGHT: 3, SORTABLE: true }, v: { type: 'VECTOR', ALGORITHM: 'FLAT', TYPE: 'FLOAT32', DIM: 2, DISTANCE_METRIC: 'L2' } }),
  ],
});

wireDifferential('FT.SEARCH, FT.SEARCH NOCONTENT, FT.PROFILE SEARCH', {
  'no options, DIALECT': (c) => [c.ft.search('idx', '*'), c.ft.search('idx', 'hello', { DIALECT: 3 }), c.ft.search('idx', 'hello', { DIALECT: 0 }), c.ft.search(Buffer.from('idx'), Buffer.from('q'), {})],
  'flags': (c) => [c.ft.search('idx', 'q', { VERBATIM: true, NOSTOPWORDS: true, INORDER: true }), c.ft.search('idx', 'q', { VERBATIM: false, NOSTOPWORDS: false, INORDER: false })],
  'INKEYS, INFIELDS, RETURN': (c) => [
    c.ft.search('idx', 'q', { INKEYS: 'k1', INFIELDS: 'f1', RETURN: 'r1' }),
    c.ft.search('idx', 'q', { INKEYS: ['k1', 'k2'], INFIELDS: ['f1', 'f2'], RETURN: ['a', 'AS', 'b'] }),
    c.ft.search('idx', 'q', { RETURN: [] }),
  ],
  'SUMMARIZE': (c) => [
    c.ft.search('idx', 'q', { SUMMARIZE: true }),
    c.ft.search('idx', 'q', { SUMMARIZE: {} }),
    c.ft.search('idx', 'q', { SUMMARIZE: { FIELDS: 'f', FRAGS: 2, LEN: 5, SEPARATOR: '...' } }),
    c.ft.search('idx', 'q', { SUMMARIZE: { FIELDS: ['a', 'b'], FRAGS: 0, LEN: 0 } }),
    c.ft.search('idx', 'q', { SUMMARIZE: false }),
  ],
  'HIGHLIGHT': (c) => [
    c.ft.search('idx', 'q', { HIGHLIGHT: true }),
    c.ft.search('idx', 'q', { HIGHLIGHT: { FIELDS: 'f' } }),
    c.ft.search('idx', 'q', { HIGHLIGHT: { FIELDS: ['a', 'b'], TAGS: { open: '<b>', close: '</b>' } } }),
    c.ft.search('idx', 'q', { HIGHLIGHT: { TAGS: { open: '[', close: ']' } } }),
  ],
  'SLOP, TIMEOUT, LANGUAGE, EXPANDER, SCORER': (c) => [
    c.ft.search('idx', 'q', { SLOP: 0, TIMEOUT: 0 }),
    c.ft.search('idx', 'q', { SLOP: 2, TIMEOUT: 1000, LANGUAGE: LANGUAGE.FRENCH, EXPANDER: 'SYNONYM', SCORER: 'BM25' }),
    c.ft.search('idx', 'q', { SLOP: -1 }),
  ],
  'SORTBY forms': (c) => [
    c.ft.search('idx', 'q', { SORTBY: '@n' }),
    c.ft.search('idx', 'q', { SORTBY: Buffer.from('n') }),
    c.ft.search('idx', 'q', { SORTBY: { BY: 'n' } }),
    c.ft.search('idx', 'q', { SORTBY: { BY: 'n', DIRECTION: 'DESC' } }),
    c.ft.search('idx', 'q', { SORTBY: { BY: 'n', DIRECTION: 'ASC' } }),
  ],
  'LIMIT forms': (c) => [c.ft.search('idx', 'q', { LIMIT: { from: 0, size: 10 } }), c.ft.search('idx', 'q', { LIMIT: { from: '5', size: '0' } })],
  'PARAMS': (c) => [
    c.ft.search('idx', '@n:[$lo $hi]', { PARAMS: { lo: 1, hi: '5' } }),
    c.ft.search('idx', '*=>[KNN 2 @v $B]', { PARAMS: { B: Buffer.from([0, 0, 128, 63]) }, DIALECT: 2 }),
    c.ft.search('idx', 'q', { PARAMS: {} }),
  ],
  'everything at once': (c) => [
    c.ft.search('idx', 'q', {
      VERBATIM: true, NOSTOPWORDS: true, INKEYS: ['a'], INFIELDS: 'f', RETURN: ['f'], SUMMARIZE: { FIELDS: 'f', FRAGS: 1, LEN: 3, SEPARATOR: '|' },
      HIGHLIGHT: { FIELDS: 'f', TAGS: { open: '<', close: '>' } }, SLOP: 1, TIMEOUT: 5, INORDER: true, LANGUAGE: 'English', EXPANDER: 'e', SCORER: 's',
      SORTBY: { BY: 'f', DIRECTION: 'DESC' }, LIMIT: { from: 1, size: 2 }, PARAMS: { p: 'v' }, DIALECT: 4,
    }),
  ],
  'searchNoContent': (c) => [c.ft.searchNoContent('idx', '*'), c.ft.SEARCH_NOCONTENT('idx', 'q', { LIMIT: { from: 0, size: 5 }, SORTBY: 'n', DIALECT: 1 })],
  'profileSearch': (c) => [
    c.ft.profileSearch('idx', '*'),
    c.ft.profileSearch('idx', 'q', { LIMITED: true, VERBATIM: true, RETURN: 'f', LIMIT: { from: 0, size: 1 }, PARAMS: { a: 1 }, DIALECT: 3 }),
    c.ft.PROFILESEARCH('idx', 'q', {}),
  ],
});

wireDifferential('FT.AGGREGATE, WITHCURSOR, FT.CURSOR, FT.PROFILE AGGREGATE', {
  'no options, flags, TIMEOUT, DIALECT': (c) => [
    c.ft.aggregate('idx', '*'),
    c.ft.aggregate('idx', '*', { VERBATIM: true, ADDSCORES: true, TIMEOUT: 100, DIALECT: 3 }),
    c.ft.aggregate('idx', '*', { VERBATIM: false, ADDSCORES: false, TIMEOUT: 0, DIALECT: 0 }),
  ],
  'LOAD forms': (c) => [
    c.ft.aggregate('idx', '*', { LOAD: '@a' }),
    c.ft.aggregate('idx', '*', { LOAD: ['@a', '@b'] }),
    c.ft.aggregate('idx', '*', { LOAD: { identifier: '@a' } }),
    c.ft.aggregate('idx', '*', { LOAD: { identifier: '@a', AS: 'x' } }),
    c.ft.aggregate('idx', '*', { LOAD: ['@a', { identifier: '$.b', AS: 'b' }, Buffer.from('@c')] }),
    c.ft.aggregate('idx', '*', { LOAD: '*' }),
    c.ft.aggregate('idx', '*', { LOAD: [] }),
  ],
  'GROUPBY properties': (c) => [
    c.ft.aggregate('idx', '*', { STEPS: [{ type: 'GROUPBY', REDUCE: { type: 'COUNT' } }] }),
    c.ft.aggregate('idx', '*', { STEPS: [{ type: 'GROUPBY', properties: '@a', REDUCE: { type: 'COUNT', AS: 'n' } }] }),
    c.ft.aggregate('idx', '*', { STEPS: [{ type: 'GROUPBY', properties: ['@a', '@b'], REDUCE: [] }] }),
    c.ft.aggregate('idx', '*', { STEPS: [{ type: 'GROUPBY', properties: [], REDUCE: [{ type: 'COUNT' }, { type: 'SUM', property: '@n', AS: 's' }] }] }),
  ],
  'every reducer': (c) => [
    c.ft.aggregate('idx', '*', {
      STEPS: [{
        type: 'GROUPBY',
        properties: '@g',
        REDUCE: [
          { type: 'COUNT' }, { type: 'COUNT_DISTINCT', property: '@a' }, { type: 'COUNT_DISTINCTISH', property: '@a', AS: 'cd' }, { type: 'SUM', property: '@n' },
          { type: 'MIN', property: '@n' }, { type: 'MAX', property: '@n' }, { type: 'AVG', property: '@n' }, { type: 'STDDEV', property: '@n' },
          { type: 'QUANTILE', property: '@n', quantile: 0.5, AS: 'median' }, { type: 'TOLIST', property: '@a' }, { type: 'RANDOM_SAMPLE', property: '@a', sampleSize: 3 },
        ],
      }],
    }),
  ],
  'FIRST_VALUE forms': (c) => [
    c.ft.aggregate('idx', '*', { STEPS: [{ type: 'GROUPBY', properties: '@g', REDUCE: { type: 'FIRST_VALUE', property: '@t' } }] }),
    c.ft.aggregate('idx', '*', { STEPS: [{ type: 'GROUPBY', properties: '@g', REDUCE: { type: 'FIRST_VALUE', property: '@t', BY: '@n', AS: 'fv' } }] }),
    c.ft.aggregate('idx', '*', { STEPS: [{ type: 'GROUPBY', properties: '@g', REDUCE: { type: 'FIRST_VALUE', property: '@t', BY: { property: '@n' } } }] }),
    c.ft.aggregate('idx', '*', { STEPS: [{ type: 'GROUPBY', properties: '@g', REDUCE: { type: 'FIRST_VALUE', property: '@t', BY: { property: '@n', direction: 'DESC' } } }] }),
  ],
  'SORTBY forms (without MAX)': (c) => [
    c.ft.aggregate('idx', '*', { STEPS: [{ type: 'SORTBY', BY: '@a' }] }),
    c.ft.aggregate('idx', '*', { STEPS: [{ type: 'SORTBY', BY: ['@a', '@b'] }] }),
    c.ft.aggregate('idx', '*', { STEPS: [{ type: 'SORTBY', BY: { BY: '@a' } }] }),
    c.ft.aggregate('idx', '*', { STEPS: [{ type: 'SORTBY', BY: [{ BY: '@a', DIRECTION: 'DESC' }, '@b', { BY: '@c', DIRECTION: 'ASC' }], MAX: 0 }] }),
  ],
  'APPLY, LIMIT, FILTER, several steps': (c) => [
    c.ft.aggregate('idx', '*', { STEPS: [{ type: 'APPLY', expression: '@n * 2', AS: 'double' }] }),
    c.ft.aggregate('idx', '*', { STEPS: [{ type: 'LIMIT', from: 0, size: 10 }, { type: 'FILTER', expression: '@n > 1' }] }),
    c.ft.aggregate('idx', '*', {
      LOAD: '@n',
      STEPS: [
        { type: 'APPLY', expression: 'upper(@t)', AS: 'u' }, { type: 'GROUPBY', properties: '@u', REDUCE: { type: 'SUM', property: '@n', AS: 's' } },
        { type: 'SORTBY', BY: { BY: '@s', DIRECTION: 'DESC' } }, { type: 'FILTER', expression: '@s > 0' }, { type: 'LIMIT', from: '1', size: '2' },
      ],
      PARAMS: { x: 1 },
      DIALECT: 2,
    }),
    c.ft.aggregate('idx', '*', { STEPS: [] }),
  ],
  'PARAMS': (c) => [c.ft.aggregate('idx', '@n:[$lo +inf]', { PARAMS: { lo: 2 } }), c.ft.aggregate('idx', '*', { PARAMS: {} })],
  'aggregateWithCursor': (c) => [
    c.ft.aggregateWithCursor('idx', '*'),
    c.ft.aggregateWithCursor('idx', '*', { COUNT: 10 }),
    c.ft.aggregateWithCursor('idx', '*', { COUNT: 0, MAXIDLE: 0 }),
    c.ft.AGGREGATE_WITHCURSOR('idx', '*', { LOAD: '@a', STEPS: [{ type: 'LIMIT', from: 0, size: 1 }], MAXIDLE: 5000, DIALECT: 3 }),
  ],
  'cursorRead, cursorDel': (c) => [
    c.ft.cursorRead('idx', 123), c.ft.cursorRead('idx', 123, { COUNT: 5 }), c.ft.cursorRead('idx', 1, { COUNT: 0 }), c.ft.cursorRead('idx', 1, {}),
    c.ft.cursorDel('idx', 123), c.ft.CURSOR_DEL('idx', 0), c.ft.CURSOR_READ(Buffer.from('idx'), 9),
  ],
  'profileAggregate': (c) => [
    c.ft.profileAggregate('idx', '*'),
    c.ft.profileAggregate('idx', '*', { LIMITED: true, LOAD: '@a', STEPS: [{ type: 'GROUPBY', properties: '@a', REDUCE: { type: 'COUNT' } }], DIALECT: 2 }),
    c.ft.PROFILEAGGREGATE('idx', '*', { VERBATIM: true }),
  ],
});

wireDifferential('FT.HYBRID (Redis 8.4: checked on the wire only)', {
  'SEARCH and VSIM only': (c) => [
    c.ft.hybrid('idx', { SEARCH: { query: 'hello' }, VSIM: { field: '@v', vector: '$v' } }),
    c.ft.hybrid('idx', { SEARCH: { query: '$q', SCORER: 'BM25', YIELD_SCORE_AS: 'ts' }, VSIM: { field: '@v', vector: '$v', FILTER: '@t:{a}', YIELD_SCORE_AS: 'vs' } }),
  ],
  'VSIM methods': (c) => [
    c.ft.hybrid('idx', { SEARCH: { query: '*' }, VSIM: { field: '@v', vector: '$v', method: { type: 'KNN', K: 5 } } }),
    c.ft.hybrid('idx', { SEARCH: { query: '*' }, VSIM: { field: '@v', vector: '$v', method: { type: 'KNN', K: 5, EF_RUNTIME: 100 } } }),
    c.ft.hybrid('idx', { SEARCH: { query: '*' }, VSIM: { field: '@v', vector: '$v', method: { type: 'RANGE', RADIUS: 0.5 } } }),
    c.ft.hybrid('idx', { SEARCH: { query: '*' }, VSIM: { field: '@v', vector: '$v', method: { type: 'RANGE', RADIUS: 2, EPSILON: 0.01 } } }),
  ],
  'COMBINE': (c) => [
    c.ft.hybrid('idx', { SEARCH: { query: '*' }, VSIM: { field: '@v', vector: '$v' }, COMBINE: { method: { type: 'RRF' } } }),
    c.ft.hybrid('idx', { SEARCH: { query: '*' }, VSIM: { field: '@v', vector: '$v' }, COMBINE: { method: { type: 'RRF', WINDOW: 10, CONSTANT: 60 }, YIELD_SCORE_AS: 'score' } }),
    c.ft.hybrid('idx', { SEARCH: { query: '*' }, VSIM: { field: '@v', vector: '$v' }, COMBINE: { method: { type: 'LINEAR', ALPHA: 0.7, BETA: 0.3 } } }),
    c.ft.hybrid('idx', { SEARCH: { query: '*' }, VSIM: { field: '@v', vector: '$v' }, COMBINE: { method: { type: 'LINEAR', ALPHA: 1, BETA: 0, WINDOW: 20 }, YIELD_SCORE_AS: 's' } }),
    c.ft.hybrid('idx', { SEARCH: { query: '*' }, VSIM: { field: '@v', vector: '$v' }, COMBINE: { method: { type: 'LINEAR' }, YIELD_SCORE_AS: 's' } }),
  ],
  'LOAD forms': (c) => [
    c.ft.hybrid('idx', { SEARCH: { query: '*' }, VSIM: { field: '@v', vector: '$v' }, LOAD: '*' }),
    c.ft.hybrid('idx', { SEARCH: { query: '*' }, VSIM: { field: '@v', vector: '$v' }, LOAD: '@t' }),
    c.ft.hybrid('idx', { SEARCH: { query: '*' }, VSIM: { field: '@v', vector: '$v' }, LOAD: ['@t', '@n'] }),
  ],
  'GROUPBY, APPLY, SORTBY, NOSORT, FILTER, LIMIT, PARAMS, TIMEOUT': (c) => [
    c.ft.hybrid('idx', { SEARCH: { query: '*' }, VSIM: { field: '@v', vector: '$v' }, GROUPBY: { fields: '@g' } }),
    c.ft.hybrid('idx', {
      SEARCH: { query: '*' }, VSIM: { field: '@v', vector: '$v' },
      GROUPBY: { fields: ['@g', '@h'], REDUCE: [{ type: 'COUNT', AS: 'n' }, { type: 'QUANTILE', property: '@n', quantile: 0.9 }, { type: 'FIRST_VALUE', property: '@t', BY: { property: '@n', direction: 'ASC' } }] },
      APPLY: [{ expression: '@n * 2', AS: 'd' }, { expression: 'upper(@t)' }],
      SORTBY: { fields: [{ field: '@n', direction: 'DESC' }, { field: '@t' }] },
      FILTER: '@n > 1', LIMIT: { offset: 0, count: 10 }, PARAMS: { v: Buffer.from([1, 2, 3, 4]), q: 'hello', k: 3 }, TIMEOUT: 500,
    }),
    c.ft.hybrid('idx', { SEARCH: { query: '*' }, VSIM: { field: '@v', vector: '$v' }, GROUPBY: { fields: '@g', REDUCE: { type: 'SUM', property: '@n' } }, APPLY: { expression: '1', AS: 'one' }, NOSORT: true, PARAMS: {}, LIMIT: { offset: '5', count: '5' } }),
    c.ft.HYBRID('idx', { SEARCH: { query: '*' }, VSIM: { field: '@v', vector: '$v' }, SORTBY: { fields: [] }, TIMEOUT: 0 }),
  ],
});

wireDifferential('the other FT commands', {
  'aliases': (c) => [c.ft.aliasAdd('a', 'idx'), c.ft.aliasUpdate('a', 'idx2'), c.ft.aliasDel('a'), c.ft.ALIASADD(Buffer.from('b'), 'idx')],
  'config': (c) => [c.ft.configGet('*'), c.ft.configGet('TIMEOUT'), c.ft.configSet('TIMEOUT', '500'), c.ft.CONFIG_SET(Buffer.from('MINPREFIX'), '2')],
  'dictionaries': (c) => [c.ft.dictAdd('d', 'a'), c.ft.dictAdd('d', ['a', 'b']), c.ft.dictDel('d', ['a', 'c']), c.ft.dictDel('d', 'b'), c.ft.dictDump('d')],
  'dropIndex, info, _list, tagVals, synDump': (c) => [
    c.ft.dropIndex('idx'), c.ft.dropIndex('idx', { DD: true }), c.ft.dropIndex('idx', {}), c.ft.info('idx'), c.ft._list(), c.ft._LIST(), c.ft.tagVals('idx', 'g'), c.ft.synDump('idx'),
  ],
  'explain, explainCli': (c) => [
    c.ft.explain('idx', 'q'), c.ft.explain('idx', '@n:[$a 5]', { PARAMS: { a: 1 }, DIALECT: 3 }), c.ft.explain('idx', 'q', {}),
    c.ft.explainCli('idx', 'q'), c.ft.explainCli('idx', 'q', { DIALECT: 1 }),
  ],
  'spellCheck': (c) => [
    c.ft.spellCheck('idx', 'helo'),
    c.ft.spellCheck('idx', 'helo', { DISTANCE: 2 }),
    c.ft.spellCheck('idx', 'helo', { TERMS: { mode: 'INCLUDE', dictionary: 'd' } }),
    c.ft.spellCheck('idx', 'helo', { DISTANCE: 0, TERMS: [{ mode: 'INCLUDE', dictionary: 'd' }, { mode: 'EXCLUDE', dictionary: 'e' }], DIALECT: 3 }),
  ],
  'suggestions': (c) => [
    c.ft.sugAdd('s', 'hello', 1), c.ft.sugAdd('s', 'hello', 0.5, { INCR: true }), c.ft.sugAdd('s', 'hi', 2, { PAYLOAD: 'p' }), c.ft.sugAdd('s', 'hi', 2, { INCR: false, PAYLOAD: '' }),
    c.ft.sugDel('s', 'hi'), c.ft.sugLen('s'),
    c.ft.sugGet('s', 'he'), c.ft.sugGet('s', 'he', { FUZZY: true, MAX: 3 }), c.ft.sugGet('s', 'he', { MAX: 0 }),
    c.ft.sugGetWithPayloads('s', 'he'), c.ft.sugGetWithPayloads('s', 'he', { FUZZY: true }),
    c.ft.sugGetWithScores('s', 'he'), c.ft.sugGetWithScores('s', 'he', { MAX: 1 }),
    c.ft.sugGetWithScoresWithPayloads('s', 'he'), c.ft.SUGGET_WITHSCORES_WITHPAYLOADS('s', 'he', { FUZZY: true, MAX: 2 }),
  ],
  'synUpdate': (c) => [c.ft.synUpdate('idx', 'g1', 'a'), c.ft.synUpdate('idx', 'g1', ['a', 'b'], { SKIPINITIALSCAN: true }), c.ft.synUpdate('idx', 'g1', ['a'], {})],
  'in a transaction': (c) => c.multi().ft.search('idx', '*', { LIMIT: { from: 0, size: 1 } }).ft.aggregate('idx', '*', { LOAD: '@a' }).ft.sugAdd('s', 'x', 1).exec(),
});

describe('FT.AGGREGATE SORTBY ... MAX: the count covers the properties only (node-redis 5.12.1 counts MAX too, and the server refuses it)', () => {
  test.each([
    [{ BY: '@a', MAX: 1 }, ['SORTBY', '1', '@a', 'MAX', '1']],
    [{ BY: [{ BY: '@a', DIRECTION: 'DESC' }, '@b'], MAX: 10 }, ['SORTBY', '3', '@a', 'DESC', '@b', 'MAX', '10']],
  ])('%j', async (step, expected) => {
    const [written] = await captureWire(ferrodis, (c) => c.ft.aggregate('idx', '*', { STEPS: [{ type: 'SORTBY', ...step }] }));
    expect(written).toEqual(['FT.AGGREGATE', 'idx', '*', ...expected, 'DIALECT', '2']);
  });
});

describe('GEOSHAPE COORD_SYSTEM: the coordinate system follows the type (node-redis 5.12.1 writes a COORD_SYSTEM keyword first, which the server refuses)', () => {
  test.each([
    [{ type: 'GEOSHAPE', COORD_SYSTEM: 'FLAT' }, ['GEOSHAPE', 'FLAT']],
    [{ type: 'GEOSHAPE', COORD_SYSTEM: 'SPHERICAL', INDEXMISSING: true, AS: 'g' }, ['AS', 'g', 'GEOSHAPE', 'SPHERICAL', 'INDEXMISSING']],
  ])('%j', async (field, expected) => {
    const [written] = await captureWire(ferrodis, (c) => c.ft.create('idx', { s: field }));
    expect(written).toEqual(['FT.CREATE', 'idx', 'SCHEMA', 's', ...expected]);
  });
});
