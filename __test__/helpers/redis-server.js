'use strict';
/**
 * Real redis-server processes for tests: each one in a fresh temp dir, on free ports, with
 * `save ""` / `appendonly no`, killed by the pid we started. Nothing here ever touches a Redis
 * someone else started (in particular not the one on 6379).
 *
 *   const srv = await startRedis({
 *     tls: false,                 // true: also listen on a TLS port (plain port stays on, for admin)
 *     tlsAuthClients: 'yes',      // 'yes' (client cert required) | 'optional' | 'no'
 *     plainPort: true,            // false: TLS only (then readiness is probed over TLS)
 *     unixSocket: false,          // true: also listen on <dir>/redis.sock
 *     password: undefined,        // requirepass, i.e. the `default` user's password
 *     aclUsers: [{ name: 'alice', password: 'p@ss', rules: 'on ~* &* +@all' }],
 *     config: { 'maxmemory': '10mb' },  // extra config-file directives
 *     extraArgs: [],              // extra redis-server command-line args (after the config file)
 *     binary: undefined,          // path to another redis-server/valkey-server (default: $REDIS_SERVER_BIN
 *                                 // or `redis-server`); see helpers/servers.js newerServerBinary()
 *   });
 *   srv.host / srv.port / srv.tlsPort / srv.socketPath / srv.url / srv.tlsUrl / srv.pid
 *   srv.certs        PEM strings { ca, cert, key, clientCert, clientKey } (tls only); one set,
 *                    generated once and cached in $TMPDIR/ferrodis-test-certs-v1-<uid>
 *   srv.certPaths    the same as file paths (tls only)
 *   await srv.command('CONFIG', 'GET', 'port')   raw RESP admin command (AUTHs with `password`)
 *   await srv.stop()      SIGTERM, then SIGKILL after 5 s; waits for exit; removes the dir
 *   await srv.kill()      SIGKILL now (a server dying mid-load); the dir is kept for restart()
 *   await srv.restart()   start again on the SAME port(s) with the same config (stops it first if running)
 *
 * Other helpers:
 *   freePort()            a port the OS just handed out on 127.0.0.1 (bind port 0, close)
 *   startBlackhole()      TCP server that ACCEPTS connections and never answers a byte: the TCP
 *                         connect succeeds, so this tests a *handshake* (HELLO/AUTH/PING or TLS
 *                         ClientHello) that never gets a reply — not a connect timeout.
 *   startConnectHang()    a listening socket whose accept queue is full: a TCP connect to it stays
 *                         in SYN-SENT, i.e. a real *connect* timeout. (Unroutable addresses such as
 *                         10.255.255.1 are NOT reliable here: this sandbox's network answers them.)
 *   startCluster({ masters = 3, replicasPerMaster = 1, nodeTimeout = 1000, password, tls = false,
 *                  tlsAuthClients = 'yes', extraArgs, config, binary })
 *                         → { nodes: [RedisServer], rootNodes: [{ host, port }], urls, stop(),
 *                             masters, replicasPerMaster, password, tls, certPaths }
 *                         via `redis-cli --cluster create`; resolves once every node reports
 *                         cluster_state:ok, knows every node, lists every slot range with all its
 *                         replicas, and every replica's link is up (about 2.5 s for 6 nodes).
 *                         tls: true → a TLS-only cluster (port 0, tls-port, tls-cluster yes,
 *                         tls-replication yes): rootNodes carry the TLS ports, urls are
 *                         rediss://127.0.0.1:<tlsPort>, `tls` is { ca, cert, key } PEM strings for a
 *                         client (the client cert; the server demands one unless tlsAuthClients is
 *                         'no'/'optional') and `certPaths` the same as files. Plain: tls/certPaths
 *                         undefined. Slot migration and failover helpers: helpers/cluster.js.
 *   rawCommands(target, [[...args], ...]) / rawCommand(target, ...args)
 *                         minimal RESP2 client on a raw socket (net, tls or unix); replies parsed,
 *                         error replies returned as RespError instances (rawCommand rejects with them).
 *   generateCerts(dir?)   CA + server cert (SAN localhost, 127.0.0.1, ::1) + client cert via openssl.
 *
 * Spawned processes are unref'd (a forgotten server does not keep jest from exiting) and run under
 * `setpriv --pdeathsig KILL` when available, so they die with the test process; a forgotten
 * server's temp dir is left behind, so always stop() in afterAll.
 */
