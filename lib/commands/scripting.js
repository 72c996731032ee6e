'use strict';
// Scripting and functions: EVAL*, SCRIPT *, FCALL*, FUNCTION *.
const { oneOf, options, describe } = require('./args');
const { fixed, asGiven, pushMode } = require('./transforms/admin-arguments');
const { fieldsAt, pairsToObject } = require('./transforms/flat-maps');

const FLUSH_MODES = ['ASYNC', 'SYNC'];

/**
 * `name script numkeys key... arg...` from node-redis' `(script, { keys, arguments })`. Keys and
 * arguments are sent as given (node-redis does not stringify numbers there, and neither do we).
 */
function evalCommand(name) {
  return (script, opts) => {
    const args = [name, script];
    const { keys, arguments: rest } = options(opts, `${name} options`) ?? {};
    if (keys) {
      const list = [].concat(keys);
      args.push(String(list.length), ...list);
    } else args.push('0');
    if (rest) {
      // node-redis spreads `arguments`: a lone string would go out one character per argument.
      if (!Array.isArray(rest)) throw new TypeError(`${name} options.arguments must be an array, got ${describe(rest)} instead`);
      args.push(...rest);
    }
    return args;
  };
}

// The keys follow numkeys; with no key, the command goes to any node.
const evalFirstKey = (args) => (args[2] === '0' ? undefined : 3);

function evalFamily(name, method, readonly) {
  return { method, ts: '(script: RedisArgument, options?: EvalOptions): Promise<ReplyUnion>', readonly, firstKey: evalFirstKey, build: evalCommand(name) };
}

/** A SCRIPT / FUNCTION subcommand: no key, any node. */
function keylessCommand(method, ts, readonly, build, reply) {
  return { method, ts, readonly, keyless: true, build, ...(reply && { reply }) };
}

// RESP2 FUNCTION LIST: flat maps at fixed positions, turned into plain objects; RESP3 maps come
// through the decoder (and the MAP type mapping) untouched.
const functionItem = fieldsAt(['name', 'description', 'flags']);
const libraryFields = ['library_name', 'engine', 'functions'];
const shapeFunctions = { functions: (fns) => fns.map(functionItem) };
const libraries = (fields) => (reply) => reply.map(fieldsAt(fields, shapeFunctions));

const runningScript = fieldsAt(['name', 'command', 'duration_ms']);
const engineStats = fieldsAt(['libraries_count', 'functions_count']);
const functionStats = fieldsAt(['running_script', 'engines'], {
  running_script: (script) => (script === null ? null : runningScript(script)),
  engines: (engines) => pairsToObject(engines, engineStats),
});

function functionList(withCode) {
  return (opts) => {
    const args = ['FUNCTION', 'LIST'];
    if (options(opts, 'FUNCTION LIST options')?.LIBRARYNAME) args.push('LIBRARYNAME', opts.LIBRARYNAME);
    if (withCode) args.push('WITHCODE');
    return args;
  };
}

module.exports = {
  EVAL: evalFamily('EVAL', 'eval', false),
  EVAL_RO: evalFamily('EVAL_RO', 'evalRo', true),
  EVALSHA: evalFamily('EVALSHA', 'evalSha', false),
  EVALSHA_RO: evalFamily('EVALSHA_RO', 'evalShaRo', true),
  FCALL: evalFamily('FCALL', 'fCall', false),
  // node-redis flags FCALL_RO as not read-only; it is read-only by definition (the server refuses
  // functions without the no-writes flag), so replicas may serve it.
  FCALL_RO: evalFamily('FCALL_RO', 'fCallRo', true),

  SCRIPT_DEBUG: keylessCommand('scriptDebug', "(mode: 'YES' | 'SYNC' | 'NO'): Promise<'OK'>", true,
    (mode) => ['SCRIPT', 'DEBUG', oneOf(mode, ['YES', 'SYNC', 'NO'], 'SCRIPT DEBUG mode')]),
  SCRIPT_EXISTS: keylessCommand('scriptExists', '(sha1: RedisVariadicArgument): Promise<number[]>', true,
    (sha1) => ['SCRIPT', 'EXISTS', ...[].concat(sha1)]),
  SCRIPT_FLUSH: keylessCommand('scriptFlush', "(mode?: 'ASYNC' | 'SYNC'): Promise<'OK'>", true,
    (mode) => pushMode(['SCRIPT', 'FLUSH'], mode, FLUSH_MODES, 'SCRIPT FLUSH mode')),
  SCRIPT_KILL: keylessCommand('scriptKill', "(): Promise<'OK'>", true, fixed('SCRIPT', 'KILL')),
  SCRIPT_LOAD: keylessCommand('scriptLoad', '(script: RedisArgument): Promise<string>', true, asGiven(1, 'SCRIPT', 'LOAD')),

  FUNCTION_DELETE: keylessCommand('functionDelete', '(library: RedisArgument): Promise<SimpleStringReply>', false, asGiven(1, 'FUNCTION', 'DELETE')),
  // A string by default, as in node-redis; the payload is binary, so map BLOB_STRING to Buffer to
  // get something FUNCTION RESTORE takes back.
  FUNCTION_DUMP: keylessCommand('functionDump', '(): Promise<string>', true, fixed('FUNCTION', 'DUMP')),
  FUNCTION_FLUSH: keylessCommand('functionFlush', "(mode?: 'ASYNC' | 'SYNC'): Promise<'OK'>", false,
    (mode) => pushMode(['FUNCTION', 'FLUSH'], mode, FLUSH_MODES, 'FUNCTION FLUSH mode')),
  FUNCTION_KILL: keylessCommand('functionKill', '(): Promise<SimpleStringReply>', true, fixed('FUNCTION', 'KILL')),
  FUNCTION_LIST: keylessCommand('functionList', '(options?: FunctionListOptions): Promise<Array<FunctionListItem>>', false,
    functionList(false), { 2: libraries(libraryFields) }),
  FUNCTION_LIST_WITHCODE: keylessCommand('functionListWithCode', '(options?: FunctionListOptions): Promise<Array<FunctionListWithCodeItem>>', false,
    functionList(true), { 2: libraries([...libraryFields, 'library_code']) }),
  FUNCTION_LOAD: keylessCommand('functionLoad', '(code: RedisArgument, options?: FunctionLoadOptions): Promise<string>', false,
    (code, opts) => (options(opts, 'FUNCTION LOAD options')?.REPLACE ? ['FUNCTION', 'LOAD', 'REPLACE', code] : ['FUNCTION', 'LOAD', code])),
  FUNCTION_RESTORE: keylessCommand('functionRestore', "(dump: RedisArgument, options?: FunctionRestoreOptions): Promise<'OK'>", false,
    (dump, opts) => pushMode(['FUNCTION', 'RESTORE', dump], options(opts, 'FUNCTION RESTORE options')?.mode, ['FLUSH', 'APPEND', 'REPLACE'], 'FUNCTION RESTORE mode')),
  FUNCTION_STATS: keylessCommand('functionStats', '(): Promise<FunctionStats>', true, fixed('FUNCTION', 'STATS'), { 2: functionStats }),
};
