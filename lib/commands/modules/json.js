'use strict';
// RedisJSON (`client.json`): node-redis' @redis/json commands. Values are sent as their JSON text
// and JSON replies parsed back (./support/json-values.js). A JSONPath (`$...`) gives an array
// with an entry per match, a legacy path (`.a`) a single value; both pass through as the server
// sends them, except where node-redis parses JSON (GET, MGET, ARRPOP, NUMINCRBY/NUMMULTBY on
// RESP2) and where RESP3 wraps JSON.TYPE's reply in one more array. `readonly` is node-redis'
// IS_READ_ONLY (cluster replica routing), which leaves GET, OBJKEYS and DEBUG MEMORY out.
// node-redis leaves JSON.RESP out of the namespace; so does this table.
const { int, oneOf, options, withVariadic, describe } = require('../args');
const { jsonArgument, jsonArguments, path, keyAndPath, jsonNumber, optionalInt, parseJson, parseJsonOrArray, parseJsonArray } = require('./support/json-values');

const COUNTS = 'Promise<number | Array<number | null>>';
const COUNTS_OR_NULL = 'Promise<number | Array<number | null> | null>';
const K = 'key: RedisArgument';
const P = 'path: RedisArgument';

/** `NAME key path json [json ...]` (ARRAPPEND; ARRINSERT puts its index after the path). */
function keyPathValues(name, key, p, values) {
  return [name, key, path(p, `${name} path`), ...jsonArguments(values, `${name} json`)];
}

/** JSON.ARRINDEX key path value [start [stop]] */
function arrIndex(key, p, json, opts) {
  const args = ['JSON.ARRINDEX', key, path(p, 'JSON.ARRINDEX path'), jsonArgument(json, 'JSON.ARRINDEX json')];
  if (options(opts, 'JSON.ARRINDEX options')?.range) {
    const range = options(opts.range, 'JSON.ARRINDEX options.range');
    args.push(int(range.start, 'JSON.ARRINDEX options.range.start'));
    const stop = optionalInt(range.stop, 'JSON.ARRINDEX options.range.stop');
    if (stop !== undefined) args.push(stop);
  }
  return args;
}

/** JSON.ARRPOP key [path [index]]: with options, `path` is required. */
function arrPop(key, opts) {
  const args = ['JSON.ARRPOP', key];
  if (options(opts, 'JSON.ARRPOP options')) {
    args.push(path(opts.path, 'JSON.ARRPOP options.path'));
    const index = optionalInt(opts.index, 'JSON.ARRPOP options.index');
    if (index !== undefined) args.push(index);
  }
  return args;
}

/** JSON.GET key [path ...] */
function get(key, opts) {
  const args = ['JSON.GET', key];
  if (options(opts, 'JSON.GET options') && opts.path !== undefined) {
    const paths = Array.isArray(opts.path) ? opts.path : [opts.path];
    paths.forEach((p, i) => path(p, `JSON.GET options.path[${i}]`));
    withVariadic(args, paths);
  }
  return args;
}

/** JSON.MGET key [key ...] path */
function mGet(keys, p) {
  const list = Array.isArray(keys) ? keys : [keys];
  if (list.length === 0) throw new TypeError('JSON.MGET needs at least one key');
  return [...withVariadic(['JSON.MGET'], list), path(p, 'JSON.MGET path')];
}

/** JSON.MSET key path value [key path value ...], from `[{ key, path, value }, ...]`. */
function mSet(items) {
  if (!Array.isArray(items)) throw new TypeError(`JSON.MSET items must be an array of { key, path, value }, got ${describe(items)} instead`);
  if (items.length === 0) throw new TypeError('JSON.MSET needs at least one item');
  const args = ['JSON.MSET'];
  items.forEach((item, i) => {
    if (item === null || item === undefined) throw new TypeError(`JSON.MSET items[${i}] must be an object, got ${describe(item)} instead`);
    options(item, `JSON.MSET items[${i}]`);
    args.push(item.key, path(item.path, `JSON.MSET items[${i}].path`), jsonArgument(item.value, `JSON.MSET items[${i}].value`));
  });
  return args;
}

/** JSON.SET key path value [NX | XX] */
function set(key, p, json, opts) {
  const args = ['JSON.SET', key, path(p, 'JSON.SET path'), jsonArgument(json, 'JSON.SET json')];
  if (options(opts, 'JSON.SET options')) {
    if (opts.condition) args.push(oneOf(opts.condition, ['NX', 'XX'], 'JSON.SET options.condition'));
    else if (opts.NX) args.push('NX');
    else if (opts.XX) args.push('XX');
  }
  return args;
}

