'use strict';
// The `ft` namespace (RediSearch 2.10 on Redis Stack 7.4) through ferrodis and node-redis side by
// side (helpers/differential.js). The command arrays of every option form are compared in
// search.wire.test.js, with FT.HYBRID (Redis 8.4) there only. Where node-redis 5.12.1 is wrong,
// the case is left out of the comparison and the right behaviour is tested directly (the end of
// this file): FT.CONFIG GET on RESP3 (node-redis throws "reply is not iterable"), an
// aggregation SORTBY with MAX (node-redis writes a count the server refuses) and a GEOSHAPE
// field's coordinate system (node-redis writes a COORD_SYSTEM keyword the server refuses).
// Indexes are created before their documents are written: a document written after is indexed
// synchronously, so every query sees all of them.
const redis = require('redis');
const ferrodis = require('../..');
const { differential } = require('../helpers/differential');
const { rejectsBeforeSending } = require('../helpers/bad-arguments');
const { startRedis } = require('../helpers/redis-server');
const { stackServerOptions } = require('../helpers/servers');
const { MODULES, MODULE_CONSTANTS } = require('../../lib/commands');
const { firstKey: routingKey } = require('../../lib/commands/routing');

const { BLOB_STRING, MAP, DOUBLE, SET, ARRAY } = redis.RESP_TYPES;
const asBuffers = (c) => c.withTypeMapping({ [BLOB_STRING]: Buffer });
const asMaps = (c) => c.withTypeMapping({ [MAP]: Map });

const SCHEMA = { t: { type: 'TEXT', SORTABLE: true }, n: { type: 'NUMERIC', SORTABLE: true }, g: 'TAG', loc: 'GEO' };
const DOCS = {
  'd:1': { t: 'hello world', n: '1', g: 'a,b', loc: '-122.41,37.77' },
  'd:2': { t: 'hello there my friend', n: '2', g: 'b', loc: '2.35,48.85' },
  'd:3': { t: 'goodbye cruel world', n: '3', g: 'c', loc: '13.40,52.52' },
};

/** The index `idx` over d:* and its three documents. */
function books(c, options = {}) {
  return [c.ft.create('idx', SCHEMA, { PREFIX: 'd:', ...options }), ...Object.entries(DOCS).map(([key, doc]) => c.hSet(key, doc))];
}

const floats = (...values) => Buffer.from(new Float32Array(values).buffer);

/** An index of 2-dimensional FLAT and HNSW vectors with a tag. */
function vectors(c) {
  return [
    c.ft.create('vec', {
      v: { type: 'VECTOR', ALGORITHM: 'FLAT', TYPE: 'FLOAT32', DIM: 2, DISTANCE_METRIC: 'L2', INITIAL_CAP: 10, BLOCK_SIZE: 100 },
      h: { type: 'VECTOR', ALGORITHM: 'HNSW', TYPE: 'FLOAT32', DIM: 2, DISTANCE_METRIC: 'COSINE', M: 8, EF_CONSTRUCTION: 100, EF_RUNTIME: 10 },
      g: 'TAG',
    }, { PREFIX: 'v:' }),
    c.hSet('v:1', { v: floats(0, 0), h: floats(1, 0), g: 'x' }),
    c.hSet('v:2', { v: floats(1, 1), h: floats(0, 1), g: 'y' }),
    c.hSet('v:3', { v: floats(5, 5), h: floats(1, 1), g: 'x' }),
  ];
}

/** An index of JSON documents. */
function jsonDocs(c) {
  return [
    c.ft.create('j', { '$.name': { type: 'TEXT', AS: 'name' }, '$.age': { type: 'NUMERIC', AS: 'age', SORTABLE: true }, '$.tags[*]': { type: 'TAG', AS: 'tags' } }, { ON: 'JSON', PREFIX: 'j:' }),
    c.json.set('j:1', '$', { name: 'alice', age: 30, tags: ['x', 'y'] }),
    c.json.set('j:2', '$', { name: 'bob', age: 25, tags: ['y'] }),
  ];
}

// Values that differ between two identical runs: timings, memory sizes, garbage collection and
// background work (`cleaning`, `total_inverted_index_blocks` count what the previous run's FLUSHALL
// is still freeing).
const VARIABLE = /time|_mb$|_sz|gc_stats|cursor_stats|memory|_avg$|^cleaning$|^indexing$|percent_indexed|_blocks$/i;

/** `value` with every variable part (by its key, or for a flat list the element after such a
 *  key) replaced by its type; objects are changed in place, so their prototypes stay. */
function stable(value) {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (i > 0 && typeof value[i - 1] === 'string' && VARIABLE.test(value[i - 1])) value[i] = typeOf(value[i]);
      else value[i] = stable(value[i]);
    }
  } else if (value instanceof Map) {
    for (const [k, v] of value) value.set(k, VARIABLE.test(String(k)) ? typeOf(v) : stable(v));
  } else if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
    for (const k of Object.keys(value)) value[k] = VARIABLE.test(k) ? typeOf(value[k]) : stable(value[k]);
  }
  return value;
}

function typeOf(value) {
  return `<${Array.isArray(value) ? 'array' : value === null ? 'null' : Buffer.isBuffer(value) ? 'buffer' : typeof value}>`;
}

/** A cursor id as "some cursor" or 0 (exhausted), wherever the reply has it. */
function cursorOf(reply) {
  return Array.isArray(reply) ? reply[1] : reply.cursor;
}
function stableCursor(reply) {
  const id = cursorOf(reply);
  const shown = id === 0 ? 0 : `<cursor ${typeof id}>`;
  if (Array.isArray(reply)) reply[1] = shown;
  else reply.cursor = shown;
  return reply;
}

