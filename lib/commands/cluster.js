'use strict';
// Cluster administration: CLUSTER *, ASKING, READONLY. node-redis flags every one of them
// keyless and read-only — the topology-changing ones too — so a cluster client sends them to any
// node; the table says the same.
const { int, oneOf, options, describe } = require('./args');
const { fixed, asGiven, modeOption } = require('./transforms/admin-arguments');
const { fieldsAt } = require('./transforms/flat-maps');

/** A definition flagged as node-redis flags every cluster admin command. */
function admin(method, ts, build, reply) {
  return { method, ts, readonly: true, keyless: true, build, ...(reply && { reply }) };
}

function slotList(slots, what) {
  return (Array.isArray(slots) ? slots : [slots]).map((slot) => int(slot, what));
}

function slotRanges(ranges, what) {
  return (Array.isArray(ranges) ? ranges : [ranges]).flatMap((range) => {
    if (options(range, what) === undefined) throw new TypeError(`${what} must be { start, end }, got ${describe(range)} instead`);
    return [int(range.start, `${what}.start`), int(range.end, `${what}.end`)];
  });
}

const clusterNode = ([host, port, id]) => ({ host, port, id });

module.exports = {
  ASKING: admin('asking', "(): Promise<'OK'>", fixed('ASKING')),
  READONLY: admin('readonly', "(): Promise<'OK'>", fixed('READONLY')),
  CLUSTER_ADDSLOTS: admin('clusterAddSlots', "(slots: number | Array<number>): Promise<'OK'>",
    (slots) => ['CLUSTER', 'ADDSLOTS', ...slotList(slots, 'CLUSTER ADDSLOTS slot')]),
  CLUSTER_ADDSLOTSRANGE: admin('clusterAddSlotsRange', "(ranges: SlotRange | Array<SlotRange>): Promise<'OK'>",
    (ranges) => ['CLUSTER', 'ADDSLOTSRANGE', ...slotRanges(ranges, 'CLUSTER ADDSLOTSRANGE range')]),
  CLUSTER_BUMPEPOCH: admin('clusterBumpEpoch', '(): Promise<SimpleStringReply>', fixed('CLUSTER', 'BUMPEPOCH')),
  'CLUSTER_COUNT-FAILURE-REPORTS': admin('clusterCountFailureReports', '(nodeId: RedisArgument): Promise<number>',
    asGiven(1, 'CLUSTER', 'COUNT-FAILURE-REPORTS')),
  CLUSTER_COUNTKEYSINSLOT: admin('clusterCountKeysInSlot', '(slot: number): Promise<number>',
    (slot) => ['CLUSTER', 'COUNTKEYSINSLOT', int(slot, 'CLUSTER COUNTKEYSINSLOT slot')]),
  CLUSTER_DELSLOTS: admin('clusterDelSlots', "(slots: number | Array<number>): Promise<'OK'>",
    (slots) => ['CLUSTER', 'DELSLOTS', ...slotList(slots, 'CLUSTER DELSLOTS slot')]),
  CLUSTER_DELSLOTSRANGE: admin('clusterDelSlotsRange', "(ranges: SlotRange | Array<SlotRange>): Promise<'OK'>",
    (ranges) => ['CLUSTER', 'DELSLOTSRANGE', ...slotRanges(ranges, 'CLUSTER DELSLOTSRANGE range')]),
  CLUSTER_FAILOVER: admin('clusterFailover', "(options?: ClusterFailoverOptions): Promise<'OK'>",
    modeOption(['FORCE', 'TAKEOVER'], 'CLUSTER', 'FAILOVER')),
  CLUSTER_FLUSHSLOTS: admin('clusterFlushSlots', "(): Promise<'OK'>", fixed('CLUSTER', 'FLUSHSLOTS')),
  CLUSTER_FORGET: admin('clusterForget', "(nodeId: RedisArgument): Promise<'OK'>", asGiven(1, 'CLUSTER', 'FORGET')),
  CLUSTER_GETKEYSINSLOT: admin('clusterGetKeysInSlot', '(slot: number, count: number): Promise<string[]>',
    (slot, count) => ['CLUSTER', 'GETKEYSINSLOT', int(slot, 'CLUSTER GETKEYSINSLOT slot'), int(count, 'CLUSTER GETKEYSINSLOT count')]),
  CLUSTER_INFO: admin('clusterInfo', '(): Promise<VerbatimStringReply>', fixed('CLUSTER', 'INFO')),
  CLUSTER_KEYSLOT: admin('clusterKeySlot', '(key: RedisArgument): Promise<number>', asGiven(1, 'CLUSTER', 'KEYSLOT')),
  CLUSTER_LINKS: admin('clusterLinks', '(): Promise<Array<ClusterLink>>', fixed('CLUSTER', 'LINKS'), {
    2: (links) => links.map(fieldsAt(['direction', 'node', 'create-time', 'events', 'send-buffer-allocated', 'send-buffer-used'])),
  }),
  CLUSTER_MEET: admin('clusterMeet', "(host: string, port: number): Promise<'OK'>",
    (host, port) => ['CLUSTER', 'MEET', host, int(port, 'CLUSTER MEET port')]),
  CLUSTER_MYID: admin('clusterMyId', '(): Promise<string>', fixed('CLUSTER', 'MYID')),
  CLUSTER_MYSHARDID: admin('clusterMyShardId', '(): Promise<string>', fixed('CLUSTER', 'MYSHARDID')),
  CLUSTER_NODES: admin('clusterNodes', '(): Promise<VerbatimStringReply>', fixed('CLUSTER', 'NODES')),
  CLUSTER_REPLICAS: admin('clusterReplicas', '(nodeId: RedisArgument): Promise<string[]>', asGiven(1, 'CLUSTER', 'REPLICAS')),
  CLUSTER_REPLICATE: admin('clusterReplicate', '(nodeId: RedisArgument): Promise<SimpleStringReply>', asGiven(1, 'CLUSTER', 'REPLICATE')),
  CLUSTER_RESET: admin('clusterReset', "(options?: ClusterResetOptions): Promise<'OK'>", modeOption(['HARD', 'SOFT'], 'CLUSTER', 'RESET')),
  CLUSTER_SAVECONFIG: admin('clusterSaveConfig', "(): Promise<'OK'>", fixed('CLUSTER', 'SAVECONFIG')),
  'CLUSTER_SET-CONFIG-EPOCH': admin('clusterSetConfigEpoch', "(configEpoch: number): Promise<'OK'>",
    (epoch) => ['CLUSTER', 'SET-CONFIG-EPOCH', int(epoch, 'CLUSTER SET-CONFIG-EPOCH configEpoch')]),
  CLUSTER_SETSLOT: admin('clusterSetSlot', "(slot: number, state: ClusterSlotState, nodeId?: RedisArgument): Promise<'OK'>",
    (slot, state, nodeId) => {
      const args = ['CLUSTER', 'SETSLOT', int(slot, 'CLUSTER SETSLOT slot'), oneOf(state, ['IMPORTING', 'MIGRATING', 'STABLE', 'NODE'], 'CLUSTER SETSLOT state')];
      if (nodeId) args.push(nodeId);
      return args;
    }),
  // Nodes may carry a 4th element (hostname metadata); node-redis keeps host, port and id only.
  CLUSTER_SLOTS: admin('clusterSlots', '(): Promise<Array<ClusterSlotsRange>>', fixed('CLUSTER', 'SLOTS'),
    (ranges) => ranges.map(([from, to, master, ...replicas]) => ({ from, to, master: clusterNode(master), replicas: replicas.map(clusterNode) }))),
};
