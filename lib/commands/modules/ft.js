'use strict';
// `client.ft`: RediSearch (the Redis Query Engine), as node-redis' @redis/search has it. The
// commands take an index name, not a key (keyless: any node of a cluster), except the
// suggestion dictionaries FT.SUG*, which are keys. node-redis refuses most query commands on a
// RESP3 client unless it was made with `unstableResp3: true` (their RESP3 replies are the
// server's, untransformed). The builders are in ./support/search-*.js.
const { text, integer, number, pushVariadic, options } = require('./support/search-args');
const schema = require('./support/search-schema');
const query = require('./support/search-query');
const aggregation = require('./support/search-aggregate');
const { hybrid } = require('./support/search-hybrid');
const replies = require('./support/search-replies');

const OK = "Promise<'OK'>";

/** `FT.NAME index` and nothing else. */
function indexOnly(name) {
  return (index) => [name, text(index, `${name} index`)];
}

/** FT.SUGGET key prefix [FUZZY] [MAX n], then `tail` (WITHSCORES, WITHPAYLOADS). */
function sugGet(...tail) {
  return (key, prefix, opts) => {
    const args = ['FT.SUGGET', text(key, 'FT.SUGGET key'), text(prefix, 'FT.SUGGET prefix')];
    if (options(opts, 'FT.SUGGET options')) {
      if (opts.FUZZY) args.push('FUZZY');
      if (opts.MAX !== undefined) args.push('MAX', integer(opts.MAX, 'FT.SUGGET MAX'));
    }
    args.push(...tail);
    return args;
  };
}

const SUGGET_SIGNATURE = '(key: RedisArgument, prefix: RedisArgument, options?: FtSugGetOptions)';

function sugAdd(key, string, score, opts) {
  const args = ['FT.SUGADD', text(key, 'FT.SUGADD key'), text(string, 'FT.SUGADD string'), number(score, 'FT.SUGADD score')];
  if (options(opts, 'FT.SUGADD options')) {
    if (opts.INCR) args.push('INCR');
    if (opts.PAYLOAD) args.push('PAYLOAD', text(opts.PAYLOAD, 'FT.SUGADD PAYLOAD'));
  }
  return args;
}

function synUpdate(index, groupId, terms, opts) {
  const args = ['FT.SYNUPDATE', text(index, 'FT.SYNUPDATE index'), text(groupId, 'FT.SYNUPDATE groupId')];
  if (options(opts, 'FT.SYNUPDATE options')?.SKIPINITIALSCAN) args.push('SKIPINITIALSCAN');
  pushVariadic(args, terms, 'FT.SYNUPDATE terms');
  return args;
}

/** FT.DICTADD / FT.DICTDEL dictionary term... */
function dictTerms(name) {
  return (dictionary, terms) => {
    const args = [name, text(dictionary, `${name} dictionary`)];
    pushVariadic(args, terms, `${name} terms`);
    return args;
  };
}

const SEARCH_TS = '(index: RedisArgument, query: RedisArgument, options?: FtSearchOptions)';
const AGGREGATE_TS = '(index: RedisArgument, query: RedisArgument, options?: FtAggregateOptions)';

