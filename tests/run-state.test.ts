import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../src/engine/engine-events.js';
import { editLine, emptyLine, type LineAction } from '../ui/line-editor.js';
import { chartShape } from '../ui/chart-shape.js';
import { fitTable } from '../ui/fit-table.js';
import { reduceRunEvents, settledRowCount, withEarlierEvents } from '../ui/run-state.js';
import { sparklineText } from '../ui/sparkline-text.js';
import { cutText } from '../ui/cut-text.js';

let clock = 1_000_000;
const event = (payload: Record<string, unknown>) => ({ run_id: 'r1', at: (clock += 100), elapsed_ms: 0, ...payload }) as unknown as EngineEvent;
const step = (id: number, node: string, iteration = 0) => ({ kind: 'node' as const, node, options: {}, iteration, id: `${id}:${node}` });
const usage = (tokens = 0) => ({ prompt_tokens: tokens, completion_tokens: 0, cached_tokens: 0, calls: 0, cost_usd: 0 });
const resources = { rss_bytes: 0, heap_used_bytes: 0, cpu_user_ms: 0, cpu_system_ms: 0 };
const task = { text: 'q', namespace: 'demo', plan: 'reflection', current_date: '2025-01-01', max_iterations: 3, format: 'table' as const };
const start = (pending: unknown[], done: unknown[] = [], resumed = false) =>
  event({ type: 'run_start', task, pending, done, resumed, model: 'offline' });
const nodeStart = (id: string) => event({ type: 'node_start', step_id: id, node: id.split(':')[1], iteration: 0, attempt: 1 });
const nodeEnd = (id: string, summary: string, tokens = 0) =>
  event({ type: 'node_end', step_id: id, node: id.split(':')[1], iteration: 0, duration_ms: 10, summary, usage: usage(tokens), resources });

