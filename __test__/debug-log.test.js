'use strict';
// NODE_DEBUG=ferrodis / DEBUG=ferrodis: the connection lifecycle on stderr (connecting,
// connected, ready, lost with its cause, the reconnect delay, given up, closed), never a password;
// nothing at all without either switch.
const { startRedis, freePort } = require('./helpers/redis-server');
const { runNode } = require('./helpers/run-node');

jest.setTimeout(20000);

const PASSWORD = 'debug-log-secret';
let server;

beforeAll(async () => {
  server = await startRedis({ password: PASSWORD });
});

afterAll(async () => {
  await server?.stop();
});

/** stderr of a child that runs `body` with `createClient` in scope, under `env`. */
async function stderrOf(body, env) {
  const script = `const { createClient } = require(${JSON.stringify(require.resolve('..'))}); (async () => { ${body} })();`;
  const { code, signal, stderr } = await runNode(script, { env: { ...process.env, NODE_DEBUG: '', DEBUG: '', ...env } });
  if (code !== 0) throw new Error(`the child exited with ${signal ?? code}\n${stderr}`);
  return stderr;
}

const session = () => `
  const c = createClient({ url: 'redis://:${PASSWORD}@127.0.0.1:${server.port}' });
  await c.connect();
  await c.set('k', 'v');
  await c.quit();`;

test.each([
  ['NODE_DEBUG=ferrodis', { NODE_DEBUG: 'ferrodis' }],
  ['DEBUG=ferrodis', { DEBUG: 'other,ferrodis' }],
])('%s: connecting, connected, ready, closed; no password', async (_, env) => {
  const log = await stderrOf(session(), env);
  const target = `127.0.0.1:${server.port}`;
  expect(log).toMatch(new RegExp(`FERRODIS \\d+: ${target}: connecting\\n`));
  expect(log).toContain(`${target}: connected, handshake under way`);
  expect(log).toContain(`${target}: ready (connection 1)`);
  expect(log).toContain(`${target}: closed`);
  expect(log).not.toContain(PASSWORD);
});

test('a failure: the cause, the reconnect delay, the give-up', async () => {
  const port = await freePort();
  const log = await stderrOf(`
    const c = createClient({ socket: { port: ${port}, reconnectStrategy: (n) => (n < 1 ? 25 : false) } });
    c.on('error', () => {});
    await c.connect().catch(() => {});`, { NODE_DEBUG: 'ferrodis' });
  expect(log).toContain(`localhost:${port}: connection lost: connect ECONNREFUSED`);
  expect(log).toContain(`localhost:${port}: reconnecting in 25 ms (retry 1)`);
  expect(log).toContain(`localhost:${port}: not reconnecting (reconnect strategy: false)`);
});

test('off by default: nothing on stderr', async () => {
  expect(await stderrOf(session(), {})).toBe('');
});
