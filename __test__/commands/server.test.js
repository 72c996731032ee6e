'use strict';
// The server commands through ferrodis and node-redis side by side, on a test server (Redis
// 7.0.15) with DEBUG and MODULE enabled. What changes between the two clients' runs (times,
// memory figures, latency samples, random art) is blanked by `normalize`, keeping the keys and
// the types. Commands that change the server put it back as they found it (CONFIG SET a harmless
// parameter then back, REPLICAOF NO ONE on a master). HOTKEYS and REPLICAOF <host> <port> are
// in server.wire.test.js.
const redis = require('redis');
const ferrodis = require('../..');
const { differential } = require('../helpers/differential');
const { normalizer } = require('./server.normalize');

const { MAP, DOUBLE, SET } = redis.RESP_TYPES;

const sorted = (promise) => promise.then((list) => [...list].sort());
const lastLine = (promise) => promise.then((text) => text.trim().split('\n').pop());

/** Resolves once no background save or AOF rewrite is running or scheduled. */
async function persistenceIdle(c) {
  for (;;) {
    const info = await c.info('persistence');
    if (!/(rdb_bgsave_in_progress|aof_rewrite_in_progress|aof_rewrite_scheduled):1/.test(info)) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Runs each call once the previous one's background work is over; returns their outcomes. */
async function oneAtATime(c, calls) {
  const settled = [];
  for (const call of calls) {
    await persistenceIdle(c);
    settled.push(...(await Promise.allSettled([call()])));
  }
  await persistenceIdle(c);
  return settled.map((o) => (o.status === 'fulfilled' ? o.value : Promise.reject(o.reason)));
}

const VOLATILE = {
  'time, lastSave': [0, 1, 2],
  'latency monitor with a 10 ms DEBUG SLEEP': [7, 8, 9, 10],
  'memoryStats, memoryMallocStats': [0, 1, 2, 3],
};

differential('server commands', {
  'dbSize, flushDb, flushAll, info': (c) => [
    c.set('k', 'v'), c.dbSize(), c.flushDb('ASYNC'), c.set('k', 'v'), c.FLUSHDB(), c.set('k', 'v'), c.flushAll('SYNC'), c.flushAll(), c.info('keyspace'), c.INFO('nope'), c.dbSize(),
  ],
  'swapDb': (c) => [c.set('k', 'v'), c.swapDb(0, 1), c.dbSize(), c.SWAPDB(1, 0), c.get('k'), c.swapDb(0, 99)],
  'time, lastSave': (c) => [c.time(), c.TIME(), c.lastSave(), c.time().then(([s, us]) => [/^\d+$/.test(s), /^\d+$/.test(us)])],
  'bgSave, bgRewriteAof, one at a time': (c) => oneAtATime(c, [() => c.bgSave(), () => c.bgSave({ SCHEDULE: true }), () => c.BGSAVE({}), () => c.bgRewriteAof()]),
  'command, commandCount': (c) => [c.command(), c.commandCount(), c.COMMAND().then((list) => list.length)],
  'commandInfo with type mappings': (c) => [c.commandInfo(['get', 'set', 'nope']), c.withTypeMapping({ [SET]: Set }).commandInfo(['sadd']), c.COMMAND_INFO(['zadd'])],
  'commandGetKeys, commandGetKeysAndFlags': (c) => [
    c.commandGetKeys(['SET', 'k', 'v']), c.commandGetKeys(['MSET', 'a', '1', 'b', '2']), c.COMMAND_GETKEYS([Buffer.from('GET'), Buffer.from('bk')]), c.commandGetKeys(['PING']),
    c.commandGetKeysAndFlags(['LMOVE', 'a', 'b', 'LEFT', 'RIGHT']), c.commandGetKeysAndFlags(['SET', 'k', 'v']), c.commandGetKeysAndFlags(['NOPE']),
  ],
  'commandList filters': (c) => [
    sorted(c.commandList()), sorted(c.commandList({ FILTERBY: { type: 'ACLCAT', value: 'hyperloglog' } })), sorted(c.commandList({ FILTERBY: { type: 'PATTERN', value: 'xa*' } })),
    c.commandList({ FILTERBY: { type: 'MODULE', value: 'nope' } }), sorted(c.COMMAND_LIST({})),
  ],
  'configGet, configSet (and back), configResetStat, configRewrite': (c) => [
    c.configGet('maxmemory-samples'), c.configGet(['maxmemory-samples', 'hz']), c.configSet('maxmemory-samples', '6'), c.configGet('maxmemory-samples'),
    c.configSet({ 'maxmemory-samples': '5', hz: '10' }), c.configSet({ hz: 10 }), c.configSet('hz', 10), c.withTypeMapping({ [MAP]: Map }).configGet('maxmemory-sample*'), c.withTypeMapping({ [MAP]: Array }).configGet('hz'),
    c.configGet('nope*'), c.configSet('nope', 'x'), c.configResetStat(), c.CONFIG_RESETASTAT(), c.configRewrite(),
  ],
  'latency monitor with a 10 ms DEBUG SLEEP': (c) => [
    c.latencyReset(), c.latencyDoctor(), c.latencyLatest(), c.latencyHistory('command'), c.latencyGraph('command'),
    c.configSet('latency-monitor-threshold', '1'), c.sendCommand(['DEBUG', 'SLEEP', '0.01']), c.latencyLatest(), c.latencyHistory('command'), c.latencyGraph('command'),
    c.latencyDoctor(), c.latencyReset('command', 'fork'), c.LATENCY_RESET(), c.configSet('latency-monitor-threshold', '0'), c.latencyGraph('nope'),
  ],
  'latencyHistogram': (c) => [
    c.configResetStat(), c.echo('a'), c.echo('b'), c.latencyHistogram('echo'), c.latencyHistogram('nope'), c.latencyHistogram('echo', 'config|resetstat'),
    c.withTypeMapping({ [MAP]: Map }).latencyHistogram('echo'), c.latencyHistogram().then((all) => Object.keys(all).sort()),
  ],
  'LOLWUT (random art: its last line)': (c) => [lastLine(c.LOLWUT()), lastLine(c.LOLWUT(5, 1, 1, 1)), lastLine(c.LOLWUT(6, 10, 2)), c.LOLWUT(0).then((s) => typeof s)],
  'memoryDoctor, memoryPurge, memoryUsage': (c) => [
    c.memoryDoctor(), c.memoryPurge(), c.set('k', 'value'), c.memoryUsage('k'), c.memoryUsage('k', { SAMPLES: 5 }), c.memoryUsage('k', { SAMPLES: 0 }), c.memoryUsage('nope'),
    c.lPush('l', ['a', 'b']), c.MEMORY_USAGE('l'), c.memoryUsage('k', { SAMPLES: -1 }),
  ],
  'memoryStats, memoryMallocStats': (c) => [c.memoryStats(), c.withTypeMapping({ [DOUBLE]: String }).memoryStats(), c.withTypeMapping({ [MAP]: Map }).memoryStats(), c['MEMORY_MALLOC-STATS'](), c.memoryMallocStats().then((s) => typeof s)],
  'moduleList, moduleLoad, moduleUnload (errors: no module here)': (c) => [c.moduleList(), c.moduleLoad('/nonexistent/module.so'), c.moduleLoad('/nonexistent/module.so', ['a', 'b']), c.moduleUnload('nope')],
  'role, replicaOf NO ONE': (c) => [c.role(), c.replicaOf('NO', 'ONE'), c.ROLE(), c.replicaOf('no', 'one')],
}, {
  server: { config: { 'enable-debug-command': 'yes', 'enable-module-command': 'yes' } },
  normalize: normalizer({ opaqueFields: ['histogram_usec'], whole: VOLATILE }),
});

describe('server commands reject bad arguments before sending', () => {
  const client = ferrodis.createClient(); // never connected: nothing may reach a socket
  test.each([
    ['configSet without a parameter', () => client.configSet()],
    ['configSet with a number', () => client.configSet(5)],
    ['commandInfo with a string', () => client.commandInfo('get')],
    ['commandGetKeys with a string', () => client.commandGetKeys('SET k v')],
    ['commandList with an unknown FILTERBY type', () => client.commandList({ FILTERBY: { type: 'NAME', value: 'x' } })],
    ['flushAll with an unknown mode', () => client.flushAll('NOW')],
    ['bgSave with options that are not an object', () => client.bgSave('SCHEDULE')],
    ['memoryUsage with a non-integer SAMPLES', () => client.memoryUsage('k', { SAMPLES: 'all' })],
    ['swapDb with a non-integer', () => client.swapDb('a', 1)],
    ['replicaOf with a non-numeric port', () => client.replicaOf('host', 'port')],
    ['LOLWUT with a non-integer version', () => client.LOLWUT('five')],
    ['moduleLoad with arguments that are not an array', () => client.moduleLoad('/m.so', 'arg')],
  ])('%s', async (_, call) => {
    await expect(call()).rejects.toThrow(TypeError);
  });
});
