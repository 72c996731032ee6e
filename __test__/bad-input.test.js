'use strict';
// Bad input is a feature: every public entry point given wrong arguments (undefined, null, NaN,
// objects, symbols, functions, bigints, huge arrays, nested arrays where strings go, empty
// commands...) rejects with a clear error, loses none of the commands issued around it in the
// same tick, and leaves the client usable. Where node-redis 5.12.1 is sane (its encoder's
// TypeError, or the server's error reply), the error is the same; where it is not (a hang, a
// closed connection, "Cannot read properties of undefined"), the difference is the point.
const { connectedClient } = require('./helpers/connected');
const { badCallAmongGoodOnes, settled, UNCLEAR } = require('./helpers/bad-arguments');
const ferrodis = require('..');
const redis = require('redis');

const { ErrorReply } = ferrodis;
const symbol = Symbol('s');

// [title, call, expected error class (TypeError unless said), node-redis: 'same' when its
// outcome is sane and must be ours too; otherwise what it does, for the record]
const CASES = [
  // sendCommand: not an array
  ['sendCommand(undefined)', (c) => c.sendCommand(undefined), TypeError, 'TypeError: Cannot read properties of undefined'],
  ['sendCommand(null)', (c) => c.sendCommand(null), TypeError, 'TypeError: Cannot read properties of null'],
  ["sendCommand('GET k')", (c) => c.sendCommand('GET k'), TypeError, "sends each letter: ERR unknown command 'G'"],
  ['sendCommand({})', (c) => c.sendCommand({}), TypeError, 'Protocol error, the server closes the connection'],
  ['sendCommand(42)', (c) => c.sendCommand(42), TypeError, 'Protocol error, the server closes the connection'],
  ['sendCommand(symbol)', (c) => c.sendCommand(symbol), TypeError, 'Protocol error, the server closes the connection'],
  ['sendCommand(function)', (c) => c.sendCommand(() => ['PING']), TypeError, 'hangs the client'],
  // sendCommand: empty, or arguments that are not strings/Buffers
  ['sendCommand([])', (c) => c.sendCommand([]), TypeError, 'hangs the client (Redis does not answer *0)'],
  ['sendCommand(holes)', (c) => c.sendCommand(new Array(3)), TypeError, 'same'],
  ['sendCommand([1, 2])', (c) => c.sendCommand([1, 2]), TypeError, 'same'],
  ["sendCommand(['GET', 1])", (c) => c.sendCommand(['GET', 1]), TypeError, 'same'],
  ["sendCommand(['GET', null])", (c) => c.sendCommand(['GET', null]), TypeError, 'same'],
  ["sendCommand(['GET', undefined])", (c) => c.sendCommand(['GET', undefined]), TypeError, 'same'],
  ["sendCommand(['GET', NaN])", (c) => c.sendCommand(['GET', NaN]), TypeError, 'same'],
  ["sendCommand(['GET', {}])", (c) => c.sendCommand(['GET', {}]), TypeError, 'same'],
  ["sendCommand(['GET', ['k']])", (c) => c.sendCommand(['GET', ['k']]), TypeError, 'same'],
  ["sendCommand([['GET', 'k']])", (c) => c.sendCommand([['GET', 'k']]), TypeError, 'same'],
  ["sendCommand(['GET', symbol])", (c) => c.sendCommand(['GET', symbol]), TypeError, 'same'],
  ["sendCommand(['GET', function])", (c) => c.sendCommand(['GET', () => 'k']), TypeError, 'same'],
  ["sendCommand(['SET', 'k', 1n])", (c) => c.sendCommand(['SET', 'k', 1n]), TypeError, 'same'],
  ["sendCommand(['SET', 'k', Uint16Array])", (c) => c.sendCommand(['SET', 'k', new Uint16Array(2)]), TypeError, 'same'],
  ["sendCommand(['SET', 'k', new String('v')])", (c) => c.sendCommand(['SET', 'k', new String('v')]), TypeError, 'same'],
  ['sendCommand(100,000 numbers)', (c) => c.sendCommand(new Array(100_000).fill(1)), TypeError, 'same'],
  ["sendCommand(['MSET', ...100,000 strings, {}])", (c) => c.sendCommand(['MSET', ...new Array(100_000).fill('x'), {}]), TypeError, 'same'],
  // commands that reach the server and get its error reply
  ["sendCommand([''])", (c) => c.sendCommand(['']), ErrorReply, 'same'],
  ["sendCommand(['GET'])", (c) => c.sendCommand(['GET']), ErrorReply, 'same'],
  ["lPush('l', [])", (c) => c.lPush('l', []), ErrorReply, 'same'],
  ['del([])', (c) => c.del([]), ErrorReply, 'same'],
  ['mGet([])', (c) => c.mGet([]), ErrorReply, 'same'],
  ['select(-1)', (c) => c.select(-1), ErrorReply, 'same'],
  // keys
  ['get(undefined)', (c) => c.get(undefined), TypeError, 'same'],
  ['get(null)', (c) => c.get(null), TypeError, 'same'],
  ['get(NaN)', (c) => c.get(NaN), TypeError, 'same'],
  ['get({})', (c) => c.get({}), TypeError, 'same'],
  ['get(symbol)', (c) => c.get(symbol), TypeError, 'same'],
  ['get(function)', (c) => c.get(() => 'k'), TypeError, 'same'],
  ["get(['a', 'b'])", (c) => c.get(['a', 'b']), TypeError, 'same'],
  ['get(1n)', (c) => c.get(1n), TypeError, 'same'],
  ["set(new String('k'), 'v')", (c) => c.set(new String('k'), 'v'), TypeError, 'same'],
  ["hGetAll(['a'])", (c) => c.hGetAll(['a']), TypeError, 'same'],
  ['del(100,000 objects)', (c) => c.del(new Array(100_000).fill({})), TypeError, 'same'],
  ['watch()', (c) => c.watch(), TypeError, 'same'],
  ['watch({})', (c) => c.watch({}), TypeError, 'same'],
  ['eval(undefined)', (c) => c.eval(undefined), TypeError, 'same'],
  // values
  ["set('k', undefined)", (c) => c.set('k', undefined), TypeError, 'same'],
  ["set('k', null)", (c) => c.set('k', null), TypeError, 'same'],
  ["set('k', {})", (c) => c.set('k', {}), TypeError, 'same'],
  ["set('k', symbol)", (c) => c.set('k', symbol), TypeError, 'same'],
  ["set('k', ['v'])", (c) => c.set('k', ['v']), TypeError, 'same'],
  ["set('k', function)", (c) => c.set('k', () => 'v'), TypeError, 'same'],
  ["set('k', true)", (c) => c.set('k', true), TypeError, 'same'],
  ["set('k', new Date(0))", (c) => c.set('k', new Date(0)), TypeError, 'same'],
  // numbers and options
  ["set('k', 'v', { EX: NaN })", (c) => c.set('k', 'v', { EX: NaN }), TypeError, 'sends it: ERR value is not an integer'],
  ["set('k', 'v', { EX: Infinity })", (c) => c.set('k', 'v', { EX: Infinity }), TypeError, 'sends it: ERR value is not an integer'],
  ["set('k', 'v', { EX: '10s' })", (c) => c.set('k', 'v', { EX: '10s' }), TypeError, 'sends it: ERR value is not an integer'],
  ["set('k', 'v', 'EX')", (c) => c.set('k', 'v', 'EX'), TypeError, 'ignores the options and sets the key'],
  ["set('k', 'v', { get EX() { throw } })", (c) => c.set('k', 'v', { get EX() { throw new Error('boom from a getter'); } }), Error, 'same'],
  ["expire('k', NaN)", (c) => c.expire('k', NaN), TypeError, 'sends it: ERR value is not an integer'],
  ["expire('k', '10s')", (c) => c.expire('k', '10s'), TypeError, 'sends it: ERR value is not an integer'],
  ["incrBy('k', 1.5)", (c) => c.incrBy('k', 1.5), TypeError, 'sends it: ERR value is not an integer'],
  ["incrBy('k', Infinity)", (c) => c.incrBy('k', Infinity), TypeError, 'sends it: ERR value is not an integer'],
  ["select('x')", (c) => c.select('x'), TypeError, 'sends it: ERR value is not an integer'],
  ['select(NaN)', (c) => c.select(NaN), TypeError, 'sends it: ERR value is not an integer'],
  ['select()', (c) => c.select(), TypeError, "TypeError: Cannot read properties of undefined (reading 'toString')"],
  // hashes
  ["hSet('h', null)", (c) => c.hSet('h', null), TypeError, 'TypeError: Cannot convert undefined or null to object'],
  ["hSet('h', undefined)", (c) => c.hSet('h', undefined), TypeError, 'TypeError: Cannot convert undefined or null to object'],
  ["hSet('h', new Map())", (c) => c.hSet('h', new Map()), TypeError, 'sends it: ERR wrong number of arguments'],
  ["hSet('h', new Map([[{}, 'v']]))", (c) => c.hSet('h', new Map([[{}, 'v']])), TypeError, 'same'],
  ["hSet('h', 'f')", (c) => c.hSet('h', 'f'), TypeError, 'same'],
  ["hSet('h', { a: undefined })", (c) => c.hSet('h', { a: undefined }), TypeError, 'same'],
  ["hSet('h', { a: {} })", (c) => c.hSet('h', { a: {} }), TypeError, 'same'],
  ["hSet('h', { a: [[[['x']]]] })", (c) => c.hSet('h', { a: [[[['x']]]] }), TypeError, 'same'],
  ["hSet('h', [['a']])", (c) => c.hSet('h', [['a']]), TypeError, 'sends it: ERR wrong number of arguments'],
  ["hSet('h', 'f', symbol)", (c) => c.hSet('h', 'f', symbol), TypeError, 'same'],
  // strings, lists, sorted sets
  ['mSet([])', (c) => c.mSet([]), TypeError, "Error('empty toSet Argument')"],
  ['mSet(null)', (c) => c.mSet(null), TypeError, 'TypeError: Cannot convert undefined or null to object'],
  ["mSet([['a']])", (c) => c.mSet([['a']]), TypeError, 'TypeError from its encoder'],
  ['mSet({ a: undefined })', (c) => c.mSet({ a: undefined }), TypeError, 'same'],
  ["lPush('l', [[]])", (c) => c.lPush('l', [[]]), TypeError, 'same'],
  ["lPush('l', undefined)", (c) => c.lPush('l', undefined), TypeError, 'same'],
  ["zAdd('z', { score: NaN, value: 'a' })", (c) => c.zAdd('z', { score: NaN, value: 'a' }), TypeError, 'sends it: ERR value is not a valid float'],
  ["zAdd('z', [{ score: 'x', value: 'a' }])", (c) => c.zAdd('z', [{ score: 'x', value: 'a' }]), TypeError, 'sends it: ERR value is not a valid float'],
  ["zAdd('z', null)", (c) => c.zAdd('z', null), TypeError, "TypeError: Cannot read properties of null (reading 'score')"],
  // iterators (the first next() rejects)
  ["scanIterator({ COUNT: 'x' }).next()", (c) => c.scanIterator({ COUNT: 'x' }).next(), TypeError, 'sends it: ERR value is not an integer'],
  ["scanIterator('x').next()", (c) => c.scanIterator('x').next(), TypeError, 'ignores the options'],
  ['hScanIterator(undefined).next()', (c) => c.hScanIterator(undefined).next(), TypeError, 'same'],
  ['sScanIterator({}).next()', (c) => c.sScanIterator({}).next(), TypeError, 'same'],
  // transactions and pipelines: a bad command anywhere sends nothing
  ["multi().set(…).get({}).exec()", (c) => c.multi().set('multi-k', '1').get({}).exec(), TypeError, 'same'],
  ["multi().addCommand('x').exec()", (c) => c.multi().addCommand('x').exec(), TypeError, "sends 'x' as a command"],
  ['multi().set(…).addCommand([]).exec()', (c) => c.multi().set('multi-k', '1').addCommand([]).exec(), TypeError, 'hangs the client'],
  ['multi().set(…).addCommand([]).get(…).execAsPipeline()', (c) => c.multi().set('multi-k', '1').addCommand([]).get('multi-k').execAsPipeline(), TypeError, 'hangs the client'],
  ['multi().set(…).addCommand([[]]).execAsPipeline()', (c) => c.multi().set('multi-k', '1').addCommand([[]]).execAsPipeline(), TypeError, 'same'],
  ["multi().addCommand(['GET']).exec()", (c) => c.multi().addCommand(['GET']).exec(), ErrorReply, 'same'],
];

