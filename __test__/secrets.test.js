'use strict';
// No secret on display: util.inspect / console.log of a client, its views, duplicates and
// multis, and every error a connection can produce, never show the password (given as an option
// or in the URL) or TLS key material. `client.options` itself keeps them, as node-redis' does.
const util = require('node:util');
const { serverForFile } = require('./helpers/connected');
const { freePort } = require('./helpers/redis-server');
const ferrodis = require('..');

const PASSWORD = 'hunter2-s3cret';
// Not a key: createClient refuses it at once (the engine parses TLS keys there).
const KEY = '-----BEGIN PRIVATE KEY-----\nS3CRETKEYMATERIAL\n-----END PRIVATE KEY-----\n';
const SECRETS = [PASSWORD, encodeURIComponent(PASSWORD), 'S3CRETKEYMATERIAL', 'P4SSPHRASE'];

const server = serverForFile({ password: PASSWORD, tls: true });

beforeAll(() => {
  // A line from the middle of the real client key, which must not show either.
  const lines = server.certs.clientKey.split('\n').filter((line) => line && !line.startsWith('-----'));
  SECRETS.push(lines[Math.floor(lines.length / 2)]);
});

/** Every way a value is shown: inspect with everything visible, console.log's format, String. */
function shown(value) {
  const views = [
    util.inspect(value, { depth: Infinity, showHidden: true }),
    util.inspect(value, { depth: Infinity, showHidden: true, getters: true }),
    util.format('%o', value),
    util.format('%s %j', value, { value: String(value) }),
  ];
  if (value instanceof Error) views.push(value.stack, value.message, String(value));
  return views.join('\n');
}

function expectNoSecret(value) {
  const text = shown(value);
  for (const secret of SECRETS) expect(text).not.toContain(secret);
  return text;
}

/** The clients, views and multis of a set of options, each shown. */
function surfaces(client) {
  return {
    client,
    withTypeMapping: client.withTypeMapping({ [ferrodis.RESP_TYPES.BLOB_STRING]: Buffer }),
    withCommandOptions: client.withCommandOptions({ typeMapping: {} }),
    duplicate: client.duplicate(),
    multi: client.multi().set('k', 'v').sendCommand(['AUTH', PASSWORD]),
    viewMulti: client.withTypeMapping({}).multi().get('k'),
  };
}

const optionSets = () => ({
  'password in the URL': { url: `redis://default:${encodeURIComponent(PASSWORD)}@127.0.0.1:${server.port}/1` },
  'password option': { password: PASSWORD, socket: { host: '127.0.0.1', port: server.port } },
  'password, TLS key and passphrase': {
    url: `rediss://:${PASSWORD}@localhost:${server.tlsPort}`,
    socket: { key: server.certs.clientKey, cert: server.certs.clientCert, ca: server.certs.ca, passphrase: 'P4SSPHRASE', reconnectStrategy: false },
  },
});

