'use strict';
/**
 * Runs `source` in a child `node -e` (from the package root) and resolves once it exits — or is
 * killed after `timeout` ms (a process that does not exit by itself is what several tests look
 * for): { code, signal, stdout, stderr, ms }. `env` replaces the child's environment.
 */
const { spawn } = require('node:child_process');
const path = require('node:path');

const ROOT = path.join(__dirname, '..', '..');

function runNode(source, { timeout = 10000, env } = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['-e', source], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
}

module.exports = { runNode };
