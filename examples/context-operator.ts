/**
 * A custom operator that reads the context and writes to it, typed end to end.
 *
 * Every node in a plan is an RxJS `OperatorFunction<Context, Context>`: it gets the run's context
 * and passes on a new one (never a mutated one). The fields a custom operator usually reads:
 *
 * - `task.text`, `task.namespace`, `task.current_date`: the question and where and when it is asked
 * - `table_schemas`: tables schema_linking chose (name, columns with types and keys, ddl, sample_rows)
 * - `matched_values`: question words found as values in the data (table, column, value)
 * - `date_ranges`: dates the question names, as ISO start (inclusive) and end (exclusive)
 * - `sql_attempts`: every SQL tried, latest last: sql, columns, column_types, rows, row_count, error
 * - `reflections`, `iteration`: what reflect decided each round
 * - `notes`: free-form notes nodes leave for later nodes and for the user
 *
 * It writes with a spread: `{ ...context, notes: [...context.notes, note] }`.
 *
 *   npm run build && node dist/examples/context-operator.js "How many orders were cancelled?"
 */
import { lastValueFrom, map, of, type OperatorFunction } from 'rxjs';
// In your own project: from 'sluice'.
import { createInitialContext, executeSql, generateSql, openSluice, schemaLinking, type Context, type SqlAttempt } from '../src/index.js';

/** Notes which linked tables the latest SQL did not use, and how many rows it returned. */
export function noteUnusedTables(): OperatorFunction<Context, Context> {
  return map((context: Context): Context => {
    const latest: SqlAttempt | undefined = context.sql_attempts.at(-1);
    if (!latest) return { ...context, notes: [...context.notes, `no SQL yet for "${context.task.text}"`] };
    const linked = context.table_schemas.map((table) => table.name);
    const unused = linked.filter((name) => !latest.tables_used.includes(name));
    const note = `${latest.row_count} rows from ${latest.tables_used.join(', ') || 'no table'}; linked but unused: ${unused.join(', ') || 'none'}`;
    return { ...context, notes: [...context.notes, note] };
  });
}

const question = process.argv[2] ?? 'How many orders were cancelled?';
const sluice = await openSluice();
const runtime = sluice.runtime;
const start = createInitialContext(sluice, {
  task: question,
  namespace: 'demo',
  plan: 'fixed',
  currentDate: '2026-11-25',
  maxIterations: 0,
  format: 'table',
});
const answer = await lastValueFrom(of(start).pipe(schemaLinking(runtime), generateSql(runtime), executeSql(runtime), noteUnusedTables()));
console.log(answer.sql_attempts.at(-1)?.sql);
console.log(answer.notes.join('\n'));
await runtime.close();
