'use strict';
// The cluster's decisions without a server (lib/cluster/topology.js, lib/cluster/split.js):
// the slot table built from CLUSTER SLOTS and kept through MOVED, a node lost, a slot migrated,
// a failover; what each error reply asks for; how multi-key commands split and merge. The same
// paths against real clusters are in cluster.test.js and cluster-failover.test.js.
const { Topology, parseShards, redirectOf } = require('../lib/cluster/topology');
const { splitting, splitBySlot, mergeSplit } = require('../lib/cluster/split');
const { slotOf } = require('../lib/commands/routing');

const node = (port, id = `id${port}`) => ({ host: '10.0.0.1', port, id });
// Three masters over the slots, each with one replica, as CLUSTER SLOTS (clusterSlots) gives them.
const threeMasters = () => [
  { from: 0, to: 5460, master: node(7000), replicas: [node(7003)] },
  { from: 5461, to: 10922, master: node(7001), replicas: [node(7004)] },
  { from: 10923, to: 16383, master: node(7002), replicas: [node(7005)] },
];

const ownerPort = (topology, slot) => topology.slots[slot]?.master.port;
/** Whether a master serves every slot. */
const covered = (topology) => Array.from(topology.slots).every((shard) => shard !== undefined);

describe('parseShards', () => {
  test('keeps ranges, masters and replicas; a node without a host is the node asked', () => {
    const shards = parseShards([{ from: 0, to: 16383, master: { host: '', port: 7000, id: 'a' }, replicas: [{ host: '?', port: 7001, id: 'b' }] }], '192.168.1.5');
    expect(shards).toEqual([{ from: 0, to: 16383, master: { host: '192.168.1.5', port: 7000, id: 'a' }, replicas: [{ host: '192.168.1.5', port: 7001, id: 'b' }] }]);
  });

  test.each([
    ['not an array', 'OK'],
    ['no slots at all (a node in no cluster)', []],
    ['a range past the last slot', [{ from: 0, to: 16384, master: node(1), replicas: [] }]],
    ['a range upside down', [{ from: 10, to: 5, master: node(1), replicas: [] }]],
    ['a master without a port', [{ from: 0, to: 5, master: { host: 'h' }, replicas: [] }]],
    ['a range that is not one', [null]],
  ])('refuses %s (a broken answer never replaces a working table)', (_, reply) => {
    expect(() => parseShards(reply, 'h')).toThrow(TypeError);
  });
});

describe('Topology', () => {
  test('every slot to its master; masters, replicas and nodeByAddress as node-redis shows them', () => {
    const topology = new Topology();
    const { added, removed } = topology.update(threeMasters(), true);
    expect(added).toHaveLength(6);
    expect(removed).toEqual([]);
    expect(covered(topology)).toBe(true);
    expect([ownerPort(topology, 0), ownerPort(topology, 5461), ownerPort(topology, 16383)]).toEqual([7000, 7001, 7002]);
    expect(topology.masters.map((n) => n.address)).toEqual(['10.0.0.1:7000', '10.0.0.1:7001', '10.0.0.1:7002']);
    expect(topology.replicas.map((n) => [n.address, n.readonly])).toEqual([['10.0.0.1:7003', true], ['10.0.0.1:7004', true], ['10.0.0.1:7005', true]]);
    expect(topology.slots[0].replicas[0].port).toBe(7003);
    expect(topology.slots[0]).toBe(topology.slots[5460]); // one shard object per range
    expect(topology.nodeByAddress.get('10.0.0.1:7001')).toMatchObject({ id: 'id7001', host: '10.0.0.1', port: 7001, readonly: false });
  });

  test('without replicas wanted, replicas are left out', () => {
    const topology = new Topology();
    topology.update(threeMasters(), false);
    expect(topology.replicas).toEqual([]);
    expect(topology.nodeByAddress.size).toBe(3);
    expect(topology.slots[0].replicas).toEqual([]);
  });

  test('an update keeps the node objects (and so their connections) of nodes still listed', () => {
    const topology = new Topology();
    topology.update(threeMasters(), true);
    const before = topology.nodeByAddress.get('10.0.0.1:7000');
    before.client = 'the connection';
    topology.update(threeMasters(), true);
    expect(topology.nodeByAddress.get('10.0.0.1:7000')).toBe(before);
    expect(before.client).toBe('the connection');
  });

  test('failover: the replica becomes the master, the dead master is removed', () => {
    const topology = new Topology();
    topology.update(threeMasters(), true);
    const replica = topology.nodeByAddress.get('10.0.0.1:7003');
    const shards = threeMasters();
    shards[0] = { from: 0, to: 5460, master: node(7003), replicas: [] };
    const { added, removed } = topology.update(shards, true);
    expect(added).toEqual([]);
    expect(removed.map((n) => n.port)).toEqual([7000]);
    expect(topology.slots[100].master).toBe(replica);
    expect(replica.readonly).toBe(false);
    expect(topology.masters).toContain(replica);
    expect(topology.replicas).not.toContain(replica);
    expect(topology.nodeByAddress.has('10.0.0.1:7000')).toBe(false);
  });

  test('a slot migrated: it alone changes owner', () => {
    const topology = new Topology();
    topology.update(threeMasters(), false);
    const shards = [
      { from: 0, to: 99, master: node(7000), replicas: [] },
      { from: 100, to: 100, master: node(7001), replicas: [] },
      { from: 101, to: 5460, master: node(7000), replicas: [] },
      ...threeMasters().slice(1),
    ];
    topology.update(shards, false);
    expect([ownerPort(topology, 99), ownerPort(topology, 100), ownerPort(topology, 101)]).toEqual([7000, 7001, 7000]);
  });

  test('a node lost without a replacement leaves its slots uncovered', () => {
    const topology = new Topology();
    topology.update(threeMasters(), false);
    const { removed } = topology.update(threeMasters().slice(1), false);
    expect(removed.map((n) => n.port)).toEqual([7000]);
    expect(topology.slots[0]).toBeUndefined();
    expect(covered(topology)).toBe(false);
  });

  test('MOVED moves one slot, to a known node or to a new one', () => {
    const topology = new Topology();
    topology.update(threeMasters(), true);
    const shard = topology.slots[5];
    let result = topology.moved(5, '10.0.0.1:7001');
    expect(result.added).toEqual([]);
    expect(ownerPort(topology, 5)).toBe(7001);
    expect(topology.slots[6]).toBe(shard); // the rest of the range stays
    result = topology.moved(7, '10.0.0.9:7100');
    expect(result.added.map((n) => n.address)).toEqual(['10.0.0.9:7100']);
    expect(topology.slots[7].master).toMatchObject({ host: '10.0.0.9', port: 7100, readonly: false });
    expect(topology.masters.map((n) => n.port)).toContain(7100);
    // to a replica (promoted, the table does not know it yet): now a master
    result = topology.moved(8, '10.0.0.1:7003');
    expect(topology.slots[8].master.readonly).toBe(false);
    expect(topology.replicas.map((n) => n.port)).not.toContain(7003);
  });

  test('MOVED to an IPv6 address', () => {
    const topology = new Topology();
    topology.update(threeMasters(), false);
    topology.moved(1, '::1:7000');
    expect(topology.slots[1].master).toMatchObject({ host: '::1', port: 7000 });
  });
});

