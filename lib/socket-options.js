'use strict';
// `socket.*` options of TCP and TLS connections → what the engine needs. node-redis hands these
// to `net.connect` / `tls.connect`; ferrodis connects in Rust (rustls), so every option is either
// carried to the engine, or refused here with a TypeError that says so — never ignored.

const { Buffer } = require('buffer');
const net = require('net');
const { describe } = require('./commands/args');

const DEFAULT_KEEP_ALIVE_INITIAL_DELAY = 5000; // node-redis 5

function check(condition, message) {
  if (!condition) throw new TypeError(message);
}

// Node net/tls options the engine cannot honour, with what to do instead. Those listed in
// OFF_IS_HONOURED are fine when false: that is what the engine does anyway.
const UNSUPPORTED = {
  lookup: 'resolve the name yourself and pass the address as socket.host',
  autoSelectFamily: 'addresses are tried one after the other; use socket.family to choose IPv4 or IPv6',
  autoSelectFamilyAttemptTimeout: 'addresses are tried one after the other; use socket.connectTimeout',
  hints: 'use socket.family to choose IPv4 or IPv6',
  highWaterMark: 'the engine sizes its own buffers',
  onread: 'replies are read by the engine',
  signal: 'use client.disconnect() or client.destroy() to stop connecting',
  fd: 'the engine opens its own sockets',
  blockList: 'the engine opens its own sockets',
};
const UNSUPPORTED_TLS = {
  secureContext: 'pass ca, cert, key or pfx, and the other TLS options, instead',
  ALPNProtocols: 'Redis does not negotiate ALPN',
  session: 'TLS sessions are not resumed across clients',
  requestOCSP: 'OCSP stapling is not requested',
  secureOptions: 'use minVersion / maxVersion / ciphers',
  ecdhCurve: 'rustls chooses among X25519, P-256 and P-384 itself',
  dhparam: 'rustls has no finite-field Diffie-Hellman',
  sigalgs: 'rustls chooses among its signature algorithms itself',
  privateKeyEngine: 'pass the key itself as socket.key (or socket.pfx)',
  privateKeyIdentifier: 'pass the key itself as socket.key (or socket.pfx)',
  clientCertEngine: 'pass the certificate and key as socket.cert and socket.key',
  crl: 'certificate revocation lists are not checked',
  pskCallback: 'pre-shared keys are not supported',
  enableTrace: 'TLS packet traces are not available',
  allowPartialTrustChain: 'the chain must reach a certificate of socket.ca',
  NPNProtocols: 'NPN is obsolete',
};
const OFF_IS_HONOURED = new Set(['autoSelectFamily', 'requestOCSP', 'enableTrace', 'allowPartialTrustChain']);

function refuseUnsupported(socket, table) {
  for (const [name, instead] of Object.entries(table)) {
    const value = socket[name];
    if (value === undefined || (value === false && OFF_IS_HONOURED.has(name))) continue;
    throw new TypeError(`socket.${name} is not supported by ferrodis (it connects with its own engine, not Node's net/tls): ${instead}`);
  }
}

function optionalString(socket, name) {
  const v = socket[name];
  check(v === undefined || typeof v === 'string', `socket.${name} must be a string, got ${describe(v)} instead`);
  return v;
}

function isBytes(v) {
  return Buffer.isBuffer(v) || v instanceof Uint8Array;
}

/** Node's TLS options accept a string, a Buffer or an array of either for ca/cert. */
function pemList(v, name) {
  if (v === undefined || v === null) return undefined;
  const list = Array.isArray(v) ? v : [v];
  return list.map((item) => {
    if (typeof item === 'string') return Buffer.from(item);
    check(isBytes(item), `socket.${name} must be a string, a Buffer or an array of them, got ${describe(item)} instead`);
    return Buffer.from(item);
  });
}

/**
 * `key` ({ pem, passphrase } objects allowed) or `pfx` ({ buf, passphrase }): a list of
 * { data, passphrase }, the item's own passphrase winning over socket.passphrase, as in Node.
 */
function secretList(v, name, field, passphrase) {
  if (v === undefined || v === null) return undefined;
  const list = Array.isArray(v) ? v : [v];
  const shape = `socket.${name} must be a string, a Buffer, { ${field}, passphrase } or an array of them`;
  return list.map((item) => {
    let data = item;
    let own;
    if (item !== null && typeof item === 'object' && !isBytes(item)) {
      data = item[field];
      own = item.passphrase;
      check(own === undefined || typeof own === 'string', `socket.${name}[].passphrase must be a string, got ${describe(own)} instead`);
    }
    check(typeof data === 'string' || isBytes(data), `${shape}, got ${describe(data)} instead`);
    return { data: Buffer.from(data), passphrase: own ?? passphrase };
  });
}

