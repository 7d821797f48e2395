import type { SqlAttempt, ValidationFinding } from '../context/context-schema.js';

const KEY_COLUMN = /(^id$|_id$|^key$|_key$)/i;
const COUNT_COLUMN = /(count|^num_|^n_|_users$|quantity|total_orders)/i;

/** Sanity checks on a result: nulls or duplicates in key columns, negative counts, implausible row counts. */
export function checkResult(attempt: SqlAttempt, maxRows: number): ValidationFinding[] {
  const findings: ValidationFinding[] = [];
  if (attempt.error) {
    return [{ check: 'executed', severity: 'error', message: `the query failed: ${attempt.error.split('\n')[0]}` }];
  }
  if (attempt.row_count === 0) findings.push({ check: 'row_count', severity: 'warning', message: 'the query returned no rows' });
  if (attempt.truncated || attempt.row_count >= maxRows) {
    findings.push({ check: 'row_count', severity: 'warning', message: `the result was cut at ${maxRows} rows; an aggregate or a filter may be missing` });
  }
  attempt.columns.forEach((column, index) => {
    const values = attempt.rows.map((row) => row[index]);
    if (KEY_COLUMN.test(column)) {
      const nulls = values.filter((v) => v === null || v === undefined).length;
      if (nulls > 0) findings.push({ check: 'key_nulls', severity: 'error', message: `key column ${column} has ${nulls} NULL value(s)` });
      const seen = new Set(values.filter((v) => v !== null).map((v) => JSON.stringify(v)));
      const isOnlyKeyColumn = attempt.columns.filter((c) => KEY_COLUMN.test(c)).length === 1;
      if (isOnlyKeyColumn && seen.size < values.filter((v) => v !== null).length) {
        findings.push({ check: 'key_duplicates', severity: 'warning', message: `key column ${column} has duplicate values; a join may multiply rows` });
      }
    }
    if (COUNT_COLUMN.test(column)) {
      const negatives = values.filter((v) => typeof v === 'number' && v < 0).length;
      if (negatives > 0) findings.push({ check: 'negative_counts', severity: 'error', message: `count column ${column} has ${negatives} negative value(s)` });
    }
    if (values.length > 0 && values.every((v) => v === null)) {
      findings.push({ check: 'all_null', severity: 'warning', message: `column ${column} is NULL in every row` });
    }
  });
  return findings;
}
