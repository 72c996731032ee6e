'use strict';
// TLS options beyond ca/cert/key: pfx, passphrase, minVersion/maxVersion, secureProtocol,
// ciphers, servername (SNI and the name checked), and the options ferrodis refuses. Each works
// against a real TLS redis-server when right, and fails with a message naming the option when
// wrong — at createClient when the option is wrong on its face.
const { execFileSync } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const tls = require('tls');
const { serverForFile } = require('./helpers/connected');
const { createClient } = require('..');
const { UNSUPPORTED, UNSUPPORTED_TLS } = require('../lib/socket-options');

// Client certificates required: a connection that works proves the identity was presented.
const server = serverForFile({ tls: true, tlsAuthClients: 'yes' });

let dir;
let files; // made by openssl in beforeAll from the server's test certificates

function openssl(...args) {
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ferrodis-tls-options-'));
  const { ca, clientCert, clientKey } = server.certPaths;
  const caKey = path.join(path.dirname(ca), 'ca.key');
  const export12 = (out, ...extra) => openssl('pkcs12', '-export', '-in', clientCert, '-inkey', clientKey, '-out', out, ...extra);
  // OpenSSL 3's defaults: PBES2 + AES-256-CBC, SHA-256 MAC; with the CA, as bundles usually are.
  export12('client.p12', '-certfile', ca, '-passout', 'pass:secret');
  // What OpenSSL 1.x wrote (RC2-40 and 3DES, SHA-1 MAC).
  export12('client-legacy.p12', '-legacy', '-passout', 'pass:secret');
  export12('client-nopass.p12', '-passout', 'pass:');
  openssl('pkcs8', '-topk8', '-in', clientKey, '-v2', 'aes-256-cbc', '-passout', 'pass:secret', '-out', 'client-key-pkcs8.pem');
  openssl('ec', '-in', clientKey, '-aes128', '-passout', 'pass:secret', '-out', 'client-key-old.pem');
  // An X.509 v1 client certificate: `x509 -req` without extensions makes v1.
  openssl('req', '-new', '-key', clientKey, '-subj', '/CN=v1 client', '-out', 'v1.csr');
  openssl('x509', '-req', '-in', 'v1.csr', '-CA', ca, '-CAkey', caKey, '-CAserial', path.join(dir, 'ca.srl'), '-CAcreateserial', '-days', '2', '-out', 'v1.crt');
  const read = (name, encoding) => fs.readFileSync(path.join(dir, name), encoding);
  files = {
    p12: read('client.p12'),
    legacyP12: read('client-legacy.p12'),
    nopassP12: read('client-nopass.p12'),
    pkcs8Key: read('client-key-pkcs8.pem', 'utf8'),
    oldKey: read('client-key-old.pem', 'utf8'),
    v1Cert: read('v1.crt', 'utf8'),
  };
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** The TLS socket options of the file's server, plus `extra`. */
function target(extra = {}) {
  return { host: 'localhost', port: server.tlsPort, tls: true, ca: server.certs.ca, reconnectStrategy: false, ...extra };
}

/** Connects, runs PING, quits; resolves with the reply or rejects with the connection error. */
async function ping(socket) {
  const client = createClient({ socket });
  client.on('error', () => {});
  await client.connect();
  try {
    return await client.ping();
  } finally {
    await client.quit();
  }
}

/** createClient's synchronous error for these socket options (fails the test if none). */
function createError(socket) {
  try {
    createClient({ socket });
  } catch (err) {
    return err;
  }
  throw new Error('createClient did not throw');
}

/**
 * A TLS endpoint that records what each client negotiated (protocol, cipher, SNI) and then
 * forwards the bytes to the server's plain port: a real round trip through a TLS server whose
 * view of the handshake the test can read.
 */
async function startProbe(serverOptions = {}) {
  const seen = [];
  const sockets = new Set();
  const probe = tls.createServer({ key: server.certs.key, cert: server.certs.cert, ...serverOptions }, (socket) => {
    seen.push({ protocol: socket.getProtocol(), cipher: socket.getCipher()?.name, servername: socket.servername });
    const upstream = net.connect(server.port, '127.0.0.1');
    for (const s of [socket, upstream]) {
      sockets.add(s);
      s.on('error', () => {});
      s.on('close', () => { socket.destroy(); upstream.destroy(); });
    }
    socket.pipe(upstream).pipe(socket);
  });
  probe.on('tlsClientError', () => {});
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  return {
    port: probe.address().port,
    seen,
    close: () => new Promise((resolve) => {
      for (const s of sockets) s.destroy();
      probe.close(resolve);
    }),
  };
}

async function throughProbe(probeOptions, socket) {
  const probe = await startProbe(probeOptions);
  try {
    const outcome = await ping({ host: '127.0.0.1', port: probe.port, tls: true, ca: server.certs.ca, reconnectStrategy: false, ...socket })
      .then((reply) => ({ reply }), (error) => ({ error }));
    return { ...outcome, seen: probe.seen };
  } finally {
    await probe.close();
  }
}

describe('pfx and passphrase', () => {
  test("OpenSSL 3's default PKCS#12 (PBES2/AES, SHA-256 MAC), as a Buffer, an array, or { buf, passphrase }", async () => {
    expect(await ping(target({ pfx: files.p12, passphrase: 'secret' }))).toBe('PONG');
    expect(await ping(target({ pfx: [files.p12], passphrase: 'secret' }))).toBe('PONG');
    expect(await ping(target({ pfx: [{ buf: files.p12, passphrase: 'secret' }], passphrase: 'not this one' }))).toBe('PONG');
  });

  test("the archive's CA certificate is trusted, as Node does (no socket.ca needed)", async () => {
    expect(await ping({ ...target({ pfx: files.p12, passphrase: 'secret' }), ca: undefined })).toBe('PONG');
  });

  test('a -legacy archive (RC2-40 / 3DES, SHA-1 MAC) and one without a password', async () => {
    expect(await ping(target({ pfx: files.legacyP12, passphrase: 'secret' }))).toBe('PONG');
    expect(await ping(target({ pfx: files.nopassP12 }))).toBe('PONG');
  });

  test('a wrong or missing passphrase, or bytes that are no archive, throw at createClient', () => {
    for (const passphrase of ['wrong', undefined]) {
      const err = createError(target({ pfx: files.p12, passphrase }));
      expect(err.message).toBe('socket.pfx: mac verify failure (wrong socket.passphrase?)');
      expect(err.code).toBe('ERR_TLS_INVALID_MATERIAL');
    }
    expect(createError(target({ pfx: Buffer.from('not an archive') })).message).toMatch(/^socket\.pfx is not a PKCS#12 archive/);
    expect(createError(target({ pfx: files.p12.toString('base64') })).message).toMatch(/not a path or base64 text/);
    expect(createError(target({ pfx: [{ buf: 42 }] }))).toBeInstanceOf(TypeError);
    expect(createError(target({ pfx: files.p12, passphrase: 7 })).message).toBe('socket.passphrase must be a string, got number instead');
  });

  test('pfx together with cert/key is refused (which identity would it be?)', () => {
    const { clientCert, clientKey } = server.certs;
    expect(createError(target({ pfx: files.p12, passphrase: 'secret', cert: clientCert, key: clientKey })).message)
      .toMatch(/either as socket\.pfx or as socket\.cert and socket\.key/);
  });

  test('an encrypted PKCS#8 key ("ENCRYPTED PRIVATE KEY") with its passphrase, also as { pem, passphrase }', async () => {
    const cert = server.certs.clientCert;
    expect(await ping(target({ cert, key: files.pkcs8Key, passphrase: 'secret' }))).toBe('PONG');
    expect(await ping(target({ cert, key: [{ pem: Buffer.from(files.pkcs8Key), passphrase: 'secret' }] }))).toBe('PONG');
  });

  test('an encrypted key in the old OpenSSL format (Proc-Type: 4,ENCRYPTED)', async () => {
    expect(files.oldKey).toMatch(/Proc-Type: 4,ENCRYPTED/);
    expect(await ping(target({ cert: server.certs.clientCert, key: files.oldKey, passphrase: 'secret' }))).toBe('PONG');
  });

  test('an encrypted key with a wrong or no passphrase throws at createClient', () => {
    const cert = server.certs.clientCert;
    for (const key of [files.pkcs8Key, files.oldKey]) {
      expect(createError(target({ cert, key, passphrase: 'wrong' })).message)
        .toBe('socket.passphrase does not decrypt socket.key (bad decrypt: wrong passphrase?)');
      expect(createError(target({ cert, key })).message).toBe('socket.key is encrypted: give its passphrase as socket.passphrase');
    }
  });
});

describe('certificates and keys that cannot be used', () => {
  test('a key with a cert that is not PEM says the cert cannot be read', () => {
    const err = createError(target({ key: server.certs.clientKey, cert: 'not a certificate' }));
    expect(err.message).toBe("socket.cert contains no PEM certificate ('-----BEGIN CERTIFICATE-----')");
  });

  test('a cert without its key, and a key without its cert', () => {
    expect(createError(target({ cert: server.certs.clientCert })).message).toMatch(/^socket\.cert is given without its private key/);
    expect(createError(target({ key: server.certs.clientKey })).message).toMatch(/^socket\.key is given without its certificate/);
  });

  test('a ca that is not PEM (text, DER bytes, empty) is refused, where Node ignores it', () => {
    expect(createError(target({ ca: 'hello' })).message).toBe("socket.ca contains no PEM certificate ('-----BEGIN CERTIFICATE-----')");
    const der = Buffer.from(server.certs.ca.replace(/-----[^-]+-----|\s/g, ''), 'base64');
    expect(createError(target({ ca: [server.certs.ca, der] })).message).toMatch(/^socket\.ca\[1\] contains no PEM certificate .*looks like DER.*openssl x509 -inform der/);
    expect(createError(target({ ca: '' })).message).toMatch(/^socket\.ca contains no PEM certificate/);
  });

  test('a key that does not belong to the certificate', () => {
    const err = createError(target({ cert: server.certs.clientCert, key: server.certs.key }));
    expect(err.message).toMatch(/^the client certificate and key cannot be used together: the key is not the certificate's/);
  });

  test('an X.509 v1 client certificate is accepted, as Node accepts it', async () => {
    expect(files.v1Cert).toMatch(/BEGIN CERTIFICATE/);
    const text = execFileSync('openssl', ['x509', '-noout', '-text'], { input: files.v1Cert }).toString();
    expect(text).toMatch(/Version: 1 \(0x0\)/);
    expect(await ping(target({ cert: files.v1Cert, key: server.certs.clientKey }))).toBe('PONG');
  });
});

describe('minVersion, maxVersion, secureProtocol', () => {
  const identity = () => ({ cert: server.certs.clientCert, key: server.certs.clientKey });

  test('by default TLSv1.3; maxVersion TLSv1.2 gets TLSv1.2; minVersion TLSv1.3 against a TLSv1.2 server fails', async () => {
    expect((await throughProbe({}, {})).seen[0].protocol).toBe('TLSv1.3');
    const capped = await throughProbe({}, { maxVersion: 'TLSv1.2' });
    expect(capped.reply).toBe('PONG');
    expect(capped.seen[0].protocol).toBe('TLSv1.2');
    const tooOld = await throughProbe({ maxVersion: 'TLSv1.2' }, { minVersion: 'TLSv1.3' });
    expect(tooOld.error).toBeInstanceOf(Error);
    expect(tooOld.error.message).toMatch(/alert|version|incompatible/i);
    expect(await ping(target({ ...identity(), minVersion: 'TLSv1.3', maxVersion: 'TLSv1.3' }))).toBe('PONG');
  });

  test("secureProtocol 'TLSv1_2_method' pins TLSv1.2; 'TLS_method' changes nothing", async () => {
    expect((await throughProbe({}, { secureProtocol: 'TLSv1_2_method' })).seen[0].protocol).toBe('TLSv1.2');
    expect((await throughProbe({}, { secureProtocol: 'TLS_method' })).seen[0].protocol).toBe('TLSv1.3');
  });

  test('versions rustls does not speak, unknown names and min > max throw a TypeError at createClient', () => {
    for (const [options, message] of [
      [{ minVersion: 'TLSv1' }, 'socket.minVersion "TLSv1" is not supported: rustls speaks only TLSv1.2 and TLSv1.3'],
      [{ maxVersion: 'TLSv1.1' }, 'socket.maxVersion "TLSv1.1" is not supported: rustls speaks only TLSv1.2 and TLSv1.3'],
      [{ minVersion: 'TLSv1.4' }, 'socket.minVersion "TLSv1.4" is not a valid TLS protocol version (use \'TLSv1.2\' or \'TLSv1.3\')'],
      [{ minVersion: 'TLSv1.3', maxVersion: 'TLSv1.2' }, 'socket.minVersion "TLSv1.3" is above socket.maxVersion "TLSv1.2"'],
      [{ secureProtocol: 'TLSv1_method' }, /^socket\.secureProtocol "TLSv1_method" is not supported/],
      [{ secureProtocol: 'TLS_method', minVersion: 'TLSv1.2' }, /cannot be combined/],
    ]) {
      const err = createError(target(options));
      expect(err).toBeInstanceOf(TypeError);
      if (typeof message === 'string') expect(err.message).toBe(message);
      else expect(err.message).toMatch(message);
    }
    expect(createError(target({ minVersion: 'TLSv1' })).code).toBe('ERR_TLS_INVALID_PROTOCOL_VERSION');
  });
});

describe('ciphers', () => {
  test('a TLS 1.2 suite alone is negotiated (so TLS 1.3 is off), a TLS 1.3 suite alone gets TLS 1.3', async () => {
    const tls12 = await throughProbe({}, { ciphers: 'ECDHE-ECDSA-AES256-GCM-SHA384' });
    expect(tls12.reply).toBe('PONG');
    expect(tls12.seen[0]).toMatchObject({ protocol: 'TLSv1.2', cipher: 'ECDHE-ECDSA-AES256-GCM-SHA384' });
    const tls13 = await throughProbe({}, { ciphers: 'TLS_CHACHA20_POLY1305_SHA256' });
    expect(tls13.seen[0]).toMatchObject({ protocol: 'TLSv1.3', cipher: 'TLS_CHACHA20_POLY1305_SHA256' });
  });

  test("the list's order is the client's preference, and Node's default list is accepted", async () => {
    const ordered = await throughProbe({ honorCipherOrder: false }, { ciphers: 'ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES128-GCM-SHA256' });
    expect(ordered.seen[0].cipher).toBe('ECDHE-ECDSA-CHACHA20-POLY1305');
    expect((await throughProbe({}, { ciphers: tls.DEFAULT_CIPHERS.replace(/(^|:)(DHE-[^:]*|ECDHE-RSA-AES\d+-SHA\d+)(?=:|$)/g, '') })).reply).toBe('PONG');
  });

  test('suites the server cannot use fail the handshake: the list is really applied', async () => {
    // The test certificates are ECDSA: an RSA-only list leaves nothing in common.
    const { error } = await throughProbe({}, { ciphers: 'ECDHE-RSA-AES128-GCM-SHA256' });
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toMatch(/alert|handshake|incompatible/i);
  });

  test('names rustls lacks throw at createClient, listing what is supported', () => {
    for (const name of ['DHE-RSA-AES128-GCM-SHA256', 'AES128-SHA', 'NOT-A-CIPHER']) {
      const err = createError(target({ ciphers: `ECDHE-ECDSA-AES128-GCM-SHA256:${name}` }));
      expect(err.code).toBe('ERR_SSL_NO_CIPHER_MATCH');
      expect(err.message).toBe(`socket.ciphers: "${name}" is not a cipher suite rustls supports; the supported ones are `
        + 'TLS_AES_256_GCM_SHA384:TLS_AES_128_GCM_SHA256:TLS_CHACHA20_POLY1305_SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:'
        + 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256:'
        + 'ECDHE-RSA-CHACHA20-POLY1305');
    }
    expect(createError(target({ ciphers: 'AESGCM:!AES' })).message).toMatch(/selects no cipher suite/);
    expect(createError(target({ ciphers: 'TLS_AES_128_GCM_SHA256', maxVersion: 'TLSv1.2' })).message)
      .toMatch(/^socket\.ciphers selects no cipher suite for TLSv1\.2/);
  });
});

describe('servername', () => {
  test('an IP host sends no SNI and is checked against the IP addresses of the certificate', async () => {
    const { reply, seen } = await throughProbe({}, {});
    expect(reply).toBe('PONG');
    expect(seen[0].servername).toBe(false);
  });

  test('servername with an IP host: sent as SNI and checked instead of the IP', async () => {
    const { reply, seen } = await throughProbe({}, { servername: 'localhost' });
    expect(reply).toBe('PONG');
    expect(seen[0].servername).toBe('localhost');
    const wrong = await throughProbe({}, { servername: 'wrong.example' });
    expect(wrong.error.message).toMatch(/not valid for name|NotValidForName/i);
  });

  test('a host name is sent as SNI; an IPv6 host works against its IP address', async () => {
    const named = await throughProbe({}, { host: 'localhost' });
    expect(named.seen[0].servername).toBe('localhost');
    expect(await ping(target({ host: '::1', cert: server.certs.clientCert, key: server.certs.clientKey }))).toBe('PONG');
  });
});

describe('options ferrodis cannot honour', () => {
  test('each is refused with a TypeError naming it (TLS-only ones when tls is on)', () => {
    const value = { autoSelectFamily: true, enableTrace: true, requestOCSP: true, allowPartialTrustChain: true };
    for (const name of Object.keys(UNSUPPORTED)) {
      const err = createError({ port: 1, [name]: value[name] ?? 1 });
      expect(err).toBeInstanceOf(TypeError);
      expect(err.message).toMatch(new RegExp(`^socket\\.${name} is not supported by ferrodis`));
    }
    for (const name of Object.keys(UNSUPPORTED_TLS)) {
      const err = createError(target({ [name]: value[name] ?? 1 }));
      expect(err).toBeInstanceOf(TypeError);
      expect(err.message).toMatch(new RegExp(`^socket\\.${name} is not supported by ferrodis`));
    }
    // The brief's list, all covered.
    for (const name of ['lookup', 'autoSelectFamily', 'autoSelectFamilyAttemptTimeout', 'hints', 'secureContext', 'ALPNProtocols',
      'session', 'requestOCSP', 'secureOptions', 'ecdhCurve', 'dhparam', 'sigalgs', 'privateKeyEngine', 'privateKeyIdentifier',
      'crl', 'pskCallback', 'enableTrace', 'highWaterMark', 'onread', 'signal']) {
      expect(name in UNSUPPORTED || name in UNSUPPORTED_TLS).toBe(true);
    }
  });

  test('switched off, the options that are on/off switches are what ferrodis does anyway', () => {
    expect(() => createClient({ socket: target({ autoSelectFamily: false, enableTrace: false, requestOCSP: false }) })).not.toThrow();
  });

  test('checkServerIdentity must be a function', () => {
    expect(() => createClient({ socket: target({ checkServerIdentity: () => undefined }) })).not.toThrow();
    expect(createError(target({ checkServerIdentity: 'yes' })).message).toBe('socket.checkServerIdentity must be a function, got string instead');
  });
});

describe('checkServerIdentity', () => {
  const identified = (extra) => target({ cert: server.certs.clientCert, key: server.certs.clientKey, ...extra });

  /** What Node's own tls passes to checkServerIdentity for these options. */
  async function nodeCalls(options) {
    const calls = [];
    await new Promise((resolve, reject) => {
      const socket = tls.connect({
        ...options,
        checkServerIdentity: (hostname, cert) => {
          calls.push([hostname, cert]);
          return undefined;
        },
      }, () => {
        socket.end();
        resolve();
      });
      socket.on('error', reject);
    });
    return calls;
  }

  test('is called as Node calls it: the name, then the certificate with its issuers', async () => {
    const options = identified({ servername: 'localhost' });
    const calls = [];
    expect(await ping({ ...options, checkServerIdentity: (...args) => void calls.push(args) })).toBe('PONG');
    const [theirs] = await nodeCalls(options);
    expect(calls).toHaveLength(1);
    const [hostname, cert] = calls[0];
    expect(hostname).toBe(theirs[0]);
    for (const field of ['subject', 'issuer', 'subjectaltname', 'valid_from', 'valid_to', 'fingerprint256', 'serialNumber']) {
      expect([field, cert[field]]).toEqual([field, theirs[1][field]]);
    }
    expect(Buffer.compare(cert.raw, theirs[1].raw)).toBe(0);
    expect(cert.issuerCertificate?.subject).toEqual(theirs[1].issuerCertificate?.subject);
    // The default check would take the server for someone else: the callback decides instead.
    const host = '127.0.0.1';
    await expect(ping(identified({ host, servername: 'someone-else.example' }))).rejects.toThrow();
    expect(await ping(identified({ host, servername: 'someone-else.example', checkServerIdentity: () => undefined }))).toBe('PONG');
  });

  test.each([
    ['returns', (error) => () => error],
    ['throws', (error) => () => { throw error; }],
  ])('an Error it %s fails the connection with that very Error', async (_, check) => {
    const error = Object.assign(new Error('not the server we want'), { code: 'ERR_TLS_CERT_ALTNAME_INVALID' });
    const client = createClient({ socket: identified({ checkServerIdentity: check(error) }) });
    const events = [];
    client.on('error', (err) => events.push(err));
    await expect(client.connect()).rejects.toBe(error);
    expect(events).toEqual([error]);
    expect(client.isOpen).toBe(false);
  });

  test('with rejectUnauthorized: false, its verdict changes nothing, so it is not asked', async () => {
    let called = false;
    const checkServerIdentity = () => {
      called = true;
      return new Error('no');
    };
    expect(await ping(identified({ rejectUnauthorized: false, checkServerIdentity }))).toBe('PONG');
    expect(called).toBe(false);
  });
});
