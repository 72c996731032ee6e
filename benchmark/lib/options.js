'use strict';
// Command-line flags of run.js and their defaults.

const path = require('path');

const USAGE = `usage: node benchmark/run.js [flags]

  --clients a,b        clients to run (default: all): ferrodis, redis (node-redis), ioredis,
                       ioredis-auto (enableAutoPipelining), valkey-glide, and the reference
                       bare-socket (a bare net.Socket doing only GET and SET); only when named:
                       ferrodis-engine (sockets driven by the engine thread, not the JS thread)
                       and ferrodis-baseline (the build at $FERRODIS_BASELINE)
  --workloads x,y      workloads to run (default: all but memory-10m)
  --rounds N           interleaved rounds (default 5); medians and min–max are over rounds
  --duration MS        measured time per measurement (default 1000)
  --warmup MS          warm-up time per measurement, same loop, not measured (default 400)
  --memory-ops A,B     memory-10m checkpoints in GETs (default 1000000,10000000)
  --memory-rounds N    rounds of memory-10m (default 1; it is long)
  --idle-connections N idle clients opened by idle-connections (default 2000; --quick: 200)
  --pin                pin redis-server to CPU 0 and the clients to the other CPUs (stable
                       numbers for A/B comparisons; see README.md)
  --no-limit           skip the redis-benchmark "limit" column
  --quick              smoke run: 1 round, 150 ms measurements, tiny memory checkpoints, 200 idle clients,
                       prints the table but writes no file unless --out is given
  --strict             exit 1 if a requested client was skipped or any measurement failed
  --out FILE           where to write the markdown (default benchmark/RESULTS.md; not with --quick)
  --json FILE          also write every raw per-round result as JSON
  --help               this text`;

function parseList(value, flag) {
  if (!value) throw new Error(`${flag} needs a value`);
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}

function parsePositiveInt(value, flag) {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag} needs a positive integer, got ${value}`);
  return n;
}

function parseOptions(argv) {
  const opts = {
    clients: null,
    workloads: null,
    rounds: null,
    durationMs: null,
    warmupMs: null,
    memoryCheckpoints: null,
    memoryRounds: 1,
    idleConnections: null,
    limit: true,
    pin: false,
    strict: false,
    quick: false,
    out: undefined,
    json: null,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => (inline !== undefined ? inline : argv[++i]);
    switch (flag) {
      case '--clients': opts.clients = parseList(value(), flag); break;
      case '--workloads': opts.workloads = parseList(value(), flag); break;
      case '--rounds': opts.rounds = parsePositiveInt(value(), flag); break;
      case '--duration': opts.durationMs = parsePositiveInt(value(), flag); break;
      case '--warmup': opts.warmupMs = parsePositiveInt(value(), flag); break;
      case '--memory-ops':
        opts.memoryCheckpoints = parseList(value(), flag).map((v) => parsePositiveInt(v, flag)).sort((a, b) => a - b);
        break;
      case '--memory-rounds': opts.memoryRounds = parsePositiveInt(value(), flag); break;
      case '--idle-connections': opts.idleConnections = parsePositiveInt(value(), flag); break;
      case '--no-limit': opts.limit = false; break;
      case '--pin': opts.pin = true; break;
      case '--strict': opts.strict = true; break;
      case '--quick': opts.quick = true; break;
      case '--out': opts.out = path.resolve(value()); break;
      case '--json': opts.json = path.resolve(value()); break;
      case '--help': case '-h': opts.help = true; break;
      default: throw new Error(`unknown flag ${arg}\n\n${USAGE}`);
    }
  }
  const q = opts.quick;
  opts.rounds ??= q ? 1 : 5;
  opts.durationMs ??= q ? 150 : 1000;
  opts.warmupMs ??= q ? 50 : 400;
  opts.memoryCheckpoints ??= q ? [20000, 100000] : [1000000, 10000000];
  opts.idleConnections ??= q ? 200 : 2000;
  if (opts.out === undefined) opts.out = q ? null : path.join(__dirname, '..', 'RESULTS.md');
  return opts;
}

module.exports = { parseOptions, USAGE };