describe('run state reducer', () => {
  const plan = [step(0, 'schema_linking'), step(1, 'generate_sql'), step(2, 'execute_sql'), step(3, 'reflect'), step(4, 'output')];

  it('follows a step from waiting to running to done', () => {
    const state = reduceRunEvents([start(plan), nodeStart('0:schema_linking')]);
    expect(state.rows.map((row) => row.status)).toEqual(['running', 'waiting', 'waiting', 'waiting', 'waiting']);
    const after = reduceRunEvents([nodeEnd('0:schema_linking', '4 tables linked', 120)], state);
    expect(after.rows[0]).toMatchObject({ status: 'done', detail: '4 tables linked', tokens: 120, durationMs: 10 });
    expect(settledRowCount(after.rows)).toBe(1);
  });

  it('puts inserted steps in place, after their inserter, with their iteration', () => {
    const inserted = [step(5, 'fix', 1), step(6, 'execute_sql', 1), step(7, 'reflect', 1)];
    const state = reduceRunEvents([
      start(plan),
      ...['0:schema_linking', '1:generate_sql', '2:execute_sql', '3:reflect'].flatMap((id) => [nodeStart(id), nodeEnd(id, 'ok')]),
      event({ type: 'plan_changed', by_step_id: '3:reflect', by_node: 'reflect', inserted, pending: [...inserted, plan[4]], reason: 'fix' }),
    ]);
    expect(state.rows.map((row) => `${row.node}#${row.iteration}${row.inserted ? '+' : ''}`)).toEqual([
      'schema_linking#0',
      'generate_sql#0',
      'execute_sql#0',
      'reflect#0',
      'fix#1+',
      'execute_sql#1+',
      'reflect#1+',
      'output#0',
    ]);
  });

  it('marks steps dropped from the plan and steps left at the end as skipped', () => {
    const state = reduceRunEvents([
      start(plan),
      nodeStart('0:schema_linking'),
      nodeEnd('0:schema_linking', 'ok'),
      event({ type: 'plan_changed', by_step_id: '0:schema_linking', by_node: 'schema_linking', inserted: [], pending: [plan[1], plan[4]], reason: 'r' }),
      nodeStart('1:generate_sql'),
      event({ type: 'node_error', step_id: '1:generate_sql', node: 'generate_sql', duration_ms: 5, error: 'model down' }),
      event({ type: 'run_end', status: 'error', duration_ms: 50, iterations: 0, usage: usage(), resources: { peak_rss_bytes: 0, cpu_user_ms: 0, cpu_system_ms: 0 }, error: 'model down' }),
    ]);
    expect(state.rows.map((row) => `${row.node}:${row.status}`)).toEqual([
      'schema_linking:done',
      'execute_sql:skipped',
      'reflect:skipped',
      'generate_sql:failed',
      'output:skipped',
    ]);
    expect(state.phase).toBe('error');
    expect(settledRowCount(state.rows)).toBe(state.rows.length);
  });

  it('tracks parallel branches inside their group', () => {
    const group = { kind: 'parallel' as const, steps: [step(1, 'search_metrics'), step(2, 'date_parser')], iteration: 0, id: '3:parallel' };
    const state = reduceRunEvents([start([step(0, 'schema_linking'), group]), nodeStart('1:search_metrics'), nodeEnd('1:search_metrics', '3 metrics found')]);
    expect(state.rows[1]).toMatchObject({ node: 'parallel', status: 'running' });
    expect(state.rows[1]!.children.map((child) => child.status)).toEqual(['done', 'waiting']);
    const done = reduceRunEvents([nodeStart('2:date_parser'), nodeEnd('2:date_parser', '1 range'), nodeEnd('3:parallel', 'both')], state);
    expect(done.rows[1]).toMatchObject({ status: 'done', detail: 'both' });
  });

  it('shows a resumed run with the steps finished earlier marked done, filled from the earlier log', () => {
    const state = reduceRunEvents([start(plan.slice(2), plan.slice(0, 2), true)]);
    expect(state.rows.map((row) => row.status)).toEqual(['done', 'done', 'waiting', 'waiting', 'waiting']);
    expect(state.rows[0]).toMatchObject({ earlier: true, detail: 'done earlier' });
    const filled = withEarlierEvents(state, [nodeEnd('0:schema_linking', '4 tables linked', 7)]);
    expect(filled.rows[0]).toMatchObject({ detail: 'earlier run: 4 tables linked', tokens: 7 });
    expect(filled.rows[1]!.detail).toBe('done earlier');
  });

  it('turns the running step of a cancelled run into a skipped one that runs again on resume', () => {
    const state = reduceRunEvents([
      start(plan),
      nodeStart('0:schema_linking'),
      event({ type: 'run_end', status: 'cancelled', duration_ms: 5, iterations: 0, usage: usage(), resources: { peak_rss_bytes: 0, cpu_user_ms: 0, cpu_system_ms: 0 } }),
    ]);
    expect(state.rows[0]).toMatchObject({ status: 'skipped', detail: 'cancelled; runs again on resume' });
    expect(state.phase).toBe('cancelled');
  });
});

