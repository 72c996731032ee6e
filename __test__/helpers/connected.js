'use strict';
// Per-file fixtures: a redis-server started in beforeAll and stopped in afterAll, and optionally
// a connected ferrodis client on it.
const { startRedis } = require('./redis-server');
const { createClient } = require('../..');

/**
 * The file's server, usable as if it were the one startRedis returns (`server.port`,
 * `server.kill()`...) once beforeAll has run; it forwards to the server started there.
 */
function serverForFile(serverOptions) {
  let started;
  beforeAll(async () => {
    started = await startRedis(serverOptions);
  });
  afterAll(async () => {
    await started?.stop();
  });
  return new Proxy({}, {
    get(_, key) {
      const value = started?.[key];
      return typeof value === 'function' ? value.bind(started) : value;
    },
  });
}

/** A server and a connected ferrodis client for one describe block (or file): read
 *  `context.client` / `context.server` inside the tests. One afterAll closes both, client first
 *  (jest runs afterAll hooks in the order they were declared). */
function connectedClient(serverOptions, clientOptions) {
  const context = { server: undefined, client: undefined };
  beforeAll(async () => {
    context.server = await startRedis(serverOptions);
    context.client = createClient({ socket: { host: context.server.host, port: context.server.port }, ...clientOptions });
    context.client.on('error', () => {});
    await context.client.connect();
  });
  afterAll(async () => {
    await context.client?.quit().catch(() => {});
    await context.server?.stop();
  });
  return context;
}

module.exports = { serverForFile, connectedClient };
