import type { Context } from '../context/context-schema.js';
import type { GeneratedSql } from '../models/sql-model.js';
import { adaptExampleSql } from './adapt-example-sql.js';
import { knownValues } from './known-values.js';
import { maskQuestion } from './mask-question.js';

/**
 * The offline model's use of example memory: a retrieved example that is the task with other values gives its SQL
 * with the task's values, unless an earlier attempt of this run already tried that SQL. Undefined otherwise.
 */
export function adaptConfirmedExample(context: Context): GeneratedSql | undefined {
  if (context.examples.length === 0) return undefined;
  const task = maskQuestion(context.task.text, knownValues(context.matched_values));
  const tried = new Set(context.sql_attempts.map((attempt) => flat(attempt.sql)));
  for (const example of context.examples) {
    const adapted = adaptExampleSql(example, task);
    if (!adapted || tried.has(flat(adapted.sql))) continue;
    const values = adapted.changes.length > 0 ? `, with ${adapted.changes.join(', ')}` : '';
    return {
      sql: adapted.sql,
      explanation: `Adapted from a confirmed example (${example.id}: "${example.question}")${values}.`,
      tables_used: context.table_schemas.map((table) => table.name).filter((name) => mentions(adapted.sql, name)),
    };
  }
  return undefined;
}

function flat(sql: string): string {
  return sql.replace(/\s+/g, ' ').trim().replace(/;$/, '').toLowerCase();
}

function mentions(sql: string, table: string): boolean {
  return new RegExp(`(^|[^\\w$])${table.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\w$])`, 'i').test(sql);
}
