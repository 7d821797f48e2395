import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, cliEnv, tempDir } from './helpers/run-cli.js';

/**
 * Raw bytes on a batch's stdin, as a pipe delivers them (not a JS string, which would always be valid UTF-8):
 * bytes that are not UTF-8, NUL bytes, binary blobs and 50 MB lines, between real questions. Every line gets one
 * clear record, the questions among them are answered, and nothing ends the batch early. A line over the limit is
 * refused while it streams in, not held whole first.
 */
const work = tempDir('sluice-batch-stdin-bytes-');
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const FIFTY_MB = 50 * 1024 * 1024;
const NOT_TEXT = 'the task contains control characters or bytes that are not UTF-8 text; is the input a file of questions?';
const TOO_LONG = 'the line is over 1,048,576 bytes, the most one line may hold (a question is at most 10,000 characters); it was skipped unread';

interface Record {
  line: number;
  id: string | number | null;
  status: string;
  error?: string;
}

function runWithBytes(args: string[], input: Buffer): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: work, env: cliEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 300_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

describe('a batch fed raw bytes', () => {
  it('gives every line one clear record and answers the questions between the garbage', async () => {
    const binary = Buffer.from(Array.from({ length: 4_096 }, (_, i) => (i * 7919 + 13) % 256).filter((byte) => byte !== 0x0a && byte !== 0x0d));
    const lines: [Buffer, Partial<Record>][] = [
      [Buffer.from('How many orders per status'), { status: 'success' }],
      [Buffer.from([0xff, 0xfe, 0x80, 0x81, 0x41, 0x42]), { status: 'error', error: NOT_TEXT }],
      [Buffer.from('Which state\u0000 has the most customers?'), { status: 'error', error: NOT_TEXT }],
      [binary, { status: 'error' }],
      [Buffer.from(`{"id":"big","task":"${'x'.repeat(FIFTY_MB)}"}`), { id: 'big', status: 'error', error: TOO_LONG }],
      [Buffer.from(`{"id":"broken","task":"${'y'.repeat(FIFTY_MB)}`), { id: 'broken', status: 'error', error: TOO_LONG }],
      [Buffer.from('z'.repeat(FIFTY_MB)), { status: 'error', error: TOO_LONG }],
      [Buffer.from('Revenue by customer segment'), { status: 'success' }],
      [Buffer.concat([Buffer.from('caf'), Buffer.from([0xc3, 0xa9]), Buffer.from(' orders '), Buffer.from([0xe2, 0x82]), Buffer.from(' per status')]), { status: 'error', error: NOT_TEXT }],
      [Buffer.from('How many customers are in each segment?'), { status: 'success' }],
    ];
    // The last line has no newline: end of input ends it.
    const input = Buffer.concat(lines.flatMap(([bytes], i) => (i < lines.length - 1 ? [bytes, Buffer.from('\n')] : [bytes])));
    const result = await runWithBytes(['run', '--current_date', '2025-06-30', '--save_dir', path.join(work, 'save')], input);

    expect(result.code, result.stderr).toBe(1);
    const records = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record);
    expect(records.map((record) => record.line).sort((a, b) => a - b)).toEqual(lines.map((_, i) => i + 1));
    for (const record of records) {
      const [, expected] = lines[record.line - 1]!;
      expect(record, `line ${record.line}`).toMatchObject(expected);
      if (record.status === 'error') expect(record.error!.length, `line ${record.line}`).toBeLessThan(200);
    }
    expect(result.stderr.trimEnd().split('\n').at(-1)).toMatch(/^sluice batch: 10\/10 done · 3 answered, 7 not/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 600_000);
});

describe('a batch fed an over-long line', () => {
  it('refuses it while it is still arriving, naming the limit and its id, and answers the lines after it', async () => {
    const child = spawn(process.execPath, [CLI, 'run', '--current_date', '2025-06-30', '--save_dir', path.join(work, 'save-long')], { cwd: work, env: cliEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let refused: () => void;
    const refusedNow = new Promise<void>((resolve) => (refused = resolve));
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (stdout.includes('"line":2')) refused();
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdin.write(`How many orders per status\n{"id":"long","task":"${'x'.repeat(2 * 1024 * 1024)}`);
    // Nothing more is sent until line 2 is refused: a reader holding the whole line first would wait for its end forever.
    await refusedNow;
    child.stdin.end(`${'x'.repeat(2 * 1024 * 1024)}"}\nRevenue by customer segment\n`);
    const code = await closed;

    expect(code, stderr).toBe(1);
    const records = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record);
    expect(records.sort((a, b) => a.line - b.line)).toMatchObject([
      { line: 1, status: 'success' },
      { line: 2, id: 'long', status: 'error', error: TOO_LONG },
      { line: 3, status: 'success' },
    ]);
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 300_000);
});
