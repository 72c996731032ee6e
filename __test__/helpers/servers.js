'use strict';
/**
 * Servers newer than Debian's redis-server 7.0.15, installed by `scripts/install-test-servers.sh`
 * into $FERRODIS_SERVERS_DIR (default ~/.cache/ferrodis-servers), which lists them in servers.json.
 *
 *   const { newerServerBinary, SKIP_HINT } = require('./helpers/servers');
 *   const newer = newerServerBinary();            // newest real Redis: 8.2.3 (no TLS)
 *   const tlsOne = newerServerBinary({ tls: true });           // Redis 7.4.1 + modules, with TLS
 *   const valkey = newerServerBinary({ flavor: 'valkey' });    // Valkey 9.1.2
 *   const r8 = newerServerBinary({ minVersion: '8.0' });
 *   const describeNewer = newer ? describe : describe.skip;   // + console.log(SKIP_HINT) when null
 *   const srv = await startRedis({ binary: newer.path });
 *
 * newerServerBinary(filter) → { path, version, flavor: 'redis'|'valkey', tls, modules, name } | null
 * (null when nothing installed matches). `modules` maps json/search/timeseries/bloom to .so paths
 * (redis-stack only): startRedis({ binary, config: { loadmodule: Object.values(modules) } }).
 * Preference without a filter: newest Redis first, then Valkey.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');

const SERVERS_DIR = process.env.FERRODIS_SERVERS_DIR || path.join(os.homedir(), '.cache', 'ferrodis-servers');
const SKIP_HINT = `no newer redis/valkey server installed in ${SERVERS_DIR}: run scripts/install-test-servers.sh`;

function compareVersions(x, y) {
  const a = String(x).split('.').map(Number);
  const b = String(y).split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] || 0) - (b[i] || 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Every installed server whose binary is still executable, newest Redis first, then Valkey. */
function newerServers() {
  let list;
  try {
    list = JSON.parse(fs.readFileSync(path.join(SERVERS_DIR, 'servers.json'), 'utf8'));
  } catch {
    return [];
  }
  return list
    .filter((s) => {
      try { fs.accessSync(s.path, fs.constants.X_OK); return true; } catch { return false; }
    })
    .sort((a, b) => (a.flavor !== b.flavor ? (a.flavor === 'redis' ? -1 : 1) : compareVersions(b.version, a.version)));
}

/** filter: { flavor: 'redis'|'valkey', tls: true, minVersion: '7.4', module: 'json' } (all optional). */
function newerServerBinary({ flavor, tls, minVersion, module } = {}) {
  const found = newerServers().find((s) => (!flavor || s.flavor === flavor)
    && (!tls || s.tls)
    && (!minVersion || compareVersions(s.version, minVersion) >= 0)
    && (!module || (s.modules && s.modules[module])));
  return found || null;
}

/** Redis Stack (7.4.1 with the JSON, Search, TimeSeries and Bloom modules), as startRedis options
 *  `{ binary, config: { loadmodule } }`, or null when it is not installed. */
function stackServerOptions() {
  const stack = newerServerBinary({ module: 'json' });
  return stack === null ? null : { binary: stack.path, config: { loadmodule: Object.values(stack.modules) }, version: stack.version };
}

module.exports = { newerServerBinary, newerServers, stackServerOptions, SERVERS_DIR, SKIP_HINT };
