'use strict';
// TCP socket options: family, localAddress, localPort, keepAliveInitialDelay — on a plain
// redis-server listening on 127.0.0.1 and ::1, checked from the server's side (CLIENT INFO) and,
// for keepalive, from the kernel's (`ss`).
const { execFileSync } = require('child_process');
const dns = require('dns');
const { serverForFile } = require('./helpers/connected');
const { freePort } = require('./helpers/redis-server');
const { createClient } = require('..');

// protected-mode off: it refuses loopback addresses other than 127.0.0.1 (localAddress tests).
const server = serverForFile({ bind: '127.0.0.1 ::1', config: { 'protected-mode': 'no' } });

/** Connects with these socket options; resolves with the client (call quit) or rejects. */
async function connected(socket) {
  const client = createClient({ socket: { port: server.port, reconnectStrategy: false, ...socket } });
  client.on('error', () => {});
  await client.connect();
  return client;
}

/** The client's address as the server sees it: { ip, port }. */
async function peerOf(client) {
  const info = await client.sendCommand(['CLIENT', 'INFO']);
  const addr = / addr=(\S+):(\d+) /.exec(` ${info}`);
  return { ip: addr[1].replace(/^\[(.*)\]$/, '$1'), port: Number(addr[2]) };
}

async function peerWith(socket) {
  const client = await connected(socket);
  try {
    return await peerOf(client);
  } finally {
    await client.quit();
  }
}

function createError(socket) {
  try {
    createClient({ socket });
  } catch (err) {
    return err;
  }
  throw new Error('createClient did not throw');
}

describe('family', () => {
  test('4 and 6 choose among the addresses of a name; an IP host is used as given, as in Node', async () => {
    const localhost = await dns.promises.lookup('localhost', { all: true });
    expect((await peerWith({ host: 'localhost', family: 4 })).ip).toBe('127.0.0.1');
    if (localhost.some((a) => a.family === 6)) {
      expect((await peerWith({ host: 'localhost', family: 6 })).ip).toBe('::1');
    } else {
      // This machine's localhost has no IPv6 address: nothing to connect to, as Node says.
      await expect(connected({ host: 'localhost', family: 6 })).rejects.toMatchObject({
        message: 'getaddrinfo ENOTFOUND localhost', code: 'ENOTFOUND', hostname: 'localhost',
      });
    }
    expect((await peerWith({ host: '::1', family: 6 })).ip).toBe('::1');
    expect((await peerWith({ host: '::1', family: 4 })).ip).toBe('::1');
    expect((await peerWith({ host: '127.0.0.1', family: 0 })).ip).toBe('127.0.0.1');
  });

  test('anything but 0, 4 or 6 is a TypeError at createClient', () => {
    for (const family of [5, '4', 'IPv4', true]) {
      const err = createError({ family });
      expect(err).toBeInstanceOf(TypeError);
      expect(err.message).toMatch(/^socket\.family must be 0, 4 or 6/);
    }
  });
});

describe('localAddress and localPort', () => {
  test('the connection leaves from the local address and port asked for', async () => {
    expect((await peerWith({ host: '127.0.0.1', localAddress: '127.0.0.2' })).ip).toBe('127.0.0.2');
    const port = await freePort();
    expect(await peerWith({ host: '127.0.0.1', localAddress: '127.0.0.3', localPort: port })).toEqual({ ip: '127.0.0.3', port });
    expect((await peerWith({ host: '::1', localAddress: '::1' })).ip).toBe('::1');
  });

  test('a local address of the other family than the server is a clear connection error', async () => {
    const err = await connected({ host: '127.0.0.1', localAddress: '::1' }).catch((e) => e);
    expect(err.message).toBe('socket.localAddress ::1 is an IPv6 address, and 127.0.0.1 has only IPv4 addresses: '
      + "give a local address of the same family as the server's");
    expect(err.code).toBe('EINVAL');
  });

  test('an address that is not this machine fails to bind, in the words of Node', async () => {
    // TEST-NET-1 (RFC 5737): the bind fails locally, nothing is sent anywhere.
    const err = await connected({ host: '127.0.0.1', localAddress: '192.0.2.1' }).catch((e) => e);
    expect(err).toMatchObject({ message: 'bind EADDRNOTAVAIL 192.0.2.1', code: 'EADDRNOTAVAIL', syscall: 'bind' });
  });

  test('not an IP address, or not a port, is a TypeError at createClient', () => {
    expect(createError({ localAddress: 'my-laptop' }).message).toBe('socket.localAddress must be an IP address, got "my-laptop" instead');
    expect(createError({ localAddress: 7 })).toBeInstanceOf(TypeError);
    expect(createError({ localPort: 70000 }).message).toBe('socket.localPort must be a port number, got number instead');
  });
});

describe('keepAliveInitialDelay', () => {
  let ss = true;
  try {
    execFileSync('ss', ['-V'], { stdio: 'ignore' });
  } catch {
    ss = false;
  }

  /** Seconds left on the kernel's keepalive timer of the client's socket, or null if none. */
  async function keepaliveTimer(client) {
    const { port } = await peerOf(client);
    const line = execFileSync('ss', ['-tnoH', 'state', 'established', `sport = :${port}`]).toString();
    // ss prints e.g. `timer:(keepalive,41sec,0)`, `4.984ms` (4 s 984 ms) or `1min59sec`.
    const timer = /timer:\(keepalive,(?:(\d+)min)?(?:(\d+)(?:sec|\.))?(?:(\d+)ms)?,/.exec(line);
    if (!timer) return line.includes(`:${port}`) ? null : undefined;
    const [minutes, seconds, ms] = timer.slice(1).map((part) => Number(part ?? 0));
    return minutes * 60 + seconds + ms / 1000;
  }

  (ss ? test : test.skip)('sets the idle time before the first probe (default 5 s, as node-redis 5); none with keepAlive off', async () => {
    const cases = [[{}, 5], [{ keepAliveInitialDelay: 42000 }, 42], [{ keepAliveInitialDelay: 120000 }, 120]];
    for (const [socket, seconds] of cases) {
      const client = await connected({ host: '127.0.0.1', ...socket });
      const left = await keepaliveTimer(client);
      await client.quit();
      expect(left).toBeGreaterThan(seconds - 3);
      expect(left).toBeLessThanOrEqual(seconds);
    }
    const off = await connected({ host: '127.0.0.1', keepAlive: false, keepAliveInitialDelay: 42000 });
    expect(await keepaliveTimer(off)).toBeNull();
    await off.quit();
  });

  test('must be a non-negative number of milliseconds', () => {
    for (const keepAliveInitialDelay of [-1, '5000', NaN, Infinity]) {
      const err = createError({ keepAliveInitialDelay });
      expect(err).toBeInstanceOf(TypeError);
      expect(err.message).toMatch(/^socket\.keepAliveInitialDelay must be a non-negative number of milliseconds/);
    }
  });
});
