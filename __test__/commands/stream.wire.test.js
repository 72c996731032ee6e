'use strict';
// Stream commands and options newer than the test server (Redis 7.0.15): deletion policies
// (XACKDEL, XDELEX, KEEPREF/DELREF/ACKED on XADD and XTRIM: 8.2), idempotent XADD and XCFGSET
// (8.6), XREADGROUP ... CLAIM (8.4), XINFO CONSUMERS' `inactive` (7.2). Both clients must write
// the same commands and shape raw replies the same way where no installed server can produce
// them; their replies from a Redis 8.2 server are compared in stream.newer.test.js.
const redis = require('redis');
const { wireDifferential } = require('../helpers/differential');
const { sameReplyTransforms } = require('./sorted-set-geo-stream.helpers');

const { MAP, BLOB_STRING } = redis.RESP_TYPES;

wireDifferential('stream commands on the wire', {
  'xAckDel, xDelEx': (c) => [c.xAckDel('s', 'g', '1-1'), c.xAckDel('s', 'g', ['1-1', '1-2'], 'ACKED'), c.xDelEx('s', ['1-1', '2-2', '3-3']), c.xDelEx('s', '1-1', 'DELREF')],
  'xCfgSet': (c) => [c.xCfgSet('s'), c.xCfgSet('s', { IDMP_DURATION: 60 }), c.xCfgSet('s', { IDMP_DURATION: 0, IDMP_MAXSIZE: 1000 }), c.xCfgSet('s', {})],
  'xAdd policies, idempotency and trimming': (c) => [
    c.xAdd('s', '*', { a: '1' }, { policy: 'KEEPREF' }), c.xAdd('s', '*', { a: '1' }, { IDMPAUTO: { pid: 'producer' } }), c.xAdd('s', '*', { a: '1' }, { IDMP: { pid: 'p', iid: 'i-1' } }),
    c.xAdd('s', '1-1', { a: '1', b: '2' }, { policy: 'ACKED', IDMPAUTO: { pid: 'p' }, IDMP: { pid: 'ignored', iid: 'x' }, TRIM: { strategy: 'MAXLEN', strategyModifier: '~', threshold: 10, limit: 5, policy: 'DELREF' } }),
    c.xAddNoMkStream('s', '*', { a: '1' }, { TRIM: { threshold: 3, policy: 'KEEPREF' } }), c.xAdd('s', '*', { a: '1' }, { TRIM: { strategy: 'MINID', threshold: '5-0', limit: 0 } }),
  ],
  'xTrim policies and falsy options': (c) => [
    c.xTrim('s', 'MAXLEN', 5, { policy: 'ACKED' }), c.xTrim('s', 'MINID', '1-0', { strategyModifier: '~', LIMIT: 100, policy: 'DELREF' }), c.xTrim('s', 'MAXLEN', 0, { LIMIT: 0, policy: undefined }),
  ],
  'xReadGroup CLAIM and other options': (c) => [
    c.xReadGroup('g', 'c', { key: 's', id: '>' }, { CLAIM: 1000 }), c.xReadGroup('g', 'c', [{ key: 'a', id: '>' }, { key: 'b', id: '>' }], { COUNT: 0, BLOCK: 0, NOACK: false, CLAIM: 0 }),
    c.xReadGroup('STREAMS', 'STREAMS', { key: 'STREAMS', id: '>' }),
  ],
  'absent and falsy options': (c) => [
    c.xRead({ key: 's', id: '0' }, { COUNT: 0 }), c.xRange('s', '-', '+', { COUNT: 0 }), c.xAutoClaim('s', 'g', 'c', 0, '0-0', { COUNT: 0 }), c.xGroupCreate('s', 'g', '$', { MKSTREAM: false, ENTRIESREAD: 0 }),
    c.xGroupSetId('s', 'g', '$', { ENTRIESREAD: 0 }), c.xSetId('s', '1-0', { ENTRIESADDED: 0, MAXDELETEDID: '' }), c.xPendingRange('s', 'g', '-', '+', 1, { consumer: '' }),
    c.xClaim('s', 'g', 'c', 0, '1-1', { IDLE: 0, TIME: 0, RETRYCOUNT: 0, FORCE: false }), c.xAdd('s', '*', { a: '1' }, {}),
  ],
});

const entry = (id, ...fields) => [id, fields];
sameReplyTransforms('streams', [
  // XREADGROUP ... CLAIM: claimed entries carry their idle time and delivery count.
  ['XREADGROUP RESP2 with CLAIM entries', 'XREADGROUP', 2, () => [['s', [[...entry('1-1', 'a', '1'), 1500, 2], entry('1-2', 'b', '2')]]]],
  ['XREADGROUP RESP2 with MAP → Map (ignored)', 'XREADGROUP', 2, () => [['s', [entry('1-1', 'a', '1')]]], { [MAP]: Map }],
  ['XREADGROUP RESP2 nothing new', 'XREADGROUP', 2, () => null],
  ['XREAD RESP2 several streams', 'XREAD', 2, () => [['s', [entry('1-1', 'a', '1')]], ['t', []]]],
  ['XCLAIM with a deleted entry', 'XCLAIM', 2, () => [entry('1-1', 'a', '1'), null], { [MAP]: Array }],
  ['XAUTOCLAIM', 'XAUTOCLAIM', 3, () => ['0-0', [entry('1-1', 'a', '1'), null], ['1-2']], { [MAP]: Map }],
  ['XRANGE with Buffers', 'XRANGE', 2, () => [[Buffer.from('1-1'), [Buffer.from('a'), Buffer.from([0])]]], { [BLOB_STRING]: Buffer }],
  // Redis 8.6 adds idempotency fields to XINFO STREAM, before the entries.
  ['XINFO STREAM RESP3 as an array with 8.6 fields', 'XINFO_STREAM', 3, () => ['length', 1, 'idmp-duration', 100, 'idmp-maxsize', 10, 'first-entry', entry('1-1', 'a', '1'), 'last-entry', entry('1-1', 'a', '1')], { [MAP]: Array }],
  ['XINFO STREAM RESP3 as a Map', 'XINFO_STREAM', 3, () => new Map([['length', 0], ['first-entry', null], ['last-entry', null]]), { [MAP]: Map }],
  ['XINFO STREAM RESP2 of an empty stream', 'XINFO_STREAM', 2, () => ['length', 0, 'groups', 0, 'first-entry', null, 'last-entry', null]],
  ['XINFO CONSUMERS RESP2 on 7.2+', 'XINFO_CONSUMERS', 2, () => [['name', 'alice', 'pending', 1, 'idle', 5, 'inactive', 7]]],
  ['XINFO GROUPS RESP2', 'XINFO_GROUPS', 2, () => [['name', 'g', 'consumers', 1, 'pending', 0, 'last-delivered-id', '0-0', 'entries-read', null, 'lag', 1]]],
  ['XPENDING with no pending entries', 'XPENDING', 2, () => [0, null, null, null]],
  ['XPENDING RESP3', 'XPENDING', 3, () => [2, '1-1', '1-2', [['alice', '2']]]],
  ['XPENDING range', 'XPENDING_RANGE', 3, () => [['1-1', 'alice', 15, 1]]],
  ['XAUTOCLAIM JUSTID', 'XAUTOCLAIM_JUSTID', 2, () => ['0-0', ['1-1'], []]],
]);
