'use strict';
// credentialsProvider and reAuthenticate: an async provider asked before every connection, a
// streaming one whose new credentials re-authenticate the live connection and the next ones,
// refused credentials reported to the provider, wrong providers refused at createClient.
const ferrodis = require('..');
const { startRedis } = require('./helpers/redis-server');

let server;
let url;
let admin;
beforeAll(async () => {
  server = await startRedis();
  url = `redis://${server.host}:${server.port}`;
  admin = await ferrodis.createClient({ url }).connect();
  await admin.aclSetUser('alice', ['on', '>a1', '~*', '+@all']);
  await admin.aclSetUser('bob', ['on', '>b1', '~*', '+@all']);
});
afterAll(async () => {
  await admin?.close();
  await server?.stop();
});

/** Kills the client's connection and resolves once it is ready again. */
async function reconnected(client) {
  const ready = new Promise((resolve) => client.once('ready', resolve));
  await admin.clientKill({ filter: 'ID', id: await client.clientId() });
  await ready;
}

test.each([2, 3])('an async provider is asked before each connection, and its answer used (RESP%i)', async (RESP) => {
  const answers = [{ username: 'alice', password: 'a1' }, { username: 'bob', password: 'b1' }];
  let asked = 0;
  const client = ferrodis.createClient({ url, RESP, credentialsProvider: { type: 'async-credentials-provider', credentials: async () => answers[Math.min(asked++, 1)] } });
  client.on('error', () => {});
  const connecting = client.connect();
  const early = client.get('credentials:k'); // given while the credentials are fetched
  await connecting;
  expect(await early).toBeNull();
  expect(await client.aclWhoAmI()).toBe('alice');
  await reconnected(client);
  expect(await client.aclWhoAmI()).toBe('bob');
  expect(asked).toBe(2);
  await client.close();
});

test('a provider that fails is a connection failure: reported, retried', async () => {
  let asked = 0;
  const errors = [];
  const client = ferrodis.createClient({
    url,
    socket: { reconnectStrategy: 10 },
    credentialsProvider: {
      type: 'async-credentials-provider',
      credentials: async () => {
        if (asked++ === 0) throw new Error('vault unavailable');
        return { username: 'alice', password: 'a1' };
      },
    },
  });
  client.on('error', (err) => errors.push(err.message));
  await client.connect();
  expect(errors).toEqual(['vault unavailable']);
  expect(await client.aclWhoAmI()).toBe('alice');
  await client.close();
});

test('commands given while a failing provider is asked are rejected, and no later connection sends them', async () => {
  let asked = 0;
  const client = ferrodis.createClient({
    url,
    socket: { reconnectStrategy: false },
    credentialsProvider: {
      type: 'async-credentials-provider',
      credentials: async () => {
        if (asked++ === 0) throw new Error('provider down');
        return {};
      },
    },
  });
  await admin.del('credentials:stale');
  const connecting = client.connect();
  const stale = client.withCommandOptions({ timeout: 5000 }).set('credentials:stale', 'never');
  const echo = client.echo('stale');
  await expect(connecting).rejects.toThrow('provider down');
  await expect(stale).rejects.toThrow('provider down');
  await expect(echo).rejects.toThrow('provider down');
  client.on('error', () => {});
  await client.connect();
  expect(await client.echo('fresh')).toBe('fresh');
  expect(await admin.get('credentials:stale')).toBeNull();
  await client.close();
});

test('a streaming provider: pushed credentials re-authenticate the connection and the next ones; refused ones are reported and not kept', async () => {
  let listener;
  let disposed = 0;
  const reported = [];
  const client = ferrodis.createClient({
    url,
    credentialsProvider: {
      type: 'streaming-credentials-provider',
      subscribe: async (l) => {
        listener = l;
        return [{ username: 'alice', password: 'a1' }, { dispose: () => disposed++ }];
      },
      onReAuthenticationError: (err) => reported.push(`${err.name}: ${err.message}`),
    },
  });
  client.on('error', () => {});
  await client.connect();
  expect(await client.aclWhoAmI()).toBe('alice');
  listener.onNext({ username: 'bob', password: 'b1' });
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(await client.aclWhoAmI()).toBe('bob');
  listener.onNext({ username: 'bob', password: 'wrong' });
  listener.onError(new Error('token endpoint down'));
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(reported.sort()).toEqual([
    expect.stringMatching(/^CredentialsError: WRONGPASS/),
    'UnableToObtainNewCredentialsError: Error from streaming credentials provider: token endpoint down',
  ]);
  await reconnected(client);
  expect(await client.aclWhoAmI()).toBe('bob'); // the last credentials that worked
  await client.close();
  expect(disposed).toBe(1);
});

test('reAuthenticate() sends AUTH on the live connection', async () => {
  const client = await ferrodis.createClient({ url, username: 'alice', password: 'a1' }).connect();
  await client.reAuthenticate({ username: 'bob', password: 'b1' });
  expect(await client.aclWhoAmI()).toBe('bob');
  await expect(client.reAuthenticate({ username: 'bob', password: 'nope' })).rejects.toThrow(/WRONGPASS/);
  expect(await client.aclWhoAmI()).toBe('bob');
  await client.close();
});

test.each([
  ['not an object', 'yes'],
  ['an unknown type', { type: 'magic', credentials: async () => ({}) }],
  ['an async provider without credentials()', { type: 'async-credentials-provider' }],
  ['a streaming provider without onReAuthenticationError', { type: 'streaming-credentials-provider', subscribe: async () => [{}, { dispose() {} }] }],
])('credentialsProvider: %s is a TypeError', (_, credentialsProvider) => {
  expect(() => ferrodis.createClient({ credentialsProvider })).toThrow(TypeError);
});