const scenarios = {
  'create with every field type, _list, info': (c) => [
    c.ft.create('all', {
      t: { type: 'TEXT', NOSTEM: true, WEIGHT: 2, PHONETIC: 'dm:en', WITHSUFFIXTRIE: true, INDEXEMPTY: true, INDEXMISSING: true, SORTABLE: 'UNF', AS: 'title' },
      n: { type: 'NUMERIC', INDEXMISSING: true, SORTABLE: true },
      nx: { type: 'NUMERIC', NOINDEX: true, SORTABLE: true },
      g: { type: 'GEO', SORTABLE: true },
      tag: { type: 'TAG', SEPARATOR: ';', CASESENSITIVE: true, WITHSUFFIXTRIE: true, INDEXEMPTY: true, INDEXMISSING: true },
      s: { type: 'GEOSHAPE', INDEXMISSING: true },
      s2: 'GEOSHAPE',
      v: { type: 'VECTOR', ALGORITHM: 'HNSW', TYPE: 'FLOAT64', DIM: 4, DISTANCE_METRIC: 'IP', INITIAL_CAP: 5, M: 4, EF_CONSTRUCTION: 10, EF_RUNTIME: 5 },
      sku: [{ type: 'TEXT', AS: 'sku_text' }, { type: 'TAG', AS: 'sku_tag', SORTABLE: true }],
    }),
    c.ft._list(),
    c.ft.info('all').then(stable),
  ],
  'create options, info': (c) => [
    c.ft.create('o', { t: 'TEXT' }, {
      ON: 'HASH', PREFIX: ['a:', 'b:'], FILTER: '@t != "x"', LANGUAGE: 'German', LANGUAGE_FIELD: '@lang', SCORE: 0.5, SCORE_FIELD: '@score',
      MAXTEXTFIELDS: true, NOOFFSETS: true, NOHL: true, NOFIELDS: true, NOFREQS: true, SKIPINITIALSCAN: true, STOPWORDS: ['foo', 'bar'],
    }),
    c.ft.create('p', { t: 'TEXT' }, { PREFIX: 'p:', STOPWORDS: [], TEMPORARY: 1000 }),
    c.ft.create('q', { t: 'TEXT' }, { STOPWORDS: 'only' }),
    c.ft.info('o').then(stable), c.ft.info('p').then(stable), c.ft.info('q').then(stable), c.ft._LIST(),
  ],
  'info with type mappings': (c) => [
    ...books(c), asMaps(c).ft.info('idx').then(stable), c.withTypeMapping({ [MAP]: Array }).ft.info('idx').then(stable),
    asBuffers(c).ft.info('idx').then(stable), c.withTypeMapping({ [DOUBLE]: String }).ft.info('idx').then(stable),
  ],
  'alter': (c) => [
    c.ft.create('idx', { t: 'TEXT' }), c.ft.alter('idx', { n: { type: 'NUMERIC', SORTABLE: true } }),
    c.ft.ALTER('idx', { tag: [{ type: 'TAG', AS: 'a' }, { type: 'TEXT', AS: 'b' }] }), c.ft.info('idx').then((i) => (Array.isArray(i) || i instanceof Map ? 'raw' : i.attributes)),
    c.ft.alter('idx', { t: 'TEXT' }), c.ft.alter('nope', { x: 'TEXT' }),
  ],
  'search: no options': (c) => [...books(c), c.ft.search('idx', 'hello'), c.ft.search('idx', '*'), c.ft.search('idx', 'nothinghere'), c.ft.SEARCH(Buffer.from('idx'), Buffer.from('world'))],
  'search: RETURN, INKEYS, INFIELDS': (c) => [
    ...books(c),
    c.ft.search('idx', 'hello', { RETURN: 't' }), c.ft.search('idx', 'hello', { RETURN: ['t', 'n'] }), c.ft.search('idx', 'hello', { RETURN: ['n', 'AS', 'num'] }),
    c.ft.search('idx', 'hello', { RETURN: [] }), c.ft.search('idx', 'world', { INKEYS: 'd:1' }), c.ft.search('idx', 'world', { INKEYS: ['d:1', 'd:3'] }),
    c.ft.search('idx', 'hello', { INFIELDS: 't' }), c.ft.search('idx', 'hello', { INFIELDS: ['g'] }),
  ],
  'search: SUMMARIZE, HIGHLIGHT': (c) => [
    ...books(c),
    c.ft.search('idx', 'friend', { SUMMARIZE: true }), c.ft.search('idx', 'friend', { SUMMARIZE: { FIELDS: 't', FRAGS: 1, LEN: 2, SEPARATOR: '|' } }),
    c.ft.search('idx', 'friend', { SUMMARIZE: { FIELDS: ['t'] } }), c.ft.search('idx', 'hello', { HIGHLIGHT: true }),
    c.ft.search('idx', 'hello', { HIGHLIGHT: { FIELDS: 't', TAGS: { open: '<b>', close: '</b>' } } }), c.ft.search('idx', 'hello', { HIGHLIGHT: { FIELDS: ['t'] }, SUMMARIZE: { LEN: 3 } }),
  ],
  'search: SORTBY, LIMIT': (c) => [
    ...books(c),
    c.ft.search('idx', '*', { SORTBY: 'n' }), c.ft.search('idx', '*', { SORTBY: { BY: 'n', DIRECTION: 'DESC' } }), c.ft.search('idx', '*', { SORTBY: { BY: 't' } }),
    c.ft.search('idx', '*', { SORTBY: 'n', LIMIT: { from: 1, size: 1 } }), c.ft.search('idx', '*', { LIMIT: { from: '0', size: '0' } }), c.ft.search('idx', '*', { SORTBY: 'nope' }),
  ],
  'search: PARAMS, DIALECT, query syntax': (c) => [
    ...books(c),
    c.ft.search('idx', '@n:[$lo $hi]', { PARAMS: { lo: 2, hi: '3' }, SORTBY: 'n' }), c.ft.search('idx', '@g:{$tag}', { PARAMS: { tag: 'b' }, SORTBY: 'n' }),
    c.ft.search('idx', '@loc:[2 48 100 km]'), c.ft.search('idx', '@n:[1 1]', { DIALECT: 1 }), c.ft.search('idx', 'hello', { DIALECT: 3, RETURN: 't' }),
    c.ft.search('idx', '@n:[$lo 5]', { DIALECT: 1, PARAMS: { lo: 1 } }), c.ft.search('idx', '@t:(', {}),
  ],
  'search: flags, SLOP, INORDER, LANGUAGE, EXPANDER, SCORER, TIMEOUT': (c) => [
    ...books(c),
    c.ft.search('idx', 'hello friend', { SLOP: 3, INORDER: true }), c.ft.search('idx', 'friend hello', { SLOP: 3, INORDER: true }),
    c.ft.search('idx', 'worlds', { VERBATIM: true }), c.ft.search('idx', 'worlds'), c.ft.search('idx', 'my friend', { NOSTOPWORDS: true }),
    c.ft.search('idx', 'hello', { LANGUAGE: 'English', EXPANDER: 'DEFAULT', SCORER: 'TFIDF', TIMEOUT: 1000, SORTBY: 'n' }),
    c.ft.search('idx', 'hello', { SCORER: 'NOPE' }),
  ],
  'search: vectors (KNN, range, hybrid query)': (c) => [
    ...vectors(c),
    c.ft.search('vec', '*=>[KNN 2 @v $B AS dist]', { PARAMS: { B: floats(1, 1) }, SORTBY: 'dist', RETURN: ['dist', 'g'] }),
    c.ft.search('vec', '(@g:{x})=>[KNN 5 @h $B]', { PARAMS: { B: floats(1, 0) }, RETURN: ['g'], DIALECT: 2 }),
    c.ft.search('vec', '@v:[VECTOR_RANGE 2 $B]=>{$YIELD_DISTANCE_AS: d}', { PARAMS: { B: floats(0, 0) }, SORTBY: 'd', RETURN: 'd', DIALECT: 2 }),
    c.ft.searchNoContent('vec', '*=>[KNN 1 @v $B]', { PARAMS: { B: floats(5, 5) } }),
  ],
  'search: GEOSHAPE (spherical: node-redis cannot ask for FLAT, see the end of this file)': (c) => [
    c.ft.create('shapes', { s: { type: 'GEOSHAPE' } }, { PREFIX: 's:' }),
    c.hSet('s:1', 's', 'POLYGON((1 1, 1 2, 2 2, 2 1, 1 1))'), c.hSet('s:2', 's', 'POINT(10 10)'),
    c.ft.search('shapes', '@s:[WITHIN $area]', { PARAMS: { area: 'POLYGON((0 0, 0 5, 5 5, 5 0, 0 0))' }, DIALECT: 3 }),
    c.ft.search('shapes', '@s:[CONTAINS $p]', { PARAMS: { p: 'POINT(1.5 1.5)' }, DIALECT: 3 }),
  ],
  'search: JSON documents': (c) => [
    ...jsonDocs(c),
    c.ft.search('j', '*', { SORTBY: 'age' }), c.ft.search('j', '@tags:{x}'), c.ft.search('j', '*', { RETURN: ['name', 'age'], SORTBY: { BY: 'age', DIRECTION: 'DESC' } }),
    c.ft.search('j', '*', { RETURN: ['$.name', 'AS', 'who'], SORTBY: 'age' }), c.ft.search('j', '*', { DIALECT: 3, SORTBY: 'age' }), c.ft.searchNoContent('j', 'bob'),
  ],
  'search: a `$` field that is not JSON': (c) => [
    c.ft.create('h', { t: 'TEXT' }, { PREFIX: 'h:' }), c.hSet('h:1', { t: 'hello', $: 'not json' }), c.hSet('h:2', { t: 'hello', $: '{"a":1}' }),
    c.ft.search('h', 'hello', { SORTBY: 't' }),
  ],
  'search with type mappings': (c) => [
    ...books(c), ...jsonDocs(c),
    asBuffers(c).ft.search('idx', 'hello', { SORTBY: 'n' }), asMaps(c).ft.search('idx', 'hello', { SORTBY: 'n' }), c.withTypeMapping({ [MAP]: Array }).ft.search('idx', 'hello'),
    asBuffers(c).ft.search('j', '*', { SORTBY: 'age' }), asBuffers(c).ft.searchNoContent('idx', '*', { SORTBY: 'n' }), asMaps(c).ft.searchNoContent('idx', 'world'),
  ],
  'searchNoContent': (c) => [
    ...books(c), c.ft.searchNoContent('idx', 'hello'), c.ft.searchNoContent('idx', '*', { SORTBY: 'n', LIMIT: { from: 0, size: 2 } }), c.ft.SEARCH_NOCONTENT('idx', 'zzz'),
  ],
  'aggregate: LOAD forms, flags': (c) => [
    ...books(c),
    c.ft.aggregate('idx', '*', { LOAD: '@t', STEPS: [{ type: 'SORTBY', BY: '@t' }] }), c.ft.aggregate('idx', 'hello', { LOAD: ['@t', '@n'], STEPS: [{ type: 'SORTBY', BY: '@n' }] }),
    c.ft.aggregate('idx', '*', { LOAD: { identifier: '@n', AS: 'num' }, STEPS: [{ type: 'SORTBY', BY: '@num' }] }), c.ft.aggregate('idx', '*', { LOAD: [{ identifier: '@g' }, '@n'], STEPS: [{ type: 'SORTBY', BY: '@n' }] }),
    c.ft.aggregate('idx', '*', { LOAD: '*', STEPS: [{ type: 'SORTBY', BY: '@n' }] }), c.ft.aggregate('idx', 'hello', { VERBATIM: true, TIMEOUT: 1000, LOAD: '@n', STEPS: [{ type: 'SORTBY', BY: '@n' }] }),
    c.ft.aggregate('idx', 'hello', { ADDSCORES: true, STEPS: [{ type: 'SORTBY', BY: '@__score' }] }), c.ft.aggregate('idx', '*'),
  ],
  'aggregate: GROUPBY with every reducer': (c) => [
    ...books(c), c.hSet('d:4', { t: 'hello again', n: '4', g: 'c' }),
    c.ft.aggregate('idx', '*', {
      LOAD: ['@g', '@t'],
      STEPS: [
        {
          type: 'GROUPBY',
          properties: '@g',
          REDUCE: [
            { type: 'COUNT' }, { type: 'COUNT', AS: 'count' }, { type: 'COUNT_DISTINCT', property: '@t', AS: 'distinct' }, { type: 'COUNT_DISTINCTISH', property: '@t', AS: 'distinctish' },
            { type: 'SUM', property: '@n', AS: 'sum' }, { type: 'MIN', property: '@n', AS: 'min' }, { type: 'MAX', property: '@n', AS: 'max' }, { type: 'AVG', property: '@n', AS: 'avg' },
            { type: 'STDDEV', property: '@n', AS: 'stddev' }, { type: 'QUANTILE', property: '@n', quantile: 0.5, AS: 'median' },
            { type: 'FIRST_VALUE', property: '@t', AS: 'first' }, { type: 'FIRST_VALUE', property: '@t', BY: '@n', AS: 'firstBy' },
            { type: 'FIRST_VALUE', property: '@t', BY: { property: '@n', direction: 'DESC' }, AS: 'last' }, { type: 'FIRST_VALUE', property: '@t', BY: { property: '@n' }, AS: 'firstAsc' },
          ],
        },
        { type: 'SORTBY', BY: '@g' },
      ],
    }),
    c.ft.aggregate('idx', '@n:[1 1]', { LOAD: '@t', STEPS: [{ type: 'GROUPBY', properties: ['@g', '@t'], REDUCE: [{ type: 'TOLIST', property: '@t', AS: 'list' }, { type: 'RANDOM_SAMPLE', property: '@t', sampleSize: 1, AS: 'sample' }] }] }),
    c.ft.aggregate('idx', '*', { STEPS: [{ type: 'GROUPBY', REDUCE: { type: 'SUM', property: '@n' } }] }), c.ft.aggregate('idx', '*', { STEPS: [{ type: 'GROUPBY', properties: [], REDUCE: [] }] }),
  ],
  'aggregate: SORTBY, APPLY, FILTER, LIMIT, PARAMS': (c) => [
    ...books(c),
    c.ft.aggregate('idx', '*', { LOAD: ['@n', '@t'], STEPS: [{ type: 'APPLY', expression: '@n * 10', AS: 'ten' }, { type: 'FILTER', expression: '@ten > 10' }, { type: 'SORTBY', BY: { BY: '@ten', DIRECTION: 'DESC' } }] }),
    c.ft.aggregate('idx', '*', { LOAD: '@n', STEPS: [{ type: 'SORTBY', BY: ['@n'] }, { type: 'LIMIT', from: 1, size: 1 }] }),
    c.ft.aggregate('idx', '*', { LOAD: ['@t', '@n'], STEPS: [{ type: 'SORTBY', BY: [{ BY: '@t', DIRECTION: 'ASC' }, { BY: '@n', DIRECTION: 'DESC' }] }] }),
    c.ft.aggregate('idx', '@n:[$lo +inf]', { PARAMS: { lo: 2 }, LOAD: '@n', STEPS: [{ type: 'SORTBY', BY: '@n' }], DIALECT: 2 }),
    c.ft.aggregate('idx', '*', { LOAD: '@t', STEPS: [{ type: 'APPLY', expression: 'upper(@t)', AS: 'u' }, { type: 'SORTBY', BY: '@u' }, { type: 'LIMIT', from: '0', size: '2' }] }),
  ],
  'aggregate with type mappings': (c) => [
    ...books(c),
    asMaps(c).ft.aggregate('idx', '*', { LOAD: '@n', STEPS: [{ type: 'SORTBY', BY: '@n' }] }), c.withTypeMapping({ [MAP]: Array }).ft.aggregate('idx', '*', { LOAD: '@n', STEPS: [{ type: 'SORTBY', BY: '@n' }] }),
    asBuffers(c).ft.aggregate('idx', 'hello', { LOAD: '@t', STEPS: [{ type: 'SORTBY', BY: '@t' }] }),
  ],
  'aggregateWithCursor, cursorRead, cursorDel': async (c) => {
    await Promise.all(books(c));
    const first = await c.ft.aggregateWithCursor('idx', '*', { LOAD: '@n', STEPS: [{ type: 'SORTBY', BY: '@n' }], COUNT: 1, MAXIDLE: 10000 });
    const cursor = cursorOf(first);
    const second = await c.ft.cursorRead('idx', cursor, { COUNT: 1 });
    const rest = await c.ft.cursorRead('idx', String(cursor));
    const another = await asMaps(c).ft.aggregateWithCursor('idx', '*', { LOAD: '@t', COUNT: 1 });
    const deleted = [await c.ft.cursorDel('idx', cursorOf(another)), await c.ft.CURSOR_DEL('idx', BigInt(cursorOf(another))).catch((err) => err)];
    return [
      stableCursor(first), stableCursor(second), stableCursor(rest), stableCursor(another), ...deleted, c.ft.cursorRead('idx', cursor), c.ft.CURSOR_READ('nope', 1),
      c.ft.AGGREGATE_WITHCURSOR('idx', 'nothinghere').then(stableCursor),
    ];
  },
  'profileSearch, profileAggregate': (c) => [
    ...books(c),
    c.ft.profileSearch('idx', 'hello').then(stable), c.ft.profileSearch('idx', 'hello', { LIMITED: true, SORTBY: 'n', RETURN: 't' }).then(stable),
    c.ft.profileAggregate('idx', '*', { LOAD: '@n', STEPS: [{ type: 'SORTBY', BY: '@n' }] }).then(stable),
    c.ft.PROFILEAGGREGATE('idx', 'hello', { LIMITED: true, STEPS: [{ type: 'GROUPBY', properties: '@g', REDUCE: { type: 'COUNT' } }, { type: 'SORTBY', BY: '@g' }] }).then(stable),
    c.ft.PROFILESEARCH('nope', 'x'), asMaps(c).ft.profileAggregate('idx', '*', { LOAD: '@n', STEPS: [{ type: 'SORTBY', BY: '@n' }] }).then(stable),
    asBuffers(c).ft.profileSearch('idx', 'world').then(stable),
  ],
  'explain, explainCli': (c) => [
    ...books(c),
    c.ft.explain('idx', 'hello world'), c.ft.explain('idx', '@n:[$lo 5] @g:{a}', { PARAMS: { lo: 1 }, DIALECT: 2 }), c.ft.explain('idx', 'hello', { DIALECT: 1 }),
    c.ft.explainCli('idx', 'hello world'), c.ft.explainCli('idx', '@n:[1 5] | @t:bye', { DIALECT: 3 }), c.ft.explain('nope', 'x'),
  ],
  'spellCheck and dictionaries': (c) => [
    ...books(c),
    c.ft.dictAdd('dict', 'helium'), c.ft.dictAdd('dict', ['hellion', 'word']), c.ft.dictAdd('stop', 'hello'), c.ft.dictDump('dict'), c.ft.DICTDUMP('stop'),
    c.ft.spellCheck('idx', 'helo wrld'), c.ft.spellCheck('idx', 'helo', { DISTANCE: 2 }), c.ft.spellCheck('idx', 'helo', { TERMS: { mode: 'INCLUDE', dictionary: 'dict' } }),
    c.ft.spellCheck('idx', 'helo', { TERMS: [{ mode: 'INCLUDE', dictionary: 'dict' }, { mode: 'EXCLUDE', dictionary: 'stop' }], DISTANCE: 1, DIALECT: 2 }),
    c.ft.spellCheck('idx', 'hello world'), asBuffers(c).ft.spellCheck('idx', 'helo'), asMaps(c).ft.spellCheck('idx', 'helo wrld'),
    c.ft.dictDel('dict', 'word'), c.ft.dictDel('dict', ['nope', 'helium']), c.ft.dictDump('dict'), c.ft.dictDump('nope'),
    asBuffers(c).ft.dictDump('dict'), c.withTypeMapping({ [SET]: Set }).ft.dictDump('dict'),
  ],
  'suggestions': (c) => [
    c.ft.sugAdd('s', 'hello', 1), c.ft.sugAdd('s', 'help', 2, { PAYLOAD: 'p-help' }), c.ft.sugAdd('s', 'hello', 1, { INCR: true }), c.ft.sugAdd('s', 'helium', 0.5, { PAYLOAD: 'p-he', INCR: true }),
    c.ft.sugLen('s'), c.ft.sugGet('s', 'hel'), c.ft.sugGet('s', 'hal', { FUZZY: true }), c.ft.sugGet('s', 'hel', { MAX: 1 }), c.ft.sugGet('s', 'zz'), c.ft.sugGet('nope', 'a'),
    c.ft.sugGetWithPayloads('s', 'hel'), c.ft.sugGetWithScores('s', 'hel'), c.ft.sugGetWithScores('s', 'hal', { FUZZY: true, MAX: 2 }),
    c.ft.sugGetWithScoresWithPayloads('s', 'hel'), c.ft.sugGetWithScoresWithPayloads('nope', 'x'), c.ft.sugGetWithPayloads('nope', 'x'), c.ft.sugGetWithScores('nope', 'x'),
    c.ft.sugDel('s', 'help'), c.ft.sugDel('s', 'help'), c.ft.sugLen('s'), c.ft.sugLen('nope'),
  ],
  'suggestions with type mappings': (c) => [
    c.ft.sugAdd('s', 'hello', 1.5, { PAYLOAD: 'p' }), c.ft.sugAdd('s', 'help', 3),
    c.withTypeMapping({ [DOUBLE]: String }).ft.sugGetWithScores('s', 'hel'), c.withTypeMapping({ [DOUBLE]: String }).ft.sugGetWithScoresWithPayloads('s', 'hel'),
    asBuffers(c).ft.sugGet('s', 'hel'), asBuffers(c).ft.sugGetWithPayloads('s', 'hel'), asBuffers(c).ft.sugGetWithScores('s', 'hel'),
  ],
  // The groups are defined before the documents are written: an update over indexed documents
  // rescans them in the background.
  'synonyms': (c) => [
    c.ft.create('idx', SCHEMA, { PREFIX: 'd:' }),
    c.ft.synUpdate('idx', 'g1', 'hello'), c.ft.synUpdate('idx', 'g1', ['hi', 'hey']), c.ft.synUpdate('idx', 'g2', ['world', 'earth'], { SKIPINITIALSCAN: true }),
    ...Object.entries(DOCS).map(([key, doc]) => c.hSet(key, doc)),
    c.ft.synDump('idx'), asMaps(c).ft.synDump('idx'), asBuffers(c).ft.synDump('idx'), c.ft.search('idx', 'hey', { SORTBY: 'n' }), c.ft.synDump('nope'),
  ],
  'tagVals, aliases, dropIndex': (c) => [
    ...books(c),
    c.ft.tagVals('idx', 'g'), c.withTypeMapping({ [SET]: Set }).ft.tagVals('idx', 'g'), c.withTypeMapping({ [ARRAY]: Set }).ft.tagVals('idx', 'g'), c.ft.tagVals('idx', 'nope'),
    c.ft.aliasAdd('books', 'idx'), c.ft.search('books', 'world', { SORTBY: 'n' }), c.ft.aliasAdd('books', 'idx'), c.ft.create('other', { x: 'TEXT' }),
    c.ft.aliasUpdate('books', 'other'), c.ft.search('books', '*'), c.ft.aliasDel('books'), c.ft.aliasDel('books'), c.ft.search('books', '*'),
    c.ft.dropIndex('other'), c.ft.dropIndex('idx', { DD: true }), c.ft._list(), c.exists('d:1'), c.ft.dropIndex('idx'),
  ],
  'configSet, and configGet on RESP2 (node-redis fails it on RESP3)': async (c) => {
    if (c.options?.RESP === 3) return 'see the RESP3 test below';
    const before = await c.ft.configGet('MAXEXPANSIONS');
    return [before, c.ft.configSet('MAXEXPANSIONS', '300'), c.ft.configGet('MAXEXPANSIONS'), asBuffers(c).ft.configGet('MAXEXPANSIONS'), asMaps(c).ft.configGet('MAXEXPANSIONS'), c.ft.CONFIG_SET(Buffer.from('MAXEXPANSIONS'), before.MAXEXPANSIONS), c.ft.configGet('NOPE'), c.ft.configSet('NOPE', '1'), c.ft.configGet('*').then((all) => Object.keys(all).length > 10)];
  },
  'errors': (c) => [
    c.set('str', 'v'), c.ft.search('nope', '*'), c.ft.aggregate('nope', '*'), c.ft.info('nope'), c.ft.create('idx', { t: 'TEXT' }), c.ft.create('idx', { t: 'TEXT' }),
    c.ft.create('bad', { t: 'NOTATYPE' }), c.ft.sugAdd('str', 'x', 1), c.ft.sugGet('str', 'x'), c.ft.aggregate('idx', '*', { STEPS: [{ type: 'APPLY', expression: '(((', AS: 'x' }] }),
    c.ft.dictDel('nodict', 'x'), c.ft.tagVals('nope', 'g'), c.ft.spellCheck('nope', 'x'), c.ft.dropIndex('nope'), c.ft.cursorDel('idx', 42), c.ft.explainCli('nope', 'x'),
  ],
  'in a transaction': (c) => [
    c.multi()
      .ft.create('idx', SCHEMA, { PREFIX: 'd:' })
      .hSet('d:1', DOCS['d:1'])
      .ft.search('idx', 'hello')
      .ft.searchNoContent('idx', '*')
      .ft.aggregate('idx', '*', { LOAD: '@n' })
      .ft.sugAdd('s', 'hello', 1)
      .ft.sugGetWithScores('s', 'he')
      .ft.tagVals('idx', 'g')
      .ft.synUpdate('idx', 'g', ['a', 'b'])
      .ft.synDump('idx')
      .ft.spellCheck('idx', 'helo')
      .ft.search('nope', 'x')
      .exec(),
    c.multi().ft.create('m', { t: 'TEXT' }).ft.info('m').exec().then(stable),
  ],
};

