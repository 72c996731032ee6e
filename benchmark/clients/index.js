'use strict';
// The clients under test. Each entry: a label for the table, how to find its version, and an
// adapter factory. A reference entry (the bare net.Socket) is measured like a client but is not
// one of the "other clients" ferrodis is judged against, and runs only the workloads it lists.
// `noTls`: why a client does not run the TLS workloads (said in the report's notes).
// `optIn`: run only when named in --clients (variants for A/B measurements).
// Every adapter offers the same small interface (see README.md):
//   connect, get, set, hGetAll, lRange, multiSets(pairs), sendCommand(args), close; and
//   createSubscriber(endpoint, channel, listener) for the pub/sub rows
// Client modules are only ever required inside worker processes, never by the orchestrator.

const path = require('path');
const fs = require('fs');
const { execFileSync } = require('child_process');
const { nodeRedisApiAdapter } = require('./node-redis-api');
const { ioredisAdapter } = require('./ioredis');
const { glideAdapter, GLIDE_NO_CLIENT_CERTIFICATE } = require('./valkey-glide');
const { bareSocketAdapter, BARE_SOCKET_WORKLOADS } = require('./bare-socket');

const PACKAGE_ROOT = path.resolve(__dirname, '..', '..');

// Reads <dir>/node_modules/<name>/package.json along Node's lookup path from benchmark/ (some
// packages, e.g. valkey-glide, do not export their package.json, so require.resolve cannot be used).
function packageVersion(name) {
  for (const dir of require.resolve.paths(name) || []) {
    try {
      return JSON.parse(fs.readFileSync(path.join(dir, name, 'package.json'), 'utf8')).version;
    } catch {}
  }
  return null;
}

function ferrodisVersion() {
  let version;
  try {
    version = JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: PACKAGE_ROOT,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim();
    // --no-optional-locks: a read-only look, never a refresh of .git/index. Changes under benchmark/
    // do not make the measured ferrodis dirty.
    let dirty = '';
    try {
      const status = execFileSync('git', ['--no-optional-locks', 'status', '--porcelain', '--untracked-files=no', '--', '.', ':!benchmark'], {
        cwd: PACKAGE_ROOT,
        stdio: ['ignore', 'pipe', 'ignore'],
      }).toString();
      if (status.trim()) dirty = '+dirty';
    } catch {}
    return `${version} (${sha}${dirty})`;
  } catch {
    return `${version} (no commit yet)`;
  }
}

const CLIENTS = [
  {
    key: 'ferrodis',
    label: 'ferrodis',
    version: ferrodisVersion,
    adapter: nodeRedisApiAdapter(() => require(PACKAGE_ROOT)),
    // A failed require means the addon (or the JS) is not there yet: say so plainly.
    notLoadedNote: 'not built',
  },
  {
    key: 'redis',
    label: 'node-redis',
    version: () => packageVersion('redis'),
    adapter: nodeRedisApiAdapter(() => require('redis')),
  },
  {
    key: 'ioredis',
    label: 'ioredis',
    version: () => packageVersion('ioredis'),
    adapter: ioredisAdapter({ autoPipelining: false }),
  },
  {
    key: 'ioredis-auto',
    label: 'ioredis (autopipelining)',
    version: () => packageVersion('ioredis'),
    adapter: ioredisAdapter({ autoPipelining: true }),
  },
  {
    key: 'valkey-glide',
    label: 'valkey-glide',
    version: () => packageVersion('@valkey/valkey-glide'),
    adapter: glideAdapter(),
    notLoadedNote: 'not installed or its native binary does not load (run `npm install` in benchmark/)',
    noTls: GLIDE_NO_CLIENT_CERTIFICATE,
  },
  {
    // ferrodis with its sockets driven by the engine thread (as for a socketTimeout, here one
    // that never fires), not by the JS thread: what driving them on the JS thread is worth.
    key: 'ferrodis-engine',
    label: 'ferrodis (engine thread)',
    version: ferrodisVersion,
    adapter: nodeRedisApiAdapter(() => require(PACKAGE_ROOT), { socketTimeout: 2 ** 31 - 1 }),
    notLoadedNote: 'not built',
    reference: true,
    optIn: true,
  },
  // Another build of ferrodis (FERRODIS_BASELINE=<its package root>), to compare two builds in
  // one run.
  ...(process.env.FERRODIS_BASELINE
    ? [{
      key: 'ferrodis-baseline',
      label: 'ferrodis (baseline)',
      version: () => {
        try {
          const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: process.env.FERRODIS_BASELINE }).toString().trim();
          return `baseline ${sha}`;
        } catch {
          return 'baseline';
        }
      },
      adapter: nodeRedisApiAdapter(() => require(path.resolve(process.env.FERRODIS_BASELINE))),
      notLoadedNote: 'not built',
      reference: true,
      optIn: true,
    }]
    : []),
  {
    key: 'bare-socket',
    label: 'bare net.Socket',
    version: () => process.version,
    adapter: bareSocketAdapter(),
    reference: true,
    workloads: BARE_SOCKET_WORKLOADS,
  },
];

const ALIASES = { 'node-redis': 'redis', glide: 'valkey-glide', 'ioredis-autopipelining': 'ioredis-auto', bare: 'bare-socket' };

const byKey = new Map(CLIENTS.map((c) => [c.key, c]));

function resolveClient(name) {
  return byKey.get(ALIASES[name] || name);
}

module.exports = { CLIENTS, resolveClient, PACKAGE_ROOT };
