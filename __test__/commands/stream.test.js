'use strict';
// The stream commands through ferrodis and node-redis side by side (helpers/differential.js), on
// the test server (Redis 7.0.15). Entry ids are explicit ('1-1'...) so that replies are
// deterministic; idle times are blanked. Deletion policies, idempotent XADD, XCFGSET and
// XREADGROUP ... CLAIM are newer: see stream.wire.test.js.
//
// node-redis 5.12.1 flags XREAD `unstableResp3`: on a RESP3 client without `unstableResp3: true`
// xRead()/XREAD() throw synchronously; with it they resolve to the raw RESP3 map. XREADGROUP is
// not flagged: on RESP3 it resolves to the raw map.
const redis = require('redis');
const ferrodis = require('../..');
const { differential } = require('../helpers/differential');
const { startRedis } = require('../helpers/redis-server');
const { rejectsBeforeSending } = require('../helpers/bad-arguments');

const { BLOB_STRING, MAP } = redis.RESP_TYPES;
const asBuffers = (c) => c.withTypeMapping({ [BLOB_STRING]: Buffer });
const asMaps = (c) => c.withTypeMapping({ [MAP]: Map });
const asArrays = (c) => c.withTypeMapping({ [MAP]: Array });

// Fields that hold times (ms since something): replaced by 'T' wherever they appear, also in
// maps read as flat arrays.
const TIMES = new Set(['idle', 'inactive', 'millisecondsSinceLastDelivery']);
function blankTimes(value) {
  // A map read as an Array (`[MAP]: Array`) is flat: [key, value, key, value, ...].
  if (Array.isArray(value)) value.forEach((v, i) => (value[i] = i % 2 && TIMES.has(String(value[i - 1])) ? 'T' : blankTimes(v)));
  else if (value instanceof Map) for (const [k, v] of value) value.set(k, TIMES.has(k) ? 'T' : blankTimes(v));
  else if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) for (const k of Object.keys(value)) value[k] = TIMES.has(k) ? 'T' : blankTimes(value[k]);
  return value;
}

/** Stream `s` with entries 1-1..1-3 and group `g` (from 0) where consumer `alice` read them all. */
const pendingThree = (c) => [
  c.xAdd('s', '1-1', { n: '1' }), c.xAdd('s', '1-2', { n: '2' }), c.xAdd('s', '1-3', { n: '3', extra: 'x' }), c.xGroupCreate('s', 'g', '0'),
  c.xReadGroup('g', 'alice', { key: 's', id: '>' }),
];