differential('ft commands', scenarios, { stack: true, clientOptions: { unstableResp3: true } });

/** Runs `call`; a synchronous throw is reported as such (node-redis throws the RESP3 gate). */
function sync(call) {
  try {
    return call();
  } catch (err) {
    return { threw: err };
  }
}

differential('ft commands on RESP3 without unstableResp3', {
  'the query commands are refused, synchronously': (c) => [
    sync(() => c.ft.search('idx', '*')), sync(() => c.ft.searchNoContent('idx', '*')), sync(() => c.ft.aggregate('idx', '*')), sync(() => c.ft.aggregateWithCursor('idx', '*')),
    sync(() => c.ft.cursorRead('idx', 1)), sync(() => c.ft.info('idx')), sync(() => c.ft.profileSearch('idx', '*')), sync(() => c.ft.profileAggregate('idx', '*')),
    sync(() => c.ft.spellCheck('idx', 'x')), sync(() => c.ft.hybrid('idx', { SEARCH: { query: '*' }, VSIM: { field: '@v', vector: '$v' } })), sync(() => c.ft.SEARCH('idx', '*')),
  ],
  'the others run': (c) => [
    c.ft.create('idx', { t: 'TEXT', g: 'TAG' }), c.hSet('doc', { t: 'hello', g: 'a' }), c.ft._list(), c.ft.tagVals('idx', 'g'), c.ft.explain('idx', 'hello'), c.ft.explainCli('idx', 'hello'),
    c.ft.sugAdd('s', 'hello', 1), c.ft.sugGet('s', 'he'), c.ft.sugGetWithScores('s', 'he'), c.ft.sugGetWithPayloads('s', 'he'), c.ft.sugGetWithScoresWithPayloads('s', 'he'),
    c.ft.dictAdd('d', ['a', 'b']), c.ft.dictDump('d'), c.ft.synUpdate('idx', 'g', 'x'), c.ft.synDump('idx'), c.ft.aliasAdd('al', 'idx'), c.ft.aliasDel('al'), c.ft.dropIndex('idx'),
  ],
}, { stack: true, resp: [3] });

