'use strict';
// Connection commands. AUTH, HELLO and SELECT here are the plain commands: as in node-redis, AUTH
// and HELLO do not change the credentials, name or protocol the client reconnects with (SELECT
// does: lib/client.js overrides it to remember the database).
const { int, options } = require('./args');
const { ADMIN, recordReply, same } = require('./transforms/server');

function auth(credentials) {
  if (options(credentials, 'AUTH credentials') === undefined) throw new TypeError('AUTH needs { username?, password }');
  if (credentials.password === undefined) throw new TypeError('AUTH credentials need a password');
  return credentials.username === undefined ? ['AUTH', credentials.password] : ['AUTH', credentials.username, credentials.password];
}

function hello(protover, opts) {
  if (!protover) return ['HELLO'];
  const args = ['HELLO', int(protover, 'HELLO protover')];
  if (options(opts, 'HELLO options')) {
    if (opts.AUTH) args.push('AUTH', opts.AUTH.username, opts.AUTH.password);
    if (opts.SETNAME) args.push('SETNAME', opts.SETNAME);
  }
  return args;
}

module.exports = {
  PING: {
    method: 'ping',
    ts: '(message?: RedisArgument): Promise<SimpleStringReply | BlobStringReply>',
    ...ADMIN,
    build: (message) => (message ? ['PING', message] : ['PING']),
    // A RESP2 connection in subscriber mode answers ['pong', message]: node-redis gives the
    // message, or 'pong' when there is none.
    reply: { 2: (reply) => (Array.isArray(reply) ? (reply[1]?.length > 0 ? reply[1] : reply[0]) : reply), 3: undefined },
  },
  ECHO: { method: 'echo', ts: '(message: RedisArgument): Promise<string>', ...ADMIN, build: (message) => ['ECHO', message] },
  AUTH: { method: 'auth', ts: "(credentials: { username?: RedisArgument; password: RedisArgument }): Promise<'OK'>", ...ADMIN, build: auth },
  // node-redis gives HELLO no flags at all; it has no key either way.
  HELLO: {
    method: 'hello',
    ts: '(protover?: RespVersions, options?: HelloOptions): Promise<HelloReply>',
    keyless: true,
    build: hello,
    reply: recordReply(same(['server', 'version', 'proto', 'id', 'mode', 'role', 'modules'])),
  },
  SELECT: { method: 'select', ts: '(db: number): Promise<void>', keyless: true, build: (db) => ['SELECT', int(db, 'SELECT database')] },
};
