'use strict';
// Scripting and functions (EVAL*, SCRIPT *, FCALL*, FUNCTION *) through ferrodis and node-redis
// side by side. FLUSHALL keeps the script cache and the function libraries, so every scenario
// that looks at them flushes them first, and both clients start from the same state.
const { RESP_TYPES } = require('redis');
const { differential } = require('../helpers/differential');
const { startRedis, rawCommands } = require('../helpers/redis-server');
const { connectedClient } = require('../helpers/connected');
const ferrodis = require('../..');
const { COMMANDS } = require('../../lib/commands');

const LIBRARY = `#!lua name=mylib
redis.register_function('echo', function(keys, args) return {keys[1], args[1]} end)
redis.register_function{function_name = 'ro', callback = function(keys) return redis.call('GET', keys[1]) end, flags = {'no-writes'}, description = 'reads'}
`;
const OTHER_LIBRARY = "#!lua name=other\nredis.register_function('two', function() return 2 end)";
const SCRIPT = "return {KEYS[1], ARGV[1], redis.call('INCR', KEYS[1])}";
const SCRIPT_SHA = require('node:crypto').createHash('sha1').update(SCRIPT).digest('hex');

differential('scripting: EVAL family and SCRIPT', {
  'EVAL reply kinds': (c) => [c.eval('return 1'), c.eval("return 'x'"), c.eval('return {1, "a", {2, 3.7}}'), c.eval('return nil'), c.eval('return {1, false, 2}'),
    c.eval("return redis.status_reply('FINE')"), c.eval("return redis.error_reply('MYERR bad')"), c.eval('return true'), c.eval('syntax error here'),
    c.eval('return KEYS[1] .. ARGV[1] .. ARGV[2]', { keys: ['k'], arguments: ['a', 'b'] }), c.eval(SCRIPT, { keys: ['n'], arguments: ['v'] }),
    c.eval('return #KEYS', { keys: [] }), c.eval('return ARGV[1]', { arguments: [Buffer.from('buf')] })],
  'EVAL with the script speaking RESP3': (c) => [c.hSet('h', { a: '1' }), c.eval("redis.setresp(3); return redis.call('HGETALL', KEYS[1])", { keys: ['h'] }),
    c.eval('redis.setresp(3); return {double = 3.5}'), c.eval("redis.setresp(3); return redis.call('SMEMBERS', KEYS[1])", { keys: ['nope'] })],
  'EVAL type mappings': (c) => {
    const m = c.withTypeMapping({ [RESP_TYPES.MAP]: Map, [RESP_TYPES.DOUBLE]: String, [RESP_TYPES.BLOB_STRING]: Buffer });
    return [c.hSet('h', { a: '1' }), m.eval("redis.setresp(3); return redis.call('HGETALL', KEYS[1])", { keys: ['h'] }), m.eval('redis.setresp(3); return {double = 0.25}'), m.eval("return {'x', 1}")];
  },
  'EVAL_RO': (c) => [c.set('k', 'v'), c.evalRo("return redis.call('GET', KEYS[1])", { keys: ['k'] }), c.evalRo("return redis.call('SET', KEYS[1], 'w')", { keys: ['k'] })],
  'SCRIPT LOAD, EXISTS, EVALSHA, FLUSH': async (c) => {
    await c.scriptFlush();
    const missing = 'f'.repeat(40);
    return [c.scriptExists(SCRIPT_SHA), c.scriptLoad(SCRIPT), c.scriptExists([SCRIPT_SHA, missing]), c.evalSha(SCRIPT_SHA, { keys: ['n'], arguments: ['x'] }),
      c.evalShaRo(SCRIPT_SHA, { keys: ['n'], arguments: ['x'] }), c.evalSha(missing), c.evalShaRo(missing, { keys: ['n'] }),
      c.scriptFlush('SYNC'), c.scriptExists(SCRIPT_SHA), c.scriptLoad(SCRIPT), c.scriptFlush('ASYNC'), c.scriptLoad('not lua (')];
  },
  'SCRIPT KILL and DEBUG': (c) => [c.scriptKill(), c.scriptDebug('NO')],
});