describe('table fitting', () => {
  const columns = ['id', 'email', 'city'];
  const rows = [
    [1, 'a.very.long.email.address@example.com', 'San Francisco'],
    [22, 'short@x.io', 'Fresno'],
  ];

  it('keeps a table that fits as it is', () => {
    const table = fitTable(columns, rows, { width: 100 });
    expect(table.lines[0]).toBe(' 1 │ a.very.long.email.address@example.com │ San Francisco');
    expect(table.hiddenColumns).toBe(0);
  });

  it('keeps values whole: the column that does not fit is dropped and named, and no line exceeds the width', () => {
    const table = fitTable(columns, rows, { width: 45 });
    for (const line of [table.header, table.rule, ...table.lines]) expect([...line].length).toBeLessThanOrEqual(45);
    expect(table.lines[0]).toBe(' 1 │ a.very.long.email.address@example.com');
    expect(table.hiddenColumnNames).toEqual(['city']);
  });

  it('cuts only long free text, and gives it back the room that is left', () => {
    const comment = 'Price per unit actually paid in US dollars, after discounts';
    const narrow = fitTable(['name', 'comment'], [['unit_price', comment]], { width: 40 });
    expect(narrow.lines[0]).toBe('unit_price │ Price per unit actually pa…');
    const wide = fitTable(['name', 'comment'], [['unit_price', comment]], { width: 120 });
    expect(wide.lines[0]).toBe(`unit_price │ ${comment}`);
    const dates = fitTable(['id', 'signup_date'], [[1, '2021-01-01']], { width: 12 });
    expect(dates.lines[0]).toBe(' 1');
    expect(dates.hiddenColumnNames).toEqual(['signup_date']);
  });

  it('keeps a value with a newline on its row', () => {
    expect(fitTable(['note'], [['two\nlines']], { width: 40 }).lines).toEqual(['two↵lines']);
  });

  it('drops columns from the right when even the narrowest cells do not fit', () => {
    const table = fitTable(columns, rows, { width: 12 });
    expect(table.hiddenColumns).toBeGreaterThan(0);
    expect([...table.header].length).toBeLessThanOrEqual(12);
  });

  it('limits rows and counts the rest', () => {
    expect(fitTable(['n'], [[1], [2], [3]], { width: 10, maxRows: 2 }).hiddenRows).toBe(1);
  });

  it('cuts text with an ellipsis', () => {
    expect(cutText('abcdef', 4)).toBe('abc…');
    expect(cutText('abc', 4)).toBe('abc');
  });
});

describe('chart shape', () => {
  it('sees a series in a date column with a measure', () => {
    const shape = chartShape({ columns: ['month', 'revenue'], column_types: ['DATE', 'DECIMAL(18,2)'], rows: [['2024-01-01', '10.5'], ['2024-02-01', '12']] });
    expect(shape).toMatchObject({ kind: 'series', labelColumn: 'month', measureColumn: 'revenue', values: [10.5, 12] });
  });

  it('sees a breakdown in a category column with a measure', () => {
    expect(chartShape({ columns: ['status', 'orders'], rows: [['shipped', 3], ['cancelled', 1]] })?.kind).toBe('breakdown');
  });

  it('leaves listings of records alone', () => {
    expect(chartShape({ columns: ['customer_id', 'name', 'email'], rows: [[1, 'a', 'x'], [2, 'b', 'y']] })).toBeUndefined();
    expect(chartShape({ columns: ['customer_id', 'name'], rows: [[1, 'a'], [2, 'b']] })).toBeUndefined();
    expect(chartShape({ columns: ['n'], rows: [[1], [2]] })).toBeUndefined();
  });

  it('draws a sparkline scaled between the smallest and largest value', () => {
    expect(sparklineText([1, 2, 3, 4, 5, 6, 7, 8], 8)).toBe('▁▂▃▄▅▆▇█');
    expect(sparklineText([1, 1, 1, 9], 2)).toBe('▁█');
  });
});

describe('prompt line editing', () => {
  const run = (actions: LineAction[]) => actions.reduce(editLine, emptyLine);
  const history = ['first question', 'second question'];

  it('inserts at the cursor and deletes before it', () => {
    const line = run([{ type: 'insert', text: 'helo' }, { type: 'left' }, { type: 'insert', text: 'l' }, { type: 'end' }, { type: 'backspace' }]);
    expect(line).toMatchObject({ value: 'hell', cursor: 4 });
  });

  it('walks the history with the arrows and gives the draft back', () => {
    const up = run([{ type: 'insert', text: 'draft' }, { type: 'previous', history }]);
    expect(up.value).toBe('second question');
    const upUp = editLine(up, { type: 'previous', history });
    expect(upUp.value).toBe('first question');
    expect(editLine(upUp, { type: 'previous', history }).value).toBe('first question');
    const down = editLine(editLine(upUp, { type: 'next', history }), { type: 'next', history });
    expect(down).toMatchObject({ value: 'draft', browsing: null });
  });

  it('keeps control characters and newlines out of the line', () => {
    expect(run([{ type: 'insert', text: 'a\u0007b\nc' }]).value).toBe('ab c');
  });
});