// Node's `secureProtocol` names that rustls can honour, as protocol version bounds.
const SECURE_PROTOCOLS = {
  TLS_method: {},
  TLS_client_method: {},
  SSLv23_method: {},
  SSLv23_client_method: {},
  TLSv1_2_method: { minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' },
  TLSv1_2_client_method: { minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' },
};

function versionBounds(socket) {
  const minVersion = optionalString(socket, 'minVersion');
  const maxVersion = optionalString(socket, 'maxVersion');
  const secureProtocol = optionalString(socket, 'secureProtocol');
  if (secureProtocol === undefined) return { minVersion, maxVersion };
  check(minVersion === undefined && maxVersion === undefined,
    'socket.secureProtocol cannot be combined with socket.minVersion or socket.maxVersion (as in Node)');
  const bounds = SECURE_PROTOCOLS[secureProtocol];
  check(bounds !== undefined, `socket.secureProtocol ${JSON.stringify(secureProtocol)} is not supported: rustls speaks only TLSv1.2 and TLSv1.3; use socket.minVersion / socket.maxVersion`);
  return bounds;
}

/**
 * The TLS options for the engine, checked by it at once (PEM and PKCS#12 parsed, passphrases
 * tried, cipher names and versions mapped), so that what can never work throws here.
 */
function tlsOptions(socket, checkTlsOptions) {
  refuseUnsupported(socket, UNSUPPORTED_TLS);
  const passphrase = socket.passphrase;
  check(passphrase === undefined || typeof passphrase === 'string', `socket.passphrase must be a string, got ${describe(passphrase)} instead`);
  const { checkServerIdentity } = socket;
  check(checkServerIdentity === undefined || typeof checkServerIdentity === 'function',
    `socket.checkServerIdentity must be a function, got ${describe(checkServerIdentity)} instead`);
  // As Node's tls reads it: anything but `false` verifies the server.
  const rejectUnauthorized = socket.rejectUnauthorized !== false;
  const tls = {
    ca: pemList(socket.ca, 'ca'),
    cert: pemList(socket.cert, 'cert'),
    key: secretList(socket.key, 'key', 'pem', passphrase),
    pfx: secretList(socket.pfx, 'pfx', 'buf', passphrase),
    servername: optionalString(socket, 'servername'),
    rejectUnauthorized,
    ...versionBounds(socket),
    ciphers: optionalString(socket, 'ciphers'),
    // Node calls it once the chain is verified, and only a rejecting client cares what it says.
    checkIdentity: checkServerIdentity !== undefined && rejectUnauthorized,
  };
  const problem = checkTlsOptions(tls);
  if (problem) {
    const err = problem.code === 'ERR_TLS_INVALID_PROTOCOL_VERSION' ? new TypeError(problem.message) : new Error(problem.message);
    err.code = problem.code;
    throw err;
  }
  return tls;
}

/** `family`, `localAddress`, `localPort`, `keepAliveInitialDelay`: checked as Node checks them. */
function tcpOptions(socket) {
  refuseUnsupported(socket, UNSUPPORTED);
  const family = socket.family ?? 0;
  check(family === 0 || family === 4 || family === 6, `socket.family must be 0, 4 or 6, got ${typeof family === 'number' ? family : describe(family)} instead`);
  const localAddress = optionalString(socket, 'localAddress');
  check(localAddress === undefined || net.isIP(localAddress) !== 0, `socket.localAddress must be an IP address, got ${JSON.stringify(localAddress)} instead`);
  const localPort = socket.localPort;
  check(localPort === undefined || (Number.isInteger(localPort) && localPort >= 0 && localPort < 65536), `socket.localPort must be a port number, got ${describe(localPort)} instead`);
  const keepAliveInitialDelay = socket.keepAliveInitialDelay ?? DEFAULT_KEEP_ALIVE_INITIAL_DELAY;
  check(typeof keepAliveInitialDelay === 'number' && Number.isFinite(keepAliveInitialDelay) && keepAliveInitialDelay >= 0,
    `socket.keepAliveInitialDelay must be a non-negative number of milliseconds, got ${describe(keepAliveInitialDelay)} instead`);
  return { family, localAddress, localPort, keepAliveInitialDelay };
}

module.exports = { tlsOptions, tcpOptions, UNSUPPORTED, UNSUPPORTED_TLS };
