'use strict';
// The Redis Stack namespaces on a cluster of Redis Stack nodes: each command goes straight to its
// key's master (no MOVED followed, counted on node-redis:error), across slots, inside multi()
// (one node), and the same replies as node-redis' cluster.
const diagnostics = require('node:diagnostics_channel');
const ferrodis = require('..');
const redis = require('redis');
const { startCluster } = require('./helpers/redis-server');
const { stackServerOptions, SKIP_HINT } = require('./helpers/servers');
const { shape } = require('./helpers/differential');

const stack = stackServerOptions();
if (stack === null && process.env.FERRODIS_REQUIRE_STACK === '1') throw new Error(`Redis Stack is required (FERRODIS_REQUIRE_STACK=1) — ${SKIP_HINT} redis-stack`);
const describeStack = stack ? describe : describe.skip;

jest.setTimeout(60000);

describeStack(`Redis Stack modules on a cluster${stack ? '' : ` — ${SKIP_HINT} redis-stack`}`, () => {
  let cluster;
  beforeAll(async () => {
    cluster = await startCluster({ masters: 3, replicasPerMaster: 0, binary: stack.binary, config: { loadmodule: stack.config.loadmodule } });
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  const scenario = async (c) => {
    const keys = Array.from({ length: 12 }, (_, i) => `doc:${i}`);
    const out = [];
    for (const key of keys) out.push(await c.json.set(key, '$', { key, n: key.length }));
    out.push(await Promise.all(keys.map((key) => c.json.get(key, { path: '$.key' }))));
    out.push(await Promise.all(keys.map((key) => c.bf.add(`bf:${key}`, 'x'))));
    out.push(await Promise.all(keys.map((key) => c.ts.add(`ts:${key}`, 1000, 1.5))));
    out.push(await Promise.all(keys.map((key) => c.ts.range(`ts:${key}`, '-', '+'))));
    out.push(await c.multi().json.set('{tag}a', '$', [1]).json.arrAppend('{tag}a', '$', 2).json.get('{tag}a').exec());
    out.push(await c.json.get('{tag}a').then((v) => v));
    out.push(await c.topK.reserve('top', 2), await c.topK.add('top', ['a', 'b', 'a']), await c.topK.list('top'));
    return out;
  };

  test('every command to its key\'s master at once, the replies node-redis\' cluster gives', async () => {
    const outcomes = {};
    for (const [name, module] of [['ferrodis', ferrodis], ['redis', redis]]) {
      const c = module.createCluster({ rootNodes: cluster.rootNodes.map((n) => ({ socket: n })) });
      c.on('error', () => {});
      await c.connect();
      const redirects = [];
      const onError = (event) => {
        if (/MOVED|ASK/.test(event.error?.message ?? '')) redirects.push(event.error.message);
      };
      diagnostics.subscribe('node-redis:error', onError);
      try {
        outcomes[name] = shape(await scenario(c));
      } finally {
        diagnostics.unsubscribe('node-redis:error', onError);
        for (const node of cluster.nodes) await node.command('FLUSHALL');
        await c.close();
      }
      if (name === 'ferrodis') expect(redirects).toEqual([]);
    }
    expect(outcomes.ferrodis).toEqual(outcomes.redis);
  });
});