describe('redirectOf', () => {
  test.each([
    ['MOVED 3999 127.0.0.1:6381', { kind: 'moved', slot: 3999, address: '127.0.0.1:6381' }],
    ['ASK 3999 127.0.0.1:6381', { kind: 'ask', slot: 3999, address: '127.0.0.1:6381' }],
    ['MOVED 1 :6381', { kind: 'moved', slot: 1, address: ':6381' }],
    ['TRYAGAIN Multiple keys request during rehashing of slot', { kind: 'retry' }],
    ['CLUSTERDOWN The cluster is down', { kind: 'retry' }],
    ['ERR wrong number of arguments', undefined],
    ['MOVED', undefined],
    ['MOVED 16384 127.0.0.1:1', undefined],
    ['MOVED x 127.0.0.1:1', undefined],
    ['MOVED 12 nohost', undefined],
    ['MOVEDX 1 127.0.0.1:1', undefined],
  ])('%s', (message, expected) => {
    expect(redirectOf(message)).toEqual(expected);
  });
});

describe('multi-key commands across slots', () => {
  const keys = ['a', 'b', 'c', '{a}x', 'd'];

  test('one group per slot, in the order the slots first appear, each with its keys', () => {
    const groups = splitBySlot(['MGET', ...keys], splitting('MGET'));
    expect(new Set(groups.map((g) => g.slot)).size).toBe(groups.length);
    for (const { slot, args, positions } of groups) {
      expect(args[0]).toBe('MGET');
      expect(args.slice(1).every((k) => slotOf(k) === slot)).toBe(true);
      expect(positions.map((p) => keys[p])).toEqual(args.slice(1));
    }
    expect(groups[0].args).toEqual(['MGET', 'a', '{a}x']);
  });

  test('MSET keeps each value with its key', () => {
    const groups = splitBySlot(['MSET', 'a', '1', 'b', '2', '{a}y', '3'], splitting('MSET'));
    expect(groups.find((g) => g.args.includes('a')).args).toEqual(['MSET', 'a', '1', '{a}y', '3']);
    expect(groups.find((g) => g.args.includes('b')).args).toEqual(['MSET', 'b', '2']);
  });

  test('keys in one slot: one group (sent as one command)', () => {
    expect(splitBySlot(['DEL', '{t}1', '{t}2', '{t}3'], splitting('DEL'))).toHaveLength(1);
  });

  test('replies merge as the one command would have replied', () => {
    const groups = splitBySlot(['MGET', ...keys], splitting('MGET'));
    const replies = groups.map((g) => g.args.slice(1).map((k) => `v-${k}`));
    expect(mergeSplit('MGET', groups, replies)).toEqual(keys.map((k) => `v-${k}`));
    expect(mergeSplit('DEL', [{}, {}, {}], [1, 0, 2])).toBe(3);
    expect(mergeSplit('EXISTS', [{}, {}], [1, 1])).toBe(2);
    expect(mergeSplit('MSET', [{}, {}], ['OK', 'OK'])).toBe('OK');
  });

  test('only the six commands split', () => {
    expect(['MGET', 'MSET', 'DEL', 'EXISTS', 'UNLINK', 'TOUCH'].every((n) => splitting(n) !== undefined)).toBe(true);
    expect(splitting('MSETNX')).toBeUndefined(); // all or nothing: not splittable
    expect(splitting('GET')).toBeUndefined();
  });
});