const { spawn, execFileSync } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const tls = require('tls');

const REDIS_SERVER = process.env.REDIS_SERVER_BIN || 'redis-server';
const REDIS_CLI = process.env.REDIS_CLI_BIN || 'redis-cli';
const HOST = '127.0.0.1';
const READY_TIMEOUT_MS = 10000;
const STOP_GRACE_MS = 5000;
const START_ATTEMPTS = 5; // a free port can be taken between freePort() and the server's bind()

// Every process we spawn is killed when the test process exits (the 'exit' handler below). Inside
// jest, though, `process.on('exit')` only reaches the test sandbox's copy of `process` and never
// fires, so the servers are also started under `setpriv --pdeathsig KILL` (same pid, as setpriv execs):
// the kernel kills them when the test process dies, however it dies.
const SETPRIV = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => {
  try { fs.accessSync(p, fs.constants.X_OK); return true; } catch { return false; }
});
const livePids = new Set();
function spawnOwned(cmd, args, options) {
  const child = SETPRIV
    ? spawn(SETPRIV, ['--pdeathsig', 'KILL', '--', cmd, ...args], options)
    : spawn(cmd, args, options);
  livePids.add(child.pid);
  child.once('exit', () => livePids.delete(child.pid));
  // A forgotten server must not keep the test process (and so jest) from exiting.
  child.unref();
  return child;
}
process.on('exit', () => {
  for (const pid of livePids) {
    try { process.kill(pid, 'SIGKILL'); } catch { /* already gone */ }
  }
});

class RespError extends Error {
  constructor(message) {
    super(message);
    this.name = 'RespError';
  }
}