const SCENARIOS = {
  'xAdd forms, xLen, xRange, xRevRange, xDel': (c) => [
    c.xAdd('s', '1-1', { a: '1', b: 'two' }), c.xAdd('s', '1-2', { a: '2' }), c.xAdd('s', '2-0', { c: '3' }, { TRIM: { strategy: 'MAXLEN', threshold: 10 } }),
    c.xAdd('s', '3-0', { d: '4' }, { TRIM: { strategy: 'MINID', strategyModifier: '=', threshold: '1-2' } }), c.xAdd('auto', '*', { e: '5' }).then((id) => /^\d+-\d+$/.test(id)),
    c.xAddNoMkStream('nope', '1-1', { a: '1' }), c.xAddNoMkStream('s', '9-0', { z: '26' }, { TRIM: { strategy: 'MAXLEN', strategyModifier: '~', threshold: 100, limit: 10 } }),
    c.xLen('s'), c.xLen('nope'), c.xRange('s', '-', '+'), c.xRange('s', '2', '3', { COUNT: 1 }), c.xRange('nope', '-', '+'), c.xRevRange('s', '+', '-', { COUNT: 2 }),
    c.xRevRange('s', '3-0', '-'), c.xDel('s', '2-0'), c.xDel('s', ['3-0', '404-0']), c.xRange('s', '-', '3'),
  ],
  'xTrim, xSetId': (c) => [
    ...['1-1', '1-2', '2-1', '2-2', '3-1'].map((id) => c.xAdd('s', id, { id })), c.xTrim('s', 'MAXLEN', 4), c.xTrim('s', 'MINID', '2-2'), c.xTrim('s', 'MAXLEN', 0, { strategyModifier: '~', LIMIT: 5 }),
    c.xTrim('s', 'MINID', '3', { strategyModifier: '=' }), c.xRange('s', '-', '+'), c.xSetId('s', '5-0'), c.xSetId('s', '6-0', { ENTRIESADDED: 100, MAXDELETEDID: '5-5' }),
    c.xInfoStream('s'), c.xTrim('nope', 'MAXLEN', 1),
  ],
  'consumer groups: xGroup*': (c) => [
    c.xGroupCreate('s', 'g', '$', { MKSTREAM: true }), c.xGroupCreate('s', 'g2', '0', { ENTRIESREAD: 0 }), c.xGroupCreate('s', 'g', '0'), c.xGroupCreate('nope', 'g', '0'),
    c.xAdd('s', '1-1', { a: '1' }), c.xGroupCreateConsumer('s', 'g', 'bob'), c.xGroupCreateConsumer('s', 'g', 'bob'), c.xGroupSetId('s', 'g', '0'), c.xGroupSetId('s', 'g2', '1-1', { ENTRIESREAD: 1 }),
    c.xInfoGroups('s'), c.xGroupDelConsumer('s', 'g', 'bob'), c.xGroupDelConsumer('s', 'g', 'ghost'), c.xGroupDestroy('s', 'g2'), c.xGroupDestroy('s', 'g2'), c.xInfoGroups('s'),
  ],
  'xReadGroup, xPending, xPendingRange, xAck': (c) => [
    ...pendingThree(c), c.xReadGroup('g', 'alice', { key: 's', id: '>' }), c.xReadGroup('g', 'alice', { key: 's', id: '0' }, { COUNT: 1 }),
    c.xAdd('t', '5-0', { t: '1' }), c.xGroupCreate('t', 'g', '0'), c.xReadGroup('g', 'bob', [{ key: 's', id: '>' }, { key: 't', id: '>' }], { COUNT: 10, BLOCK: 10, NOACK: true }),
    c.xReadGroup('g', 'bob', { key: 't', id: '>' }, { BLOCK: 10 }), c.xPending('s', 'g'), c.xPending('t', 'g'),
    c.xPendingRange('s', 'g', '-', '+', 10).then(blankTimes), c.xPendingRange('s', 'g', '1-2', '+', 1, { IDLE: 0, consumer: 'alice' }).then(blankTimes), c.xPendingRange('s', 'g', '-', '+', 10, { consumer: 'nobody' }),
    c.xAck('s', 'g', '1-1'), c.xAck('s', 'g', ['1-2', '404-0']), c.xPending('s', 'g'), c.xReadGroup('g', 'alice', { key: 's', id: '0' }),
  ],
  'xClaim, xClaimJustId, xAutoClaim, xAutoClaimJustId': (c) => [
    ...pendingThree(c), c.xClaim('s', 'g', 'bob', 0, '1-1'), c.xClaim('s', 'g', 'bob', 0, ['1-2', '404-0'], { IDLE: 5000, RETRYCOUNT: 7, FORCE: true, LASTID: '1-3' }),
    c.xClaim('s', 'g', 'carol', 0, '1-1', { TIME: new Date(1000) }), c.xClaimJustId('s', 'g', 'dave', 0, ['1-1', '1-3']), c.xClaim('s', 'g', 'eve', 3600000, '1-1'),
    c.xPendingRange('s', 'g', '-', '+', 10).then(blankTimes), c.xDel('s', '1-2'),
    c.xAutoClaim('s', 'g', 'frank', 0, '0-0'), c.xAutoClaim('s', 'g', 'frank', 0, '0-0', { COUNT: 1 }), c.xAutoClaimJustId('s', 'g', 'gina', 0, '0-0', { COUNT: 5 }),
    c.xAutoClaim('s', 'g', 'frank', 3600000, '0-0'),
  ],
  'xInfo*': (c) => [
    c.xAdd('s', '1-1', { a: '1' }), c.xAdd('s', '1-2', { b: '2', c: '3' }), c.xGroupCreate('s', 'g', '0'), c.xReadGroup('g', 'alice', { key: 's', id: '>' }, { COUNT: 1 }),
    c.xInfoStream('s'), c.xInfoGroups('s'), c.xInfoConsumers('s', 'g').then(blankTimes), c.xInfoConsumers('s', 'nope'), c.xInfoStream('nope'),
    c.xAdd('empty', '1-1', { a: '1' }), c.xDel('empty', '1-1'), c.xInfoStream('empty'),
  ],
  'type mappings': (c) => [
    c.xAdd('s', '1-1', { a: '1', b: Buffer.from([0, 255]) }), c.xGroupCreate('s', 'g', '0'), asBuffers(c).xRange('s', '-', '+'), asMaps(c).xRange('s', '-', '+'), asArrays(c).xRevRange('s', '+', '-'),
    asMaps(c).xReadGroup('g', 'alice', { key: 's', id: '>' }), asBuffers(c).xReadGroup('g', 'alice', { key: 's', id: '0' }), asMaps(c).xClaim('s', 'g', 'bob', 0, '1-1'),
    asBuffers(c).xAutoClaim('s', 'g', 'bob', 0, '0-0'), asMaps(c).xInfoStream('s'), asArrays(c).xInfoStream('s'), asBuffers(c).xInfoStream('s'),
    asMaps(c).xInfoGroups('s'), asArrays(c).xInfoConsumers('s', 'g').then(blankTimes), asBuffers(c).xPending('s', 'g'), asBuffers(c).xPendingRange('s', 'g', '-', '+', 5).then(blankTimes),
  ],
  'errors': (c) => [
    c.set('str', 'v'), c.xAdd('str', '1-1', { a: '1' }), c.xRange('str', '-', '+'), c.xInfoStream('str'), c.xAdd('s', '5-0', { a: '1' }), c.xAdd('s', '4-0', { a: '1' }),
    c.xAdd('s', '0-0', { a: '1' }), c.xReadGroup('nogroup', 'c', { key: 's', id: '>' }), c.xPending('s', 'nogroup'), c.xClaim('s', 'nogroup', 'c', 0, '5-0'),
    c.xTrim('s', 'MAXLEN', 1, { LIMIT: 10 }), c.xSetId('s', '1-0'), c.xAutoClaim('s', 'g', 'c', 0, 'bad-id'),
  ],
};

