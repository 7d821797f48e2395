import type { Context, SqlAttempt } from '../../context/context-schema.js';
import type { ComparisonJudgement } from '../sql-model.js';
import { parseExpectation, type Expectation } from './parse-expectation.js';

const ROWS_COMPARED = 5;

/** Compares the latest result with the task's stated expectation, else with the previous successful attempt. */
export function compareResults(context: Context): ComparisonJudgement {
  const latest = context.sql_attempts.at(-1);
  const expectation = parseExpectation(context.task.text);
  if (!latest) return { against: expectation ? `expectation "${expectation.text}"` : 'nothing', matches: false, differences: ['there is no result yet'] };
  if (latest.error !== undefined) {
    return { against: expectation ? `expectation "${expectation.text}"` : 'the previous result', matches: false, differences: [`the latest query failed: ${latest.error.split('\n')[0]}`] };
  }
  if (expectation) return againstExpectation(latest, expectation);

  const previous = context.sql_attempts.slice(0, -1).reverse().find((a) => a.executed && a.error === undefined);
  if (!previous) return { against: 'nothing', matches: true, differences: [] };
  return againstPrevious(latest, previous, context.sql_attempts.indexOf(previous) + 1);
}

function againstExpectation(latest: SqlAttempt, expectation: Expectation): ComparisonJudgement {
  const against = `expectation "${expectation.text}"`;
  const actual = expectation.target === 'rows' ? latest.row_count : firstNumber(latest);
  if (actual === undefined) return { against, matches: false, differences: ['the result has no numeric value to compare'] };
  const close = Math.abs(actual - expectation.value) <= Math.max(Math.abs(expectation.value) * expectation.tolerance, 1e-9 * Math.max(1, Math.abs(expectation.value)));
  const what = expectation.target === 'rows' ? 'rows' : 'value';
  return {
    against,
    matches: close,
    differences: close ? [] : [`expected ${expectation.tolerance > 0 ? 'about ' : ''}${expectation.value} ${what}, got ${actual}`],
  };
}

function againstPrevious(latest: SqlAttempt, previous: SqlAttempt, number: number): ComparisonJudgement {
  const differences: string[] = [];
  if (latest.row_count !== previous.row_count) differences.push(`row count ${latest.row_count} vs ${previous.row_count} before`);
  if (latest.columns.join('\u0000') !== previous.columns.join('\u0000')) {
    differences.push(`columns (${latest.columns.join(', ')}) vs (${previous.columns.join(', ')}) before`);
  }
  const rows = Math.min(ROWS_COMPARED, latest.rows.length, previous.rows.length);
  for (let r = 0; r < rows; r++) {
    if (!sameRow(latest.rows[r]!, previous.rows[r]!)) {
      differences.push(`row ${r + 1} differs: ${JSON.stringify(latest.rows[r])} vs ${JSON.stringify(previous.rows[r])} before`);
    }
  }
  return { against: `attempt ${number} (the previous successful result)`, matches: differences.length === 0, differences };
}

function sameRow(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((value, i) => {
    const x = toNumber(value);
    const y = toNumber(b[i]);
    if (x !== undefined && y !== undefined) return Math.abs(x - y) <= 1e-6 * Math.max(1, Math.abs(x), Math.abs(y));
    return JSON.stringify(value) === JSON.stringify(b[i]);
  });
}

function firstNumber(attempt: SqlAttempt): number | undefined {
  for (const value of attempt.rows[0] ?? []) {
    const number = toNumber(value);
    if (number !== undefined) return number;
  }
  return undefined;
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(value.trim())) return Number(value);
  return undefined;
}
