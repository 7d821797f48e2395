import type { ResourceSample } from './engine-events.js';

/** Reading the resident size and CPU time costs tens of µs (a read of /proc, a getrusage), so runs share a reading this young. */
const RECENT_MS = 50;

interface Reading {
  at: number;
  rss: number;
  heapUsed: number;
  cpu: NodeJS.CpuUsage;
}

let shared: Reading | undefined;

function read(): Reading {
  const memory = process.memoryUsage();
  shared = { at: Date.now(), rss: memory.rss, heapUsed: memory.heapUsed, cpu: process.cpuUsage() };
  return shared;
}

function recentReading(): Reading {
  return shared && Date.now() - shared.at <= RECENT_MS ? shared : read();
}

/** Samples the process's memory and the CPU time since the run started; remembers the peak resident size. */
export class ResourceMonitor {
  private readonly startCpu = recentReading().cpu;
  private peakRss = 0;
  /** The sample of the latest reading, handed out again (frozen) while that reading is the recent one. */
  private lastReading: Reading | undefined;
  private lastSample: ResourceSample | undefined;

  /** A fresh reading. */
  sample(): ResourceSample {
    return this.toSample(read());
  }

  /** A reading at most 50 ms old, shared with other runs: what node events carry. */
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
