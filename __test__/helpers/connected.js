'use strict';
// A redis-server and a connected ferrodis client for one describe block (or file): started in
// beforeAll, closed in afterAll. Read `context.client` / `context.server` inside the tests.
const { startRedis } = require('./redis-server');
const { createClient } = require('../..');

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

module.exports = { connectedClient };
