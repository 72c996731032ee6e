'use strict';
// The connection commands (PING, ECHO, AUTH, HELLO, SELECT) through ferrodis and node-redis side
// by side, on a server with an ACL user. AUTH and HELLO are plain commands in both clients: they
// switch the live connection only (a reconnection uses the client's options again), and HELLO 3
// on a RESP2 client leaves the RESP2 reply transforms in place in both — so the scenarios here
// keep each client on its own protocol.
const redis = require('redis');
const ferrodis = require('../..');
const { differential } = require('../helpers/differential');
const { normalizer } = require('./server.normalize');

const { BLOB_STRING, MAP } = redis.RESP_TYPES;
const ALICE = { username: 'alice', password: 'p@ss' };

/** The protocol the connection speaks (HELLO without arguments does not change it). */
const protocolOf = async (c) => (await c.hello()).proto;

differential('connection commands', {
  'ping, echo': (c) => [c.ping(), c.ping('hello'), c.PING(Buffer.from('b')), c.echo('e'), c.ECHO(''), c.withTypeMapping({ [BLOB_STRING]: Buffer }).echo('buf')],
  'auth as an ACL user, a wrong password, back to default': (c) => [
    c.auth(ALICE), c.aclWhoAmI(), c.auth({ username: 'alice', password: 'wrong' }), c.aclWhoAmI(), c.auth({ username: 'nobody', password: 'x' }),
    c.auth({ username: 'default', password: 'anything' }), c.aclWhoAmI(),
  ],
  'auth with a password only, the default user having none': (c) => [c.auth({ password: 'secret' }), c.AUTH({ password: Buffer.from('secret') })],
  'hello: current protocol, a Map type mapping': (c) => [c.hello(), c.HELLO(), c.withTypeMapping({ [MAP]: Map }).hello()],
  'hello with SETNAME and AUTH, keeping the protocol': async (c) => {
    const proto = await protocolOf(c);
    return [c.hello(proto, { SETNAME: 'greeted' }), c.clientGetName(), c.hello(proto, { AUTH: ALICE }), c.aclWhoAmI(), c.auth({ username: 'default', password: 'x' }), c.clientSetName('')];
  },
  'hello errors': (c) => [c.hello(4), c.hello(2, { AUTH: { username: 'alice', password: 'wrong' } })],
  'select': (c) => [c.select(1), c.set('k', 'v'), c.dbSize(), c.SELECT(0), c.dbSize(), c.select(99), c.dbSize()],
}, {
  server: { aclUsers: [{ name: 'alice', password: ALICE.password, rules: 'on ~* &* +@all' }] },
  normalize: normalizer({ fields: ['id'] }),
});

describe('connection commands reject bad arguments before sending', () => {
  const client = ferrodis.createClient(); // never connected: nothing may reach a socket
  test.each([
    ['auth without credentials', () => client.auth()],
    ['auth with a string', () => client.auth('password')],
    ['auth without a password', () => client.auth({ username: 'alice' })],
    ['hello with a non-integer protocol', () => client.hello('three')],
    ['hello with options that are not an object', () => client.hello(3, 'SETNAME')],
    ['select with a non-integer', () => client.select('one')],
  ])('%s', async (_, call) => {
    await expect(call()).rejects.toThrow(TypeError);
  });
});