// ---- where node-redis 5.12.1 is wrong: the right behaviour, tested directly ----------------------

const stack = stackServerOptions();
const describeStack = stack ? describe : describe.skip;

describeStack('ft commands node-redis 5.12.1 gets wrong', () => {
  let server;
  const clients = {};
  beforeAll(async () => {
    server = await startRedis({ binary: stack.binary, config: { loadmodule: stack.config.loadmodule } });
    for (const RESP of [2, 3]) {
      clients[RESP] = ferrodis.createClient({ socket: { host: server.host, port: server.port }, RESP, unstableResp3: true });
      await clients[RESP].connect();
    }
  });
  afterAll(async () => {
    for (const client of Object.values(clients)) await client.quit().catch(() => {});
    await server?.stop();
  });

  test('configGet on RESP3 gives the map (node-redis throws "reply is not iterable")', async () => {
    const c = clients[3];
    expect(await c.ft.configGet('MAXEXPANSIONS')).toEqual(Object.assign(Object.create(null), { MAXEXPANSIONS: '200' }));
    expect(await c.withTypeMapping({ [MAP]: Map }).ft.configGet('MAXEXPANSIONS')).toEqual(new Map([['MAXEXPANSIONS', '200']]));
    expect(await c.ft.configGet('NOPE')).toEqual(Object.create(null));
    expect(await clients[2].ft.configGet('MAXEXPANSIONS')).toEqual(await c.ft.configGet('MAXEXPANSIONS'));
  });

  test.each([2, 3])('a GEOSHAPE field with COORD_SYSTEM FLAT is created and queried (RESP%i; node-redis sends a keyword the server refuses)', async (RESP) => {
    const c = clients[RESP];
    await c.flushAll();
    expect(await c.ft.create('shapes', { s: { type: 'GEOSHAPE', COORD_SYSTEM: 'FLAT', INDEXMISSING: true }, t: { type: 'GEOSHAPE', COORD_SYSTEM: 'SPHERICAL', AS: 'sphere' } }, { PREFIX: 's:' })).toBe('OK');
    await c.hSet('s:1', 's', 'POLYGON((100 100, 100 200, 200 200, 200 100, 100 100))');
    await c.hSet('s:2', 's', 'POINT(1000 1000)');
    const found = await c.ft.searchNoContent('shapes', '@s:[WITHIN $area]', { PARAMS: { area: 'POLYGON((0 0, 0 500, 500 500, 500 0, 0 0))' }, DIALECT: 3 });
    expect(RESP === 2 ? found : found.results.map((r) => r.id)).toEqual(RESP === 2 ? { total: 1, documents: ['s:1'] } : ['s:1']);
    const info = await c.ft.info('shapes');
    expect(info.attributes.map((a) => ({ ...a }))).toEqual([
      expect.objectContaining({ identifier: 's', type: 'GEOSHAPE', coord_system: 'FLAT' }),
      expect.objectContaining({ identifier: 't', attribute: 'sphere', type: 'GEOSHAPE', coord_system: 'SPHERICAL' }),
    ]);
  });

  test.each([2, 3])('an aggregation SORTBY with MAX runs (RESP%i; node-redis sends a count the server refuses)', async (RESP) => {
    const c = clients[RESP];
    await c.flushAll();
    await Promise.all(books(c));
    const sorted = await c.ft.aggregate('idx', '*', { LOAD: '@n', STEPS: [{ type: 'SORTBY', BY: { BY: '@n', DIRECTION: 'DESC' }, MAX: 2 }] });
    const rows = RESP === 2 ? sorted.results : sorted.results.map((row) => row.extra_attributes);
    expect(rows.map((row) => ({ ...row }))).toEqual([{ n: '3' }, { n: '2' }]);
    const plain = await c.ft.aggregate('idx', '*', { LOAD: '@n', STEPS: [{ type: 'SORTBY', BY: '@n', MAX: 1 }] });
    expect((RESP === 2 ? plain.results : plain.results.map((row) => row.extra_attributes)).map((row) => ({ ...row }))).toEqual([{ n: '1' }]);
  });
});