describe('util.inspect shows a short summary, no secret', () => {
  test.each(['password in the URL', 'password option', 'password, TLS key and passphrase'])('%s', (name) => {
    const client = ferrodis.createClient(optionSets()[name]);
    for (const [surface, value] of Object.entries(surfaces(client))) {
      const text = expectNoSecret(value);
      expect([surface, text.split('\n')[0]]).toEqual([surface, expect.stringMatching(/^(RedisClient|RedisClientMultiCommand) \{/)]);
    }
    // node-redis keeps the password in the options, and so do we (it is the user's object).
    expect(client.options.password ?? client.options.url).toContain(PASSWORD.slice(0, 7));
  });

  test('the summary: state, target, database, RESP; nested and shallow', async () => {
    const client = ferrodis.createClient({ ...optionSets()['password in the URL'], RESP: 3 });
    client.on('error', () => {});
    expect(util.inspect(client, { breakLength: Infinity })).toBe(`RedisClient { isOpen: false, isReady: false, target: '127.0.0.1:${server.port}', database: 1, RESP: 3 }`);
    await client.connect();
    expect(util.inspect(client, { breakLength: Infinity })).toBe(`RedisClient { isOpen: true, isReady: true, target: '127.0.0.1:${server.port}', database: 1, RESP: 3 }`);
    expectNoSecret(client);
    expect(util.inspect({ nested: { client } }, { depth: 1 })).toBe('{ nested: { client: [RedisClient] } }');
    expect(util.inspect(client.multi().get('a'), { breakLength: Infinity })).toMatch(/^RedisClientMultiCommand \{ queued: 1, client: RedisClient \{ isOpen: true/);
    await client.quit();
    expect(util.inspect(ferrodis.createClient({ socket: { path: '/tmp/r.sock' } }))).toBe("RedisClient { isOpen: false, isReady: false, target: '/tmp/r.sock' }");
    expect(util.inspect(ferrodis.createClient({ socket: { host: '::1', port: 7, tls: true } }))).toBe("RedisClient { isOpen: false, isReady: false, target: '[::1]:7', tls: true }");
  });

  test('a connected client with a password, its views and a multi', async () => {
    const client = ferrodis.createClient(optionSets()['password, TLS key and passphrase']);
    client.on('error', () => {});
    await client.connect();
    for (const value of Object.values(surfaces(client))) expectNoSecret(value);
    await client.quit();
    const plain = ferrodis.createClient(optionSets()['password option']);
    await plain.connect();
    for (const value of Object.values(surfaces(plain))) expectNoSecret(value);
    await plain.quit();
  });
});

describe('errors show no secret', () => {
  async function failedConnect(options) {
    const client = ferrodis.createClient(options);
    const events = [];
    client.on('error', (err) => events.push(err));
    const error = await client.connect().then(() => null, (err) => err);
    expect(error).toBeInstanceOf(Error);
    return [error, ...events];
  }

  test('a refused connection, with the password in the URL and as an option', async () => {
    const port = await freePort();
    for (const options of [
      { url: `redis://user:${PASSWORD}@127.0.0.1:${port}`, socket: { reconnectStrategy: false } },
      { password: PASSWORD, socket: { host: '127.0.0.1', port, reconnectStrategy: false, key: KEY, passphrase: 'P4SSPHRASE' } },
    ]) {
      for (const err of await failedConnect(options)) expectNoSecret(err);
    }
  });

  test('a wrong password (the server refuses the handshake)', async () => {
    const errors = await failedConnect({ url: `redis://default:${PASSWORD}x@127.0.0.1:${server.port}`, socket: { reconnectStrategy: false } });
    expect(errors[0]).toBeInstanceOf(ferrodis.ErrorReply);
    for (const err of errors) expectNoSecret(err);
  });

  test('a ReconnectStrategyError', async () => {
    const port = await freePort();
    const errors = await failedConnect({ url: `redis://:${PASSWORD}@127.0.0.1:${port}`, socket: { reconnectStrategy: () => new Error('no more') } });
    expect(errors[0]).toBeInstanceOf(ferrodis.ReconnectStrategyError);
    for (const err of errors) expectNoSecret(err);
  });

  test('a TLS key that is not a key: refused by createClient, without showing it', () => {
    let error;
    try {
      ferrodis.createClient({
        url: `rediss://:${PASSWORD}@localhost:${server.tlsPort}`,
        socket: { key: KEY, cert: server.certs.clientCert, ca: server.certs.ca, passphrase: 'P4SSPHRASE' },
      });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toMatch(/socket\.key/);
    expectNoSecret(error);
  });

  test('a URL whose scheme contradicts socket.tls: the message quotes the URL without its password', () => {
    let error;
    try {
      ferrodis.createClient({ url: `rediss://alice:${PASSWORD}@h:1/2`, socket: { tls: false } });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe('tls socket option is set to false which is mismatch with protocol or the URL rediss://alice:***@h:1/2 passed');
    expectNoSecret(error);
  });

  test('bad URLs and bad option values', () => {
    for (const options of [
      { url: `redis://u:${PASSWORD}%@h` },
      { url: `redis://u:${PASSWORD}@h/x` },
      { url: `http://u:${PASSWORD}@h` },
      { url: `redis://u:${PASSWORD}@h/99999999999` },
      { password: { secret: PASSWORD } },
      { socket: { tls: true, key: { secret: PASSWORD } } },
    ]) {
      let error;
      try {
        ferrodis.createClient(options);
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(Error);
      expectNoSecret(error);
    }
  });
});
