'use strict';
// The benchmark's verdicts against the performance targets (benchmark/lib/targets.js): the lower
// of a target's two bars is the one to clear, a CPU bar is cleared separately, and a workload
// with no target or no measurement gets no verdict.
const { judgeThroughput, judgeMemory } = require('../benchmark/lib/targets');

describe('benchmark targets', () => {
  test('the lower of "× best" and "× limit" is the bar', () => {
    // 1.1 × 5,000 = 5,500 is below 0.9 × 8,000 = 7,200.
    expect(judgeThroughput('get-seq', { ferrodis: 5600, best: 5000, limit: 8000 })).toMatchObject({ needed: 5500, met: true });
    expect(judgeThroughput('get-seq', { ferrodis: 5400, best: 5000, limit: 8000 })).toMatchObject({ needed: 5500, met: false });
    // 2 × 9,000 = 18,000 is above 0.9 × 17,000 = 15,300.
    expect(judgeThroughput('get-100kb', { ferrodis: 15400, best: 9000, limit: 17000 })).toMatchObject({ needed: 15300, met: true });
  });

  test('a target without a limit bar, or a run without a limit, uses "× best" alone', () => {
    expect(judgeThroughput('hgetall-1000', { ferrodis: 1900, best: 1000, limit: 1200 })).toMatchObject({ needed: 2000, met: false });
    expect(judgeThroughput('multi-100-sets', { ferrodis: 3000, best: 1900, limit: null })).toMatchObject({ needed: 2850, met: true });
  });

  test('the CPU bar must be cleared as well', () => {
    const fast = { ferrodis: 900000, best: 300000, limit: 1300000 };
    expect(judgeThroughput('get-wave-1000', { ...fast, cpuUsPerOp: 0.59 })).toMatchObject({ needed: 450000, met: true });
    expect(judgeThroughput('get-wave-1000', { ...fast, cpuUsPerOp: 0.61 })).toMatchObject({ met: false });
    expect(judgeThroughput('get-wave-1000', { ...fast, cpuUsPerOp: null })).toMatchObject({ met: false });
  });

  test('no verdict without a target, ferrodis or another client', () => {
    expect(judgeThroughput('lrange-1000', { ferrodis: 1, best: 1, limit: 1 })).toBeNull();
    expect(judgeThroughput('get-seq', { ferrodis: null, best: 1, limit: 1 })).toBeNull();
    expect(judgeThroughput('get-seq', { ferrodis: 1, best: null, limit: 1 })).toBeNull();
  });

  test('memory: RSS may grow by at most 10% from the first checkpoint to the last', () => {
    expect(judgeMemory(94.3, 95.1)).toMatchObject({ met: true });
    expect(judgeMemory(85.7, 95.0)).toMatchObject({ met: false });
  });
});
