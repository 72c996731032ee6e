'use strict';
// Ways to reach a server: URLs, TLS with client certificates, ACL users, UNIX sockets, and what
// happens when the server does not answer or refuses the credentials.
const { startBlackhole, startConnectHang } = require('./helpers/redis-server');
const { serverForFile } = require('./helpers/connected');
const { createClient, ConnectionTimeoutError, ErrorReply } = require('..');

const server = serverForFile({
    tls: true,
    unixSocket: true,
    aclUsers: [{ name: 'alice', password: 'p@ss:word', rules: 'on ~* &* +@all' }],
  });

async function roundTrip(client) {
  client.on('error', () => {});
  await client.connect();
  await client.set('conn-test', 'ok');
  const value = await client.get('conn-test');
  await client.quit();
  return value;
}

test('redis:// URL with percent-encoded ACL credentials and a database', async () => {
  const url = `redis://alice:${encodeURIComponent('p@ss:word')}@127.0.0.1:${server.port}/2`;
  const client = createClient({ url });
  expect(client.options.username).toBe('alice');
  expect(client.options.password).toBe('p@ss:word');
  expect(client.options.database).toBe(2);
  client.on('error', () => {});
  await client.connect();
  expect(await client.sendCommand(['ACL', 'WHOAMI'])).toBe('alice');
  expect(await client.sendCommand(['CLIENT', 'INFO'])).toMatch(/ db=2 /);
  await client.quit();
});

test('username/password options, client name, RESP2 and RESP3 handshakes', async () => {
  for (const RESP of [2, 3]) {
    const client = createClient({ socket: { port: server.port }, username: 'alice', password: 'p@ss:word', name: 'ferrodis-test', database: 3, RESP });
    await client.connect();
    expect(await client.sendCommand(['ACL', 'WHOAMI'])).toBe('alice');
    expect(await client.sendCommand(['CLIENT', 'GETNAME'])).toBe('ferrodis-test');
    expect(await client.sendCommand(['CLIENT', 'INFO'])).toMatch(/ db=3 /);
    await client.quit();
  }
});

test('TLS with key, cert and ca (strings, Buffers, arrays) and an ACL user', async () => {
  const { ca, clientCert, clientKey } = server.certs;
  for (const [key, cert, caOption] of [
    [clientKey, clientCert, ca],
    [Buffer.from(clientKey), Buffer.from(clientCert), [Buffer.from(ca)]],
  ]) {
    const client = createClient({
      username: 'alice',
      password: 'p@ss:word',
      socket: { host: 'localhost', port: server.tlsPort, tls: true, key, cert, ca: caOption },
    });
    expect(await roundTrip(client)).toBe('ok');
  }
});

test('rediss:// URL with servername and rejectUnauthorized', async () => {
  const { ca, clientCert, clientKey } = server.certs;
  const client = createClient({
    url: `rediss://127.0.0.1:${server.tlsPort}`,
    socket: { key: clientKey, cert: clientCert, ca, servername: 'localhost' },
  });
  expect(client.options.socket.tls).toBe(true);
  expect(await roundTrip(client)).toBe('ok');
  const unverified = createClient({
    socket: { host: '127.0.0.1', port: server.tlsPort, tls: true, key: clientKey, cert: clientCert, rejectUnauthorized: false },
  });
  expect(await roundTrip(unverified)).toBe('ok');
});

test('TLS, read on the engine thread: large strings (external and copied) and runs arrive intact', async () => {
  const { ca, clientCert, clientKey } = server.certs;
  const client = createClient({ socket: { host: 'localhost', port: server.tlsPort, tls: true, key: clientKey, cert: clientCert, ca } });
  client.on('error', () => {});
  await client.connect();
  const ascii = 'a'.repeat(100 * 1024);
  const unicode = 'é'.repeat(16 * 1024);
  const fields = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`f${i}`, `v${i}`]));
  await client.mSet({ 'tls:ascii': ascii, 'tls:unicode': unicode });
  await client.hSet('tls:hash', fields);
  for (let round = 0; round < 3; round++) {
    // Each round defines or references the hash's field names (known strings).
    const [a, u, both, hash] = await Promise.all([
      client.get('tls:ascii'),
      client.get('tls:unicode'),
      client.mGet(['tls:ascii', 'tls:unicode']),
      client.hGetAll('tls:hash'),
    ]);
    expect([a === ascii, u === unicode, both[0] === ascii, both[1] === unicode]).toEqual([true, true, true, true]);
    expect({ ...hash }).toEqual(fields);
  }
  await client.quit();
});

