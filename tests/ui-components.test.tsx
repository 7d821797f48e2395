import { EventEmitter } from 'node:events';
import { render as renderInk } from 'ink';
import { render } from 'ink-testing-library';
import type { ReactElement } from 'react';
import { ReplaySubject } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { ContextSchema } from '../src/context/context-schema.js';
import type { EngineEvent } from '../src/engine/engine-events.js';
import type { RunHandle, RunResult } from '../src/engine/run-handle.js';
import type { BatchSnapshot } from '../src/batch/batch-tracker.js';
import type { ChatController } from '../ui/chat/chat-controller.js';
import { BatchDashboard } from '../ui/components/BatchDashboard.js';
import { ChatSession } from '../ui/components/ChatSession.js';
import { Dashboard } from '../ui/components/Dashboard.js';
import { LiveRun } from '../ui/components/LiveRun.js';
import { NodeRow } from '../ui/components/NodeRow.js';
import { ResultView } from '../ui/components/ResultView.js';
import { reduceRunEvents, type StepRow } from '../ui/run-state.js';

const plain = (frame: string | undefined) => (frame ?? '').replace(/\u001B\[[0-9;]*m/g, '');
const tick = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));
const lines = (frame: string | undefined) => plain(frame).split('\n');

afterEach(() => cleanup());

/** ink-testing-library's terminal is 100 columns; this one is as wide as asked. */
function renderAt(tree: ReactElement, columns: number): string {
  const stdout = Object.assign(new EventEmitter(), { columns, rows: 50, frames: [] as string[], write(frame: string) { stdout.frames.push(frame); } });
  const stdin = Object.assign(new EventEmitter(), { isTTY: false, setEncoding() {}, setRawMode() {}, resume() {}, pause() {}, ref() {}, unref() {}, read: () => null });
  const instance = renderInk(tree, { stdout: stdout as never, stderr: stdout as never, stdin: stdin as never, debug: true, exitOnCtrlC: false, patchConsole: false });
  instance.unmount();
  return plain(stdout.frames.at(-1));
}

let clock = 1_700_000_000_000;
const START = clock;
const event = (payload: Record<string, unknown>) => ({ run_id: 'run-1', at: (clock += 250), elapsed_ms: clock - START, ...payload }) as unknown as EngineEvent;
const step = (id: number, node: string, iteration = 0) => ({ kind: 'node' as const, node, options: {}, iteration, id: `${id}:${node}` });
const usage = (tokens = 0) => ({ prompt_tokens: tokens, completion_tokens: 0, cached_tokens: 0, calls: tokens ? 1 : 0, cost_usd: 0 });
const resources = { rss_bytes: 0, heap_used_bytes: 0, cpu_user_ms: 0, cpu_system_ms: 0 };
const task = { text: 'Monthly revenue in 2024', namespace: 'demo', plan: 'reflection', current_date: '2025-01-01', max_iterations: 3, format: 'table' as const };
const plan = [step(0, 'schema_linking'), step(1, 'generate_sql'), step(2, 'execute_sql'), step(3, 'reflect'), step(4, 'output')];
const start = (pending = plan, done: unknown[] = [], resumed = false) => event({ type: 'run_start', task, pending, done, resumed, model: 'offline' });
const nodeStart = (id: string, iteration = 0) => event({ type: 'node_start', step_id: id, node: id.split(':')[1], iteration, attempt: 1 });
const nodeEnd = (id: string, summary: string, tokens = 0, iteration = 0) =>
  event({ type: 'node_end', step_id: id, node: id.split(':')[1], iteration, duration_ms: 420, summary, usage: usage(tokens), resources });
const runEnd = (status: string, error?: string) =>
  event({ type: 'run_end', status, duration_ms: 1800, iterations: 0, usage: usage(1234), resources: { peak_rss_bytes: 0, cpu_user_ms: 0, cpu_system_ms: 0 }, ...(error ? { error } : {}) });

