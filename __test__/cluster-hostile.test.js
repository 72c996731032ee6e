'use strict';
// A cluster whose nodes lie: a slot map that is not one, redirects in a loop, redirects to
// nowhere, TRYAGAIN forever, a node that never answers. Scripted peers (helpers/fake-server.js)
// stand in for the nodes. Nothing may crash, hang or leave a command waiting past its bounds;
// the cluster stays usable for everything else.
const { createCluster, ErrorReply, RootNodesUnavailableError } = require('..');
const { startFakeServer } = require('./helpers/fake-server');
const { freePort } = require('./helpers/redis-server');
const { runNode } = require('./helpers/run-node');
const { slotOf } = require('../lib/commands/routing');

jest.setTimeout(20000);

const servers = [];
const clusters = [];

afterEach(async () => {
  for (const c of clusters.splice(0)) {
    try {
      c.destroy();
    } catch {
      // closed
    }
  }
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const bulk = (s) => `$${Buffer.byteLength(s)}\r\n${s}\r\n`;
/** CLUSTER SLOTS' reply: `ranges` of [from, to, port] on 127.0.0.1. */
const slotsReply = (ranges) => `*${ranges.length}\r\n${ranges.map(([from, to, port]) => `*3\r\n:${from}\r\n:${to}\r\n*3\r\n${bulk('127.0.0.1')}:${port}\r\n${bulk(`node-${port}`)}`).join('')}`;

/** A fake node: CLUSTER SLOTS answered by `slots()`, GET/SET by `respond` when it says so. */
async function fakeNode({ slots, respond }) {
  const server = await startFakeServer();
  servers.push(server);
  server.use({
    command(args, peer) {
      const name = args[0].toUpperCase();
      if (name === 'CLUSTER') {
        peer.send(slots(server));
        return true;
      }
      return respond?.(args, peer);
    },
  });
  return server;
}

function cluster(server, options = {}) {
  const c = createCluster({ rootNodes: [{ socket: server.socket }], topologyRefreshInterval: false, ...options });
  c.on('error', () => {});
  clusters.push(c);
  return c;
}

test.each([
  ['a status instead of a slot map', '+OK\r\n'],
  ['a range past the last slot', '*1\r\n*3\r\n:0\r\n:99999\r\n*2\r\n$9\r\n127.0.0.1\r\n:1\r\n'],
  ['a node without a port', '*1\r\n*3\r\n:0\r\n:5\r\n*1\r\n$9\r\n127.0.0.1\r\n'],
  ['an error', '-ERR This instance has cluster support disabled\r\n'],
  ['an empty map (a node in no cluster)', '*0\r\n'],
])('CLUSTER SLOTS answered with %s: connect() rejects, nothing is taken from it', async (_, reply) => {
  const server = await fakeNode({ slots: () => reply });
  const c = cluster(server);
  const errs = [];
  c.on('error', (e) => errs.push(e));
  await expect(c.connect()).rejects.toBeInstanceOf(RootNodesUnavailableError);
  expect(errs).toHaveLength(1);
  expect(c.isOpen).toBe(false);
  expect(c.masters).toEqual([]);
});

test('a root node that drops the connection on CLUSTER SLOTS: connect() rejects, nothing is thrown (no listener)', async () => {
  const server = await startFakeServer();
  servers.push(server);
  server.use({
    command(args, peer) {
      if (args[0].toUpperCase() !== 'CLUSTER') return undefined;
      peer.destroy();
      return true;
    },
  });
  const c = createCluster({ rootNodes: [{ socket: server.socket }] });
  clusters.push(c);
  await expect(c.connect()).rejects.toThrow();
  await new Promise((r) => setTimeout(r, 50)); // an error thrown from a callback would land here
  expect(c.isOpen).toBe(false);
});

test('a node client its reconnect strategy gave up on is replaced on the next command', async () => {
  let drops = 1;
  const server = await fakeNode({
    slots: (s) => slotsReply([[0, 16383, s.socket.port]]),
    respond: (args, peer) => {
      if (args[0].toUpperCase() !== 'GET' || drops === 0) return undefined;
      drops--;
      peer.destroy();
      return true;
    },
  });
  const c = cluster(server, { defaults: { socket: { reconnectStrategy: false } } });
  c.on('node-error', () => {});
  await c.connect();
  await expect(c.get('a')).rejects.toThrow(); // written on the dropped connection: may have run
  expect(await c.set('b', '1')).toBe('OK');
  expect(await c.get('b')).toBe('1');
});

test('MOVED in a loop: the command fails after maxCommandRedirections with the MOVED; others still work', async () => {
  let gets = 0;
  const server = await fakeNode({
    slots: (s) => slotsReply([[0, 16383, s.socket.port]]),
    respond: (args, peer) => {
      if (args[0].toUpperCase() !== 'GET' || args[1] !== 'loop') return undefined;
      gets++;
      peer.send(`-MOVED ${slotOf('loop')} 127.0.0.1:${peer.socket.localPort}\r\n`);
      return true;
    },
  });
  const c = cluster(server, { maxCommandRedirections: 3 });
  await c.connect();
  const published = [];
  const record = ({ error, origin, internal, retryCount }) => published.push([error.message.split(' ')[0], origin, internal, retryCount]);
  require('node:diagnostics_channel').subscribe('node-redis:error', record);
  const error = await c.get('loop').catch((e) => e);
  require('node:diagnostics_channel').unsubscribe('node-redis:error', record);
  // node-redis:error as node-redis publishes redirects: internal while followed, then the last
  expect(published).toEqual([['MOVED', 'cluster', true, 1], ['MOVED', 'cluster', true, 2], ['MOVED', 'cluster', true, 3], ['MOVED', 'cluster', false, 4]]);
  expect(error).toBeInstanceOf(ErrorReply);
  expect(error.message).toMatch(/^MOVED/);
  expect(gets).toBe(4);
  expect(await c.set('other', '1')).toBe('OK');
  expect(await c.get('other')).toBe('1');
});

test('MOVED and ASK to an address nothing listens on: held, then failed after failoverTimeout; others go on', async () => {
  const nowhere = await freePort();
  const server = await fakeNode({
    slots: (s) => slotsReply([[0, 16383, s.socket.port]]),
    respond: (args, peer) => {
      if (args[0].toUpperCase() !== 'GET' || !args[1].startsWith('away')) return undefined;
      peer.send(`-${args[1] === 'away-ask' ? 'ASK' : 'MOVED'} ${slotOf(args[1])} 127.0.0.1:${nowhere}\r\n`);
      return true;
    },
  });
  const c = cluster(server, { failoverTimeout: 600 });
  c.on('node-error', () => {});
  await c.connect();
  const started = Date.now();
  const [moved, asked, other] = await Promise.allSettled([c.get('away-moved'), c.get('away-ask'), c.set('here', 'x')]);
  expect(other).toEqual({ status: 'fulfilled', value: 'OK' });
  // ASK: held for a node that never comes up. MOVED: the refresh it triggers says the slot is
  // here after all, and here says MOVED again: a loop, cut at maxCommandRedirections.
  expect(asked.reason.message).toMatch(/failoverTimeout \(600 ms\)/);
  expect(moved.reason.message).toMatch(/^MOVED|failoverTimeout \(600 ms\)/);
  expect(Date.now() - started).toBeLessThan(3000);
});

test('TRYAGAIN forever: retried, then failed with it once failoverTimeout is up', async () => {
  let tries = 0;
  const server = await fakeNode({
    slots: (s) => slotsReply([[0, 16383, s.socket.port]]),
    respond: (args, peer) => {
      if (args[0].toUpperCase() !== 'GET') return undefined;
      tries++;
      peer.send('-TRYAGAIN Multiple keys request during rehashing of slot\r\n');
      return true;
    },
  });
  const c = cluster(server, { failoverTimeout: 500 });
  await c.connect();
  const error = await c.get('k').catch((e) => e);
  expect(error).toBeInstanceOf(ErrorReply);
  expect(error.message).toMatch(/^TRYAGAIN/);
  expect(tries).toBeGreaterThanOrEqual(3);
  expect(tries).toBeLessThanOrEqual(7);
});

test('a redirect that names no address is an answer, passed on', async () => {
  const server = await fakeNode({
    slots: (s) => slotsReply([[0, 16383, s.socket.port]]),
    respond: (args, peer) => {
      if (args[0].toUpperCase() !== 'GET') return undefined;
      peer.send('-MOVED 12 nohost\r\n');
      return true;
    },
  });
  const c = cluster(server);
  await c.connect();
  await expect(c.get('k')).rejects.toThrow('MOVED 12 nohost');
});

test('slots no node serves: their commands wait failoverTimeout, then fail; the served ones work', async () => {
  const server = await fakeNode({ slots: (s) => slotsReply([[0, 8000, s.socket.port]]) });
  const c = cluster(server, { failoverTimeout: 300 });
  await c.connect();
  const served = ['a', 'b', 'c', 'd', 'e', 'f'].find((k) => slotOf(k) <= 8000);
  const orphan = ['a', 'b', 'c', 'd', 'e', 'f'].find((k) => slotOf(k) > 8000);
  const [left, right] = await Promise.allSettled([c.set(served, '1'), c.set(orphan, '1')]);
  expect(left).toEqual({ status: 'fulfilled', value: 'OK' });
  expect(right.reason.message).toMatch(/slot \d+ within failoverTimeout/);
});

test('refreshes answered with garbage or an empty map keep the working table', async () => {
  let answer;
  const server = await fakeNode({ slots: (s) => answer ?? slotsReply([[0, 16383, s.socket.port]]) });
  const c = cluster(server, { topologyRefreshInterval: 50 });
  await c.connect();
  for (answer of ['+OK\r\n', '*0\r\n', '*1\r\n*3\r\n:9\r\n:1\r\n*2\r\n$1\r\nh\r\n:1\r\n', '-ERR no\r\n']) {
    await new Promise((r) => setTimeout(r, 120));
    expect(await c.set('still', 'here')).toBe('OK');
    expect(c.masters).toHaveLength(1);
    expect(c.slots[16383].master.port).toBe(server.socket.port);
  }
});

test('a root node that accepts and never answers: connect() fails with its connectTimeout', async () => {
  const server = await startFakeServer();
  servers.push(server);
  server.use({ command: () => true });
  const c = createCluster({ rootNodes: [{ socket: { ...server.socket, connectTimeout: 300 } }] });
  await expect(c.connect()).rejects.toThrow(/timeout/i);
});

test('a process exits once its cluster is destroyed, with commands held for a node that never came up', async () => {
  const script = `
    const { createCluster } = require(${JSON.stringify(require.resolve('..'))});
    const { startFakeServer } = require(${JSON.stringify(require.resolve('./helpers/fake-server'))});
    (async () => {
      const server = await startFakeServer();
      const port = server.socket.port;
      server.use({ command(args, peer) {
        const name = args[0].toUpperCase();
        if (name === 'CLUSTER') { peer.send('*1\\r\\n*3\\r\\n:0\\r\\n:16383\\r\\n*2\\r\\n$9\\r\\n127.0.0.1\\r\\n:' + port + '\\r\\n'); return true; }
        if (name === 'GET') { peer.send('-ASK 1 127.0.0.1:1\\r\\n'); return true; }
      } });
      const c = createCluster({ rootNodes: [{ socket: server.socket }] });
      c.on('error', () => {});
      c.on('node-error', () => {});
      await c.connect();
      const held = c.get('k').catch((e) => e.constructor.name);
      await new Promise((r) => setTimeout(r, 300));
      c.destroy();
      console.log(await held);
      await server.close();
    })();`;
  const { code, signal, stdout } = await runNode(script);
  expect({ code, signal }).toEqual({ code: 0, signal: null });
  expect(stdout.trim()).toBe('DisconnectsClientError');
});