function freePort(host = HOST) {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Certificates
// ---------------------------------------------------------------------------------------------

let cachedCerts = null;

function openssl(args, cwd) {
  try {
    execFileSync('openssl', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    throw new Error(`openssl ${args.join(' ')} failed: ${err.stderr ? err.stderr.toString() : err.message}`);
  }
}

/**
 * Generates a CA, a server certificate (SAN DNS:localhost, IP:127.0.0.1, IP:::1; usable as server
 * and as client, as Redis uses it for replication/cluster links) and a client certificate, all on
 * P-256 keys (fast to generate; accepted by OpenSSL and rustls). Returns { ca, cert, key,
 * clientCert, clientKey } PEM strings plus `paths` with the same keys, and `dir`.
 */
function generateCerts(dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ferrodis-certs-'))) {
  const ecKey = (name) => openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', name], dir);
  ecKey('ca.key');
  openssl(['req', '-x509', '-new', '-key', 'ca.key', '-sha256', '-days', '3650', '-subj', '/CN=ferrodis test CA',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
    '-out', 'ca.crt'], dir);
  const leaf = (name, cn, ext) => {
    ecKey(`${name}.key`);
    openssl(['req', '-new', '-key', `${name}.key`, '-subj', `/CN=${cn}`, '-out', `${name}.csr`], dir);
    fs.writeFileSync(path.join(dir, `${name}.ext`), ext);
    openssl(['x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial',
      '-sha256', '-days', '3650', '-extfile', `${name}.ext`, '-out', `${name}.crt`], dir);
  };
  leaf('server', 'localhost', [
    'basicConstraints=critical,CA:FALSE',
    'keyUsage=critical,digitalSignature',
    'extendedKeyUsage=serverAuth,clientAuth',
    'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1',
    '',
  ].join('\n'));
  leaf('client', 'ferrodis test client', [
    'basicConstraints=critical,CA:FALSE',
    'keyUsage=critical,digitalSignature',
    'extendedKeyUsage=clientAuth',
    '',
  ].join('\n'));
  const paths = {
    ca: path.join(dir, 'ca.crt'),
    cert: path.join(dir, 'server.crt'),
    key: path.join(dir, 'server.key'),
    clientCert: path.join(dir, 'client.crt'),
    clientKey: path.join(dir, 'client.key'),
  };
  const pem = {};
  for (const [k, p] of Object.entries(paths)) pem[k] = fs.readFileSync(p, 'utf8');
  return { ...pem, paths, dir };
}

// Bump when generateCerts() changes what it produces, so that an old cache is not reused.
const CERTS_CACHE_DIR = path.join(os.tmpdir(), `ferrodis-test-certs-v1-${typeof process.getuid === 'function' ? process.getuid() : 'user'}`);

/**
 * The shared certificate set: generated once into CERTS_CACHE_DIR and reused by every later test
 * process (jest workers exit without 'exit' handlers, so per-process directories would leak).
 * Concurrent first uses each generate into their own directory; the first rename wins.
 */
function getCerts() {
  if (cachedCerts) return cachedCerts;
  const names = { ca: 'ca.crt', cert: 'server.crt', key: 'server.key', clientCert: 'client.crt', clientKey: 'client.key' };
  const load = (dir) => {
    const paths = {};
    const pem = {};
    for (const [k, file] of Object.entries(names)) {
      paths[k] = path.join(dir, file);
      pem[k] = fs.readFileSync(paths[k], 'utf8');
    }
    return { ...pem, paths, dir };
  };
  try {
    cachedCerts = load(CERTS_CACHE_DIR);
  } catch {
    const fresh = generateCerts();
    try {
      fs.renameSync(fresh.dir, CERTS_CACHE_DIR);
      cachedCerts = load(CERTS_CACHE_DIR);
    } catch {
      try {
        cachedCerts = load(CERTS_CACHE_DIR); // another process won the race
        fs.rmSync(fresh.dir, { recursive: true, force: true });
      } catch {
        cachedCerts = fresh; // the cache dir is unusable: use (and leave) our own set
      }
    }
  }
  return cachedCerts;
}

// ---------------------------------------------------------------------------------------------
// Raw RESP client (readiness probes, admin commands, helper self-tests)
// ---------------------------------------------------------------------------------------------

function encodeCommand(args) {
  const parts = [Buffer.from(`*${args.length}\r\n`)];
  for (const a of args) {
    const b = Buffer.isBuffer(a) ? a : Buffer.from(String(a));
    parts.push(Buffer.from(`$${b.length}\r\n`), b, Buffer.from('\r\n'));
  }
  return Buffer.concat(parts);
}

/** Parses one RESP2 reply at `offset`; returns { value, offset } or null when incomplete. */
function parseReply(buf, offset) {
  if (offset >= buf.length) return null;
  const lineEnd = buf.indexOf('\r\n', offset);
  if (lineEnd === -1) return null;
  const type = String.fromCharCode(buf[offset]);
  const line = buf.toString('utf8', offset + 1, lineEnd);
  const next = lineEnd + 2;
  switch (type) {
    case '+': return { value: line, offset: next };
    case '-': return { value: new RespError(line), offset: next };
    case ':': return { value: Number(line), offset: next };
    case '$': {
      const len = Number(line);
      if (len < 0) return { value: null, offset: next };
      if (buf.length < next + len + 2) return null;
      return { value: buf.toString('utf8', next, next + len), offset: next + len + 2 };
    }
    case '*': {
      const count = Number(line);
      if (count < 0) return { value: null, offset: next };
      const items = [];
      let pos = next;
      for (let i = 0; i < count; i++) {
        const item = parseReply(buf, pos);
        if (!item) return null;
        items.push(item.value);
        pos = item.offset;
      }
      return { value: items, offset: pos };
    }
    default:
      throw new Error(`unexpected RESP type byte ${JSON.stringify(type)} in ${JSON.stringify(buf.toString())}`);
  }
}

/**
 * target: { host, port } | { path } | { host, port, tls: { ca, cert, key, servername } }.
 * Sends all commands at once and resolves with their replies (error replies as RespError values).
 */
function rawCommands(target, commands, { timeout = 2000 } = {}) {
  return new Promise((resolve, reject) => {
    let socket;
    const onConnect = () => socket.write(Buffer.concat(commands.map(encodeCommand)));
    if (target.tls) {
      socket = tls.connect({
        host: target.host || HOST,
        port: target.port,
        servername: target.tls.servername || 'localhost',
        ...target.tls,
      }, onConnect);
    } else if (target.path) {
      socket = net.connect({ path: target.path }, onConnect);
    } else {
      socket = net.connect({ host: target.host || HOST, port: target.port }, onConnect);
    }
    let buf = Buffer.alloc(0);
    const replies = [];
    let offset = 0;
    const timer = setTimeout(() => finish(new Error(`no complete reply within ${timeout} ms`)), timeout);
    let done = false;
    function finish(err) {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      if (err) reject(err); else resolve(replies);
    }
    socket.on('data', (chunk) => {
      buf = Buffer.concat([buf, chunk]);
      try {
        let parsed;
        while (replies.length < commands.length && (parsed = parseReply(buf, offset))) {
          replies.push(parsed.value);
          offset = parsed.offset;
        }
      } catch (err) {
        finish(err);
        return;
      }
      if (replies.length === commands.length) finish();
    });
    socket.on('error', finish);
    socket.on('close', () => finish(new Error(`connection closed after ${replies.length}/${commands.length} replies`)));
  });
}

async function rawCommand(target, ...args) {
  const [reply] = await rawCommands(target, [args]);
  if (reply instanceof RespError) throw reply;
  return reply;
}

// ---------------------------------------------------------------------------------------------
// redis-server
// ---------------------------------------------------------------------------------------------

/** Quotes one config-file argument (Redis splits config lines like a shell, honouring "..."). */
function confArg(value) {
  return `"${String(value).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function aclUserLine({ name, password, passwords, rules = 'on ~* &* +@all' }) {
  const tokens = rules.split(/\s+/).filter(Boolean);
  for (const p of passwords || (password === undefined ? [] : [password])) tokens.push(`>${p}`);
  if (!tokens.some((t) => t.startsWith('>') || t.startsWith('#') || t === 'nopass')) tokens.push('nopass');
  return `user ${confArg(name)} ${tokens.map(confArg).join(' ')}`;
}

function buildConfig(o) {
  const lines = [
    `port ${o.plainPort === false ? 0 : o.port}`,
    `bind ${o.bind || '127.0.0.1 -::1'}`,
    `dir ${confArg(o.dir)}`,
    'save ""',
    'appendonly no',
    'daemonize no',
    'repl-diskless-sync-delay 0', // replicas (cluster, sentinel tests) sync at once, not after 5 s
    `pidfile ${confArg(path.join(o.dir, 'redis.pid'))}`,
  ];
  if (o.tls) {
    const c = o.certs.paths;
    lines.push(
      `tls-port ${o.tlsPort}`,
      `tls-cert-file ${confArg(c.cert)}`,
      `tls-key-file ${confArg(c.key)}`,
      `tls-ca-cert-file ${confArg(c.ca)}`,
      `tls-auth-clients ${o.tlsAuthClients === true ? 'yes' : o.tlsAuthClients === false ? 'no' : (o.tlsAuthClients || 'yes')}`,
    );
  }
  if (o.unixSocket) lines.push(`unixsocket ${confArg(o.socketPath)}`, 'unixsocketperm 700');
  if (o.password !== undefined) lines.push(`requirepass ${confArg(o.password)}`);
  for (const user of o.aclUsers || []) lines.push(aclUserLine(user));
  for (const [key, value] of Object.entries(o.config || {})) {
    for (const v of Array.isArray(value) ? value : [value]) lines.push(`${key} ${v}`);
  }
  return lines.join('\n') + '\n';
}

function readLog(logPath) {
  try { return fs.readFileSync(logPath, 'utf8'); } catch { return '(no log file)'; }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function waitForExit(child, ms) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  child.ref(); // children are unref'd: keep the event loop alive while someone waits for one
  return new Promise((resolve) => {
    const timer = ms === undefined ? null : setTimeout(() => done(false), ms);
    function onExit() { done(true); }
    function done(exited) {
      if (timer) clearTimeout(timer);
      child.off('exit', onExit);
      child.unref();
      resolve(exited);
    }
    child.once('exit', onExit);
  });
}

class RedisServer {
  constructor(options) {
    this.options = options;
    this.host = HOST;
    this.dir = options.dir;
    this.logPath = path.join(this.dir, 'redis.log');
    this.confPath = path.join(this.dir, 'redis.conf');
    this.port = options.plainPort === false ? undefined : options.port;
    this.tlsPort = options.tls ? options.tlsPort : undefined;
    this.socketPath = options.unixSocket ? options.socketPath : undefined;
    this.password = options.password;
    this.certs = options.tls ? options.certs : undefined;
    this.certPaths = options.tls ? options.certs.paths : undefined;
    this.child = null;
  }

  get pid() { return this.child ? this.child.pid : undefined; }

  get running() { return !!this.child && this.child.exitCode === null && this.child.signalCode === null; }

  /** Plain URL for the default user (password included, URL-encoded, when one is set). */
  get url() {
    if (this.port === undefined) return undefined;
    const auth = this.password !== undefined ? `:${encodeURIComponent(this.password)}@` : '';
    return `redis://${auth}${this.host}:${this.port}`;
  }

  get tlsUrl() {
    if (this.tlsPort === undefined) return undefined;
    const auth = this.password !== undefined ? `:${encodeURIComponent(this.password)}@` : '';
    return `rediss://${auth}localhost:${this.tlsPort}`;
  }

  /** Where readiness probes and admin commands go: plain TCP if enabled, else TLS, else unix. */
  adminTarget() {
    if (this.port !== undefined) return { host: this.host, port: this.port };
    if (this.tlsPort !== undefined) {
      return {
        host: this.host,
        port: this.tlsPort,
        tls: { ca: this.certs.ca, cert: this.certs.clientCert, key: this.certs.clientKey, servername: 'localhost' },
      };
    }
    return { path: this.socketPath };
  }

  /** Raw admin command; AUTHs first when the server has a password. Rejects on an error reply. */
  async command(...args) {
    const cmds = this.password !== undefined ? [['AUTH', this.password], args] : [args];
    const replies = await rawCommands(this.adminTarget(), cmds);
    const reply = replies[replies.length - 1];
    if (reply instanceof RespError) throw reply;
    return reply;
  }

  async _spawn() {
    fs.writeFileSync(this.confPath, buildConfig(this.options));
    const logFd = fs.openSync(this.logPath, 'a');
    const binary = this.options.binary || REDIS_SERVER;
    const child = spawnOwned(binary, [this.confPath, ...(this.options.extraArgs || [])], {
      cwd: this.dir,
      stdio: ['ignore', logFd, logFd],
    });
    fs.closeSync(logFd);
    this.child = child;
    let spawnError = null;
    child.once('error', (err) => { spawnError = err; });

    const deadline = Date.now() + READY_TIMEOUT_MS;
    for (;;) {
      if (spawnError) throw new Error(`could not spawn ${binary}: ${spawnError.message}`);
      if (!this.running) {
        throw Object.assign(new Error(`redis-server exited (code ${child.exitCode}, signal ${child.signalCode}) before answering PING.\n--- ${this.logPath} ---\n${readLog(this.logPath)}`), { serverLog: readLog(this.logPath) });
      }
      try {
        const [reply] = await rawCommands(this.adminTarget(), [['PING']], { timeout: 500 });
        // NOAUTH still proves the server is serving; LOADING means not yet.
        if (reply === 'PONG' || (reply instanceof RespError && /^NOAUTH/.test(reply.message))) return;
      } catch { /* not listening yet */ }
      if (Date.now() > deadline) {
        const log = readLog(this.logPath);
        await this.kill();
        throw new Error(`redis-server (pid ${child.pid}) did not answer PING within ${READY_TIMEOUT_MS} ms.\n--- ${this.logPath} ---\n${log}`);
      }
      await sleep(20);
    }
  }

  /** SIGKILL (a server dying mid-load). Keeps the directory so that restart() works. */
  async kill() {
    if (!this.child) return;
    const child = this.child;
    if (this.running) {
      try { child.kill('SIGKILL'); } catch { /* gone */ }
    }
    await waitForExit(child);
  }

  /** Graceful stop (SIGTERM, SIGKILL after 5 s), waits for the exit, removes the directory. */
  async stop({ keepDir = false } = {}) {
    if (this.child && this.running) {
      const child = this.child;
      child.kill('SIGTERM');
      if (!(await waitForExit(child, STOP_GRACE_MS))) {
        try { child.kill('SIGKILL'); } catch { /* gone */ }
        await waitForExit(child);
      }
    }
    if (!keepDir && !this.options.keepDir) fs.rmSync(this.dir, { recursive: true, force: true });
  }

  /** Starts again on the same port(s) with the same config (stopping first if still running). */
  async restart() {
    if (this.running) await this.stop({ keepDir: true });
    fs.mkdirSync(this.dir, { recursive: true });
    await this._spawn();
    return this;
  }
}

function isPortClash(err) {
  return /Address already in use|Could not create server TCP listening socket/i.test(err.serverLog || err.message);
}

/**
 * Starts a redis-server (see the top of this file for the options). Throws with the server's log
 * when it cannot start.
 */
async function startRedis(opts = {}) {
  const tlsEnabled = !!opts.tls;
  const certs = tlsEnabled ? (opts.certs || getCerts()) : undefined;
  let lastError;
  for (let attempt = 0; attempt < START_ATTEMPTS; attempt++) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ferrodis-redis-'));
    const options = {
      ...opts,
      dir,
      tls: tlsEnabled,
      certs,
      port: opts.port !== undefined ? opts.port : await freePort(),
      tlsPort: tlsEnabled ? (opts.tlsPort !== undefined ? opts.tlsPort : await freePort()) : undefined,
      socketPath: opts.unixSocket ? path.join(dir, 'redis.sock') : undefined,
    };
    const server = new RedisServer(options);
    try {
      await server._spawn();
      return server;
    } catch (err) {
      lastError = err;
      await server.stop();
      const fixedPorts = opts.port !== undefined || opts.tlsPort !== undefined;
      if (fixedPorts || !isPortClash(err)) throw err;
    }
  }
  throw lastError;
}