/** JSON.STRAPPEND key [path] value: the string to append goes last, as JSON text. */
function strAppend(key, append, opts) {
  const args = keyAndPath('JSON.STRAPPEND', key, opts);
  args.push(jsonArgument(append, 'JSON.STRAPPEND append'));
  return args;
}

/** NUMINCRBY, NUMMULTBY: JSON text on RESP2 (parsed here), numbers on RESP3. */
function numberOp(name, method, doc) {
  return {
    method,
    doc,
    ts: `(${K}, ${P}, by: number): Promise<ComputedReply<number | Array<number | null>>>`,
    ts3: 'Array<number | DoubleReply | null>',
    build: (key, p, by) => [name, key, path(p, `${name} path`), jsonNumber(by, `${name} by`)],
    reply: { 2: parseJson },
  };
}

/** A command `NAME key [path]` taking `{ path }` options; `extra.truthy` skips an empty path. */
function withPathOption(name, method, optionsType, reply, doc, extra = {}) {
  return { method, doc, ts: `(${K}, options?: ${optionsType}): ${reply}`, build: (key, opts) => keyAndPath(name, key, opts, extra.truthy), ...extra.definition };
}

const commands = {
  ARRAPPEND: {
    method: 'arrAppend',
    doc: 'Appends the JSON values to the array(s) at `path`; the new length(s). JSON.ARRAPPEND key path value [value ...].',
    ts: `(${K}, ${P}, json: RedisJSON, ...jsons: Array<RedisJSON>): ${COUNTS}`,
    build: (key, p, ...jsons) => keyPathValues('JSON.ARRAPPEND', key, p, jsons),
  },
  ARRINDEX: {
    method: 'arrIndex',
    doc: 'The index of the first `json` in the array(s) at `path` (-1 if absent), optionally within `range`. JSON.ARRINDEX key path value [start [stop]].',
    ts: `(${K}, ${P}, json: RedisJSON, options?: JsonArrIndexOptions): ${COUNTS}`,
    readonly: true,
    build: arrIndex,
  },
  ARRINSERT: {
    method: 'arrInsert',
    doc: 'Inserts the JSON values before `index` in the array(s) at `path`; the new length(s). JSON.ARRINSERT key path index value [value ...].',
    ts: `(${K}, ${P}, index: number, json: RedisJSON, ...jsons: Array<RedisJSON>): ${COUNTS}`,
    build: (key, p, index, ...jsons) => {
      const args = keyPathValues('JSON.ARRINSERT', key, p, jsons);
      args.splice(3, 0, int(index, 'JSON.ARRINSERT index'));
      return args;
    },
  },
  ARRLEN: withPathOption('JSON.ARRLEN', 'arrLen', 'JsonArrLenOptions', COUNTS_OR_NULL, 'The length(s) of the array(s) at `path` (default: the root); null if the key does not exist. JSON.ARRLEN key [path].', { definition: { readonly: true } }),
  ARRPOP: {
    method: 'arrPop',
    doc: 'Removes and returns the element at `index` (default: the last) of the array(s) at `path`. JSON.ARRPOP key [path [index]].',
    ts: `(${K}, options?: RedisArrPopOptions): Promise<RedisJSONReply | ComputedReply<Array<RedisJSON>>>`,
    build: arrPop,
    reply: parseJsonOrArray,
  },
  ARRTRIM: {
    method: 'arrTrim',
    doc: 'Trims the array(s) at `path` to the inclusive range `start`..`stop`; the new length(s). JSON.ARRTRIM key path start stop.',
    ts: `(${K}, ${P}, start: number, stop: number): ${COUNTS}`,
    build: (key, p, start, stop) => ['JSON.ARRTRIM', key, path(p, 'JSON.ARRTRIM path'), int(start, 'JSON.ARRTRIM start'), int(stop, 'JSON.ARRTRIM stop')],
  },
  CLEAR: withPathOption('JSON.CLEAR', 'clear', 'JsonClearOptions', 'Promise<number>', 'Empties the arrays and objects and zeroes the numbers at `path`; how many values changed. JSON.CLEAR key [path].'),
  DEBUG_MEMORY: {
    method: 'debugMemory',
    doc: 'The memory in bytes the value(s) at `path` use. JSON.DEBUG MEMORY key [path].',
    ts: `(${K}, options?: JsonDebugMemoryOptions): Promise<number | Array<number>>`,
    firstKey: 2,
    build: (key, opts) => {
      const args = keyAndPath('JSON.DEBUG', key, opts);
      args.splice(1, 0, 'MEMORY');
      return args;
    },
  },
  DEL: withPathOption('JSON.DEL', 'del', 'JsonDelOptions', 'Promise<number>', 'Deletes the value(s) at `path` (default: the whole key); how many were deleted. JSON.DEL key [path].'),
  FORGET: withPathOption('JSON.FORGET', 'forget', 'JsonForgetOptions', 'Promise<number>', 'JSON.DEL\'s alias. JSON.FORGET key [path].'),
  GET: {
    method: 'get',
    doc: 'The JSON value at `key` (or at the `path`s), parsed; null if the key does not exist. JSON.GET key [path ...].',
    ts: `(${K}, options?: JsonGetOptions): Promise<RedisJSONReply>`,
    build: get,
    reply: parseJson,
  },
  MERGE: {
    method: 'merge',
    doc: 'Merges `value` into the JSON at `path` (RFC 7396; null deletes); \'OK\'. JSON.MERGE key path value.',
    ts: `(${K}, ${P}, value: RedisJSON): Promise<SimpleStringReply<'OK'>>`,
    build: (key, p, v) => ['JSON.MERGE', key, path(p, 'JSON.MERGE path'), jsonArgument(v, 'JSON.MERGE value')],
  },
  MGET: {
    method: 'mGet',
    doc: 'The JSON at `path` of each key, parsed; null for a key that does not exist. JSON.MGET key [key ...] path.',
    ts: `(keys: Array<RedisArgument>, ${P}): Promise<ComputedReply<Array<RedisJSON>>>`,
    readonly: true,
    build: mGet,
    reply: parseJsonArray,
  },
  MSET: {
    method: 'mSet',
    doc: 'Sets each item\'s `value` at its `key` and `path`, atomically; \'OK\'. JSON.MSET key path value [key path value ...].',
    ts: '(items: Array<JsonMSetItem>): Promise<SimpleStringReply<\'OK\'>>',
    build: mSet,
  },
  NUMINCRBY: numberOp('JSON.NUMINCRBY', 'numIncrBy', 'Adds `by` to the number(s) at `path`; the new value(s). JSON.NUMINCRBY key path value.'),
  NUMMULTBY: numberOp('JSON.NUMMULTBY', 'numMultBy', 'Multiplies the number(s) at `path` by `by` (deprecated since RedisJSON 2.0). JSON.NUMMULTBY key path value.'),
  OBJKEYS: withPathOption('JSON.OBJKEYS', 'objKeys', 'JsonObjKeysOptions', 'Promise<Array<string> | Array<Array<string> | null> | null>', 'The keys of the object(s) at `path`. JSON.OBJKEYS key [path].'),
  OBJLEN: withPathOption('JSON.OBJLEN', 'objLen', 'JsonObjLenOptions', COUNTS_OR_NULL, 'The number of keys of the object(s) at `path`; null if the key does not exist. JSON.OBJLEN key [path].', { definition: { readonly: true } }),
  SET: {
    method: 'set',
    doc: 'Sets the JSON value at `path` (`condition` NX/XX); \'OK\', or null when the condition or path failed. JSON.SET key path value [NX | XX].',
    ts: `(${K}, ${P}, json: RedisJSON, options?: JsonSetOptions): Promise<SimpleStringReply<'OK'> | null>`,
    build: set,
  },
  STRAPPEND: {
    method: 'strAppend',
    doc: 'Appends `append` to the string(s) at `path`; the new length(s). JSON.STRAPPEND key [path] value.',
    ts: `(${K}, append: string, options?: JsonStrAppendOptions): ${COUNTS}`,
    build: strAppend,
  },
  STRLEN: withPathOption('JSON.STRLEN', 'strLen', 'JsonStrLenOptions', COUNTS_OR_NULL, 'The length(s) of the string(s) at `path`. JSON.STRLEN key [path].', { truthy: true, definition: { readonly: true } }),
  TOGGLE: {
    method: 'toggle',
    doc: 'Flips the boolean(s) at `path`: 1/0 for each with a JSONPath, \'true\'/\'false\' with a legacy path. JSON.TOGGLE key path.',
    ts: `(${K}, ${P}): Promise<number | string | null | Array<number | null>>`,
    build: (key, p) => ['JSON.TOGGLE', key, path(p, 'JSON.TOGGLE path')],
  },
  TYPE: withPathOption('JSON.TYPE', 'type', 'JsonTypeOptions', 'Promise<string | null | Array<string | null>>', 'The JSON type(s) of the value(s) at `path`; null if the key does not exist. JSON.TYPE key [path].', {
    truthy: true,
    // RESP3 wraps the reply in one more array
    definition: { readonly: true, reply: { 3: (reply) => reply[0] } },
  }),
};

module.exports = { namespace: 'json', commands };
