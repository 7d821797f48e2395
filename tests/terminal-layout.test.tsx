import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { Prompt, promptLines } from '../ui/components/Prompt.js';
import { SqlView } from '../ui/components/SqlView.js';
import { inputHistoryPath, loadInputHistory, MAX_SAVED_INPUTS, saveInputHistory } from '../ui/input-history-file.js';
import { emptyLine } from '../ui/line-editor.js';
import { rowsAfterReflow } from '../ui/reflow-guard.js';
import { wrapIndented } from '../ui/wrap-indented.js';

const plain = (frame: string | undefined) => (frame ?? '').replace(/\u001B\[[0-9;]*m/g, '');

afterEach(() => cleanup());

describe('SQL wrapping', () => {
  it('continues a long line under its own indentation, breaking between words', () => {
    const sql = 'SELECT c.name,\n    sum(oi.quantity * oi.unit_price) AS revenue_in_dollars_after_discounts, count(DISTINCT o.order_id) AS orders\nFROM x';
    expect(wrapIndented(sql, 50).split('\n')).toEqual([
      'SELECT c.name,',
      '    sum(oi.quantity * oi.unit_price) AS',
      '      revenue_in_dollars_after_discounts,',
      '      count(DISTINCT o.order_id) AS orders',
      'FROM x',
    ]);
  });

  it('breaks a word longer than the line where the line ends, and leaves short lines alone', () => {
    expect(wrapIndented('x'.repeat(25), 10).split('\n').map((line) => line.length)).toEqual([10, 10, 9]);
    expect(wrapIndented('SELECT 1', 10)).toBe('SELECT 1');
  });

  it('SqlView draws no line wider than its width', () => {
    const sql = "SELECT customer_id, first_name, last_name, email FROM customers WHERE state = 'CA' AND segment = 'enterprise'";
    const frame = plain(render(<SqlView sql={sql} color={false} width={40} />).lastFrame()).split('\n').filter(Boolean);
    expect(Math.max(...frame.map((line) => line.length))).toBeLessThanOrEqual(40);
    expect(frame[0]).toBe('  SELECT customer_id, first_name,');
    expect(frame[1]).toMatch(/^ {4}last_name/);
  });
});

describe('the prompt', () => {
  it('keeps the reminder of the keys to one line, and shows the exit hint in its place', () => {
    const narrow = plain(render(<Prompt label="demo/reflection › " line={emptyLine} width={30} />).lastFrame()).split('\n');
    expect(narrow).toHaveLength(2);
    expect(narrow[1]!.length).toBeLessThanOrEqual(30);
    const armed = plain(render(<Prompt label="demo/reflection › " line={emptyLine} width={80} hint="(press Ctrl-C again to exit)" />).lastFrame());
    expect(armed).toContain('(press Ctrl-C again to exit)');
    expect(armed).not.toContain('Enter asks');
  });

  it('counts the rows a narrower terminal re-wraps the prompt into', () => {
    const lines = promptLines('demo/reflection › ', emptyLine, 119);
    expect(rowsAfterReflow(lines, 120, 120)).toBe(2);
    expect(rowsAfterReflow(lines, 120, 50)).toBe(3);
    expect(rowsAfterReflow(['x'.repeat(100)], 60, 30)).toBe(2 + 2);
  });
});

describe('the input history file', () => {
  it('lives in $XDG_STATE_HOME/sluice, else ~/.local/state/sluice', () => {
    expect(inputHistoryPath({ XDG_STATE_HOME: '/var/state' })).toBe('/var/state/sluice/history');
    expect(inputHistoryPath({})).toBe(path.join(os.homedir(), '.local', 'state', 'sluice', 'history'));
    expect(inputHistoryPath({ XDG_STATE_HOME: 'relative' })).toBe(path.join(os.homedir(), '.local', 'state', 'sluice', 'history'));
  });

  it('keeps the last lines only, and a folder that cannot be written loses nothing but the history', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-history-'));
    const file = path.join(dir, 'deep', 'sluice', 'history');
    const lines = Array.from({ length: MAX_SAVED_INPUTS + 20 }, (_, i) => `question ${i}`);
    saveInputHistory(lines, file);
    const loaded = loadInputHistory(file);
    expect(loaded).toHaveLength(MAX_SAVED_INPUTS);
    expect(loaded.at(-1)).toBe(`question ${MAX_SAVED_INPUTS + 19}`);
    fs.writeFileSync(path.join(dir, 'blocker'), '');
    expect(() => saveInputHistory(['x'], path.join(dir, 'blocker', 'history'))).not.toThrow();
    expect(loadInputHistory(path.join(dir, 'missing'))).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
