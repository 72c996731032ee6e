'use strict';
// CLUSTER MYSHARDID (Redis 7.2, newer than the 7.0.15 test server) live, side by side
// (helpers/differential.js), on a newer Redis and on Valkey 9 started with cluster-enabled (a
// lone node, no slots: enough for the node's own ids). Both clients talk to the same node, so the
// ids are the same. Skipped, saying so, when no newer server is installed
// (scripts/install-test-servers.sh). Its encoding: cluster.wire.test.js.
const { differential } = require('../helpers/differential');

const HEX40 = /^[0-9a-f]{40}$/;
const SCENARIOS = {
  'clusterMyShardId': (c) => [
    c.clusterMyShardId(), c.CLUSTER_MYSHARDID(), c.clusterMyShardId().then((id) => HEX40.test(id)), c.clusterMyId(),
    c.clusterMyShardId().then(async (shard) => shard !== await c.clusterMyId()),
  ],
};
const server = { config: { 'cluster-enabled': 'yes' } };

differential('CLUSTER MYSHARDID on a newer Redis', SCENARIOS, { newer: { flavor: 'redis', minVersion: '7.2' }, server });
differential('CLUSTER MYSHARDID on Valkey', SCENARIOS, { newer: { flavor: 'valkey', minVersion: '8.0' }, server });
