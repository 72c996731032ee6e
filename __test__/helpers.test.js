'use strict';
// Self-tests of the test helpers (__test__/helpers/redis-server.js and fake-server.js): they
// must be trustworthy before any client test can be.
const fs = require('fs');
const net = require('net');
const tls = require('tls');
const {
  startRedis, startCluster, startBlackhole, startConnectHang, freePort,
  rawCommand, rawCommands, RespError,
} = require('./helpers/redis-server');

function connectOutcome(options, ms = 500) {
  return new Promise((resolve) => {
    const socket = net.connect(options);
    const timer = setTimeout(() => { socket.destroy(); resolve('pending'); }, ms);
    socket.once('connect', () => { clearTimeout(timer); socket.destroy(); resolve('connected'); });
    socket.once('error', (err) => { clearTimeout(timer); resolve(err.code); });
  });
}

/** PING over TLS with Node's own tls module; resolves with the reply line or rejects. */
function tlsPing(port, tlsOptions) {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ host: '127.0.0.1', port, servername: 'localhost', ...tlsOptions }, () => {
      socket.write('*1\r\n$4\r\nPING\r\n');
    });
    let data = '';
    socket.setTimeout(2000, () => { socket.destroy(); reject(new Error('timeout')); });
    socket.on('data', (d) => {
      data += d;
      if (data.includes('\r\n')) { socket.end(); resolve(data.trim()); }
    });
    socket.on('error', reject);
    socket.on('close', () => reject(new Error(`closed after ${JSON.stringify(data)}`)));
  });
}

function processGone(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return / Z /.test(stat); // a zombie has exited
  } catch {
    return true;
  }
}

