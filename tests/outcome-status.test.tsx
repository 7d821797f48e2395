import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { ContextSchema } from '../src/context/context-schema.js';
import type { RunEndEvent } from '../src/engine/engine-events.js';
import type { RunResult } from '../src/engine/run-handle.js';
import { HistoryList } from '../ui/components/HistoryList.js';
import { OutcomeLine } from '../ui/components/OutcomeLine.js';

/** How the dashboard and chat end a run that is unsure or unanswerable. */
afterEach(() => cleanup());

const end = (status: RunEndEvent['status']): RunEndEvent => ({
  type: 'run_end',
  run_id: 'r1',
  at: 0,
  elapsed_ms: 1200,
  status,
  duration_ms: 1200,
  iterations: 1,
  usage: { prompt_tokens: 0, completion_tokens: 0, cached_tokens: 0, calls: 0, cost_usd: 0 },
  resources: { peak_rss_bytes: 0, cpu_user_ms: 0, cpu_system_ms: 0 },
});

function result(status: RunResult['status'], extra: Record<string, unknown>): RunResult {
  const context = ContextSchema.parse({
    run_id: 'r1',
    task: { text: 'average items per order', namespace: 'demo', plan: 'reflection', current_date: '2026-11-25', max_iterations: 2 },
    plan: {},
    status,
    ...extra,
  });
  return { status, context, nodesRun: [], durationMs: 1200 };
}

describe('OutcomeLine', () => {
  it('shows an unsure run with its confidence and each failed check', () => {
    const checks = [
      { name: 'empty_result', passed: true, detail: '1000 rows' },
      { name: 'average', passed: false, detail: 'the question asks for an average, but the SQL takes none' },
    ];
    const { lastFrame } = render(<OutcomeLine end={end('unsure')} result={result('unsure', { checks, confidence: 0.5 })} resumeCommand="sluice resume" />);
    const frame = lastFrame() ?? '';
    expect(frame).toMatch(/\? unsure · confidence 0\.50/);
    expect(frame).toMatch(/✗ average: the question asks for an average/);
    expect(frame).not.toMatch(/empty_result/);
    expect(frame).not.toMatch(/✓ answered/);
  });

  it('shows an unanswerable run with its one-line reason', () => {
    const failure = 'nothing in demo (tables, columns, values, metrics or docs) matches "weather", so the data cannot answer this question';
    const { lastFrame } = render(<OutcomeLine end={end('unanswerable')} result={result('unanswerable', { failure, unanswerable: failure })} resumeCommand="sluice resume" />);
    expect(lastFrame()).toMatch(/∅ unanswerable: nothing in demo .* matches "weather"/);
  });
});

describe('HistoryList', () => {
  it('lists unsure and unanswerable runs by their status', () => {
    const entries = [
      { runId: '20261125-a', status: 'unsure', task: 'average items per order' },
      { runId: '20261125-b', status: 'unanswerable', task: 'Write me a poem' },
    ];
    const { lastFrame } = render(<HistoryList entries={entries as never} saveDir="/tmp/x" width={100} />);
    expect(lastFrame()).toMatch(/20261125-a unsure/);
    expect(lastFrame()).toMatch(/20261125-b unanswerable/);
  });

  it('keeps the task column aligned after the longest status, unanswerable', () => {
    const entries = [
      { runId: '20261125-a', status: 'success', task: 'orders per month' },
      { runId: '20261125-b', status: 'unanswerable', task: 'Write me a poem' },
    ];
    const { lastFrame } = render(<HistoryList entries={entries as never} saveDir="/tmp/x" width={100} />);
    const lines = (lastFrame() ?? '').split('\n');
    const column = (task: string) => lines.find((line) => line.includes(task))!.indexOf(task);
    expect(column('orders per month')).toBe(column('Write me a poem'));
  });
});