const months = ['2024-01-01', '2024-02-01', '2024-03-01', '2024-04-01', '2024-05-01', '2024-06-01'];
function result(status: RunResult['status'], extra: Record<string, unknown> = {}): RunResult {
  const context = ContextSchema.parse({
    run_id: 'run-1',
    task,
    plan: {},
    sql_attempts: [
      {
        sql: "SELECT date_trunc('month', order_date) AS month, SUM(amount) AS revenue FROM orders GROUP BY 1 ORDER BY 1",
        source: 'generate_sql',
        executed: true,
        columns: ['month', 'revenue'],
        column_types: ['DATE', 'DOUBLE'],
        rows: months.map((month, i) => [month, 1000 + i * 250]),
        row_count: months.length,
      },
    ],
    ...extra,
  });
  return { status, context, nodesRun: plan.map((s) => s.node), durationMs: 1800, runDir: '/tmp/save/run-1' };
}

const row = (status: StepRow['status'], extra: Partial<StepRow> = {}): StepRow => ({
  id: '1:generate_sql',
  node: 'generate_sql',
  iteration: 0,
  inserted: false,
  status,
  tokens: 0,
  detail: '',
  attempt: 1,
  earlier: false,
  children: [],
  ...extra,
});

const resume = (id: string) => `sluice resume --save_dir ./save --run ${id}`;