const commands = {
  _LIST: { method: '_list', keyless: true, readonly: true, ts: '(): Promise<string[]>', ts3: 'SetReply<string>', build: () => ['FT._LIST'] },
  AGGREGATE: {
    method: 'aggregate',
    doc: 'Runs an aggregation pipeline (LOAD, GROUPBY/REDUCE, SORTBY, APPLY, LIMIT, FILTER) over the documents of `index` matching `query`. FT.AGGREGATE.',
    keyless: true,
    readonly: true,
    unstableResp3: true,
    ts: `${AGGREGATE_TS}: Promise<AggregateReply>`,
    ts3: 'ReplyUnion',
    build: aggregation.aggregate,
    reply: { 2: replies.aggregateReply },
  },
  AGGREGATE_WITHCURSOR: {
    method: 'aggregateWithCursor',
    keyless: true,
    readonly: true,
    unstableResp3: true,
    ts: '(index: RedisArgument, query: RedisArgument, options?: FtAggregateWithCursorOptions): Promise<AggregateWithCursorReply>',
    ts3: 'ReplyUnion',
    build: aggregation.aggregateWithCursor,
    reply: { 2: replies.cursorReply },
  },
  ALIASADD: { method: 'aliasAdd', keyless: true, ts: `(alias: RedisArgument, index: RedisArgument): ${OK}`, build: (alias, index) => ['FT.ALIASADD', text(alias, 'FT.ALIASADD alias'), text(index, 'FT.ALIASADD index')] },
  ALIASDEL: { method: 'aliasDel', keyless: true, ts: `(alias: RedisArgument): ${OK}`, build: (alias) => ['FT.ALIASDEL', text(alias, 'FT.ALIASDEL alias')] },
  ALIASUPDATE: { method: 'aliasUpdate', keyless: true, ts: `(alias: RedisArgument, index: RedisArgument): ${OK}`, build: (alias, index) => ['FT.ALIASUPDATE', text(alias, 'FT.ALIASUPDATE alias'), text(index, 'FT.ALIASUPDATE index')] },
  ALTER: { method: 'alter', doc: 'Adds the fields of `schema` to `index`. FT.ALTER index SCHEMA ADD ...', keyless: true, ts: `(index: RedisArgument, schema: RediSearchSchema): ${OK}`, build: schema.alter },
  CONFIG_GET: {
    method: 'configGet',
    doc: '@deprecated Redis 8 and later: CONFIG GET. The RediSearch options matching `option` (`*` for all). FT.CONFIG GET.',
    keyless: true,
    readonly: true,
    ts: '(option: string): Promise<Record<string, string | null>>',
    ts3: 'MapReply<string | null>',
    build: (option) => ['FT.CONFIG', 'GET', text(option, 'FT.CONFIG GET option')],
    // RESP3 sends a map, kept as decoded (node-redis 5.12.1 fails on it: "reply is not iterable")
    reply: { 2: replies.configGetReply },
  },
  CONFIG_SET: {
    method: 'configSet',
    doc: '@deprecated Redis 8 and later: CONFIG SET. Sets a RediSearch option. FT.CONFIG SET.',
    keyless: true,
    ts: `(property: RedisArgument, value: RedisArgument): ${OK}`,
    build: (property, value) => ['FT.CONFIG', 'SET', text(property, 'FT.CONFIG SET property'), text(value, 'FT.CONFIG SET value')],
  },
  CREATE: {
    method: 'create',
    doc: 'Creates the index `index` over the hashes (or JSON documents) of its prefixes, with the fields of `schema`. FT.CREATE.',
    keyless: true,
    ts: `(index: RedisArgument, schema: RediSearchSchema, options?: FtCreateOptions): ${OK}`,
    build: schema.create,
  },
  CURSOR_DEL: { method: 'cursorDel', keyless: true, ts: `(index: RedisArgument, cursorId: number | string | bigint): ${OK}`, build: aggregation.cursorDel },
  CURSOR_READ: {
    method: 'cursorRead',
    keyless: true,
    readonly: true,
    unstableResp3: true,
    ts: '(index: RedisArgument, cursor: number | string | bigint, options?: FtCursorReadOptions): Promise<AggregateWithCursorReply>',
    ts3: 'ReplyUnion',
    build: aggregation.cursorRead,
    reply: { 2: replies.cursorReply },
  },
  DICTADD: { method: 'dictAdd', keyless: true, ts: '(dictionary: RedisArgument, term: RedisVariadicArgument): Promise<number>', build: dictTerms('FT.DICTADD') },
  DICTDEL: { method: 'dictDel', keyless: true, ts: '(dictionary: RedisArgument, term: RedisVariadicArgument): Promise<number>', build: dictTerms('FT.DICTDEL') },
  DICTDUMP: { method: 'dictDump', keyless: true, readonly: true, ts: '(dictionary: RedisArgument): Promise<string[]>', ts3: 'SetReply<string>', build: (dictionary) => ['FT.DICTDUMP', text(dictionary, 'FT.DICTDUMP dictionary')] },
  DROPINDEX: {
    method: 'dropIndex',
    doc: 'Deletes the index `index` (and its documents with `{ DD: true }`). FT.DROPINDEX.',
    keyless: true,
    ts: `(index: RedisArgument, options?: FtDropIndexOptions): ${OK}`,
    ts3: 'number',
    build: (index, opts) => {
      const args = ['FT.DROPINDEX', text(index, 'FT.DROPINDEX index')];
      if (options(opts, 'FT.DROPINDEX options')?.DD) args.push('DD');
      return args;
    },
  },
  EXPLAIN: { method: 'explain', keyless: true, readonly: true, ts: '(index: RedisArgument, query: RedisArgument, options?: FtExplainOptions): Promise<SimpleStringReply>', build: query.explain },
  EXPLAINCLI: { method: 'explainCli', keyless: true, readonly: true, ts: '(index: RedisArgument, query: RedisArgument, options?: FtExplainCLIOptions): Promise<string[]>', build: query.explainCli },
  HYBRID: {
    method: 'hybrid',
    doc: 'Redis 8.4+ (experimental in node-redis): a text search and a vector similarity search over `index`, their scores combined. FT.HYBRID.',
    keyless: true,
    readonly: true,
    unstableResp3: true,
    ts: '(index: RedisArgument, options: FtHybridOptions): Promise<HybridSearchResult>',
    ts3: 'ReplyUnion',
    build: hybrid,
    reply: { 2: replies.hybridReply },
  },
  INFO: { method: 'info', doc: 'The definition, fields and statistics of the index `index`. FT.INFO.', keyless: true, readonly: true, unstableResp3: true, ts: '(index: RedisArgument): Promise<FtInfoReply>', ts3: 'ReplyUnion', build: indexOnly('FT.INFO'), reply: { 2: replies.infoReply } },
  PROFILEAGGREGATE: {
    method: 'profileAggregate',
    keyless: true,
    readonly: true,
    unstableResp3: true,
    ts: '(index: RedisArgument, query: RedisArgument, options?: FtProfileOptions & FtAggregateOptions): Promise<FtProfileReply<AggregateReply>>',
    ts3: 'ReplyUnion',
    build: aggregation.profileAggregate,
    reply: { 2: replies.profileAggregateReply },
  },
  PROFILESEARCH: {
    method: 'profileSearch',
    keyless: true,
    readonly: true,
    unstableResp3: true,
    ts: '(index: RedisArgument, query: RedisArgument, options?: FtProfileOptions & FtSearchOptions): Promise<FtProfileReply<SearchReply>>',
    ts3: 'ReplyUnion',
    build: query.profileSearch,
    reply: { 2: replies.profileSearchReply },
  },
  SEARCH: {
    method: 'search',
    doc: 'Searches `index` for `query`: the total and the matching documents with their fields. FT.SEARCH.',
    keyless: true,
    readonly: true,
    unstableResp3: true,
    ts: `${SEARCH_TS}: Promise<SearchReply>`,
    ts3: 'ReplyUnion',
    build: query.search,
    reply: { 2: replies.searchReply },
  },
  SEARCH_NOCONTENT: {
    method: 'searchNoContent',
    keyless: true,
    readonly: true,
    unstableResp3: true,
    ts: `${SEARCH_TS}: Promise<SearchNoContentReply>`,
    ts3: 'ReplyUnion',
    build: query.searchNoContent,
    reply: { 2: replies.searchNoContentReply },
  },
  SPELLCHECK: {
    method: 'spellCheck',
    keyless: true,
    readonly: true,
    unstableResp3: true,
    ts: '(index: RedisArgument, query: RedisArgument, options?: FtSpellCheckOptions): Promise<FtSpellCheckReply>',
    ts3: 'ReplyUnion',
    build: query.spellCheck,
    reply: { 2: replies.spellCheckReply },
  },
  SUGADD: { method: 'sugAdd', ts: '(key: RedisArgument, string: RedisArgument, score: number, options?: FtSugAddOptions): Promise<number>', build: sugAdd },
  SUGDEL: { method: 'sugDel', ts: '(key: RedisArgument, string: RedisArgument): Promise<number>', build: (key, string) => ['FT.SUGDEL', text(key, 'FT.SUGDEL key'), text(string, 'FT.SUGDEL string')] },
  SUGGET: { method: 'sugGet', readonly: true, ts: `${SUGGET_SIGNATURE}: Promise<string[] | null>`, build: sugGet() },
  SUGGET_WITHPAYLOADS: {
    method: 'sugGetWithPayloads',
    readonly: true,
    ts: `${SUGGET_SIGNATURE}: Promise<Array<{ suggestion: string; payload: string }> | null>`,
    build: sugGet('WITHPAYLOADS'),
    reply: replies.suggestions(['suggestion', 'payload']),
  },
  SUGGET_WITHSCORES: {
    method: 'sugGetWithScores',
    readonly: true,
    ts: `${SUGGET_SIGNATURE}: Promise<Array<{ suggestion: string; score: DoubleReply }> | null>`,
    build: sugGet('WITHSCORES'),
    reply: { 2: replies.suggestions(['suggestion', 'score'], true), 3: replies.suggestions(['suggestion', 'score']) },
  },
  SUGGET_WITHSCORES_WITHPAYLOADS: {
    method: 'sugGetWithScoresWithPayloads',
    readonly: true,
    ts: `${SUGGET_SIGNATURE}: Promise<Array<{ suggestion: string; score: DoubleReply; payload: string }> | null>`,
    build: sugGet('WITHSCORES', 'WITHPAYLOADS'),
    reply: { 2: replies.suggestions(['suggestion', 'score', 'payload'], true), 3: replies.suggestions(['suggestion', 'score', 'payload']) },
  },
  // node-redis sends SUGLEN's key as a plain argument (a cluster's random node, then a MOVED);
  // here it is the key it is, routed to its slot.
  SUGLEN: { method: 'sugLen', readonly: true, ts: '(key: RedisArgument): Promise<number>', build: (key) => ['FT.SUGLEN', text(key, 'FT.SUGLEN key')] },
  SYNDUMP: { method: 'synDump', keyless: true, readonly: true, ts: '(index: RedisArgument): Promise<Record<string, string[]>>', ts3: 'MapReply<string[]>', build: indexOnly('FT.SYNDUMP'), reply: { 2: replies.synDumpReply } },
  SYNUPDATE: { method: 'synUpdate', keyless: true, ts: `(index: RedisArgument, groupId: RedisArgument, terms: RedisVariadicArgument, options?: FtSynUpdateOptions): ${OK}`, build: synUpdate },
  TAGVALS: {
    method: 'tagVals',
    keyless: true,
    readonly: true,
    ts: '(index: RedisArgument, fieldName: RedisArgument): Promise<string[]>',
    ts3: 'SetReply<string>',
    build: (index, fieldName) => ['FT.TAGVALS', text(index, 'FT.TAGVALS index'), text(fieldName, 'FT.TAGVALS fieldName')],
  },
};

module.exports = { namespace: 'ft', commands, constants: { ...schema.CONSTANTS, ...aggregation.CONSTANTS } };
