'use strict';
// Cluster commands whose live run would change the test cluster's topology (FAILOVER, MEET,
// FORGET, REPLICATE, RESET on a member...) or that the 7.0 test server lacks (MYSHARDID, 7.2):
// ferrodis must write what node-redis writes, for every argument form.
const { wireDifferential } = require('../helpers/differential');

const ID = 'e7d1eecce10fd6bb5eb35b9f99a514335d9ba9ca';

wireDifferential('cluster commands on the wire', {
  'FAILOVER forms': (c) => [c.clusterFailover(), c.clusterFailover({}), c.clusterFailover({ mode: 'FORCE' }), c.clusterFailover({ mode: 'TAKEOVER' })],
  'RESET forms': (c) => [c.clusterReset(), c.clusterReset({ mode: 'HARD' }), c.clusterReset({ mode: 'SOFT' })],
  'MEET, FORGET, REPLICATE, REPLICAS, COUNT-FAILURE-REPORTS': (c) => [c.clusterMeet('10.0.0.1', 7000), c.clusterMeet('h', '7001'), c.clusterForget(ID),
    c.clusterReplicate(ID), c.clusterReplicas(Buffer.from(ID)), c.clusterCountFailureReports(ID)],
  'slot assignment': (c) => [c.clusterAddSlots(0), c.clusterAddSlots([1, 2, 16383]), c.clusterAddSlotsRange({ start: 0, end: 100 }),
    c.clusterAddSlotsRange([{ start: 1, end: 2 }, { start: 5, end: 9 }]), c.clusterDelSlots(7), c.clusterDelSlots([8, 9]),
    c.clusterDelSlotsRange({ start: 3, end: 4 }), c.clusterDelSlotsRange([{ start: 1, end: 1 }]), c.clusterFlushSlots()],
  'SETSLOT forms': (c) => [c.clusterSetSlot(1, 'IMPORTING', ID), c.clusterSetSlot(2, 'MIGRATING', ID), c.clusterSetSlot(3, 'NODE', ID), c.clusterSetSlot(4, 'STABLE'), c.clusterSetSlot(5, 'STABLE', '')],
  'epochs, config, ids': (c) => [c.clusterBumpEpoch(), c.clusterSetConfigEpoch(3), c.clusterSaveConfig(), c.clusterMyId(), c.clusterMyShardId()],
  'read-only views': (c) => [c.clusterInfo(), c.clusterNodes(), c.clusterSlots(), c.clusterLinks(), c.clusterKeySlot('k'), c.clusterCountKeysInSlot(12), c.clusterGetKeysInSlot(12, 3)],
  'ASKING and READONLY': (c) => [c.asking(), c.readonly()],
});
