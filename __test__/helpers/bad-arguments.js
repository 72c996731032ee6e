'use strict';
// Bad arguments to the hash, list and set commands: each call must reject with a TypeError
// before anything is sent, and the connection must stay usable for the commands around it.
const ferrodis = require('../..');
const { startRedis } = require('../helpers/redis-server');

/** cases: [[title, (client) => promise], ...] */
function rejectsBeforeSending(name, cases) {
  describe(`${name} reject bad arguments before sending`, () => {
    let server;
    let client;
    beforeAll(async () => {
      server = await startRedis();
      client = ferrodis.createClient({ socket: { host: server.host, port: server.port } });
      client.on('error', () => {});
      await client.connect();
    });
    afterAll(async () => {
      await client?.quit().catch(() => {});
      await server?.stop();
    });

    test.each(cases)('%s', async (_, call) => {
      const [before, bad, after] = await Promise.allSettled([client.ping('before'), call(client), client.ping('after')]);
      expect(bad.status).toBe('rejected');
      expect(bad.reason).toBeInstanceOf(TypeError);
      expect([before.value, after.value]).toEqual(['before', 'after']);
    });
  });
}

module.exports = { rejectsBeforeSending };
