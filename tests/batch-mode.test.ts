import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { Observable, lastValueFrom, map, mergeMap, tap } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countQuestionLines } from '../src/batch/count-question-lines.js';
import { FlowGate } from '../src/batch/flow-gate.js';
import { parseBatchLine } from '../src/batch/parse-batch-line.js';
import { readInputLines } from '../src/batch/read-input-lines.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli', 'sluice.js');
let work: string;

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, SLUICE_CACHE_DIR: path.join(work, 'cache'), NO_COLOR: '1' };
  delete env.OPENAI_API_KEY;
  delete env.OPENAI_BASE_URL;
  return env;
}

/** Runs the built CLI with `input` on stdin: a string through a pipe, a file descriptor (a `< file` redirect), or null: a pipe left open. */
function sluice(args: string[], input: string | number | null, onStart?: (child: ReturnType<typeof spawn>) => void): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: work, env: childEnv(), stdio: [typeof input === 'number' ? input : 'pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk) => (stdout += chunk));
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    if (typeof input === 'string') child.stdin!.end(input);
    onStart?.(child);
  });
}

const QUESTIONS = [
  'How many orders per status',
  'Revenue by customer segment',
  'Monthly revenue in 2024',
  'List all customers from California',
  'Top 5 products by revenue last quarter',
];

type Expect = { kind: 'answer'; id: string | number | null } | { kind: 'error'; id: string | number | null; error: RegExp } | { kind: 'blank' };

/** A few hundred lines: plain questions, JSON objects, malformed JSON, bad objects, unknown plans and blank lines. */
function mixedInput(count: number): { text: string; expected: Map<number, Expect> } {
  const lines: string[] = [];
  const expected = new Map<number, Expect>();
  for (let i = 0; i < count; i++) {
    const line = i + 1;
    const question = QUESTIONS[i % QUESTIONS.length]!;
    switch (i % 12) {
      case 3:
        lines.push(JSON.stringify({ id: `q${line}`, task: question, plan: 'fixed', current_date: '2025-06-30' }));
        expected.set(line, { kind: 'answer', id: `q${line}` });
        break;
      case 5:
        lines.push(JSON.stringify({ id: line, task: question, extra: { kept: 'out' } }));
        expected.set(line, { kind: 'answer', id: line });
        break;
      case 7:
        lines.push(`{"id": "broken${line}", "task": "${question}"`);
        expected.set(line, { kind: 'error', id: `broken${line}`, error: /^malformed JSON/ });
        break;
      case 8:
        lines.push(i % 24 === 8 ? '' : '   \t ');
        expected.set(line, { kind: 'blank' });
        break;
      case 9:
        lines.push(JSON.stringify({ id: `nt${line}`, question }));
        expected.set(line, { kind: 'error', id: `nt${line}`, error: /^invalid question object: task/ });
        break;
      case 10:
        lines.push(JSON.stringify({ id: `np${line}`, task: question, plan: 'no_such_plan' }));
        expected.set(line, { kind: 'error', id: `np${line}`, error: /unknown plan "no_such_plan"/ });
        break;
      default:
        lines.push(question);
        expected.set(line, { kind: 'answer', id: null });
    }
  }
  return { text: `${lines.join('\n')}\n`, expected };
}

