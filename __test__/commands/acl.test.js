'use strict';
// The ACL commands through ferrodis and node-redis side by side, on a server whose users come
// from an ACL file (so that ACL SAVE / ACL LOAD work), and on one without (their errors). Every
// scenario leaves the users as it found them: both clients run it in turn on the same server.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const redis = require('redis');
const ferrodis = require('../..');
const { differential } = require('../helpers/differential');
const { normalizer } = require('./server.normalize');

const { BLOB_STRING, MAP, DOUBLE } = redis.RESP_TYPES;

const aclDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ferrodis-acl-'));
const aclFile = path.join(aclDir, 'users.acl');
fs.writeFileSync(aclFile, ['user default on nopass ~* &* +@all', 'user alice on >p@ss ~cached:* &* -@all +get +set +auth +acl|whoami', ''].join('\n'));
afterAll(() => fs.rmSync(aclDir, { recursive: true, force: true }));

const sorted = (promise) => promise.then((list) => [...list].sort());
// Log entries differ between the two runs in their age and in the client they describe.
const normalize = normalizer({ fields: ['age-seconds', 'client-info', 'entry-id', 'timestamp-created', 'timestamp-last-updated'] });

differential('ACL commands', {
  'aclCat': (c) => [sorted(c.aclCat()), sorted(c.aclCat('keyspace')), c.ACL_CAT(Buffer.from('hyperloglog')), c.aclCat('nope')],
  'aclSetUser, aclGetUser, aclList, aclUsers, aclDelUser': (c) => [
    c.aclSetUser('bob', ['on', '>pw', '~k:*', '+get']), c.aclSetUser('bob', '(+set ~sel:*)'), c.aclGetUser('bob'), c.aclGetUser('alice'), c.aclGetUser('default'),
    c.aclList(), c.aclUsers(), c.aclSetUser('bob', 'nonsense'), c.aclDelUser(['bob', 'ghost']), c.aclDelUser('ghost'), c.aclUsers(),
  ],
  'aclGetUser with type mappings': (c) => [
    c.withTypeMapping({ [BLOB_STRING]: Buffer }).aclGetUser('alice'), c.withTypeMapping({ [MAP]: Map }).aclGetUser('alice'), c.withTypeMapping({ [MAP]: Array }).aclGetUser('alice'),
  ],
  'aclDryRun': (c) => [c.aclDryRun('alice', ['GET', 'cached:1']), c.aclDryRun('alice', ['DEL', 'x']), c.aclDryRun('alice', ['GET', 'other']), c.aclDryRun('ghost', ['GET', 'x'])],
  'aclGenPass (random: its length)': (c) => [c.aclGenPass(), c.aclGenPass(32), c.aclGenPass(0), c.ACL_GENPASS(5)].map((p) => p.then((s) => [typeof s, s.length])),
  'aclWhoAmI': (c) => [c.aclWhoAmI(), c.auth({ username: 'alice', password: 'p@ss' }), c.ACL_WHOAMI(), c.auth({ username: 'default', password: 'x' })],
  'aclLog, aclLogReset': (c) => [
    c.aclLogReset(), c.aclLog(), c.auth({ username: 'alice', password: 'bad' }), c.auth({ username: 'alice', password: 'p@ss' }), c.del('cached:1'), c.get('other'),
    c.auth({ username: 'default', password: 'x' }), c.aclLog(), c.aclLog(1), c.withTypeMapping({ [DOUBLE]: String }).aclLog(1), c.withTypeMapping({ [MAP]: Map }).aclLog(1),
    c.ACL_LOG_RESET(), c.aclLog(), c.aclLog(-1),
  ],
  'aclSave, aclLoad': (c) => [c.aclSetUser('saved', ['on', 'nopass']), c.aclSave(), c.aclDelUser('saved'), c.aclLoad(), c.aclUsers(), c.aclDelUser('saved'), c.aclSave(), c.aclLoad(), c.aclUsers()],
}, { server: { config: { aclfile: aclFile } }, normalize });

differential('ACL commands without an ACL file', {
  'aclSave, aclLoad': (c) => [c.aclSave(), c.aclLoad()],
});

describe('ACL commands: where ferrodis differs from node-redis on purpose', () => {
  // node-redis' RESP2 transform reads fields of the null reply and throws a TypeError; the
  // user does not exist, so ferrodis returns null on RESP2 as both clients do on RESP3.
  test.each([2, 3])('aclGetUser of an unknown user is null (RESP%i)', async (RESP) => {
    const { startRedis } = require('../helpers/redis-server');
    const server = await startRedis();
    const client = ferrodis.createClient({ socket: { host: server.host, port: server.port }, RESP });
    try {
      await client.connect();
      await expect(client.aclGetUser('ghost')).resolves.toBeNull();
    } finally {
      await client.quit().catch(() => {});
      await server.stop();
    }
  });
});

describe('ACL commands reject bad arguments before sending', () => {
  const client = ferrodis.createClient(); // never connected: nothing may reach a socket
  test.each([
    ['aclDryRun with a command that is not an array', () => client.aclDryRun('alice', 'GET x')],
    ['aclGenPass with a non-integer', () => client.aclGenPass(1.5)],
    ['aclLog with a non-integer count', () => client.aclLog('ten')],
  ])('%s', async (_, call) => {
    await expect(call()).rejects.toThrow(TypeError);
  });
});
