#!/usr/bin/env node
'use strict';
// Builds the engine for the Linux targets of package.json's `napi.targets` on this (x86_64 Linux)
// machine, cross-compiling with cargo-zigbuild and zig (PyPI's `ziglang`), into the per-platform
// packages under npm/ (made by `napi create-npm-dirs`), and checks each binary:
//   - ELF machine of the target, a shared object, stripped (no .symtab, no .debug_* sections);
//   - gnu: linked against libc.so.6 with no GLIBC symbol version newer than 2.17 (RHEL 7/8,
//     Ubuntu 18.04+, Debian 10+, Amazon Linux 2), as valkey-glide ships;
//   - musl: linked against musl's libc, no GLIBC symbol version at all;
//   - the one this machine can load (x86_64 gnu) is loaded by Node and run: digest, and a
//     round trip to a redis-server when `--server host:port` is given (`auto`: one started here).
// macOS and Windows binaries need their own OS (the release workflow, .github/workflows/).
//
//   node scripts/build-targets.js [--targets linux-x64-gnu,linux-arm64-musl] [--server host:port|auto]
//
// Prints one line per target and a JSON summary last; exits 1 if any build or check failed.
// Needs: `cargo zigbuild` (cargo install cargo-zigbuild), `python3 -m ziglang` (pip install
// ziglang) or zig on the PATH, `rustup target add <triple>` for each target, readelf.

const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const { LINUX } = require('./targets');
const TARGET_DIR = path.join(ROOT, 'target', 'cross');
const MAX_GLIBC = [2, 17];

function option(name) {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

/** Builds `triple` with cargo-zigbuild; the path of the shared object. */
function build(triple, { libc }) {
  const zigTarget = libc === 'gnu' ? `${triple}.${MAX_GLIBC.join('.')}` : triple;
  // A cdylib cannot link the C runtime statically, which Rust's musl targets do by default.
  const rustflags = libc === 'musl' ? '-C target-feature=-crt-static' : '';
  const result = spawnSync('cargo', ['zigbuild', '--release', '-p', 'ferrodis', '--target', zigTarget, '--target-dir', TARGET_DIR], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, [`CARGO_TARGET_${triple.toUpperCase().replace(/-/g, '_')}_RUSTFLAGS`]: rustflags },
  });
  if (result.status !== 0) throw new Error(`cargo zigbuild --target ${zigTarget} failed (${result.error?.message ?? `exit ${result.status}`})`);
  return path.join(TARGET_DIR, triple, 'release', 'libferrodis.so');
}

const readelf = (flag, file) => execFileSync('readelf', [flag, '-W', file], { encoding: 'utf8' });

/** What is wrong with the binary for this target (empty when nothing). */
function check(file, { machine, libc }) {
  const problems = [];
  const header = readelf('-h', file);
  if (!new RegExp(`Machine:\\s+.*${machine === 'X86-64' ? 'X86-64' : 'AArch64'}`).test(header)) problems.push(`machine is not ${machine}`);
  if (!/Type:\s+DYN/.test(header)) problems.push('not a shared object');
  const sections = readelf('-S', file);
  if (/\.symtab\b/.test(sections) || /\.debug_/.test(sections)) problems.push('not stripped');
  const needed = [...readelf('-d', file).matchAll(/\(NEEDED\)\s+Shared library: \[([^\]]+)\]/g)].map((m) => m[1]);
  const versions = [...readelf('-V', file).matchAll(/GLIBC_(\d+)\.(\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
  const newest = versions.reduce((a, b) => (b[0] > a[0] || (b[0] === a[0] && b[1] > a[1]) ? b : a), [0, 0]);
  if (libc === 'gnu') {
    if (!needed.includes('libc.so.6')) problems.push(`not linked against glibc (needs ${needed.join(', ')})`);
    if (newest[0] > MAX_GLIBC[0] || (newest[0] === MAX_GLIBC[0] && newest[1] > MAX_GLIBC[1])) problems.push(`needs GLIBC_${newest.join('.')} (> ${MAX_GLIBC.join('.')})`);
  } else {
    if (versions.length > 0) problems.push('has GLIBC symbol versions');
    if (needed.some((lib) => lib === 'libc.so.6')) problems.push('linked against glibc');
  }
  return { problems, needed, glibc: versions.length === 0 ? undefined : newest.join('.') };
}

/** Loads the binary in a fresh Node and runs it (digest; PING against `server` if given). */
function smoke(file, server) {
  const script = `
    const ferrodis = require(${JSON.stringify(ROOT)});
    (async () => {
      if (await ferrodis.digest('') !== '2d06800538d394c2') throw new Error('wrong digest');
      ${server ? `const [host, port] = ${JSON.stringify(server)}.split(':');
      const client = ferrodis.createClient({ socket: { host, port: Number(port) } });
      await client.connect();
      if (await client.ping() !== 'PONG') throw new Error('no PONG');
      await client.quit();` : ''}
      console.log('ok');
    })().catch((err) => { console.error(err); process.exit(1); });`;
  const out = execFileSync(process.execPath, ['-e', script], { env: { ...process.env, NAPI_RS_NATIVE_LIBRARY_PATH: file }, encoding: 'utf8', timeout: 20000 });
  return out.trim() === 'ok';
}

async function main() {
  const wanted = option('--targets')?.split(',');
  let server = option('--server');
  let started;
  if (server === 'auto') {
    // a throw-away redis-server on a free port (the test helpers' own)
    started = await require('../__test__/helpers/redis-server').startRedis();
    server = `${started.host}:${started.port}`;
  }
  const hostTriple = process.arch === 'x64' ? 'x86_64-unknown-linux-gnu' : undefined;
  const summary = [];
  for (const target of LINUX) {
    const { triple } = target;
    if (wanted && !wanted.includes(target.platform)) continue;
    const entry = { platform: target.platform, triple };
    try {
      const built = build(triple, target);
      const dest = path.join(ROOT, target.binary);
      fs.copyFileSync(built, dest);
      Object.assign(entry, check(dest, target), { bytes: fs.statSync(dest).size, file: path.relative(ROOT, dest) });
      if (triple === hostTriple && entry.problems.length === 0) entry.loaded = smoke(dest, server);
    } catch (err) {
      entry.problems = [err.message];
    }
    console.log(`${entry.platform}: ${entry.problems.length === 0 ? 'ok' : entry.problems.join('; ')}${entry.glibc ? ` (newest GLIBC_${entry.glibc})` : ''}${entry.loaded ? ', loaded and run' : ''}`);
    summary.push(entry);
  }
  console.log(JSON.stringify(summary));
  await started?.stop();
  process.exit(summary.every((e) => e.problems.length === 0 && e.loaded !== false) && summary.length > 0 ? 0 : 1);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

module.exports = { check };
