'use strict';
// The engine's targets (package.json's napi.targets) under napi-rs' platform names — the npm/
// folder, the package `ferrodis-<platform>`, the binary `ferrodis.<platform>.node` — and, for the
// Linux ones this machine cross-compiles (scripts/build-targets.js), the ELF machine and libc.

const { napi } = require('../package.json');

const PLATFORMS = {
  'x86_64-unknown-linux-gnu': { platform: 'linux-x64-gnu', machine: 'X86-64', libc: 'gnu' },
  'x86_64-unknown-linux-musl': { platform: 'linux-x64-musl', machine: 'X86-64', libc: 'musl' },
  'aarch64-unknown-linux-gnu': { platform: 'linux-arm64-gnu', machine: 'AArch64', libc: 'gnu' },
  'aarch64-unknown-linux-musl': { platform: 'linux-arm64-musl', machine: 'AArch64', libc: 'musl' },
  'x86_64-apple-darwin': { platform: 'darwin-x64' },
  'aarch64-apple-darwin': { platform: 'darwin-arm64' },
  'x86_64-pc-windows-msvc': { platform: 'win32-x64-msvc' },
};

/** Every target of napi.targets: { triple, platform, binary (path under the package root), machine?, libc? }. */
const TARGETS = napi.targets.map((triple) => {
  const target = PLATFORMS[triple];
  if (target === undefined) throw new Error(`scripts/targets.js does not know the napi target ${triple}`);
  return { triple, ...target, binary: `npm/${target.platform}/${napi.binaryName}.${target.platform}.node` };
});

/** The Linux targets (the ones with a libc). */
const LINUX = TARGETS.filter((target) => target.libc !== undefined);

module.exports = { TARGETS, LINUX };