test('freePort returns a bindable port', async () => {
  const port = await freePort();
  expect(Number.isInteger(port) && port > 0 && port < 65536).toBe(true);
  const server = net.createServer();
  await new Promise((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  await new Promise((resolve) => server.close(resolve));
});

test('plain server: starts in a temp dir without persistence, answers PING, stops by pid', async () => {
  const srv = await startRedis();
  try {
    expect(srv.port).not.toBe(6379);
    expect(srv.url).toBe(`redis://127.0.0.1:${srv.port}`);
    expect(await rawCommand({ port: srv.port }, 'PING')).toBe('PONG');
    expect(await srv.command('CONFIG', 'GET', 'save')).toEqual(['save', '']);
    expect(await srv.command('CONFIG', 'GET', 'appendonly')).toEqual(['appendonly', 'no']);
    expect(await srv.command('CONFIG', 'GET', 'dir')).toEqual(['dir', fs.realpathSync(srv.dir)]);
    expect(await srv.command('SET', 'k', 'v')).toBe('OK');
    expect(await srv.command('GET', 'k')).toBe('v');
  } finally {
    await srv.stop();
  }
  expect(srv.running).toBe(false);
  expect(processGone(srv.pid)).toBe(true);
  expect(fs.existsSync(srv.dir)).toBe(false);
  expect(await connectOutcome({ host: '127.0.0.1', port: srv.port })).toBe('ECONNREFUSED');
});

test('TLS server requires a client certificate; Node tls with the generated certs gets PONG', async () => {
  const srv = await startRedis({ tls: true });
  try {
    const { ca, clientCert, clientKey } = srv.certs;
    expect(ca).toMatch(/BEGIN CERTIFICATE/);
    expect(clientKey).toMatch(/PRIVATE KEY/);
    for (const p of Object.values(srv.certPaths)) expect(fs.existsSync(p)).toBe(true);
    expect(await tlsPing(srv.tlsPort, { ca, cert: clientCert, key: clientKey })).toBe('+PONG');
    // Certificate identity is checked against "localhost" (SAN) by default:
    expect(await tlsPing(srv.tlsPort, { ca, cert: clientCert, key: clientKey, servername: undefined, host: 'localhost' }))
      .toBe('+PONG');
    // Without a client certificate the server refuses the handshake.
    await expect(tlsPing(srv.tlsPort, { ca })).rejects.toThrow();
    // The plain port stays available for admin.
    expect(await srv.command('PING')).toBe('PONG');
  } finally {
    await srv.stop();
  }
});

test("TLS with tlsAuthClients: 'optional' accepts clients without a certificate", async () => {
  const srv = await startRedis({ tls: true, tlsAuthClients: 'optional', plainPort: false });
  try {
    expect(srv.port).toBeUndefined();
    expect(await tlsPing(srv.tlsPort, { ca: srv.certs.ca })).toBe('+PONG');
    expect(await srv.command('PING')).toBe('PONG'); // admin goes over TLS when there is no plain port
  } finally {
    await srv.stop();
  }
});

test('unix socket', async () => {
  const srv = await startRedis({ unixSocket: true });
  try {
    expect(fs.statSync(srv.socketPath).isSocket()).toBe(true);
    expect(await rawCommand({ path: srv.socketPath }, 'PING')).toBe('PONG');
  } finally {
    await srv.stop();
  }
});

test('password and ACL users, checked with raw AUTH', async () => {
  const srv = await startRedis({
    password: 'top secret',
    aclUsers: [
      { name: 'alice', password: 'p@ss', rules: 'on ~* &* +@all' },
      { name: 'reader', password: 'r', rules: 'on ~* -@all +get +ping' },
    ],
  });
  try {
    const [noauth] = await rawCommands({ port: srv.port }, [['GET', 'x']]);
    expect(noauth).toBeInstanceOf(RespError);
    expect(noauth.message).toMatch(/^NOAUTH/);

    expect(await rawCommands({ port: srv.port }, [['AUTH', 'alice', 'p@ss'], ['ACL', 'WHOAMI']]))
      .toEqual(['OK', 'alice']);
    expect(await rawCommands({ port: srv.port }, [['AUTH', 'top secret'], ['ACL', 'WHOAMI']]))
      .toEqual(['OK', 'default']);

    const [wrong] = await rawCommands({ port: srv.port }, [['AUTH', 'alice', 'nope']]);
    expect(wrong.message).toMatch(/^WRONGPASS/);

    const [, denied] = await rawCommands({ port: srv.port }, [['AUTH', 'reader', 'r'], ['SET', 'x', '1']]);
    expect(denied.message).toMatch(/^NOPERM/);

    expect(srv.url).toBe(`redis://:top%20secret@127.0.0.1:${srv.port}`);
    expect(await srv.command('PING')).toBe('PONG'); // command() authenticates by itself
  } finally {
    await srv.stop();
  }
});

test('kill() then restart() on the same ports and socket path', async () => {
  const srv = await startRedis({ tls: true, unixSocket: true });
  try {
    const { port, tlsPort, socketPath, pid } = srv;
    await srv.command('SET', 'k', 'v');
    await srv.kill();
    expect(srv.running).toBe(false);
    expect(processGone(pid)).toBe(true);
    expect(await connectOutcome({ host: '127.0.0.1', port })).toBe('ECONNREFUSED');

    await srv.restart();
    expect(srv.pid).not.toBe(pid);
    expect([srv.port, srv.tlsPort, srv.socketPath]).toEqual([port, tlsPort, socketPath]);
    expect(await rawCommand({ port }, 'PING')).toBe('PONG');
    expect(await rawCommand({ path: socketPath }, 'PING')).toBe('PONG');
    const { ca, clientCert, clientKey } = srv.certs;
    expect(await tlsPing(tlsPort, { ca, cert: clientCert, key: clientKey })).toBe('+PONG');
    expect(await srv.command('GET', 'k')).toBeNull(); // no persistence: the data is gone

    await srv.restart(); // restart() of a running server stops it first
    expect(await srv.command('PING')).toBe('PONG');
  } finally {
    await srv.stop();
  }
});

test('a server that cannot start throws with its log', async () => {
  await expect(startRedis({ extraArgs: ['--no-such-directive', 'x'] }))
    .rejects.toThrow(/FATAL CONFIG FILE ERROR[\s\S]*no-such-directive/);
});

test('startBlackhole: TCP connect succeeds, nothing is ever answered', async () => {
  const hole = await startBlackhole();
  try {
    const socket = net.connect({ host: hole.host, port: hole.port });
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write('*1\r\n$4\r\nPING\r\n');
    const got = await new Promise((resolve) => {
      const timer = setTimeout(() => resolve(null), 300);
      socket.once('data', (d) => { clearTimeout(timer); resolve(d); });
    });
    expect(got).toBeNull();
    expect(hole.connections).toBe(1);
    socket.destroy();
  } finally {
    await hole.close();
  }
});

test('startConnectHang: a TCP connect never completes', async () => {
  const hang = await startConnectHang();
  try {
    expect(await connectOutcome({ host: hang.host, port: hang.port }, 700)).toBe('pending');
  } finally {
    await hang.close();
  }
});

test('startCluster: 3 masters + 3 replicas, all slots served', async () => {
  const cluster = await startCluster();
  try {
    expect(cluster.nodes).toHaveLength(6);
    const info = await cluster.nodes[0].command('CLUSTER', 'INFO');
    expect(info).toMatch(/cluster_state:ok/);
    expect(info).toMatch(/cluster_slots_assigned:16384/);
    const slots = await cluster.nodes[0].command('CLUSTER', 'SLOTS');
    expect(slots).toHaveLength(3);
    for (const range of slots) expect(range.length).toBe(4); // start, end, master, one replica
  } finally {
    await cluster.stop();
  }
  for (const node of cluster.nodes) expect(node.running).toBe(false);
});

describe('startFakeServer (helpers/fake-server.js)', () => {
  const { startFakeServer, NORMAL, SILENT, answering } = require('./helpers/fake-server');
  const os = require('os');
  const path = require('path');

  test('answers like a small Redis, over TCP and over a UNIX socket', async () => {
    const tcp = await startFakeServer();
    const unix = await startFakeServer({ path: path.join(os.tmpdir(), `ferrodis-fake-self-${process.pid}.sock`) });
    try {
      for (const server of [tcp, unix]) {
        const replies = await rawCommands(server.socket, [['PING'], ['SET', 'k', 'v'], ['GET', 'k'], ['GET', 'nope'], ['ECHO', 'hi'], ['DEL', 'k', 'x'], ['NOPE']]);
        expect(replies.slice(0, 6)).toEqual(['PONG', 'OK', 'v', null, 'hi', 1]);
        expect(replies[6]).toBeInstanceOf(RespError);
        expect(server.accepted).toBe(1);
      }
    } finally {
      await tcp.close();
      await unix.close();
    }
  });

  test('use(): the n-th connection runs the n-th script, the last one every later connection', async () => {
    const server = await startFakeServer();
    try {
      server.use(answering('PING', (args, peer) => peer.drip('+first\r\n', { pieces: 2 })), NORMAL);
      expect(await rawCommand(server.socket, 'PING')).toBe('first');
      expect(await rawCommand(server.socket, 'PING')).toBe('PONG');
      expect(await rawCommand(server.socket, 'PING')).toBe('PONG');
      expect(server.accepted).toBe(3);
      server.use(SILENT);
      await expect(rawCommands(server.socket, [['PING']], { timeout: 200 })).rejects.toThrow(/no complete reply/);
    } finally {
      await server.close();
    }
  });
});