const context = connectedClient();

describe('wrong arguments reject with a clear error and lose nothing around them', () => {
  test.each(CASES)('%s', async (...[, call, expected]) => {
    await badCallAmongGoodOnes(context.client, call, expected);
  });
});

describe('the same error as node-redis 5.12.1 where node-redis is sane', () => {
  let nodeRedis;
  beforeAll(async () => {
    nodeRedis = redis.createClient({ socket: { host: context.server.host, port: context.server.port } });
    nodeRedis.on('error', () => {});
    await nodeRedis.connect();
  });
  afterAll(async () => {
    await nodeRedis?.quit().catch(() => {});
  });

  const outcome = async (client, call) => {
    const { status, reason } = await settled(Promise.resolve().then(() => call(client)));
    return { status, error: reason?.constructor.name, message: reason?.message };
  };
  const same = CASES.filter((row) => row[3] === 'same');
  test.each(same)('%s', async (...[, call]) => {
    const theirs = await outcome(nodeRedis, call);
    expect(theirs.status).toBe('rejected');
    expect(await outcome(context.client, call)).toEqual(theirs);
  });

  test('every other case is one where node-redis hangs, sends what it should refuse, or fails unclearly', () => {
    for (const [title, , , nodeRedisDoes] of CASES) expect([title, typeof nodeRedisDoes]).toEqual([title, 'string']);
    expect(same.length).toBeGreaterThan(40);
  });
});

