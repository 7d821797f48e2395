/**
 * Composing node operators in code: the built-in nodes are plain RxJS operators over a
 * context stream, so a custom step is just another operator in the pipe.
 *
 *   npm run build && node dist/examples/compose-operators.js "Which 5 products have the highest unit price?"
 */
import { lastValueFrom, map, of, pipe } from 'rxjs';
import { createInitialContext, executeSql, generateSql, openSluice, schemaLinking, type Context } from '../src/index.js';

/** A custom operator: caps any query without a LIMIT at ten rows. */
const limitToTen = pipe(
  map((context: Context): Context => {
    const latest = context.sql_attempts.at(-1);
    if (!latest || /\blimit\s+\d+\s*$/i.test(latest.sql)) return context;
    const limited = { ...latest, sql: `${latest.sql}\nLIMIT 10` };
    return { ...context, sql_attempts: [...context.sql_attempts.slice(0, -1), limited] };
  }),
);

const question = process.argv[2] ?? 'List all customers from California';
const sluice = await openSluice();
const rt = sluice.runtime;
const start = createInitialContext(sluice, {
  task: question,
  namespace: 'demo',
  plan: 'fixed',
  currentDate: '2026-11-25',
  maxIterations: 3,
  format: 'table',
});

const answer = await lastValueFrom(of(start).pipe(schemaLinking(rt), generateSql(rt), limitToTen, executeSql(rt)));
const attempt = answer.sql_attempts.at(-1)!;
console.log(attempt.sql);
console.log(`${attempt.row_count} rows: ${attempt.columns.join(', ')}`);
for (const row of attempt.rows.slice(0, 3)) console.log(JSON.stringify(row));
await rt.close();
