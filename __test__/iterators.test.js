'use strict';
// The scan iterators yield one batch (array) per SCAN call, as node-redis v5's do; over a whole
// iteration both clients must see the same elements.
const { differential } = require('./helpers/differential');

async function collect(iterator) {
  const batches = [];
  for await (const batch of iterator) batches.push(batch);
  return { everyBatchIsAnArray: batches.every(Array.isArray), elements: batches.flat() };
}

const byJson = (a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b));
const sorted = async (iteration) => {
  const { everyBatchIsAnArray, elements } = await iteration;
  return [everyBatchIsAnArray, elements.sort(byJson)];
};

async function fill(c) {
  const members = Array.from({ length: 300 }, (_, i) => `m${i}`);
  await c.mSet(Object.fromEntries(members.map((m) => [`key:${m}`, m])));
  await c.hSet('hash', Object.fromEntries(members.map((m) => [m, `v${m}`])));
  await c.sAdd('set', members);
  await c.zAdd('zset', members.map((value, score) => ({ score, value })));
}

differential('scan iterators', {
  'scanIterator with MATCH, COUNT and TYPE': async (c) => {
    await fill(c);
    return [
      await sorted(collect(c.scanIterator({ MATCH: 'key:m1*', COUNT: 10 }))),
      await sorted(collect(c.scanIterator({ TYPE: 'zset' }))),
    ];
  },
  'hScanIterator yields { field, value } entries': async (c) => {
    await fill(c);
    return [await sorted(collect(c.hScanIterator('hash', { COUNT: 20 })))];
  },
  'sScanIterator and zScanIterator': async (c) => {
    await fill(c);
    return [await sorted(collect(c.sScanIterator('set', { COUNT: 50 }))), await sorted(collect(c.zScanIterator('zset', { MATCH: 'm29*' })))];
  },
  'an empty key yields one empty batch': async (c) => [await collect(c.sScanIterator('nothing'))],
});

// HSCAN NOVALUES is Redis 7.4+.
differential('scan iterators on a newer server', {
  'hScanNoValuesIterator yields fields': async (c) => {
    await fill(c);
    return [await sorted(collect(c.hScanNoValuesIterator('hash', { MATCH: 'm2*' })))];
  },
}, { newer: { flavor: 'redis' } });

describe('iterators where ferrodis differs on purpose', () => {
  const { connectedClient } = require('./helpers/connected');
  const context = connectedClient();

  test('hScanValuesIterator yields values (node-redis 5.12.1 yields field names)', async () => {
    await context.client.hSet('hv', { a: '1', b: '2' });
    const values = [];
    for await (const batch of context.client.hScanValuesIterator('hv')) values.push(...batch);
    expect(values.sort()).toEqual(['1', '2']);
  });

  test('a Buffer type mapping does not make the iteration endless', async () => {
    await context.client.sAdd('bs', ['x', 'y']);
    const members = [];
    for await (const batch of context.client.withTypeMapping({ 36: Buffer }).sScanIterator('bs')) members.push(...batch.map(String));
    expect(members.sort()).toEqual(['x', 'y']);
  });
});
