import { getHeapStatistics } from 'node:v8';
import type { ResourceSample } from './engine-events.js';

/**
 * How old a shared reading may be. The heap and CPU figures are cheap (~0.5 and ~1.5 µs); the resident size is a
 * read of /proc (`process.memoryUsage.rss()`, ~9 µs of CPU and ~50 µs of wall here; the full `process.memoryUsage()`
 * ~11 µs and ~80 µs, ~5% of a batch worker's CPU), so it is read at most every RSS_MS.
 */
const RECENT_MS = 50;
const RSS_MS = 250;

interface Reading {
  at: number;
  rss: number;
  heapUsed: number;
  cpu: NodeJS.CpuUsage;
}

let shared: Reading | undefined;
let rss = { at: -Infinity, bytes: 0 };

function read(now = Date.now(), rssAge = RSS_MS): Reading {
  if (now - rss.at > rssAge) rss = { at: now, bytes: process.memoryUsage.rss() };
  // The same figure as `process.memoryUsage().heapUsed`, without its read of the resident size.
  shared = { at: now, rss: rss.bytes, heapUsed: getHeapStatistics().used_heap_size, cpu: process.cpuUsage() };
  return shared;
}

function recentReading(): Reading {
  const now = Date.now();
  return shared && now - shared.at <= RECENT_MS ? shared : read(now);
}

/** Samples the process's memory and the CPU time since the run started; remembers the peak resident size. */
export class ResourceMonitor {
  private readonly startCpu = recentReading().cpu;
  private peakRss = 0;
  /** The sample of the latest reading, handed out again (frozen) while that reading is the recent one. */
  private lastReading: Reading | undefined;
  private lastSample: ResourceSample | undefined;

  /** A fresh reading, with a resident size at most RECENT_MS old: what the run's periodic resource_sample carries. */
  sample(): ResourceSample {
    return this.toSample(read(Date.now(), RECENT_MS));
  }

  /** A reading at most RECENT_MS old (its resident size at most RSS_MS), shared with other runs: what node events carry. */
  recent(): ResourceSample {
    const reading = recentReading();
    if (reading !== this.lastReading) {
      this.lastReading = reading;
      this.lastSample = Object.freeze(this.toSample(reading));
    }
    return this.lastSample!;
  }

  summary(): { peak_rss_bytes: number; cpu_user_ms: number; cpu_system_ms: number } {
    const last = this.recent();
    return { peak_rss_bytes: this.peakRss, cpu_user_ms: last.cpu_user_ms, cpu_system_ms: last.cpu_system_ms };
  }

  private toSample(reading: Reading): ResourceSample {
    if (reading.rss > this.peakRss) this.peakRss = reading.rss;
    return {
      rss_bytes: reading.rss,
      heap_used_bytes: reading.heapUsed,
      cpu_user_ms: Math.max(0, Math.round((reading.cpu.user - this.startCpu.user) / 1000)),
      cpu_system_ms: Math.max(0, Math.round((reading.cpu.system - this.startCpu.system) / 1000)),
    };
  }
}
