'use strict';
// The FT.* reply transforms: the shapes node-redis' @redis/search gives the RESP2 replies (on
// RESP3 most FT.* replies are returned as the server sends them, behind `unstableResp3`). Plain
// `{}` objects where node-redis builds them so (FT.INFO, FT.SYNDUMP, the reply wrappers),
// null-prototype ones where it does (documents, CONFIG GET, rows).
const { pairsToMap, double } = require('../../replies');

/** A document's `[field, value, ...]` as an object; a JSON document's `$` is parsed into it. */
function documentValue(tuples) {
  const document = Object.create(null);
  if (!tuples) return document;
  for (let i = 0; i < tuples.length; i += 2) addField(document, tuples[i], tuples[i + 1]);
  return document;
}

/** A document's field; a JSON document's `$` (its whole value) spread into it, as node-redis does. */
function addField(document, key, value) {
  if (key === '$') {
    try {
      Object.assign(document, JSON.parse(value));
      return;
    } catch {
      // not JSON: kept as the field `$`
    }
  }
  document[key] = value;
}

/** FT.SEARCH: `[total, id, fields, id, fields...]` (or ids alone) → `{ total, documents }`. */
function searchReply(reply) {
  const withoutDocuments = reply.length > 2 && !Array.isArray(reply[2]);
  const documents = [];
  for (let i = 1; i < reply.length;) {
    const id = reply[i++];
    documents.push({ id, value: withoutDocuments ? Object.create(null) : documentValue(reply[i++]) });
  }
  return { total: reply[0], documents };
}

function searchNoContentReply(reply) {
  return { total: reply[0], documents: reply.slice(1) };
}

/** FT.AGGREGATE: `[total, row, row...]` → `{ total, results }`, each row a map. */
function aggregateReply(reply, typeMapping) {
  const results = [];
  for (let i = 1; i < reply.length; i++) results.push(pairsToMap(reply[i], typeMapping));
  return { total: Number(reply[0]), results };
}

/** FT.AGGREGATE ... WITHCURSOR and FT.CURSOR READ: `[[total, rows...], cursor]`. node-redis
 *  builds the rows without the type mapping here (null-prototype objects always). */
function cursorReply(reply) {
  return { ...aggregateReply(reply[0]), cursor: reply[1] };
}

function profileSearchReply(reply) {
  return { results: searchReply(reply[0]), profile: reply[1] };
}

function profileAggregateReply(reply) {
  return { results: aggregateReply(reply[0]), profile: reply[1] };
}

// FT.INFO's fields as node-redis keeps them (any other field is left out).
const INFO_AS_SENT = new Set(['index_name', 'index_options', 'num_docs', 'max_doc_id', 'num_terms', 'num_records', 'total_inverted_index_blocks', 'hash_indexing_failures', 'indexing', 'number_of_uses', 'cleaning', 'stopwords_list']);
const INFO_DOUBLES = new Set([
  'inverted_sz_mb', 'vector_index_sz_mb', 'offset_vectors_sz_mb', 'doc_table_size_mb', 'sortable_values_size_mb', 'key_table_size_mb', 'text_overhead_sz_mb',
  'tag_overhead_sz_mb', 'total_index_memory_sz_mb', 'geoshapes_sz_mb', 'records_per_doc_avg', 'bytes_per_record_avg', 'offsets_per_term_avg',
  'offset_bits_per_record_avg', 'total_indexing_time', 'percent_indexed',
]);
const GC_STATS = new Set(['bytes_collected', 'total_ms_run', 'total_cycles', 'average_cycle_time_ms', 'last_run_time_ms', 'gc_numeric_trees_missed', 'gc_blocks_denied']);
const CURSOR_STATS = new Set(['global_idle', 'global_total', 'index_capacity', 'index_total']);

/** The known fields of a flat `[name, value...]` list, each through `transform`. */
function knownFields(flat, known, transform) {
  const fields = {};
  for (let i = 0; i < flat.length; i += 2) {
    const name = flat[i].toString();
    if (known.has(name)) fields[name] = transform(flat[i + 1]);
  }
  return fields;
}

function infoReply(reply, typeMapping) {
  const info = {};
  const asDouble = (v) => double(v, typeMapping);
  for (let i = 0; i < reply.length; i += 2) {
    const name = reply[i].toString();
    const value = reply[i + 1];
    if (INFO_AS_SENT.has(name)) info[name] = value;
    else if (INFO_DOUBLES.has(name)) info[name] = asDouble(value);
    else if (name === 'index_definition') info[name] = pairsToMap(value, typeMapping);
    else if (name === 'attributes') info[name] = value.map((attribute) => pairsToMap(attribute, typeMapping));
    else if (name === 'gc_stats') info[name] = knownFields(value, GC_STATS, asDouble);
    else if (name === 'cursor_stats') info[name] = knownFields(value, CURSOR_STATS, (v) => v);
  }
  return info;
}

function spellCheckReply(reply) {
  return reply.map(([, term, suggestions]) => ({
    term,
    suggestions: suggestions.map(([score, suggestion]) => ({ score: Number(score), suggestion })),
  }));
}

/**
 * FT.SUGGET's flat reply in groups of `names.length`, each an object (null stays null); with
 * `parseScore` (RESP2, where the score arrives as text) `score` is parsed as a double, as the
 * type mapping says.
 */
function suggestions(names, parseScore) {
  return (reply, typeMapping) => {
    if (reply === null) return null;
    const out = [];
    for (let i = 0; i < reply.length; i += names.length) {
      const entry = {};
      names.forEach((name, j) => {
        entry[name] = name === 'score' && parseScore ? double(reply[i + j], typeMapping) : reply[i + j];
      });
      out.push(entry);
    }
    return out;
  };
}

/** FT.SYNDUMP on RESP2: `[term, [group...], ...]` → `{ term: [group...] }`. */
function synDumpReply(reply) {
  const groups = {};
  for (let i = 0; i < reply.length; i += 2) groups[reply[i].toString()] = reply[i + 1];
  return groups;
}

/** FT.CONFIG GET: `[[name, value], ...]` → `{ name: value }`. */
function configGetReply(reply) {
  const config = Object.create(null);
  for (const [name, value] of reply) config[name.toString()] = value;
  return config;
}

/** A flat `[key, value...]` list as a plain object, its string keys only (FT.HYBRID's). */
function stringKeyed(reply) {
  const map = {};
  if (!Array.isArray(reply)) return map;
  for (let i = 0; i < reply.length; i += 2) if (typeof reply[i] === 'string') map[reply[i]] = reply[i + 1];
  return map;
}

/** FT.HYBRID on RESP2: `{ totalResults, executionTime, warnings, results }`. */
function hybridReply(reply) {
  const fields = stringKeyed(reply);
  const results = (fields.results ?? []).map((row) => {
    const document = Object.create(null);
    for (const [key, value] of Object.entries(stringKeyed(row))) addField(document, key, value);
    return document;
  });
  return {
    totalResults: fields.total_results ?? 0,
    executionTime: fields.execution_time ? Number.parseFloat(fields.execution_time) : 0,
    warnings: fields.warnings ?? [],
    results,
  };
}

module.exports = {
  searchReply, searchNoContentReply, aggregateReply, cursorReply, profileSearchReply, profileAggregateReply, infoReply, spellCheckReply,
  suggestions, synDumpReply, configGetReply, hybridReply,
};
