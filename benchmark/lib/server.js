'use strict';
// The Redis server the benchmark runs against: our own redis-server on a free loopback port, in a
// temporary directory, without persistence; stopped by its pid. Never the one on 6379.
// With `tls`, it also listens on a TLS port that requires a client certificate (tls-auth-clients
// yes), with certificates made for the run (lib/certs.js); the plain port stays for the rest.

const fs = require('fs');
const os = require('os');
const path = require('path');
const net = require('net');
const { spawn, spawnSync } = require('child_process');
const { withPrefix } = require('./pinning');
const { generateCerts } = require('./certs');

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function ping(port) {
  const r = spawnSync('redis-cli', ['-h', '127.0.0.1', '-p', String(port), 'PING'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() === 'PONG';
}

function tail(file) {
  try {
    return fs.readFileSync(file, 'utf8').trim().split('\n').slice(-3).join(' | ');
  } catch {
    return '';
  }
}

// The server's maxclients as it took it: redis-server lowers the one asked for when its own
// open-files limit does not allow it.
function maxClients(port) {
  const r = spawnSync('redis-cli', ['-h', '127.0.0.1', '-p', String(port), 'CONFIG', 'GET', 'maxclients'], { encoding: 'utf8' });
  const n = Number((r.stdout || '').trim().split('\n')[1]);
  return Number.isInteger(n) ? n : null;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Starts `redis-server args` (behind `prefix`, e.g. taskset, which execs it so the pid stays the
// server's) in `cwd` and waits up to 5 s for it to answer PING on `port`. Returns { pid, stop() },
// where stop() kills it by its pid and resolves once it is reaped (or after 2 s), or null if it
// exited or never answered (it is killed then).
async function launch({ prefix = [], args, port, cwd }) {
  const [command, argv] = withPrefix(prefix, 'redis-server', args);
  const child = spawn(command, argv, { cwd, stdio: ['ignore', 'ignore', 'ignore'] });
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const stop = () => {
    if (exited) return Promise.resolve();
    const reaped = new Promise((resolve) => {
      const timer = setTimeout(resolve, 2000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    try {
      process.kill(child.pid, 'SIGKILL');
    } catch {}
    return reaped;
  };
  for (let i = 0; i < 100 && !exited; i++) {
    if (ping(port)) return { pid: child.pid, stop };
    await sleep(50);
  }
  await stop();
  return null;
}

function serverVersion() {
  const version = spawnSync('redis-server', ['--version'], { encoding: 'utf8' }).stdout.match(/v=(\S+)/);
  return version ? version[1] : 'unknown';
}

// `prefix`: an optional command (taskset) that execs redis-server, so the pid stays the server's.
// `maxclients`: enough for the idle-connections workload's clients, and some to spare.
async function startServer({ prefix = [], tls = false, maxclients = 10000 } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ferrodis-bench-'));
  let certs;
  try {
    certs = tls ? generateCerts(dir) : null;
  } catch (err) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  const logFile = path.join(dir, 'redis.log');
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    const tlsPort = certs ? await freePort() : null;
    if (port === 6379 || tlsPort === 6379 || port === tlsPort) continue;
    const tlsArgs = certs
      ? ['--tls-port', String(tlsPort), '--tls-cert-file', certs.cert, '--tls-key-file', certs.key,
        '--tls-ca-cert-file', certs.ca, '--tls-auth-clients', 'yes']
      : [];
    const server = await launch({
      prefix,
      port,
      cwd: dir,
      args: ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir,
        '--logfile', logFile, '--maxclients', String(maxclients), ...tlsArgs],
    });
    if (!server) continue;
    return {
      port,
      pid: server.pid,
      version: serverVersion(),
      maxClients: maxClients(port),
      // Where TLS clients connect, and what they present: the CA that signed the server's
      // certificate, and the client certificate and key.
      tls: certs ? { port: tlsPort, ca: certs.ca, cert: certs.clientCert, key: certs.clientKey } : null,
      // Kills the server by its pid; the promise resolves once it is reaped (or after 2 s).
      stop() {
        const reaped = server.stop();
        fs.rmSync(dir, { recursive: true, force: true });
        return reaped;
      },
    };
  }
  const why = tail(logFile);
  fs.rmSync(dir, { recursive: true, force: true });
  throw new Error(`could not start redis-server on a free port${why ? `: ${why}` : ''}`);
}

function encodeResp(args) {
  const parts = [`*${args.length}\r\n`];
  for (const a of args) parts.push(`$${Buffer.byteLength(a)}\r\n${a}\r\n`);
  return parts.join('');
}

// Loads the data set with `redis-cli --pipe`, independent of every client under test.
function seed(port, commands) {
  const input = commands.map(encodeResp).join('');
  const r = spawnSync('redis-cli', ['-h', '127.0.0.1', '-p', String(port), '--pipe'], {
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const m = /errors:\s*(\d+),\s*replies:\s*(\d+)/.exec(r.stdout || '');
  if (r.status !== 0 || !m || m[1] !== '0' || Number(m[2]) !== commands.length) {
    throw new Error(`seeding failed: ${(r.stdout || '') + (r.stderr || '')}`);
  }
}

module.exports = { startServer, seed, launch, freePort, tail, serverVersion, sleep };
