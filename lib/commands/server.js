'use strict';
// Server commands: persistence, COMMAND, CONFIG, LATENCY, MEMORY, MODULE, HOTKEYS, replication,
// databases. node-redis flags nearly all of them read-only (even CONFIG SET and REPLICAOF) and
// keyless; the ones it marks as writes are spread with WRITE.
const { Buffer } = require('buffer');
const { int, oneOf, options, withVariadic } = require('./args');
const { pairsToMap } = require('./replies');
const { ADMIN, fixed, argumentList, record, same, commandInfo, memoryStats, latencyHistogram, role, hotkeys } = require('./transforms/server');

const WRITE = { keyless: true };
const FLUSH_MODES = ['ASYNC', 'SYNC'];

function flush(command) {
  return {
    method: command === 'FLUSHALL' ? 'flushAll' : 'flushDb',
    ts: "(mode?: 'ASYNC' | 'SYNC'): Promise<'OK'>",
    ...WRITE,
    build: (mode) => (mode ? [command, oneOf(mode, FLUSH_MODES, `${command} mode`)] : [command]),
  };
}

// Values go as given: like node-redis, a number is refused (by the encoder), not stringified.
function configSet(parameterOrConfig, parameterValue) {
  if (typeof parameterOrConfig === 'string' || Buffer.isBuffer(parameterOrConfig)) return ['CONFIG', 'SET', parameterOrConfig, parameterValue];
  if (options(parameterOrConfig, 'CONFIG SET config') === undefined) throw new TypeError('CONFIG SET needs a parameter and a value, or a config object');
  return ['CONFIG', 'SET', ...Object.entries(parameterOrConfig).flat()];
}

function commandList(opts) {
  if (!options(opts, 'COMMAND LIST options')?.FILTERBY) return ['COMMAND', 'LIST'];
  const { type, value: filter } = opts.FILTERBY;
  return ['COMMAND', 'LIST', 'FILTERBY', oneOf(type, ['MODULE', 'ACLCAT', 'PATTERN'], 'COMMAND LIST FILTERBY type'), filter];
}

function hotkeysStart(opts) {
  if (options(opts, 'HOTKEYS START options')?.METRICS === undefined) throw new TypeError('HOTKEYS START needs { METRICS: { count, CPU?, NET? } }');
  const { METRICS, COUNT, DURATION, SAMPLE, SLOTS } = opts;
  const args = ['HOTKEYS', 'START', 'METRICS', int(METRICS.count, 'HOTKEYS START METRICS.count')];
  if (METRICS.CPU) args.push('CPU');
  if (METRICS.NET) args.push('NET');
  if (COUNT !== undefined) args.push('COUNT', int(COUNT, 'HOTKEYS START COUNT'));
  if (DURATION !== undefined) args.push('DURATION', int(DURATION, 'HOTKEYS START DURATION'));
  if (SAMPLE !== undefined) args.push('SAMPLE', int(SAMPLE, 'HOTKEYS START SAMPLE'));
  if (SLOTS !== undefined) {
    args.push('SLOTS', int(SLOTS.count, 'HOTKEYS START SLOTS.count'));
    for (const slot of argumentList(SLOTS.slots, 'HOTKEYS START SLOTS.slots')) args.push(int(slot, 'HOTKEYS START slot'));
  }
  return args;
}

function lolwut(version, ...optionalArguments) {
  if (!version) return ['LOLWUT'];
  return ['LOLWUT', 'VERSION', int(version, 'LOLWUT version'), ...optionalArguments.map((n) => int(n, 'LOLWUT argument'))];
}

/** REPLICAOF's port, or the ONE of `REPLICAOF NO ONE`. */
const replicaPort = (port) => (typeof port === 'string' && /^one$/i.test(port) ? port : int(port, 'REPLICAOF port'));

const MODULE_FIELDS = same(['name', 'ver']);

