import type { ResourceSample } from './engine-events.js';

/** Samples the process's memory and CPU; remembers the peak resident size. */
export class ResourceMonitor {
  private readonly startCpu = process.cpuUsage();
  private peakRss = 0;

  sample(): ResourceSample {
    const memory = process.memoryUsage();
    const cpu = process.cpuUsage(this.startCpu);
    this.peakRss = Math.max(this.peakRss, memory.rss);
    return {
      rss_bytes: memory.rss,
      heap_used_bytes: memory.heapUsed,
      cpu_user_ms: Math.round(cpu.user / 1000),
      cpu_system_ms: Math.round(cpu.system / 1000),
    };
  }

  summary(): { peak_rss_bytes: number; cpu_user_ms: number; cpu_system_ms: number } {
    const last = this.sample();
    return { peak_rss_bytes: this.peakRss, cpu_user_ms: last.cpu_user_ms, cpu_system_ms: last.cpu_system_ms };
  }
}