// One call of every command, for the routing and arity checks below.
const CALLS = {
  _LIST: [], AGGREGATE: ['idx', '*'], AGGREGATE_WITHCURSOR: ['idx', '*'], ALIASADD: ['a', 'idx'], ALIASDEL: ['a'], ALIASUPDATE: ['a', 'idx'], ALTER: ['idx', { t: 'TEXT' }],
  CONFIG_GET: ['*'], CONFIG_SET: ['TIMEOUT', '1'], CREATE: ['idx', { t: 'TEXT' }], CURSOR_DEL: ['idx', 1], CURSOR_READ: ['idx', 1], DICTADD: ['d', 'a'], DICTDEL: ['d', 'a'],
  DICTDUMP: ['d'], DROPINDEX: ['idx'], EXPLAIN: ['idx', '*'], EXPLAINCLI: ['idx', '*'], HYBRID: ['idx', { SEARCH: { query: '*' }, VSIM: { field: '@v', vector: '$v' } }],
  INFO: ['idx'], PROFILEAGGREGATE: ['idx', '*'], PROFILESEARCH: ['idx', '*'], SEARCH: ['idx', '*'], SEARCH_NOCONTENT: ['idx', '*'], SPELLCHECK: ['idx', 'x'],
  SUGADD: ['sugs', 'x', 1], SUGDEL: ['sugs', 'x'], SUGGET: ['sugs', 'x'], SUGGET_WITHPAYLOADS: ['sugs', 'x'], SUGGET_WITHSCORES: ['sugs', 'x'], SUGGET_WITHSCORES_WITHPAYLOADS: ['sugs', 'x'],
  SUGLEN: ['sugs'], SYNDUMP: ['idx'], SYNUPDATE: ['idx', 'g', 'x'], TAGVALS: ['idx', 'g'],
};