module.exports = {
  BGREWRITEAOF: fixed('bgRewriteAof', ['BGREWRITEAOF'], '(): Promise<SimpleStringReply>'),
  BGSAVE: {
    method: 'bgSave',
    ts: '(options?: BgSaveOptions): Promise<SimpleStringReply>',
    ...ADMIN,
    build: (opts) => (options(opts, 'BGSAVE options')?.SCHEDULE ? ['BGSAVE', 'SCHEDULE'] : ['BGSAVE']),
  },
  COMMAND: fixed('command', ['COMMAND'], '(): Promise<CommandReply[]>', ADMIN, (reply) => reply.map(commandInfo)),
  COMMAND_COUNT: fixed('commandCount', ['COMMAND', 'COUNT'], '(): Promise<number>'),
  COMMAND_GETKEYS: {
    method: 'commandGetKeys',
    ts: '(args: Array<RedisArgument>): Promise<string[]>',
    ...ADMIN,
    build: (args) => ['COMMAND', 'GETKEYS', ...argumentList(args, 'COMMAND GETKEYS args')],
  },
  COMMAND_GETKEYSANDFLAGS: {
    method: 'commandGetKeysAndFlags',
    ts: '(args: Array<RedisArgument>): Promise<Array<{ key: string; flags: string[] }>>',
    ...ADMIN,
    build: (args) => ['COMMAND', 'GETKEYSANDFLAGS', ...argumentList(args, 'COMMAND GETKEYSANDFLAGS args')],
    reply: (reply) => reply.map(([key, flags]) => ({ key, flags })),
  },
  COMMAND_INFO: {
    method: 'commandInfo',
    ts: '(commands: Array<RedisArgument>): Promise<Array<CommandReply | null>>',
    ...ADMIN,
    build: (commands) => ['COMMAND', 'INFO', ...argumentList(commands, 'COMMAND INFO commands')],
    reply: (reply) => reply.map(commandInfo),
  },
  COMMAND_LIST: { method: 'commandList', ts: '(options?: CommandListOptions): Promise<string[]>', ...ADMIN, build: commandList },
  CONFIG_GET: {
    method: 'configGet',
    ts: '(parameters: RedisVariadicArgument): Promise<MapReply<string>>',
    ...ADMIN,
    build: (parameters) => withVariadic(['CONFIG', 'GET'], parameters),
    reply: { 2: pairsToMap },
  },
  // node-redis' UPPER name has this typo; its method name is configResetStat.
  CONFIG_RESETASTAT: fixed('configResetStat', ['CONFIG', 'RESETSTAT'], "(): Promise<'OK'>"),
  CONFIG_REWRITE: fixed('configRewrite', ['CONFIG', 'REWRITE'], "(): Promise<'OK'>"),
  CONFIG_SET: {
    method: 'configSet',
    ts: ["(parameter: RedisArgument, value: RedisArgument): Promise<'OK'>", "(config: Record<string, RedisArgument>): Promise<'OK'>"],
    ...ADMIN,
    build: configSet,
  },
  DBSIZE: fixed('dbSize', ['DBSIZE'], '(): Promise<number>'),
  FLUSHALL: flush('FLUSHALL'),
  FLUSHDB: flush('FLUSHDB'),
  // unstableResp3: node-redis refuses HOTKEYS GET on RESP3 clients unless `unstableResp3` is set.
  HOTKEYS_GET: { ...fixed('hotkeysGet', ['HOTKEYS', 'GET'], '(): Promise<HotkeysGetReply | null>', ADMIN, { 2: hotkeys }), unstableResp3: true },
  HOTKEYS_RESET: fixed('hotkeysReset', ['HOTKEYS', 'RESET'], "(): Promise<'OK'>", WRITE),
  HOTKEYS_START: { method: 'hotkeysStart', ts: "(options: HotkeysStartOptions): Promise<'OK'>", ...WRITE, build: hotkeysStart },
  HOTKEYS_STOP: fixed('hotkeysStop', ['HOTKEYS', 'STOP'], "(): Promise<'OK'>", WRITE),
  INFO: { method: 'info', ts: '(section?: RedisArgument): Promise<VerbatimStringReply>', ...ADMIN, build: (section) => (section ? ['INFO', section] : ['INFO']) },
  LASTSAVE: fixed('lastSave', ['LASTSAVE'], '(): Promise<number>'),
  LATENCY_DOCTOR: fixed('latencyDoctor', ['LATENCY', 'DOCTOR'], '(): Promise<VerbatimStringReply>'),
  LATENCY_GRAPH: { method: 'latencyGraph', ts: '(event: LatencyEvent): Promise<VerbatimStringReply>', ...ADMIN, build: (event) => ['LATENCY', 'GRAPH', event] },
  // node-redis does not flag it keyless, but it has no key.
  LATENCY_HISTOGRAM: {
    method: 'latencyHistogram',
    ts: '(...commands: string[]): Promise<Record<string, { calls: number; histogram_usec: Record<string, number> }>>',
    ...ADMIN,
    build: (...commands) => ['LATENCY', 'HISTOGRAM', ...commands],
    reply: { 2: latencyHistogram },
  },
  LATENCY_HISTORY: { method: 'latencyHistory', ts: '(event: LatencyEvent): Promise<Array<[timestamp: number, latency: number]>>', ...ADMIN, build: (event) => ['LATENCY', 'HISTORY', event] },
  LATENCY_LATEST: fixed('latencyLatest', ['LATENCY', 'LATEST'], '(): Promise<Array<[name: string, timestamp: number, latestLatency: number, allTimeLatency: number]>>'),
  LATENCY_RESET: { method: 'latencyReset', ts: '(...events: LatencyEvent[]): Promise<number>', ...WRITE, build: (...events) => ['LATENCY', 'RESET', ...events] },
  // node-redis has no camelCase name for LOLWUT.
  LOLWUT: { method: 'LOLWUT', ts: '(version?: number, ...optionalArguments: number[]): Promise<VerbatimStringReply>', ...ADMIN, build: lolwut },
  MEMORY_DOCTOR: fixed('memoryDoctor', ['MEMORY', 'DOCTOR'], '(): Promise<VerbatimStringReply>'),
  'MEMORY_MALLOC-STATS': fixed('memoryMallocStats', ['MEMORY', 'MALLOC-STATS'], '(): Promise<VerbatimStringReply>'),
  MEMORY_PURGE: fixed('memoryPurge', ['MEMORY', 'PURGE'], "(): Promise<'OK'>", WRITE),
  MEMORY_STATS: fixed('memoryStats', ['MEMORY', 'STATS'], '(): Promise<MemoryStatsReply>', ADMIN, { 2: memoryStats }),
  MEMORY_USAGE: {
    method: 'memoryUsage',
    ts: '(key: RedisArgument, options?: MemoryUsageOptions): Promise<number | null>',
    readonly: true,
    firstKey: 2,
    build: (key, opts) => {
      const samples = options(opts, 'MEMORY USAGE options')?.SAMPLES;
      return samples ? ['MEMORY', 'USAGE', key, 'SAMPLES', int(samples, 'MEMORY USAGE SAMPLES')] : ['MEMORY', 'USAGE', key];
    },
  },
  MODULE_LIST: fixed('moduleList', ['MODULE', 'LIST'], '(): Promise<Array<{ name: string; ver: number }>>', ADMIN, {
    2: (reply) => reply.map((module) => record(module, MODULE_FIELDS)),
  }),
  MODULE_LOAD: {
    method: 'moduleLoad',
    ts: "(path: RedisArgument, moduleArguments?: Array<RedisArgument>): Promise<'OK'>",
    ...ADMIN,
    build: (path, moduleArguments) => ['MODULE', 'LOAD', path, ...(moduleArguments ? argumentList(moduleArguments, 'MODULE LOAD arguments') : [])],
  },
  MODULE_UNLOAD: { method: 'moduleUnload', ts: "(name: RedisArgument): Promise<'OK'>", ...ADMIN, build: (name) => ['MODULE', 'UNLOAD', name] },
  REPLICAOF: { method: 'replicaOf', ts: "(host: string, port: number | 'ONE'): Promise<'OK'>", ...ADMIN, build: (host, port) => ['REPLICAOF', host, replicaPort(port)] },
  ROLE: fixed('role', ['ROLE'], '(): Promise<RoleReply>', ADMIN, role),
  SWAPDB: { method: 'swapDb', ts: "(index1: number, index2: number): Promise<'OK'>", ...WRITE, build: (a, b) => ['SWAPDB', int(a, 'SWAPDB index1'), int(b, 'SWAPDB index2')] },
  TIME: fixed('time', ['TIME'], '(): Promise<[unixTimestamp: string, microseconds: string]>'),
};
