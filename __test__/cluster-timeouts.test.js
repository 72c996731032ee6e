'use strict';
// commandOptions.timeout and AbortSignals on a cluster: a late reply rejects with TimeoutError
// and the node's next command still gets its own reply; a command held while its master is down
// times out and never runs; a blocking command that times out frees its side connection.
const { useCluster, masterOf, restartNode, waitForStable } = require('./helpers/cluster');
const { slotOf } = require('../lib/commands/routing');

jest.setTimeout(60000);

let cluster;
const { connected } = useCluster({ masters: 3, replicasPerMaster: 0, nodeTimeout: 1000 }, (c) => (cluster = c));

const outcome = (promise) => promise.then((value) => ({ value }), (error) => ({ error: error.constructor.name }));
const busy = (ms) => `local t = redis.call('TIME') while true do local n = redis.call('TIME') if (n[1]-t[1])*1000000 + (n[2]-t[2]) > ${ms * 1000} then break end end return 'late'`;

test('a late reply rejects with TimeoutError; the commands after it on that node get their own replies', async () => {
  const c = await connected();
  await c.set('{t}k', 'mine');
  const slow = outcome(c.withCommandOptions({ timeout: 100 }).eval(busy(300), { keys: ['{t}x'] }));
  const after = c.get('{t}k');
  expect(await slow).toEqual({ error: 'TimeoutError' });
  expect(await after).toBe('mine');
  expect(await c.withCommandOptions({ timeout: 1000 }).get('{t}k')).toBe('mine');
  await c.close();
});

test('a command held while its master is down times out and never runs', async () => {
  const c = await connected({ failoverTimeout: 10000 });
  const key = '{held}k';
  await c.set(key, 'before');
  const master = await masterOf(cluster, slotOf(key));
  await master.node.kill();
  try {
    const t0 = performance.now();
    expect(await outcome(c.withCommandOptions({ timeout: 300 }).set(key, 'after'))).toEqual({ error: 'TimeoutError' });
    expect(performance.now() - t0).toBeLessThan(2000);
    const controller = new AbortController();
    const aborted = outcome(c.withCommandOptions({ abortSignal: controller.signal }).set(key, 'aborted'));
    controller.abort();
    expect(await aborted).toEqual({ error: 'AbortError' });
  } finally {
    await restartNode(cluster, master.node);
    await waitForStable(cluster, { replicas: false });
  }
  // the node came back empty (no persistence): neither the timed-out SET nor the aborted one ran
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(await c.get(key)).toBeNull();
  await c.close();
});

test('a blocking command that times out frees its side connection; nothing is popped for it', async () => {
  const c = await connected();
  const key = '{block}list';
  await c.del(key);
  expect(await outcome(c.withCommandOptions({ timeout: 100 }).blPop(key, 0))).toEqual({ error: 'TimeoutError' });
  await c.rPush(key, 'kept');
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(await c.lRange(key, 0, -1)).toEqual(['kept']);
  const popped = c.blPop(key, 0);
  expect(await popped).toEqual({ key, element: 'kept' });
  await c.close();
});
