'use strict';
// Stream commands and options newer than the test server (Redis 7.0.15) — deletion policies
// (XACKDEL, XDELEX, KEEPREF/DELREF/ACKED on XADD and XTRIM: 8.2), XINFO CONSUMERS' `inactive`
// (7.2) — live, side by side (helpers/differential.js), on a Redis 8.2+ server installed by
// scripts/install-test-servers.sh; skipped, saying so, when none is installed. Their encoding, and
// what no installed server can run (XCFGSET, idempotent XADD, XREADGROUP CLAIM): stream.wire.test.js.
const redis = require('redis');
const { differential } = require('../helpers/differential');

const { MAP } = redis.RESP_TYPES;

differential('stream deletion policies on Redis 8.2+', {
  'xAckDel, xDelEx': (c) => [
    ...['1-1', '1-2', '1-3'].map((id) => c.xAdd('s', id, { id })), c.xGroupCreate('s', 'g', '0'), c.xReadGroup('g', 'alice', { key: 's', id: '>' }, { COUNT: 2 }),
    c.xDelEx('s', '1-3', 'ACKED'), c.xDelEx('s', ['1-2', '9-9']), c.xAckDel('s', 'g', ['1-1', '1-2', '9-9']), c.xAckDel('s', 'g', '1-3', 'KEEPREF'), c.xRange('s', '-', '+'),
    c.xDelEx('nope', '1-1'), c.set('str', 'v'), c.xDelEx('str', '1-1'),
  ],
  'xAdd and xTrim with policies': (c) => [
    ...['1-1', '1-2', '1-3'].map((id) => c.xAdd('s', id, { id }, { policy: 'KEEPREF' })), c.xGroupCreate('s', 'g', '0'), c.xReadGroup('g', 'alice', { key: 's', id: '>' }, { COUNT: 1 }),
    c.xAdd('s', '2-1', { id: '2-1' }, { TRIM: { strategy: 'MAXLEN', threshold: 3, policy: 'ACKED' } }), c.xTrim('s', 'MAXLEN', 1, { policy: 'DELREF' }), c.xRange('s', '-', '+'),
    c.xPending('s', 'g'),
  ],
  'xInfo* on a newer server': (c) => [
    c.xAdd('s', '1-1', { a: '1' }), c.xGroupCreate('s', 'g', '0'), c.xReadGroup('g', 'alice', { key: 's', id: '>' }), c.xInfoStream('s'), c.xInfoGroups('s'),
    c.xInfoConsumers('s', 'g').then((consumers) => consumers.map((x) => ({ ...x, idle: 'T', inactive: typeof x.inactive }))),
    c.withTypeMapping({ [MAP]: Array }).xInfoStream('s'), c.withTypeMapping({ [MAP]: Map }).xInfoStream('s'),
  ],
}, { newer: { flavor: 'redis', minVersion: '8.2' } });