// ---------------------------------------------------------------------------------------------
// Cluster
// ---------------------------------------------------------------------------------------------

/**
 * A loopback cluster: `masters` masters with `replicasPerMaster` replicas each (default 3 + 1 = 6
 * nodes), created with `redis-cli --cluster create`. Returns { nodes, rootNodes, stop(), ... };
 * `nodes` are RedisServer objects (kill/restart work per node).
 */
async function startCluster({
  masters = 3, replicasPerMaster = 1, nodeTimeout = 1000, password, extraArgs = [], config = {},
  tls: useTls = false, tlsAuthClients, binary,
} = {}) {
  const total = masters * (1 + replicasPerMaster);
  const certs = useTls ? getCerts() : undefined;
  // A TLS-only node has no plain port: it announces (CLUSTER SLOTS, redirections) its TLS port.
  const portOf = (n) => (useTls ? n.tlsPort : n.port);
  const nodes = [];
  try {
    for (let i = 0; i < total; i++) {
      nodes.push(await startRedis({
        binary,
        password,
        extraArgs,
        ...(useTls ? { tls: true, plainPort: false, certs, tlsAuthClients } : {}),
        config: {
          'cluster-enabled': 'yes',
          'cluster-config-file': 'nodes.conf',
          'cluster-node-timeout': String(nodeTimeout),
          'cluster-port': String(await freePort()),
          // CLUSTER SLOTS lists a replica only once its replication offset is non-zero, which an
          // idle master only advances with its replica PINGs (every 10 s by default).
          'repl-ping-replica-period': '1',
          ...(password !== undefined ? { masterauth: confArg(password) } : {}),
          // The bus and replication links over TLS too; nodes present their server cert (it has
          // the clientAuth usage) to each other.
          ...(useTls ? { 'tls-cluster': 'yes', 'tls-replication': 'yes' } : {}),
          ...config,
        },
      }));
    }
    const args = ['--cluster', 'create', ...nodes.map((n) => `${n.host}:${portOf(n)}`),
      '--cluster-replicas', String(replicasPerMaster), '--cluster-yes'];
    if (password !== undefined) args.push('-a', password, '--no-auth-warning');
    if (useTls) {
      args.push('--tls', '--cacert', certs.paths.ca, '--cert', certs.paths.clientCert, '--key', certs.paths.clientKey);
    }
    try {
      execFileSync(REDIS_CLI, args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 30000 });
    } catch (err) {
      throw new Error(`redis-cli --cluster create failed: ${err.stdout || ''}${err.stderr || err.message}`);
    }
    // Ready = every node: cluster_state ok, knows every node, and shows every slot range with its
    // master and all its replicas; every replica's link to its master is up.
    const deadline = Date.now() + 30000;
    for (;;) {
      const views = await Promise.all(nodes.map(async (n) => {
        try {
          const [info, slots, repl] = [await n.command('CLUSTER', 'INFO'), await n.command('CLUSTER', 'SLOTS'),
            await n.command('INFO', 'replication')];
          return { info, slots, repl };
        } catch (err) {
          return { info: String(err), slots: [], repl: '' };
        }
      }));
      const ok = views.every(({ info, slots, repl }) => /cluster_state:ok/.test(info)
        && new RegExp(`cluster_known_nodes:${total}\\b`).test(info)
        && slots.length >= masters
        && slots.every((range) => range.length === 3 + replicasPerMaster)
        && (!/role:slave/.test(repl) || /master_link_status:up/.test(repl)));
      if (ok) break;
      if (Date.now() > deadline) {
        throw new Error(`cluster not ready after 30 s:\n${views.map((v) => v.info).join('\n---\n')}`);
      }
      await sleep(100);
    }
  } catch (err) {
    await Promise.all(nodes.map((n) => n.stop()));
    throw err;
  }
  const auth = password !== undefined ? `:${encodeURIComponent(password)}@` : '';
  return {
    nodes,
    rootNodes: nodes.map((n) => ({ host: n.host, port: portOf(n) })),
    urls: nodes.map((n) => (useTls ? `rediss://${auth}${n.host}:${n.tlsPort}` : n.url)),
    masters,
    replicasPerMaster,
    password,
    tls: useTls ? { ca: certs.ca, cert: certs.clientCert, key: certs.clientKey } : undefined,
    certPaths: useTls ? { ca: certs.paths.ca, cert: certs.paths.clientCert, key: certs.paths.clientKey } : undefined,
    stop: () => Promise.all(nodes.map((n) => n.stop())),
  };
}

