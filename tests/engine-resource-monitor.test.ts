import { describe, expect, it } from 'vitest';
import { ResourceMonitor } from '../src/engine/resource-monitor.js';

describe('resource monitor', () => {
  it('reports the resident size, the heap in use and the CPU time, the figures process.memoryUsage() gives', () => {
    const monitor = new ResourceMonitor();
    let spin = 0;
    for (let i = 0; i < 3e7; i++) spin += i;
    const sample = monitor.sample();
    const memory = process.memoryUsage();
    expect(Object.keys(sample).sort()).toEqual(['cpu_system_ms', 'cpu_user_ms', 'heap_used_bytes', 'rss_bytes']);
    expect(sample.rss_bytes).toBeGreaterThan(memory.rss * 0.8);
    expect(sample.rss_bytes).toBeLessThan(memory.rss * 1.25);
    expect(sample.heap_used_bytes).toBeGreaterThan(memory.heapUsed * 0.5);
    expect(sample.heap_used_bytes).toBeLessThan(memory.heapUsed * 2);
    expect(sample.cpu_user_ms + sample.cpu_system_ms).toBeGreaterThan(0);
    expect(spin).toBeGreaterThan(0);
    expect(monitor.summary().peak_rss_bytes).toBeGreaterThanOrEqual(sample.rss_bytes);
  });

  it('reads the resident size (a read of /proc) at most every 250 ms for node events, however many nodes end', async () => {
    const original = process.memoryUsage.rss;
    let reads = 0;
    process.memoryUsage.rss = () => {
      reads += 1;
      return original();
    };
    try {
      const monitors = Array.from({ length: 20 }, () => new ResourceMonitor());
      const started = Date.now();
      while (Date.now() - started < 300) {
        for (const monitor of monitors) monitor.recent();
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      // 300 ms of node events from 20 runs: two or three reads (one at the start, one per 250 ms), not one per event.
      expect(reads).toBeGreaterThanOrEqual(1);
      expect(reads).toBeLessThanOrEqual(3);
    } finally {
      process.memoryUsage.rss = original;
    }
  });
});