test('TLS refuses a server whose certificate is not trusted', async () => {
  const { clientCert, clientKey } = server.certs;
  const client = createClient({
    socket: { host: 'localhost', port: server.tlsPort, tls: true, key: clientKey, cert: clientCert, reconnectStrategy: false },
  });
  client.on('error', () => {});
  await expect(client.connect()).rejects.toThrow(/certificate|UnknownIssuer/i);
  expect(client.isOpen).toBe(false);
});

test('UNIX socket via socket.path and via a unix:// URL', async () => {
  expect(await roundTrip(createClient({ socket: { path: server.socketPath } }))).toBe('ok');
  const client = createClient({ url: `unix://${server.socketPath}?db=4` });
  expect(client.options.socket.path).toBe(server.socketPath);
  client.on('error', () => {});
  await client.connect();
  expect(await client.sendCommand(['CLIENT', 'INFO'])).toMatch(/ db=4 /);
  await client.quit();
});

test('wrong password: a clear ErrorReply, through the reconnect strategy', async () => {
  const errors = [];
  const client = createClient({
    socket: { port: server.port, reconnectStrategy: (retries) => (retries < 2 ? 10 : false) },
    username: 'alice',
    password: 'wrong',
  });
  client.on('error', (err) => errors.push(err));
  const err = await client.connect().catch((e) => e);
  expect(err).toBeInstanceOf(ErrorReply);
  expect(err.message).toMatch(/^WRONGPASS/);
  expect(errors.length).toBe(3);
  expect(errors.every((e) => e.message.startsWith('WRONGPASS'))).toBe(true);
  expect(client.isOpen).toBe(false);
});

test('connectTimeout (top-level and socket.) against a port that never completes TCP', async () => {
  const hang = await startConnectHang();
  try {
    for (const options of [{ connectTimeout: 200 }, { socket: { connectTimeout: 200 } }]) {
      const client = createClient({ ...options, socket: { ...options.socket, host: hang.host, port: hang.port, reconnectStrategy: false } });
      client.on('error', () => {});
      const started = Date.now();
      const err = await client.connect().catch((e) => e);
      expect(err).toBeInstanceOf(ConnectionTimeoutError);
      expect(err.message).toBe('Connection timeout');
      expect(Date.now() - started).toBeLessThan(1500);
    }
  } finally {
    await hang.close();
  }
});

test('a server that accepts TCP but never answers the handshake leaves the client not ready', async () => {
  const hole = await startBlackhole();
  try {
    const client = createClient({ socket: { host: hole.host, port: hole.port }, password: 'x' });
    client.on('error', () => {});
    const connected = new Promise((resolve) => client.once('connect', resolve));
    client.connect().catch(() => {});
    await connected;
    expect(client.isOpen).toBe(true);
    expect(client.isReady).toBe(false);
    const pending = client.get('a');
    client.destroy();
    await expect(pending).rejects.toThrow('Disconnects client');
  } finally {
    await hole.close();
  }
});

test('connection refused is a Node-style error with code ECONNREFUSED', async () => {
  const { freePort } = require('./helpers/redis-server');
  const port = await freePort();
  const client = createClient({ socket: { host: '127.0.0.1', port, reconnectStrategy: false } });
  client.on('error', () => {});
  const err = await client.connect().catch((e) => e);
  expect(err.code).toBe('ECONNREFUSED');
  expect(err.message).toBe(`connect ECONNREFUSED 127.0.0.1:${port}`);
});
