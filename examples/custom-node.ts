/**
 * A custom node that workflow.yml can name. Register it (in code, as here, or from sluice.yml's
 * `plugins:` list) and put it in a plan: examples/custom-workflow.yml adds `audited`.
 *
 *   npm run build && node dist/examples/custom-node.js
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineNode, openSluice, startRun } from '../src/index.js';

/** Records how many rows each table in the latest SQL holds: a note later nodes and the user can read. */
export const auditNode = defineNode({
  name: 'audit',
  description: 'Notes the size of every table the latest SQL reads',
  async run(context, call) {
    const attempt = context.sql_attempts.at(-1);
    if (!attempt) return { context, summary: 'nothing to audit' };
    const connector = await call.runtime.connector(context.task.namespace);
    const notes: string[] = [];
    for (const table of attempt.tables_used) {
      if (!/^\w+$/.test(table)) continue;
      const result = await connector.execute(`SELECT COUNT(*) FROM ${table}`, { signal: call.signal });
      notes.push(`audit: ${table} has ${result.rows[0]?.[0]} rows`);
    }
    return { context: { ...context, notes: [...context.notes, ...notes] }, summary: `${notes.length} ${notes.length === 1 ? 'table' : 'tables'} audited` };
  },
});

const here = path.dirname(fileURLToPath(import.meta.url));
const workflowPath = path.resolve(here, '../../examples/custom-workflow.yml');
const sluice = await openSluice({ nodes: [auditNode], workflowPath });
const handle = startRun(sluice, {
  task: 'How many orders were cancelled?',
  namespace: 'demo',
  plan: 'audited',
  currentDate: '2026-11-25',
  maxIterations: 3,
  format: 'table',
});
handle.events$.subscribe((event) => {
  if (event.type === 'node_end') console.log(`${event.node}: ${event.summary}`);
});
const result = await handle.done;
console.log(result.context.notes.join('\n'));
console.log(`status: ${result.status}`);
await sluice.runtime.close();
