'use strict';
// The benchmark's verdicts against the performance targets (benchmark/lib/targets.js): the lower
// of a target's two bars is the one to clear, a bar may be a named client's or a reference's
// ops/s, a CPU bar is cleared separately, and a workload with no target or no measurement gets no
// verdict (or says what was missing).
const { judgeThroughput, judgeIdle, judgeMemory } = require('../benchmark/lib/targets');

describe('benchmark targets', () => {
  test('the lower of "× best" and "× limit" is the bar', () => {
    // 2 × 9,000 = 18,000 is above 0.9 × 17,000 = 15,300.
    expect(judgeThroughput('set-100kb', { ferrodis: 15400, best: 9000, limit: 17000 })).toMatchObject({ needed: 15300, met: true });
    expect(judgeThroughput('set-100kb', { ferrodis: 15200, best: 9000, limit: 17000 })).toMatchObject({ needed: 15300, met: false });
    // 1.5 × 3,000 = 4,500 is below 0.9 × 8,000 = 7,200.
    expect(judgeThroughput('clients-50-waves-100', { ferrodis: 4600, best: 3000, limit: 8000 })).toMatchObject({ needed: 4500, met: true });
  });

  test('a bar of one limit alone: 100 KB GET ≥ 0.9× redis-benchmark, whatever the other clients did', () => {
    expect(judgeThroughput('get-100kb', { ferrodis: 24500, best: 16000, limit: 27000 })).toMatchObject({ needed: 24300, met: true });
    expect(judgeThroughput('get-100kb', { ferrodis: 24000, best: 1000, limit: 27000 })).toMatchObject({ met: false });
    expect(judgeThroughput('get-100kb', { ferrodis: 24000, best: 1000, limit: null })).toEqual({ unjudged: 'limit not measured' });
  });

  test('sequential GET is judged against the bare net.Socket reference, not the other clients', () => {
    const clients = { redis: 12000, 'bare-socket': 14000 };
    expect(judgeThroughput('get-seq', { ferrodis: 13600, best: 12000, limit: 18000, clients })).toMatchObject({ needed: 13580, met: true });
    expect(judgeThroughput('get-seq', { ferrodis: 13500, best: 12000, limit: 18000, clients })).toMatchObject({ met: false });
    expect(judgeThroughput('get-seq', { ferrodis: 13500, best: 12000, limit: 18000, clients: { redis: 12000 } }))
      .toEqual({ unjudged: 'bare net.Socket not measured' });
  });

  test('a target without a limit bar, or a run without a limit, uses "× best" alone', () => {
    expect(judgeThroughput('hgetall-1000', { ferrodis: 1900, best: 1000, limit: 1200 })).toMatchObject({ needed: 2000, met: false });
    const verdict = judgeThroughput('multi-100-sets', { ferrodis: 3000, best: 1900, limit: null });
    expect(verdict).toMatchObject({ needed: 2850, met: true });
    expect(verdict.target).toContain('(no limit measured)');
  });

  test('waves of GETs: ≥ 2.5× node-redis (not the best other) and ≤ 0.5 µs CPU per GET', () => {
    const run = { ferrodis: 2000000, best: 900000, limit: 2900000, clients: { redis: 750000, 'ioredis-auto': 900000 } };
    expect(judgeThroughput('get-wave-1000', { ...run, cpuUsPerOp: 0.49 })).toMatchObject({ needed: 1875000, met: true });
    expect(judgeThroughput('get-wave-1000', { ...run, cpuUsPerOp: 0.51 })).toMatchObject({ met: false });
    expect(judgeThroughput('get-wave-1000', { ...run, cpuUsPerOp: null })).toMatchObject({ met: false });
    expect(judgeThroughput('get-wave-1000', { ...run, ferrodis: 1800000, cpuUsPerOp: 0.3 })).toMatchObject({ met: false });
  });

  test('no verdict without a target; "unjudged" without ferrodis or a baseline', () => {
    expect(judgeThroughput('lrange-1000', { ferrodis: 1, best: 1, limit: 1 })).toBeNull();
    expect(judgeThroughput('hgetall-1000', { ferrodis: null, best: 1, limit: 1 })).toEqual({ unjudged: 'ferrodis not measured' });
    expect(judgeThroughput('hgetall-1000', { ferrodis: 1, best: null, limit: 1 })).toEqual({ unjudged: 'best not measured' });
  });

  test('idle connections: ferrodis\' RSS per connection at most node-redis\'', () => {
    expect(judgeIdle({ ferrodis: 17.9, redis: 18.0, ioredis: 9 })).toMatchObject({ neededKiB: 18.0, kib: 17.9, met: true });
    expect(judgeIdle({ ferrodis: 18.1, redis: 18.0 })).toMatchObject({ met: false });
    expect(judgeIdle({ ferrodis: 10, ioredis: 20 })).toEqual({ unjudged: 'node-redis not measured' });
    expect(judgeIdle({ redis: 18 })).toEqual({ unjudged: 'ferrodis not measured' });
  });

  test('memory: RSS may grow by at most 10% from the first checkpoint to the last', () => {
    expect(judgeMemory(94.3, 95.1)).toMatchObject({ met: true });
    expect(judgeMemory(85.7, 95.0)).toMatchObject({ met: false });
  });
});
