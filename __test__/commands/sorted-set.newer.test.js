'use strict';
// Sorted-set commands newer than the test server (Redis 7.0.15) — ZRANK ... WITHSCORE (7.2) — live,
// side by side (helpers/differential.js), on a newer Redis and on Valkey 9 (which has it too),
// installed by scripts/install-test-servers.sh; skipped, saying so, when none is installed. Their
// encoding and raw reply shaping: sorted-set.wire.test.js.
const redis = require('redis');
const { differential } = require('../helpers/differential');

const { DOUBLE, BLOB_STRING } = redis.RESP_TYPES;

const SCENARIOS = {
  'zRankWithScore': (c) => [
    c.zAdd('z', [{ score: 1.5, value: 'a' }, { score: -Infinity, value: 'b' }]), c.zRankWithScore('z', 'a'), c.zRankWithScore('z', 'b'), c.zRankWithScore('z', 'nope'), c.zRankWithScore('nope', 'a'),
    c.withTypeMapping({ [DOUBLE]: String }).zRankWithScore('z', 'a'), c.withTypeMapping({ [BLOB_STRING]: Buffer }).zRankWithScore('z', 'a'), c.set('s', 'v'), c.zRankWithScore('s', 'a'),
  ],
};

differential('zRankWithScore on a newer Redis', SCENARIOS, { newer: { flavor: 'redis', minVersion: '7.2' } });
differential('zRankWithScore on Valkey', SCENARIOS, { newer: { flavor: 'valkey', minVersion: '8.0' } });