differential('scripting: functions', {
  'FUNCTION LOAD, FCALL, FCALL_RO, DELETE': async (c) => {
    await c.functionFlush();
    return [c.functionLoad(LIBRARY), c.functionLoad(LIBRARY), c.functionLoad(LIBRARY, { REPLACE: true }), c.set('k', 'v'),
      c.fCall('echo', { keys: ['k'], arguments: ['a'] }), c.fCallRo('ro', { keys: ['k'] }), c.fCallRo('echo', { keys: ['k'] }), c.fCall('nope'),
      c.functionDelete('mylib'), c.functionDelete('mylib'), c.functionLoad('#!lua name=bad\nnot lua (')];
  },
  'FUNCTION LIST, LIST WITHCODE, STATS': async (c) => {
    await c.functionFlush('SYNC');
    return [c.functionList(), c.functionStats(), c.functionLoad(LIBRARY), c.functionLoad(OTHER_LIBRARY),
      c.functionList().then(byLibrary), c.functionList({ LIBRARYNAME: 'my' }), c.functionListWithCode({ LIBRARYNAME: 'other' }),
      c.functionListWithCode().then(byLibrary), c.functionStats()];
  },
  'FUNCTION LIST and STATS type mappings': async (c) => {
    await c.functionFlush();
    const m = c.withTypeMapping({ [RESP_TYPES.MAP]: Map, [RESP_TYPES.SET]: Set });
    const a = c.withTypeMapping({ [RESP_TYPES.MAP]: Array, [RESP_TYPES.BLOB_STRING]: Buffer });
    return [c.functionLoad(LIBRARY), m.functionList(), a.functionList(), m.functionListWithCode(), m.functionStats(), a.functionStats()];
  },
  'FUNCTION DUMP and RESTORE': async (c) => {
    await c.functionFlush();
    await c.functionLoad(LIBRARY);
    const b = c.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
    const dump = await b.functionDump();
    return [dump, c.functionDump(), c.functionRestore(dump), c.functionRestore(dump, { mode: 'REPLACE' }), c.functionFlush('ASYNC'),
      c.functionRestore(dump, { mode: 'APPEND' }), c.functionRestore(dump, { mode: 'FLUSH' }), c.functionRestore(Buffer.from('junk')), c.functionList()];
  },
  'FUNCTION KILL': (c) => [c.functionKill()],
});

// A script or function busy on another connection: the server answers FUNCTION STATS, FUNCTION
// KILL and SCRIPT KILL once it has run for busy-reply-threshold (lowered here to 10 ms).
const BUSY_LIBRARY = "#!lua name=busy\nredis.register_function('spin', function() while true do end end)";

/** Starts `command` on a connection of its own; once the server answers BUSY, resolves to
 *  `{ reply }`, the command's own reply to come. */
async function busyElsewhere(c, command) {
  const { host, port } = c.options.socket;
  const reply = rawCommands({ host, port }, [command], { timeout: 5000 }).then(([r]) => String(r));
  for (let tries = 0; tries < 200; tries++) {
    const [pong] = await rawCommands({ host, port }, [['PING']]);
    if (/^BUSY/.test(pong.message)) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { reply };
}

differential('scripting: killing a busy script', {
  'FUNCTION STATS and FUNCTION KILL while a function runs': async (c) => {
    await c.functionFlush();
    await c.functionLoad(BUSY_LIBRARY);
    const busy = await busyElsewhere(c, ['FCALL', 'spin', '0']);
    return [c.functionStats(), c.functionKill(), busy.reply];
  },
  'SCRIPT KILL while a script runs': async (c) => {
    const busy = await busyElsewhere(c, ['EVAL', 'while true do end', '0']);
    return [c.scriptKill(), busy.reply];
  },
}, {
  server: { config: { 'busy-reply-threshold': '10' } },
  // The running time is the one thing that differs between two runs.
  normalize: (outcomes) => blankDurations(outcomes),
});

function blankDurations(value) {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(blankDurations);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'duration_ms' ? 'N' : blankDurations(v)]));
}

function byLibrary(libraries) {
  return [...libraries].sort((a, b) => String(a.library_name).localeCompare(String(b.library_name)));
}

describe('scripting: arguments and flags', () => {
  const context = connectedClient();

  test.each([
    ['eval options not an object', (c) => c.eval('return 1', 'keys')],
    ['eval arguments not an array', (c) => c.eval('return 1', { arguments: 'abc' })],
    ['fCall options not an object', (c) => c.fCall('f', 5)],
    ['scriptDebug mode', (c) => c.scriptDebug('MAYBE')],
    ['scriptFlush mode', (c) => c.scriptFlush('NOW')],
    ['functionFlush mode', (c) => c.functionFlush('LATER')],
    ['functionRestore mode', (c) => c.functionRestore(Buffer.from('x'), { mode: 'MERGE' })],
    ['functionLoad options', (c) => c.functionLoad(LIBRARY, true)],
    ['functionList options', (c) => c.functionList('mylib')],
  ])('%s: TypeError before anything is sent', async (_, call) => {
    await expect(call(context.client)).rejects.toThrow(TypeError);
    await expect(context.client.ping()).resolves.toBe('PONG');
  });

  test('the keys of EVAL-like commands follow numkeys; without keys, any node', () => {
    for (const name of ['EVAL', 'EVAL_RO', 'EVALSHA', 'EVALSHA_RO', 'FCALL', 'FCALL_RO']) {
      const { build, firstKey } = COMMANDS[name];
      expect(firstKey(build('s', { keys: ['k1', 'k2'], arguments: ['a'] }))).toBe(3);
      expect(firstKey(build('s', { arguments: ['a'] }))).toBeUndefined();
      expect(firstKey(build('s'))).toBeUndefined();
    }
    expect(COMMANDS.EVAL.build('s', { keys: 'one' })).toEqual(['EVAL', 's', '1', 'one']);
  });
});
