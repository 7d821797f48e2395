import { openSluice } from '../src/open-sluice.js';
import { startRun } from '../src/engine/start-run.js';
import type { Context } from '../src/context/context-schema.js';
import { promptSizeReport } from '../src/prompt/build-prompt.js';
import type { PromptNode } from '../src/prompt/answer-schemas.js';
import { appendBenchmarkSection } from './append-benchmark-section.js';
import { isMainModule } from './is-main-module.js';
import { markdownTable } from './markdown-table.js';

/** The spec's three examples, each with its plan: the contexts a model would be prompted with on the demo database. */
const EXAMPLES = [
  { task: 'List all customers from California', plan: 'fixed' },
  { task: 'Show monthly active users for the last quarter', plan: 'metric_to_sql' },
  { task: 'Show me quarterly revenue trends by product category, excluding returns and considering seasonal adjustments', plan: 'reflection' },
];
const BUDGETS = [6_000, 800, 400];

/** What generate_sql saw: everything the run gathered before its first attempt. */
function beforeFirstAttempt(context: Context): Context {
  return { ...context, sql_attempts: [], reflections: [], doc_passages: context.plan.done.some((s) => s.kind === 'node' && s.node === 'doc_search' && s.iteration === 0) ? context.doc_passages : [] };
}

export async function promptSize(): Promise<string> {
  const sluice = await openSluice();
  const rows: string[][] = [];
  for (const example of EXAMPLES) {
    const handle = startRun(sluice, { ...example, namespace: 'demo', currentDate: '2026-11-25', maxIterations: 3, format: 'table' });
    const { context } = await handle.done;
    const calls: Array<[string, Context]> = [['generate_sql', beforeFirstAttempt(context)]];
    if (context.reflections.length > 0) calls.push(['reflect', { ...context, reflections: [] }], ['fix', context]);
    for (const [node, prompted] of calls) {
      const cells = BUDGETS.map((budget) => {
        const report = promptSizeReport(prompted, { node: node as PromptNode, dialect: 'duckdb', budgetTokens: budget });
        return `${report.tokens_before} → ${report.tokens_after}${report.dropped.length ? ` (${report.dropped.length} cut)` : ''}`;
      });
      rows.push([`${example.task.slice(0, 48)}${example.task.length > 48 ? '…' : ''}`, example.plan, node, ...cells]);
    }
  }
  await sluice.runtime.close();
  const table = markdownTable(['question', 'plan', 'prompt for', ...BUDGETS.map((b) => `budget ${b}: before → after`)], rows);
  return `Whole-prompt tokens (system + user, o200k_base) that an LLM would be sent for the spec's examples on the demo database, before and after the context budget. \`prompt_budget_tokens\` defaults to 6,000; the tighter budgets show the compression order (sample rows, older attempts, doc passages, low-ranked columns, then tables), never a cut mid-text.\n\n${table}`;
}

if (isMainModule(import.meta.url)) {
  appendBenchmarkSection('Prompt size for the spec examples', await promptSize());
}
