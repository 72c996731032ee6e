#!/usr/bin/env node
'use strict';
// npm `prepublishOnly`: refuses to publish ferrodis unless every target of package.json's
// napi.targets has its binary in its npm/<platform>/ package (built by CI's Linux step and the
// release workflow): the root package carries no binary, each platform package carries one.
//   --host  only check that this platform's engine is built (./ferrodis.<platform>.node)
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const { napi } = require('../package.json');

const NODE_PLATFORM = {
  'x86_64-unknown-linux-gnu': 'linux-x64-gnu',
  'x86_64-unknown-linux-musl': 'linux-x64-musl',
  'aarch64-unknown-linux-gnu': 'linux-arm64-gnu',
  'aarch64-unknown-linux-musl': 'linux-arm64-musl',
  'x86_64-apple-darwin': 'darwin-x64',
  'aarch64-apple-darwin': 'darwin-arm64',
  'x86_64-pc-windows-msvc': 'win32-x64-msvc',
};

const binary = (platform) => `${napi.binaryName}.${platform}.node`;
let missing;
if (!process.argv.includes('--host')) {
  missing = napi.targets.map((t) => NODE_PLATFORM[t]).map((p) => path.join('npm', p, binary(p))).filter((f) => !fs.existsSync(path.join(ROOT, f)));
} else {
  const built = fs.readdirSync(ROOT).filter((f) => f.startsWith(`${napi.binaryName}.`) && f.endsWith('.node'));
  missing = built.length > 0 ? [] : [`${binary('<this platform>')} (run \`npm run build\`)`];
}
if (missing.length > 0) {
  console.error(`ferrodis: refusing to pack or publish without the engine binaries:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
