'use strict';
// FT.SEARCH's options (shared by FT.SEARCH ... NOCONTENT and FT.PROFILE ... SEARCH), and the other
// query commands' (FT.EXPLAIN, FT.EXPLAINCLI, FT.SPELLCHECK), written as node-redis writes them.
const { isText, text, integer, pushCounted, pushParams, pushDialect, list, options, object } = require('./search-args');

/** SUMMARIZE [FIELDS n f...] [FRAGS n] [LEN n] [SEPARATOR s]: `true` or an object. */
function pushSummarize(args, summarize) {
  args.push('SUMMARIZE');
  if (typeof summarize !== 'object') return;
  object(summarize, 'FT.SEARCH SUMMARIZE');
  if (summarize.FIELDS !== undefined) pushCounted(args, 'FIELDS', summarize.FIELDS, 'FT.SEARCH SUMMARIZE.FIELDS');
  if (summarize.FRAGS !== undefined) args.push('FRAGS', integer(summarize.FRAGS, 'FT.SEARCH SUMMARIZE.FRAGS'));
  if (summarize.LEN !== undefined) args.push('LEN', integer(summarize.LEN, 'FT.SEARCH SUMMARIZE.LEN'));
  if (summarize.SEPARATOR !== undefined) args.push('SEPARATOR', text(summarize.SEPARATOR, 'FT.SEARCH SUMMARIZE.SEPARATOR'));
}

/** HIGHLIGHT [FIELDS n f...] [TAGS open close]: `true` or an object. */
function pushHighlight(args, highlight) {
  args.push('HIGHLIGHT');
  if (typeof highlight !== 'object') return;
  object(highlight, 'FT.SEARCH HIGHLIGHT');
  if (highlight.FIELDS !== undefined) pushCounted(args, 'FIELDS', highlight.FIELDS, 'FT.SEARCH HIGHLIGHT.FIELDS');
  if (highlight.TAGS) {
    object(highlight.TAGS, 'FT.SEARCH HIGHLIGHT.TAGS');
    args.push('TAGS', text(highlight.TAGS.open, 'FT.SEARCH HIGHLIGHT.TAGS.open'), text(highlight.TAGS.close, 'FT.SEARCH HIGHLIGHT.TAGS.close'));
  }
}

/** SORTBY field [ASC|DESC]: a field, or `{ BY, DIRECTION? }`. */
function pushSortBy(args, sortBy) {
  args.push('SORTBY');
  if (isText(sortBy)) {
    args.push(sortBy);
    return;
  }
  object(sortBy, 'FT.SEARCH SORTBY');
  args.push(text(sortBy.BY, 'FT.SEARCH SORTBY.BY'));
  if (sortBy.DIRECTION) args.push(text(sortBy.DIRECTION, 'FT.SEARCH SORTBY.DIRECTION'));
}

/** `LIMIT from size` of `{ from, size }` (numbers or their text). */
function pushLimit(args, limit, what) {
  object(limit, what);
  args.push('LIMIT', integer(limit.from, `${what}.from`), integer(limit.size, `${what}.size`));
}

/** Everything after `FT.SEARCH index query` (node-redis' parseSearchOptions). */
function pushSearchOptions(args, opts) {
  if (options(opts, 'FT.SEARCH options') === undefined) {
    pushDialect(args, undefined);
    return args;
  }
  if (opts.VERBATIM) args.push('VERBATIM');
  if (opts.NOSTOPWORDS) args.push('NOSTOPWORDS');
  for (const name of ['INKEYS', 'INFIELDS', 'RETURN']) if (opts[name] !== undefined) pushCounted(args, name, opts[name], `FT.SEARCH ${name}`);
  if (opts.SUMMARIZE) pushSummarize(args, opts.SUMMARIZE);
  if (opts.HIGHLIGHT) pushHighlight(args, opts.HIGHLIGHT);
  if (opts.SLOP !== undefined) args.push('SLOP', integer(opts.SLOP, 'FT.SEARCH SLOP'));
  if (opts.TIMEOUT !== undefined) args.push('TIMEOUT', integer(opts.TIMEOUT, 'FT.SEARCH TIMEOUT'));
  if (opts.INORDER) args.push('INORDER');
  for (const name of ['LANGUAGE', 'EXPANDER', 'SCORER']) if (opts[name]) args.push(name, text(opts[name], `FT.SEARCH ${name}`));
  if (opts.SORTBY) pushSortBy(args, opts.SORTBY);
  if (opts.LIMIT) pushLimit(args, opts.LIMIT, 'FT.SEARCH LIMIT');
  pushParams(args, opts.PARAMS, 'FT.SEARCH PARAMS');
  pushDialect(args, opts.DIALECT);
  return args;
}

function search(index, query, opts) {
  return pushSearchOptions(['FT.SEARCH', text(index, 'FT.SEARCH index'), text(query, 'FT.SEARCH query')], opts);
}

function searchNoContent(index, query, opts) {
  const args = search(index, query, opts);
  args.push('NOCONTENT');
  return args;
}

/** FT.PROFILE index SEARCH|AGGREGATE [LIMITED] QUERY query, the start of both profile commands. */
function profileStart(kind, index, query, opts) {
  const args = ['FT.PROFILE', text(index, 'FT.PROFILE index'), kind];
  if (options(opts, 'FT.PROFILE options')?.LIMITED) args.push('LIMITED');
  args.push('QUERY', text(query, 'FT.PROFILE query'));
  return args;
}

function profileSearch(index, query, opts) {
  return pushSearchOptions(profileStart('SEARCH', index, query, opts), opts);
}

function explain(index, query, opts) {
  const args = ['FT.EXPLAIN', text(index, 'FT.EXPLAIN index'), text(query, 'FT.EXPLAIN query')];
  if (options(opts, 'FT.EXPLAIN options')) pushParams(args, opts.PARAMS, 'FT.EXPLAIN PARAMS');
  pushDialect(args, opts?.DIALECT);
  return args;
}

function explainCli(index, query, opts) {
  const args = ['FT.EXPLAINCLI', text(index, 'FT.EXPLAINCLI index'), text(query, 'FT.EXPLAINCLI query')];
  pushDialect(args, options(opts, 'FT.EXPLAINCLI options')?.DIALECT);
  return args;
}

function spellCheck(index, query, opts) {
  const args = ['FT.SPELLCHECK', text(index, 'FT.SPELLCHECK index'), text(query, 'FT.SPELLCHECK query')];
  if (options(opts, 'FT.SPELLCHECK options')) {
    if (opts.DISTANCE) args.push('DISTANCE', integer(opts.DISTANCE, 'FT.SPELLCHECK DISTANCE'));
    if (opts.TERMS) {
      for (const [i, { mode, dictionary }] of list(opts.TERMS, 'FT.SPELLCHECK TERMS').entries()) {
        args.push('TERMS', text(mode, `FT.SPELLCHECK TERMS[${i}].mode`), text(dictionary, `FT.SPELLCHECK TERMS[${i}].dictionary`));
      }
    }
  }
  pushDialect(args, opts?.DIALECT);
  return args;
}

module.exports = { search, searchNoContent, profileStart, profileSearch, explain, explainCli, spellCheck };
