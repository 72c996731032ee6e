#!/usr/bin/env node
'use strict';
// npm `prepare`: builds the native addon (`npm run build`, a napi release build) when cargo is
// available, unless FERRODIS_SKIP_BUILD is set. Exits with the build's exit code.
const { spawnSync } = require('child_process');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');

if (process.env.FERRODIS_SKIP_BUILD) {
  console.log('ferrodis: FERRODIS_SKIP_BUILD is set, not building the native addon.');
  process.exit(0);
}

if (spawnSync('cargo', ['--version'], { stdio: 'ignore' }).error) {
  console.log('ferrodis: cargo not found, so the native addon was NOT built. Install Rust '
    + '(https://rustup.rs), then run `npm run build`.');
  process.exit(0);
}

// Prefer the npm that is running us (npm sets npm_execpath), so the same npm version builds.
const npmCli = process.env.npm_execpath;
const [cmd, args] = npmCli && /\.c?js$/.test(npmCli)
  ? [process.execPath, [npmCli, 'run', 'build']]
  : ['npm', ['run', 'build']];
console.log('ferrodis: building the native addon (npm run build)...');
const result = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
if (result.error) {
  console.error(`ferrodis: could not run npm run build: ${result.error.message}`);
  process.exit(1);
}
if (result.status !== 0) console.error(`ferrodis: npm run build failed (${result.signal || `exit code ${result.status}`}).`);
process.exit(result.status === null ? 1 : result.status);
