'use strict';
// Small statistics helpers. Latencies are kept in a growable Float64Array so that recording one
// sample costs a store, not an allocation.

class LatencyRecorder {
  constructor(initial = 1 << 16) {
    this.samples = new Float64Array(initial);
    this.count = 0;
  }

  push(value) {
    if (this.count === this.samples.length) {
      const bigger = new Float64Array(this.samples.length * 2);
      bigger.set(this.samples);
      this.samples = bigger;
    }
    this.samples[this.count++] = value;
  }

  reset() {
    this.count = 0;
  }

  // Nearest-rank percentiles of what was recorded, e.g. percentiles([50, 99]).
  percentiles(ps) {
    if (this.count === 0) return ps.map(() => null);
    const sorted = this.samples.slice(0, this.count).sort();
    return ps.map((p) => sorted[Math.min(this.count - 1, Math.max(0, Math.ceil((p / 100) * this.count) - 1))]);
  }
}

function median(values) {
  const xs = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = xs.length >> 1;
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

function range(values) {
  const xs = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  if (xs.length === 0) return null;
  return [Math.min(...xs), Math.max(...xs)];
}

module.exports = { LatencyRecorder, median, range };