// ---------------------------------------------------------------------------------------------
// Sockets that never answer
// ---------------------------------------------------------------------------------------------

/** Accepts TCP connections and never writes a byte (handshake/reply never comes). */
async function startBlackhole() {
  const sockets = new Set();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, HOST, resolve);
  });
  const { port } = server.address();
  return {
    host: HOST,
    port,
    url: `redis://${HOST}:${port}`,
    get connections() { return sockets.size; },
    close() {
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

// Runs in a child `node`: listen with backlog 1 (Node turns 0 into 511), then block the event
// loop so that nothing is ever accepted; exits when its parent disappears.
const CONNECT_HANG_CHILD = `
const net = require('net');
const server = net.createServer();
server.listen({ port: 0, host: ${JSON.stringify(HOST)}, backlog: 1 }, () => {
  require('fs').writeSync(1, server.address().port + '\\n');
  const parent = process.ppid;
  const cell = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    Atomics.wait(cell, 0, 0, 500);
    if (process.ppid !== parent) process.exit(0);
  }
});
`;

/**
 * A port on which a TCP connect never completes (the listener's accept queue is full and the
 * kernel drops further SYNs). Use it for real connect timeouts. close() kills the process.
 */
async function startConnectHang() {
  const child = spawnOwned(process.execPath, ['-e', CONNECT_HANG_CHILD], { stdio: ['ignore', 'pipe', 'inherit'] });
  child.ref();
  const port = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(Number(out.trim()));
    });
    child.once('exit', (code) => reject(new Error(`connect-hang listener exited early (code ${code})`)));
  });
  child.stdout.destroy();
  child.unref();
  // Fill the accept queue (backlog 1 admits two connections) until a connect no longer completes.
  const fillers = [];
  let hanging = false;
  for (let i = 0; i < 8 && !hanging; i++) {
    const s = net.connect({ host: HOST, port });
    s.on('error', () => {});
    fillers.push(s);
    const connected = await new Promise((resolve) => {
      const t = setTimeout(() => resolve(false), 150);
      s.once('connect', () => { clearTimeout(t); resolve(true); });
    });
    hanging = !connected;
  }
  if (!hanging) {
    for (const s of fillers) s.destroy();
    child.kill('SIGKILL');
    throw new Error('startConnectHang: connects still complete after filling the accept queue');
  }
  return {
    host: HOST,
    port,
    url: `redis://${HOST}:${port}`,
    async close() {
      for (const s of fillers) s.destroy();
      child.kill('SIGKILL');
      await waitForExit(child);
    },
  };
}

module.exports = {
  startRedis,
  startCluster,
  startBlackhole,
  startConnectHang,
  freePort,
  generateCerts,
  getCerts,
  rawCommand,
  rawCommands,
  RespError,
  RedisServer,
};