describe('transactions and pipelines with a bad command send nothing', () => {
  test.each([
    ['exec()', (m) => m.exec()],
    ['execAsPipeline()', (m) => m.execAsPipeline()],
  ])('%s', async (_, run) => {
    const { client } = context;
    for (const bad of [(m) => m.get({}), (m) => m.addCommand([]), (m) => m.addCommand('GET k'), (m) => m.sendCommand([['GET']])]) {
      const multi = client.multi().set('tx-sent', '1').incr('tx-counter');
      bad(multi);
      multi.set('tx-after', '1');
      const err = await run(multi).catch((e) => e);
      expect(err).toBeInstanceOf(TypeError);
      expect(err.message).not.toMatch(UNCLEAR);
      expect(await client.exists(['tx-sent', 'tx-counter', 'tx-after'])).toBe(0);
    }
    // The client is not left inside a MULTI: a plain command answers plainly.
    expect(await client.set('tx-plain', 'v')).toBe('OK');
    expect(await client.multi().get('tx-plain').exec()).toEqual(['v']);
  });

  test('after WATCH, a transaction rejected for a bad argument leaves the client usable', async () => {
    const { client } = context;
    await client.watch('watched');
    await expect(client.multi().get({}).exec()).rejects.toBeInstanceOf(TypeError);
    await client.unwatch();
    expect(await client.multi().set('watched', '1').exec()).toEqual(['OK']);
  });
});

test('many bad calls in one tick, interleaved with good ones: every good one gets its own reply', async () => {
  const { client } = context;
  await client.set('tick-k', 'v');
  const calls = [];
  CASES.forEach(([, call], i) => {
    calls.push(client.echo(`before ${i}`));
    calls.push(call(client).then(() => 'resolved', (err) => err)); // in this tick, between the echoes
  });
  calls.push(client.get('tick-k'));
  const results = await Promise.all(calls);
  CASES.forEach(([title, , expected], i) => {
    expect([title, results[2 * i]]).toEqual([title, `before ${i}`]);
    expect([title, results[2 * i + 1]]).toEqual([title, expect.any(expected)]);
  });
  expect(results.at(-1)).toBe('v');
  expect(await client.ping()).toBe('PONG');
});