describe('NodeRow: one frame per state', () => {
  it('waiting', () => {
    expect(plain(render(<NodeRow row={row('waiting')} width={100} now={0} tick={0} />).lastFrame())).toMatch(/^· generate_sql\s*$/);
  });

  it('running, with a spinner, the elapsed time and the latest progress', () => {
    const frame = plain(
      render(<NodeRow row={row('running', { startedAt: 1_000, detail: 'asking offline' })} width={100} now={2_500} tick={2} />).lastFrame(),
    );
    expect(frame).toMatch(/^⠹ generate_sql\s+1\.5s\s+asking offline$/);
  });

  it('done, with duration, tokens and the summary', () => {
    const frame = plain(render(<NodeRow row={row('done', { durationMs: 420, tokens: 1530, detail: 'SQL written' })} width={100} now={0} tick={0} />).lastFrame());
    expect(frame).toMatch(/^✓ generate_sql\s+420ms\s+1\.5k tok\s+SQL written$/);
  });

  it('failed, with the error', () => {
    const frame = plain(render(<NodeRow row={row('failed', { durationMs: 30_000, detail: 'node generate_sql timed out after 30000 ms' })} width={100} now={0} tick={0} />).lastFrame());
    expect(frame).toMatch(/^✗ generate_sql\s+30\.0s\s+node generate_sql timed out after 30000 ms$/);
  });

  it('skipped', () => {
    expect(plain(render(<NodeRow row={row('skipped', { detail: 'not run' })} width={100} now={0} tick={0} />).lastFrame())).toMatch(/^– generate_sql\s+not run$/);
  });

  it('an inserted step shows the reflection round that added it', () => {
    const frame = plain(render(<NodeRow row={row('waiting', { node: 'fix', iteration: 2, inserted: true })} width={100} now={0} tick={0} />).lastFrame());
    expect(frame).toMatch(/^· ↳ fix #2\s*$/);
  });

  it('a long detail is cut to the width with an ellipsis', () => {
    const detail = 'reflect: fix, column "customer_name" not found in table customers; candidates: first_name, last_name, email';
    const frame = plain(render(<NodeRow row={row('done', { node: 'reflect', detail, durationMs: 3 })} width={60} now={0} tick={0} />).lastFrame());
    expect(frame.length).toBeLessThanOrEqual(60);
    expect(frame).toMatch(/…$/);
  });
});

describe('Dashboard', () => {
  const options = { format: 'table' as const, resumeCommand: resume };

  it('shows the header, finished rows, the running one and the waiting ones', () => {
    const state = reduceRunEvents([start(), nodeStart('0:schema_linking'), nodeEnd('0:schema_linking', '4 tables linked'), nodeStart('1:generate_sql')]);
    const frame = lines(render(<Dashboard state={state} width={100} now={clock + 700} tick={0} {...options} />).lastFrame());
    expect(frame[0]).toBe('◆ Monthly revenue in 2024');
    expect(frame[1]).toContain('namespace demo · plan reflection · model offline · run run-1');
    expect(frame.find((l) => l.includes('schema_linking'))).toMatch(/^✓ schema_linking\s+420ms\s+4 tables linked$/);
    expect(frame.find((l) => l.includes('generate_sql'))).toMatch(/^⠋ generate_sql\s+700ms/);
    expect(frame.filter((l) => l.startsWith('· '))).toHaveLength(3);
    expect(frame.at(-1)).toMatch(/elapsed · Ctrl-C cancels/);
  });

  it('ends with the SQL, the table, a sparkline beside it for a series, and the outcome', () => {
    const state = reduceRunEvents([start(), ...plan.flatMap((s) => [nodeStart(s.id), nodeEnd(s.id, 'ok')]), runEnd('success'), { type: 'finished', result: result('success') }]);
    const frame = plain(render(<Dashboard state={state} width={120} now={clock} tick={0} {...options} />).lastFrame());
    expect(frame).toContain("SELECT date_trunc('month', order_date) AS month");
    expect(frame).toMatch(/month\s+│ revenue\s+revenue by month/);
    expect(frame).toMatch(/[▁▂▃▄▅▆▇█]{6,}/);
    expect(frame).toContain('2024-01-01 → 2024-06-01');
    expect(frame).toContain('6 rows');
    expect(frame).toContain('✓ answered · 1.8s · 1,234 tokens · saved in /tmp/save/run-1');
    expect(frame).not.toContain('Ctrl-C');
  });

  it('a failed run: the failing node in red, the rest skipped, the resume command', () => {
    const state = reduceRunEvents([
      start(),
      nodeStart('0:schema_linking'),
      nodeEnd('0:schema_linking', '4 tables linked'),
      nodeStart('1:generate_sql'),
      event({ type: 'node_error', step_id: '1:generate_sql', node: 'generate_sql', duration_ms: 30_000, error: 'model request failed: 503' }),
      runEnd('error', 'model request failed: 503'),
      { type: 'finished', result: { ...result('failed', { sql_attempts: [] }), error: 'model request failed: 503' } },
    ]);
    const frame = lines(render(<Dashboard state={state} width={100} now={clock} tick={0} {...options} />).lastFrame());
    expect(frame.find((l) => l.includes('generate_sql'))).toMatch(/^✗ generate_sql\s+30\.0s\s+model request failed: 503$/);
    expect(frame.filter((l) => /^– /.test(l)).map((l) => l.split(/\s+/)[1])).toEqual(['execute_sql', 'reflect', 'output']);
    expect(frame.join('\n')).toContain('✗ stopped by an error: model request failed: 503');
    expect(frame.join('\n')).toContain('sluice resume --save_dir ./save --run run-1');
  });

  it('a run that was not answered says why', () => {
    const state = reduceRunEvents([
      start(),
      ...plan.flatMap((s) => [nodeStart(s.id), nodeEnd(s.id, 'ok')]),
      runEnd('failed'),
      { type: 'finished', result: result('failed', { failure: 'the last SQL failed: Binder Error: column x not found' }) },
    ]);
    expect(plain(render(<Dashboard state={state} width={100} now={clock} tick={0} {...options} />).lastFrame())).toContain(
      '✗ not answered: the last SQL failed: Binder Error: column x not found',
    );
  });

  it('a cancelled run says how to resume it', () => {
    const state = reduceRunEvents([start(), nodeStart('0:schema_linking'), runEnd('cancelled'), { type: 'finished', result: result('cancelled') }]);
    const frame = plain(render(<Dashboard state={state} width={100} now={clock} tick={0} {...options} />).lastFrame());
    expect(frame).toMatch(/– schema_linking\s+.*cancelled; runs again on resume/);
    expect(frame).toContain('■ cancelled after 1.8s; the run is saved.');
    expect(frame).toContain('Resume it with: sluice resume --save_dir ./save --run run-1');
    expect(frame).not.toContain('│');
  });

  it('a resumed run shows the steps that finished earlier as done', () => {
    const state = reduceRunEvents([start(plan.slice(2), plan.slice(0, 2), true), nodeStart('2:execute_sql')]);
    const frame = lines(render(<Dashboard state={state} width={100} now={clock} tick={0} {...options} />).lastFrame());
    expect(frame[0]).toBe('↻ resume Monthly revenue in 2024');
    expect(frame.find((l) => l.includes('schema_linking'))).toMatch(/^✓ schema_linking\s+done earlier$/);
    expect(frame.find((l) => l.includes('generate_sql'))).toMatch(/^✓ generate_sql\s+done earlier$/);
    expect(frame.find((l) => l.includes('execute_sql'))).toMatch(/^⠋ execute_sql/);
  });
});

describe('wide and narrow terminals', () => {
  const columns = ['customer_id', 'first_name', 'last_name', 'email', 'city', 'state', 'signup_date', 'segment'];
  const rows = Array.from({ length: 30 }, (_, i) => [i + 1, 'Isabella', 'Rodriguez', `isabella.rodriguez${i}@example.com`, 'San Francisco', 'CA', '2021-02-27', 'small_business']);

  it('wide: every column, long values whole', () => {
    const frame = renderAt(<ResultView columns={columns} rows={rows} rowCount={30} truncated={false} width={140} />, 141).split('\n');
    expect(frame[1]).toMatch(/^customer_id │ first_name │ last_name │ email\s+│ city\s+│ state │ signup_date │ segment$/);
    expect(frame.join('\n')).toContain('isabella.rodriguez0@example.com');
    expect(frame.join('\n')).toContain('20 of 30 rows shown');
    expect(Math.max(...frame.map((l) => l.length))).toBeLessThanOrEqual(140);
  });

  it('narrow: values whole, columns that cannot fit named, nothing wider than the terminal', () => {
    const frame = renderAt(<ResultView columns={columns} rows={rows} rowCount={30} truncated={true} width={50} />, 51).split('\n');
    expect(Math.max(...frame.map((l) => l.length))).toBeLessThanOrEqual(50);
    expect(frame.join('\n')).toMatch(/more columns?: [\s\S]*use --format json or a\s+wider\s+terminal/);
    expect(frame.join('\n')).toContain('truncated at the row limit');
  });

  it('a breakdown gets bars beside the table when wide and below it when narrow', () => {
    const breakdown = { columns: ['segment', 'revenue'], rows: [['consumer', 3615727.14], ['enterprise', 234565.68], ['small_business', 572839]], rowCount: 3, truncated: false };
    const wide = lines(render(<ResultView {...breakdown} width={100} />).lastFrame());
    expect(wide.find((l) => l.startsWith('segment'))).toMatch(/revenue\s+revenue by segment$/);
    expect(wide.some((l) => /consumer\s+│ 3615727\.14\s+\S+\s+█+/.test(l))).toBe(true);
    const narrow = renderAt(<ResultView {...breakdown} width={40} />, 41).split('\n');
    const titleAt = narrow.findIndex((l) => l.startsWith('revenue by segment'));
    expect(titleAt).toBeGreaterThan(narrow.findIndex((l) => l.startsWith('3 rows')));
    expect(Math.max(...narrow.map((l) => l.length))).toBeLessThanOrEqual(40);
  });

  it('node rows drop the token column on a narrow terminal', () => {
    const done = row('done', { durationMs: 420, tokens: 1530, detail: 'SQL written from order_items, orders' });
    expect(plain(render(<NodeRow row={done} width={100} now={0} tick={0} />).lastFrame())).toContain('1.5k tok');
    const narrow = plain(render(<NodeRow row={done} width={50} now={0} tick={0} />).lastFrame());
    expect(narrow).not.toContain('tok');
    expect(narrow.length).toBeLessThanOrEqual(50);
  });
});

describe('LiveRun: a dynamic insertion as it happens', () => {
  it('shows reflection-inserted steps in place, after reflect and before output, as they are added', async () => {
    const events$ = new ReplaySubject<EngineEvent>();
    let finish: (result: RunResult) => void = () => {};
    const done = new Promise<RunResult>((resolve) => {
      finish = resolve;
    });
    const app = render(<LiveRun run={{ events$, done }} format="table" resumeCommand={resume} width={100} />);
    events$.next(start());
    for (const s of plan.slice(0, 4)) {
      events$.next(nodeStart(s.id));
      events$.next(nodeEnd(s.id, s.node === 'reflect' ? 'reflect: fix, column not found' : 'ok'));
    }
    await tick();
    const before = lines(app.lastFrame());
    expect(before.filter((l) => l.includes('output'))).toHaveLength(1);
    expect(before.some((l) => l.includes('↳'))).toBe(false);

    const inserted = [step(5, 'fix', 1), step(6, 'execute_sql', 1), step(7, 'reflect', 1)];
    events$.next(event({ type: 'plan_changed', by_step_id: '3:reflect', by_node: 'reflect', inserted, pending: [...inserted, plan[4]], reason: 'column not found' }));
    events$.next(nodeStart('5:fix', 1));
    await tick();
    const after = lines(app.lastFrame());
    const names = after.filter((l) => /^[✓⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏·] /.test(l)).map((l) => l.slice(2).trim().split(/\s{2,}/)[0]);
    expect(names).toEqual(['schema_linking', 'generate_sql', 'execute_sql', 'reflect', '↳ fix #1', '↳ execute_sql #1', '↳ reflect #1', 'output']);
    expect(after.find((l) => l.includes('reflect: fix'))).toMatch(/^✓ reflect\s+420ms\s+reflect: fix, column not found$/);
    expect(after.find((l) => l.includes('fix #1'))).toMatch(/^[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] ↳ fix #1/);

    for (const s of [...inserted, plan[4]!]) {
      events$.next(nodeStart(s.id, s.iteration));
      events$.next(nodeEnd(s.id, 'ok', 0, s.iteration));
    }
    events$.next(runEnd('success'));
    events$.complete();
    finish(result('success'));
    await tick();
    const final = plain(app.lastFrame());
    expect(final).toContain('✓ answered');
    expect(final.match(/↳ /g)).toHaveLength(3);
    // Static output is written once: each finished row appears exactly once in the full transcript.
    expect(final.match(/✓ schema_linking/g)).toHaveLength(1);
  });
});

describe('BatchDashboard', () => {
  const snapshot: BatchSnapshot = {
    startedAt: 0,
    concurrency: 4,
    ordered: false,
    read: 300,
    inputDone: true,
    done: 120,
    answered: 117,
    notAnswered: 3,
    running: [
      { seq: 120, line: 121, id: 'q-121', task: 'How many orders shipped last week?', node: 'execute_sql', since: 0 },
      { seq: 121, line: 122, id: null, task: 'Revenue by segment', node: 'schema_linking', since: 0 },
    ],
    failures: [
      { line: 17, id: 'q-17', error: 'the last SQL failed: Binder Error: column "x" not found' },
      { line: 42, id: null, error: 'malformed JSON: Unexpected token' },
    ],
  };

  it('shows progress, rate, ETA, failures so far and the questions running now with their node', () => {
    const frame = lines(render(<BatchDashboard snapshot={snapshot} width={100} now={10_000} tick={0} />).lastFrame());
    expect(frame[0]).toMatch(/^✗ line 17 \(q-17\)\s+the last SQL failed/);
    expect(frame[1]).toMatch(/^✗ line 42\s+malformed JSON/);
    const bar = frame.find((l) => l.includes('120/300'))!;
    expect(bar).toMatch(/█+░+ 120\/300 40% · 12\.0\/s · elapsed 10\.0s · ETA 15\.0s/);
    expect(frame.join('\n')).toContain('✓ 117 answered  ✗ 3 not answered  4 at a time');
    expect(frame.find((l) => l.includes('line 121'))).toMatch(/line 121 \(q-121\)\s+execute_sql\s+How many orders shipped last week\?/);
    expect(frame.find((l) => l.includes('line 122'))).toMatch(/line 122\s+schema_linking\s+Revenue by segment/);
  });

  it('ends with a summary line instead of the live part', () => {
    const frame = plain(render(<BatchDashboard snapshot={{ ...snapshot, done: 300, answered: 297, running: [], finishedAt: 25_000 }} width={100} now={25_000} tick={0} />).lastFrame());
    expect(frame).toContain('300 questions: 297 answered, 3 not answered, in 25.0s (12.0/s)');
    expect(frame).not.toContain('░');
  });
});

describe('ChatSession', () => {
  function fakeController(ask?: () => RunHandle) {
    const settings = { namespace: 'demo', plan: 'reflection', model: 'offline', format: 'table' as const, saveDir: './save', currentDate: '2025-01-01', maxIterations: 3 };
    return {
      settings,
      plans: () => ['fixed', 'reflection'],
      namespaces: () => ['demo'],
      models: () => ['offline'],
      setPlan(name: string) {
        if (!['fixed', 'reflection'].includes(name)) throw new Error(`unknown plan "${name}"`);
        settings.plan = name;
      },
      tables: async () => [{ name: 'customers', row_count: 1000, comment: undefined, columns: [{ name: 'customer_id', type: 'INTEGER', nullable: false, primary_key: true }] }],
      readQuestion: async (line: string) => ({ kind: 'question', question: line }),
      ask: ask ?? (() => {
        throw new Error('no model');
      }),
      history: () => [],
    } as unknown as ChatController;
  }

  const type = async (app: ReturnType<typeof render>, text: string) => {
    app.stdin.write(text);
    await tick();
    app.stdin.write('\r');
    await tick(60);
  };

  it('answers /help, changes the plan, lists tables and reports unknown commands without crashing', async () => {
    const app = render(<ChatSession controller={fakeController()} width={100} />);
    await tick();
    expect(plain(app.lastFrame())).toContain('sluice interactive session · namespace demo · plan reflection · model offline');
    expect(plain(app.lastFrame())).toMatch(/^demo\/reflection ›$/m);
    await type(app, '/help');
    expect(plain(app.lastFrame())).toMatch(/\/schema TABLE\s+columns of a table/);
    await type(app, '/plan fixed');
    expect(plain(app.lastFrame())).toContain('✓ plan set to fixed');
    expect(plain(app.lastFrame())).toMatch(/^demo\/fixed ›$/m);
    await type(app, '/plan nope');
    expect(plain(app.lastFrame())).toContain('✗ unknown plan "nope"');
    await type(app, '/tables');
    expect(plain(app.lastFrame())).toMatch(/customers\s+1,000 rows\s+1 column/);
    await type(app, '/frobnicate');
    expect(plain(app.lastFrame())).toContain('✗ unknown command /frobnicate; /help lists the commands');
    await type(app, 'What is the answer?');
    expect(plain(app.lastFrame())).toContain('✗ no model');
    expect(plain(app.lastFrame())).toMatch(/^demo\/fixed ›$/m);
  });

  it('takes up lines typed ahead, in order, even when they arrive in one chunk', async () => {
    const app = render(<ChatSession controller={fakeController()} width={100} />);
    await tick();
    app.stdin.write('/tables\r/plan fixed\r/frobnicate\r');
    await tick(150);
    const frame = plain(app.lastFrame());
    const order = ['› /tables', 'customers', '› /plan fixed', '✓ plan set to fixed', '› /frobnicate', '✗ unknown command /frobnicate'].map((text) => frame.indexOf(text));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(frame).toMatch(/^demo\/fixed ›$/m);
  });

  it('walks the input history with the arrow keys', async () => {
    const app = render(<ChatSession controller={fakeController()} width={100} />);
    await tick();
    await type(app, '/plan fixed');
    await type(app, '/plan reflection');
    app.stdin.write('\u001B[A');
    await tick();
    expect(lines(app.lastFrame()).at(-2)).toBe('demo/reflection › /plan reflection');
    app.stdin.write('\u001B[A');
    await tick();
    expect(lines(app.lastFrame()).at(-2)).toBe('demo/reflection › /plan fixed');
    app.stdin.write('\u001B[B');
    app.stdin.write('\u001B[B');
    await tick();
    expect(lines(app.lastFrame()).at(-2)).toBe('demo/reflection ›');
  });

  it('runs a question with live progress, then keeps the result in the scroll-back and shows the prompt again', async () => {
    const events$ = new ReplaySubject<EngineEvent>();
    let finish: (result: RunResult) => void = () => {};
    const done = new Promise<RunResult>((resolve) => {
      finish = resolve;
    });
    const handle = { runId: 'run-1', events$, done, cancel: () => {} } as RunHandle;
    const app = render(<ChatSession controller={fakeController(() => handle)} width={100} />);
    await tick();
    await type(app, 'Monthly revenue in 2024');
    events$.next(start());
    events$.next(nodeStart('0:schema_linking'));
    await tick(150);
    expect(plain(app.lastFrame())).toMatch(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] schema_linking/);
    expect(plain(app.lastFrame())).toContain('Ctrl-C cancels this question');
    expect(plain(app.lastFrame())).not.toContain('› \n');
    for (const s of plan) {
      if (s.id !== '0:schema_linking') events$.next(nodeStart(s.id));
      events$.next(nodeEnd(s.id, 'ok'));
    }
    events$.next(runEnd('success'));
    events$.complete();
    finish(result('success'));
    await tick(100);
    const frame = plain(app.lastFrame());
    expect(frame).toContain('› Monthly revenue in 2024');
    expect(frame).toContain('◆ Monthly revenue in 2024');
    expect(frame).toContain('✓ answered');
    expect(frame.match(/✓ output/g)).toHaveLength(1);
    expect(lines(app.lastFrame()).at(-2)).toBe('demo/reflection ›');
  });
});
