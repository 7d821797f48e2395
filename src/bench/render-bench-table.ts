import { renderTable } from '../output/render-table.js';
import type { Accuracy, BenchReport, ScoreSummary } from './bench-report-schema.js';

const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;
const accuracy = (figures: Accuracy): string => `${percent(figures.accuracy)} ${figures.correct}/${figures.questions}`;

const COLUMNS = [
  'database',
  'headline EX',
  'all EX',
  'ok/unsure/unans/fail %',
  'success prec',
  'table rec',
  'column rec',
  'reflect/rescue',
  'wrong/err/timeout/none/other',
  'p50 ms',
  'p95 ms',
  'tokens in/out',
];

const LEGEND =
  "EX: execution accuracy (headline: verified, order-independent, complete data). rec: share of the gold SQL's tables/columns that schema_linking handed on. ok/unsure/unans/fail: share of questions per status. success prec: of the answers labelled success, the share that was right. Tokens per question.";

function row(name: string, summary: ScoreSummary): string[] {
  const { failures } = summary;
  return [
    name,
    accuracy(summary.headline),
    accuracy(summary.all),
    [summary.trust.success, summary.trust.unsure, summary.trust.unanswerable, summary.trust.failed].map((share) => (share * 100).toFixed(0)).join('/'),
    `${percent(summary.trust.success_precision)} ${summary.trust.right_successes}/${summary.trust.successes}`,
    percent(summary.schema_recall.tables),
    percent(summary.schema_recall.columns),
    `${summary.reflection.needed}/${summary.reflection.rescued}`,
    `${failures.wrong_result}/${failures.sql_error}/${failures.timeout}/${failures.no_sql}/${failures.run_error + failures.gold_error}`,
    String(Math.round(summary.latency_ms.p50)),
    String(Math.round(summary.latency_ms.p95)),
    `${Math.round(summary.tokens.prompt_per_question)}/${Math.round(summary.tokens.completion_per_question)}`,
  ];
}

/** The report as a terminal table: one row per database and an overall row. */
export function renderBenchTable(report: BenchReport): string {
  const rows = [...Object.entries(report.per_db).map(([dbId, summary]) => row(dbId, summary)), row('overall', report)];
  const title = `${report.dataset}: model ${report.model}, plan ${report.plan}, ${report.all.questions} questions in ${(report.duration_ms / 1000).toFixed(1)} s`;
  return `${title}\n${renderTable(COLUMNS, rows, 48)}${LEGEND}\n`;
}
