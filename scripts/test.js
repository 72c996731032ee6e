#!/usr/bin/env node
'use strict';
// `npm test [-- <jest args>]`: the Rust tests (`cargo test --workspace --release`: the engine and the bridge),
// then jest (jest.config.js) with any extra arguments passed through, then ONE final plain line
//   N passed, N failed[, N skipped]
// summing both (cargo's "ignored" and jest's pending/todo count as skipped) — CI reads that line.
// Exits non-zero if anything failed. FERRODIS_SKIP_CARGO_TESTS=1 skips the cargo step.
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const totals = { passed: 0, failed: 0, skipped: 0 };
let exitCode = 0;

function run(cmd, args, { tee = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: tee ? ['inherit', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    if (tee) {
      child.stdout.on('data', (d) => { output += d; process.stdout.write(d); });
      child.stderr.on('data', (d) => { output += d; process.stderr.write(d); });
    }
    child.on('error', (err) => resolve({ code: null, error: err, output }));
    child.on('close', (code, signal) => resolve({ code, signal, output }));
  });
}

async function cargoTests() {
  if (process.env.FERRODIS_SKIP_CARGO_TESTS) {
    console.log('# FERRODIS_SKIP_CARGO_TESTS is set: skipping cargo test');
    return;
  }
  if (spawnSync('cargo', ['--version'], { stdio: 'ignore' }).error) {
    console.log('# cargo not found: skipping the Rust tests (install Rust from https://rustup.rs)');
    return;
  }
  console.log('# cargo test --workspace --release');
  const { code, signal, output } = await run('cargo', ['test', '--workspace', '--release'], { tee: true });
  let sawResult = false;
  for (const m of output.matchAll(/test result: \w+\. (\d+) passed; (\d+) failed; (\d+) ignored/g)) {
    sawResult = true;
    totals.passed += Number(m[1]);
    totals.failed += Number(m[2]);
    totals.skipped += Number(m[3]);
  }
  if (code !== 0) {
    exitCode = 1;
    // A build error reports no test result at all: count it, so the final line cannot read "0 failed".
    if (!sawResult || !/test result: FAILED/.test(output)) {
      totals.failed += 1;
      console.log(`# cargo test exited with ${signal || `code ${code}`} (counted as 1 failure)`);
    }
  }
}

async function jestTests(extraArgs) {
  const jsonPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ferrodis-jest-')), 'results.json');
  const jestBin = path.join(ROOT, 'node_modules', '.bin', 'jest');
  console.log(`# jest ${extraArgs.join(' ')}`.trimEnd());
  const { code, signal, error } = await run(jestBin, ['--json', '--outputFile', jsonPath, ...extraArgs]);
  if (error) console.log(`# could not start jest: ${error.message}`);
  let results = null;
  try {
    results = JSON.parse(fs.readFileSync(jsonPath, 'utf8'));
  } catch {
    /* jest crashed before writing its results */
  }
  fs.rmSync(path.dirname(jsonPath), { recursive: true, force: true });
  if (results) {
    totals.passed += results.numPassedTests;
    totals.failed += results.numFailedTests;
    totals.skipped += results.numPendingTests + (results.numTodoTests || 0);
    // A suite that cannot even load (syntax error, failing beforeAll import...) has no tests.
    totals.failed += results.numRuntimeErrorTestSuites || 0;
  } else {
    totals.failed += 1;
    console.log(`# jest produced no results (exit ${signal || code}; counted as 1 failure)`);
  }
  if (code !== 0) {
    exitCode = 1;
    if (results && results.numFailedTests === 0) console.log(`# jest exited with ${signal || `code ${code}`}`);
  }
}

(async () => {
  await cargoTests();
  await jestTests(process.argv.slice(2));
  if (totals.failed > 0) exitCode = 1;
  const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
  console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
  process.exitCode = exitCode;
})();