test('every command of @redis/search is in the table, under its two names, with its RESP3 gate', () => {
  const search = require('@redis/search').default;
  const ours = MODULES.ft;
  expect(Object.keys(ours).sort()).toEqual(Object.keys(CALLS).sort());
  const names = new Set(Object.entries(ours).flatMap(([name, definition]) => [name, definition.method]));
  expect([...names].sort()).toEqual(Object.keys(search).sort());
  for (const [name, definition] of Object.entries(ours)) {
    expect([name, definition.unstableResp3 === true]).toEqual([name, search[name].unstableResp3 === true]);
    expect(search[definition.method]).toBe(search[name]);
  }
});

// node-redis routes a command by its first pushed key: none for the index commands (any node), the
// key for FT.SUGADD/SUGDEL/SUGGET*. FT.SUGLEN's key node-redis pushes as a plain argument (a random
// node, then a MOVED redirection); here it is routed to its slot like the other FT.SUG* commands.
test('cluster routing: the first key as node-redis finds it (FT.SUGLEN: its key)', () => {
  const search = require('@redis/search').default;
  const { BasicCommandParser } = require('@redis/client/dist/lib/client/parser');
  for (const [name, args] of Object.entries(CALLS)) {
    const parser = new BasicCommandParser();
    search[name].parseCommand(parser, ...args);
    const expected = name === 'SUGLEN' ? 'sugs' : parser.firstKey;
    expect([name, routingKey(MODULES.ft[name], MODULES.ft[name].build(...args))]).toEqual([name, expected]);
    expect([name, MODULES.ft[name].build(...args)]).toEqual([name, parser.redisArgs]);
  }
});

