import type { EngineEvent } from '../engine/engine-events.js';
import { oneLine } from './one-line.js';

const seconds = (ms: number) => `${(ms / 1000).toFixed(2).padStart(6)}s`;

/** One plain line per node event, for stderr when there is no terminal UI. Returns undefined for events not worth a line. */
export function formatProgressLine(event: EngineEvent, verbose = false): string | undefined {
  const at = `[${seconds(event.elapsed_ms)}]`;
  switch (event.type) {
    case 'run_start':
      return `${at} ${event.resumed ? 'resuming' : 'run'} ${event.run_id}: plan ${event.task.plan}, namespace ${event.task.namespace}, model ${event.model}${event.plugins ? `, plugins ${event.plugins.join(', ')}` : ''}`;
    case 'node_start':
      return `${at} ▶ ${event.node}${event.iteration ? ` (iteration ${event.iteration})` : ''}${event.attempt > 1 ? ` attempt ${event.attempt}` : ''}`;
    case 'node_progress':
      return verbose ? `${at}   ${event.node}: ${oneLine(event.message)}` : undefined;
    case 'node_retry':
      return `${at} ↻ ${event.node}: retry ${event.attempt} in ${event.delay_ms} ms (${oneLine(event.error)})`;
    case 'node_end': {
      const tokens = event.usage.prompt_tokens + event.usage.completion_tokens;
      return `${at} ✓ ${event.node}: ${event.summary} (${event.duration_ms} ms${tokens ? `, ${tokens} tokens` : ''})`;
    }
    case 'node_error':
      return `${at} ✗ ${event.node}: ${oneLine(event.error)}`;
    case 'plan_changed':
      return `${at} + ${event.by_node} added ${event.inserted.map((s) => (s.kind === 'node' ? s.node : 'parallel')).join(', ')}`;
    case 'resource_sample':
      return undefined;
    case 'run_end': {
      const mb = (event.resources.peak_rss_bytes / 1_048_576).toFixed(0);
      const tokens = event.usage.prompt_tokens + event.usage.completion_tokens;
      const cost = event.usage.cost_usd > 0 ? ` ($${event.usage.cost_usd.toFixed(4)})` : '';
      const calls = event.usage.calls > 0 ? ` in ${event.usage.calls} model call(s)` : '';
      return `${at} ${event.status} after ${event.duration_ms} ms, ${event.iterations} reflection round(s), ${tokens} tokens${calls}${cost}, peak ${mb} MB, cpu ${event.resources.cpu_user_ms + event.resources.cpu_system_ms} ms${event.error ? `: ${oneLine(event.error)}` : ''}`;
    }
  }
}
