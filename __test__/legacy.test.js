'use strict';
// client.legacy(): node-redis v4's callback API, compared with node-redis 5.12.1's legacy() call
// by call — replies, errors, arguments flattened, multi().exec(cb), sendCommand(...args, cb), and
// failures without a callback going to the 'error' event.
const redis = require('redis');
const ferrodis = require('..');
const { startRedis } = require('./helpers/redis-server');

let server;
beforeAll(async () => {
  server = await startRedis();
});
afterAll(() => server?.stop());

const shown = (value) => (value instanceof Error ? { error: value.constructor.name, message: value.message } : value === undefined ? '(undefined)' : value);

/** Runs the calls with `lib`'s legacy client; each callback's (err, reply), in call order. */
async function run(lib, RESP) {
  const client = await lib.createClient({ socket: { host: server.host, port: server.port }, RESP }).connect();
  const events = [];
  client.on('error', (err) => events.push(['error event', shown(err)]));
  const legacy = client.legacy();
  const results = [];
  const cb = (label) => (err, reply) => results.push([label, shown(err), shown(reply)]);
  try {
    await client.flushAll();
    legacy.set('k', 'v', cb('set'));
    legacy.get('k', cb('get'));
    legacy.SET('n', 10, cb('SET with a number'));
    legacy.incrBy('n', 5, cb('incrBy'));
    legacy.hSet('h', ['a', 1], 'b', 2, cb('hSet flattened'));
    legacy.hGetAll('h', cb('hGetAll'));
    legacy.HGETALL('h', cb('HGETALL'));
    legacy.hgetall?.('h', cb('hgetall'));
    legacy.mGet(['k', 'n', 'none'], cb('mGet'));
    legacy.rPush('l', ['a', 'b', 'c'], cb('rPush'));
    legacy.lRange('l', 0, -1, cb('lRange'));
    legacy.zAdd('z', 1, 'm', cb('zAdd'));
    legacy.zRangeWithScores('z', 0, -1, cb('zRangeWithScores: the name is sent as is'));
    legacy.get(cb('get without a key'));
    legacy.lPush('k', 'x', cb('wrong type'));
    legacy.set('o', { an: 'object' }, cb('an object argument'));
    legacy.sendCommand('PING', cb('sendCommand PING'));
    legacy.sendCommand(['ECHO', 'hi'], cb('sendCommand array'));
    legacy.sendCommand('CLIENT', 'GETNAME', cb('sendCommand words'));
    legacy.multi().set('t', '1').incr('t').hGetAll('h').exec(cb('multi'));
    legacy.multi().set('t', '1').lPush('t', 'x').exec(cb('multi with an error'));
    legacy.multi().sendCommand('GET', 't').exec(cb('multi sendCommand'));
    legacy.incr('k'); // no callback: the error goes to the 'error' event
    legacy.set('quiet', 'v'); // no callback, no error
    await client.ping();
    await new Promise((resolve) => setTimeout(resolve, 20));
    results.push(['quiet', null, await client.get('quiet')]);
  } finally {
    await client.close();
  }
  return { results, events };
}

test.each([2, 3])('callbacks get what node-redis gives them (RESP%i)', async (RESP) => {
  const ours = await run(ferrodis, RESP);
  const theirs = await run(redis, RESP);
  expect(ours).toEqual(theirs);
  expect(ours.results.length).toBeGreaterThan(20);
  expect(ours.events).toHaveLength(1);
});