test("the constants are node-redis' own", () => {
  for (const name of ['SCHEMA_FIELD_TYPE', 'SCHEMA_TEXT_FIELD_PHONETIC', 'SCHEMA_VECTOR_FIELD_ALGORITHM', 'REDISEARCH_LANGUAGE', 'FT_AGGREGATE_STEPS', 'FT_AGGREGATE_GROUP_BY_REDUCERS']) {
    expect(MODULE_CONSTANTS[name]).toStrictEqual(redis[name]);
  }
});

rejectsBeforeSending('ft commands', [
  ['create without a schema', (c) => c.ft.create('idx')],
  ['create with an empty schema', (c) => c.ft.create('idx', {})],
  ['create with a field lacking its type', (c) => c.ft.create('idx', { t: { SORTABLE: true } })],
  ['create with a VECTOR field lacking DIM', (c) => c.ft.create('idx', { v: { type: 'VECTOR', ALGORITHM: 'FLAT', TYPE: 'FLOAT32', DISTANCE_METRIC: 'L2' } })],
  ['create with a non-numeric WEIGHT', (c) => c.ft.create('idx', { t: { type: 'TEXT', WEIGHT: 'heavy' } })],
  ['create with options that are not an object', (c) => c.ft.create('idx', { t: 'TEXT' }, 'ON HASH')],
  ['alter without a schema', (c) => c.ft.alter('idx', null)],
  ['search without a query', (c) => c.ft.search('idx')],
  ['search with a number as the index', (c) => c.ft.search(1, '*')],
  ['search with a LIMIT lacking its size', (c) => c.ft.search('idx', '*', { LIMIT: { from: 0 } })],
  ['search with a SORTBY object lacking BY', (c) => c.ft.search('idx', '*', { SORTBY: { DIRECTION: 'ASC' } })],
  ['search with PARAMS holding an object', (c) => c.ft.search('idx', '*', { PARAMS: { a: {} } })],
  ['search with a non-integer DIALECT', (c) => c.ft.search('idx', '*', { DIALECT: 'two' })],
  ['search with HIGHLIGHT TAGS lacking close', (c) => c.ft.search('idx', '*', { HIGHLIGHT: { TAGS: { open: '<' } } })],
  ['aggregate with STEPS that is not an array', (c) => c.ft.aggregate('idx', '*', { STEPS: { type: 'LIMIT', from: 0, size: 1 } })],
  ['aggregate with an unknown step', (c) => c.ft.aggregate('idx', '*', { STEPS: [{ type: 'TOP' }] })],
  ['aggregate with GROUPBY lacking REDUCE', (c) => c.ft.aggregate('idx', '*', { STEPS: [{ type: 'GROUPBY', properties: '@a' }] })],
  ['aggregate with an unknown reducer', (c) => c.ft.aggregate('idx', '*', { STEPS: [{ type: 'GROUPBY', REDUCE: { type: 'MEDIAN', property: '@a' } }] })],
  ['aggregate with QUANTILE lacking quantile', (c) => c.ft.aggregate('idx', '*', { STEPS: [{ type: 'GROUPBY', REDUCE: { type: 'QUANTILE', property: '@a' } }] })],
  ['aggregate with a LOAD object lacking identifier', (c) => c.ft.aggregate('idx', '*', { LOAD: { AS: 'x' } })],
  ['aggregate with an APPLY lacking AS', (c) => c.ft.aggregate('idx', '*', { STEPS: [{ type: 'APPLY', expression: '1' }] })],
  ['cursorRead with a non-integer cursor', (c) => c.ft.cursorRead('idx', 'abc')],
  ['hybrid without options', (c) => c.ft.hybrid('idx')],
  ['hybrid without VSIM', (c) => c.ft.hybrid('idx', { SEARCH: { query: '*' } })],
  ['hybrid with an unknown COMBINE method', (c) => c.ft.hybrid('idx', { SEARCH: { query: '*' }, VSIM: { field: '@v', vector: '$v' }, COMBINE: { method: { type: 'MAX' } } })],
  ['sugAdd without a score', (c) => c.ft.sugAdd('s', 'x')],
  ['sugGet with a non-integer MAX', (c) => c.ft.sugGet('s', 'x', { MAX: 1.5 })],
  ['dictAdd without terms', (c) => c.ft.dictAdd('d', [])],
  ['spellCheck with TERMS lacking the dictionary', (c) => c.ft.spellCheck('idx', 'x', { TERMS: { mode: 'INCLUDE' } })],
  ['synUpdate without terms', (c) => c.ft.synUpdate('idx', 'g')],
]);