differential('stream commands', SCENARIOS);

// xRead: node-redis' RESP3 client throws unless `unstableResp3` is set (see the file comment).
const XREAD = {
  'xRead': (c) => [
    c.xAdd('s', '1-1', { a: '1' }), c.xAdd('s', '1-2', { b: '2' }), c.xAdd('t', '2-1', { c: '3' }), c.xRead({ key: 's', id: '0' }), c.xRead({ key: 's', id: '1-1' }, { COUNT: 5 }),
    c.xRead([{ key: 's', id: '0' }, { key: 't', id: '0' }], { COUNT: 1 }), c.xRead([{ key: 'nope', id: '0' }, { key: 't', id: '0-0' }]), c.xRead({ key: 's', id: '$' }, { BLOCK: 10 }),
    c.xRead({ key: 't', id: '0' }, { BLOCK: 0 }), c.xRead({ key: 'nope', id: '0' }), asBuffers(c).xRead({ key: 's', id: '0' }), asMaps(c).xRead({ key: 's', id: '0' }),
    asArrays(c).xRead({ key: 's', id: '0' }), c.set('str', 'v'), c.xRead({ key: 'str', id: '0' }),
  ],
};
differential('xRead', XREAD, { resp: [2] });
differential('xRead with unstableResp3', XREAD, { resp: [3], clientOptions: { unstableResp3: true } });

describe('xRead on RESP3 without unstableResp3', () => {
  const clients = {};
  let server;
  beforeAll(async () => {
    server = await startRedis();
    for (const [name, lib] of Object.entries({ redis, ferrodis })) {
      clients[name] = lib.createClient({ socket: { host: server.host, port: server.port }, RESP: 3 });
      await clients[name].connect();
    }
  });
  afterAll(async () => {
    for (const client of Object.values(clients)) await client.quit().catch(() => {});
    await server?.stop();
  });
  const MESSAGE = 'Some RESP3 results for Redis Query Engine responses may change. Refer to the readme for guidance';

  test('node-redis throws synchronously, from both method names', () => {
    expect(() => clients.redis.xRead({ key: 's', id: '0' })).toThrow(new Error(MESSAGE));
    expect(() => clients.redis.XREAD({ key: 's', id: '0' })).toThrow(new Error(MESSAGE));
  });

  test('ferrodis throws the same', () => {
    expect(() => clients.ferrodis.xRead({ key: 's', id: '0' })).toThrow(new Error(MESSAGE));
    expect(() => clients.ferrodis.XREAD({ key: 's', id: '0' })).toThrow(new Error(MESSAGE));
  });
});

rejectsBeforeSending('stream commands', [
  ['xAdd with a message that is not an object', (c) => c.xAdd('s', '*', 'a')],
  ['xAdd with a fractional TRIM threshold', (c) => c.xAdd('s', '*', { a: '1' }, { TRIM: { strategy: 'MAXLEN', threshold: 1.5 } })],
  ['xAdd with a bad TRIM strategy', (c) => c.xAdd('s', '*', { a: '1' }, { TRIM: { strategy: 'MAXSIZE', threshold: 1 } })],
  ['xAdd with a bad policy', (c) => c.xAdd('s', '*', { a: '1' }, { policy: 'KEEP' })],
  ['xTrim with a bad strategy', (c) => c.xTrim('s', 'LEN', 1)],
  ['xTrim with a bad strategyModifier', (c) => c.xTrim('s', 'MAXLEN', 1, { strategyModifier: '<' })],
  ['xRange with a text COUNT', (c) => c.xRange('s', '-', '+', { COUNT: 'all' })],
  ['xRead with a stream that is not an object', (c) => c.xRead('s')],
  ['xRead with a text BLOCK', (c) => c.xRead({ key: 's', id: '0' }, { BLOCK: 'forever' })],
  ['xReadGroup with a null stream', (c) => c.xReadGroup('g', 'c', [null])],
  ['xClaim with an invalid Date', (c) => c.xClaim('s', 'g', 'c', 0, '1-1', { TIME: new Date(NaN) })],
  ['xClaim with a text minIdleTime', (c) => c.xClaim('s', 'g', 'c', 'idle', '1-1')],
  ['xAutoClaim with a fractional COUNT', (c) => c.xAutoClaim('s', 'g', 'c', 0, '0-0', { COUNT: 0.5 })],
  ['xPendingRange with a missing count', (c) => c.xPendingRange('s', 'g', '-', '+')],
  ['xGroupCreate with options that are not an object', (c) => c.xGroupCreate('s', 'g', '$', 'MKSTREAM')],
  ['xDelEx with a bad policy', (c) => c.xDelEx('s', '1-1', 'FORGET')],
  ['xCfgSet with a text IDMP_MAXSIZE', (c) => c.xCfgSet('s', { IDMP_MAXSIZE: 'big' })],
]);