beforeAll(() => {
  if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: build first (npx tsc -p tsconfig.json)`);
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-batch-'));
});

afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

describe('sluice run with questions on stdin', () => {
  it('answers a few hundred mixed lines, one JSON line each, malformed ones included, blank ones skipped', async () => {
    const { text, expected } = mixedInput(240);
    const saveDir = path.join(work, 'save-mixed');
    const result = await sluice(['run', '--format', 'json', '--save_dir', saveDir, '--concurrency', '8'], text);

    const out = result.stdout.trimEnd().split('\n');
    const records = out.map((line) => JSON.parse(line) as Record<string, unknown>);
    const wanted = [...expected].filter(([, e]) => e.kind !== 'blank');
    expect(records).toHaveLength(wanted.length);
    const byLine = new Map(records.map((record) => [record.line as number, record]));
    expect(byLine.size).toBe(records.length);

    for (const [line, want] of expected) {
      const record = byLine.get(line);
      if (want.kind === 'blank') {
        expect(record, `blank line ${line} is skipped`).toBeUndefined();
        continue;
      }
      expect(record, `line ${line} has its result`).toBeDefined();
      expect(record!.id).toEqual(want.id);
      if (want.kind === 'error') {
        expect(record).toMatchObject({ line, status: 'error' });
        expect(record!.error).toMatch(want.error);
        expect(Object.keys(record!).sort()).toEqual(['error', 'id', 'line', 'status']);
        continue;
      }
      expect(record, `line ${line}: ${JSON.stringify(record).slice(0, 300)}`).toMatchObject({ line, status: 'success' });
      expect(typeof record!.sql).toBe('string');
      expect(Array.isArray(record!.columns)).toBe(true);
      expect(Array.isArray(record!.rows)).toBe(true);
      expect(typeof record!.row_count).toBe('number');
      expect(record!.nodes).toContain('execute_sql');
      expect(record!.usage).toBeTypeOf('object');
      // Each answered question is a saved run that `sluice resume` can find.
      const state = JSON.parse(fs.readFileSync(path.join(saveDir, record!.run_id as string, 'state.json'), 'utf8'));
      expect(state.context.task.text).toBe(QUESTIONS[(line - 1) % QUESTIONS.length]);
    }
    const plans = records.filter((r) => typeof r.id === 'string' && (r.id as string).startsWith('q')).map((r) => r.nodes as string[]);
    expect(plans.every((nodes) => !nodes.includes('reflect'))).toBe(true);

    expect(result.code).toBe(1);
    const progress = result.stderr.trimEnd().split('\n').at(-1);
    expect(progress).toMatch(new RegExp(`^sluice batch: ${wanted.length}/${wanted.length} done · \\d+ answered, \\d+ not · [\\d.]+/s · elapsed`));
    expect(result.stderr).not.toMatch(/\u001B\[/);
  }, 120_000);

  it('--ordered writes results in input order and exits 0 when every question was answered', async () => {
    const lines = Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? JSON.stringify({ id: `o${i}`, task: QUESTIONS[i % QUESTIONS.length] }) : QUESTIONS[i % QUESTIONS.length]));
    const result = await sluice(['run', '--save_dir', path.join(work, 'save-ordered'), '--concurrency', '6', '--ordered'], `${lines.join('\n')}\n\n`);
    expect(result.code).toBe(0);
    const records = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { line: number; status: string; id: unknown });
    expect(records.map((r) => r.line)).toEqual(lines.map((_, i) => i + 1));
    expect(records.every((r) => r.status === 'success')).toBe(true);
    expect(records[0]!.id).toBe('o0');
    expect(records[1]!.id).toBeNull();
  }, 120_000);

  it('reads stdin redirected from a file, knowing the total from the start', async () => {
    const file = path.join(work, 'questions.txt');
    fs.writeFileSync(file, `${QUESTIONS.join('\n')}\n\n${QUESTIONS.join('\n')}\n`);
    const fd = fs.openSync(file, 'r');
    try {
      const result = await sluice(['run', '--save_dir', path.join(work, 'save-file')], fd);
      expect(result.code).toBe(0);
      expect(result.stdout.trimEnd().split('\n')).toHaveLength(QUESTIONS.length * 2);
      expect(result.stderr.trimEnd().split('\n').at(-1)).toMatch(new RegExp(`^sluice batch: ${QUESTIONS.length * 2}/${QUESTIONS.length * 2} done`));
    } finally {
      fs.closeSync(fd);
    }
  }, 120_000);

  it('on SIGINT stops reading, cancels the runs in flight (saved, resumable), writes their lines and exits 130', async () => {
    writeSlowPlan();
    const saveDir = path.join(work, 'save-interrupted');
    const lines = `${Array.from({ length: 100 }, () => 'How many orders per status').join('\n')}\n`;
    const args = ['run', '--config', 'slow.yml', '--workflow', 'slow-workflow.yml', '--plan', 'slow', '--concurrency', '3', '--save_dir', saveDir];
    const result = await sluice(args, lines, (child) => {
      const poll = setInterval(() => {
        const started = fs.existsSync(saveDir) ? fs.readdirSync(saveDir).length : 0;
        if (started >= 3) {
          clearInterval(poll);
          setTimeout(() => child.kill('SIGINT'), 300);
        }
      }, 50);
    });
    expect(result.code).toBe(130);
    const records = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { line: number; status: string; run_id?: string; error?: string });
    expect(records.length).toBeGreaterThanOrEqual(3);
    expect(records.length).toBeLessThan(100);
    expect(new Set(records.map((r) => r.line)).size).toBe(records.length);
    const interrupted = records.filter((r) => r.run_id);
    expect(interrupted).toHaveLength(3);
    for (const record of interrupted) {
      expect(record.status).toBe('cancelled');
      const state = JSON.parse(fs.readFileSync(path.join(saveDir, record.run_id!, 'state.json'), 'utf8'));
      expect(state.context.status).toBe('running');
    }
    expect(records.filter((r) => !r.run_id).every((r) => r.status === 'cancelled' && r.error === 'cancelled before it started')).toBe(true);
    expect(result.stderr).toContain('batch interrupted');
  }, 120_000);

  it('on SIGINT exits even while stdin is still open and sending nothing', async () => {
    const saveDir = path.join(work, 'save-open-stdin');
    const args = ['run', '--config', 'slow.yml', '--workflow', 'slow-workflow.yml', '--plan', 'slow', '--save_dir', saveDir];
    writeSlowPlan();
    const result = await sluice(args, null, (child) => {
      child.stdin!.write('How many orders per status\nRevenue by customer segment\n');
      const poll = setInterval(() => {
        if ((fs.existsSync(saveDir) ? fs.readdirSync(saveDir).length : 0) >= 2) {
          clearInterval(poll);
          child.kill('SIGINT');
        }
      }, 50);
    });
    expect(result.code).toBe(130);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(2);
  }, 120_000);

  it('exits 2 on a usage error, before reading any question', async () => {
    const result = await sluice(['run', '--plan', 'no_such_plan', '--save_dir', path.join(work, 'save-usage')], 'How many orders per status\n');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('unknown plan "no_such_plan"');
  }, 120_000);

  it('exits 0 with a note when stdin holds no question at all', async () => {
    const result = await sluice(['run', '--save_dir', path.join(work, 'save-empty')], '\n   \n');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('no questions on stdin');
  }, 120_000);
});

/** A plan `slow` (slow.yml, slow-workflow.yml) whose `pause` node waits 30 s unless cancelled. */
function writeSlowPlan(): void {
  fs.writeFileSync(
    path.join(work, 'pause-node.mjs'),
    `export const nodes = [{ name: 'pause', description: 'waits', async run(context, call) {
      await new Promise((resolve, reject) => { const t = setTimeout(resolve, 30000); call.signal.addEventListener('abort', () => { clearTimeout(t); reject(new Error('aborted')); }); });
      return { context, summary: 'waited' };
    } }];\n`,
  );
  fs.writeFileSync(path.join(work, 'slow.yml'), 'plugins:\n  - ./pause-node.mjs\n');
  fs.writeFileSync(path.join(work, 'slow-workflow.yml'), 'workflow:\n  slow:\n    - schema_linking\n    - pause\n    - generate_sql\n');
}

/** Completes on a later turn of the event loop, like a question that takes a while. */
const later = <T,>(value: T) =>
  new Observable<T>((subscriber) => {
    const handle = setImmediate(() => {
      subscriber.next(value);
      subscriber.complete();
    });
    return () => clearImmediate(handle);
  });

describe('streaming input', () => {
  it('reads ahead only as far as the gate allows, however long the input', async () => {
    const total = 30_000;
    let produced = 0;
    const source = new Readable({
      highWaterMark: 1024,
      read() {
        if (produced >= total) return this.push(null);
        const batch: string[] = [];
        for (let i = 0; i < 50 && produced < total; i++) batch.push(`question ${++produced}`);
        this.push(`${batch.join('\n')}\n`);
      },
    });
    const gate = new FlowGate(16);
    let consumed = 0;
    let maxAhead = 0;
    await lastValueFrom(
      readInputLines(source, gate).pipe(
        map(parseBatchLine),
        mergeMap((line) => later(line), 4),
        tap(() => {
          consumed++;
          maxAhead = Math.max(maxAhead, produced - consumed);
          gate.release();
        }),
      ),
    );
    expect(consumed).toBe(total);
    // Bounded by a stream chunk, not by the input's length.
    expect(maxAhead).toBeLessThan(5_000);
  });

  it('counts the questions of a file ahead, for the total and the ETA, without moving the reader', async () => {
    const file = path.join(work, 'count.txt');
    fs.writeFileSync(file, '\uFEFFone\n\n  \t\r\ntwo\r\n{"task": "three"}\nfour');
    const fd = fs.openSync(file, 'r');
    try {
      expect(await countQuestionLines(fd)).toBe(4);
      const start = Buffer.alloc(6);
      fs.readSync(fd, start, 0, 6, null);
      expect(start.toString('utf8')).toBe('\uFEFFone');
    } finally {
      fs.closeSync(fd);
    }
  });

  it('counts a lone carriage return as a line end, as the line reader does, so the total and line numbers agree', async () => {
    const file = path.join(work, 'lone-cr.txt');
    fs.writeFileSync(file, 'one\rtwo\r\n\rthree\n');
    const fd = fs.openSync(file, 'r');
    try {
      expect(await countQuestionLines(fd)).toBe(3);
    } finally {
      fs.closeSync(fd);
    }
    const gate = new FlowGate(4);
    const seen: Array<[number, string]> = [];
    await lastValueFrom(
      readInputLines(Readable.from(['one\rtwo\r\n\rthree\n']), gate).pipe(
        tap((line) => {
          seen.push([line.line, line.text]);
          gate.release();
        }),
      ),
    );
    expect(seen).toEqual([
      [1, 'one'],
      [2, 'two'],
      [4, 'three'],
    ]);
  });

  it('keeps line numbers with blank lines counted and skipped', async () => {
    const gate = new FlowGate(4);
    const seen: Array<[number, number, string]> = [];
    await lastValueFrom(
      readInputLines(Readable.from(['\uFEFFfirst\n\n  \nsecond\r\nthird']), gate).pipe(
        tap((line) => {
          seen.push([line.line, line.seq, line.text]);
          gate.release();
        }),
      ),
    );
    expect(seen).toEqual([
      [1, 0, 'first'],
      [4, 1, 'second'],
      [5, 2, 'third'],
    ]);
  });
});
