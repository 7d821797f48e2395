import { renderTable } from '../output/render-table.js';
import type { Accuracy, BenchReport, ScoreSummary } from './bench-report-schema.js';

const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;
const accuracy = (figures: Accuracy): string => `${percent(figures.accuracy)} ${figures.correct}/${figures.questions}`;

const COLUMNS = [
  'questions',
  'headline EX',
  'all EX',
  'ok/unsure/unans/fail %',
  'success prec',
  'abstain rec',
  'false abstain',
  'partly unsure/unans/ok named',
  'table rec',
  'column rec',
  'reflect/rescue',
  'wrong/err/timeout/none/other',
  'p50 ms',
  'p95 ms',
  'tokens in/out',
];

const LEGEND =
  "EX: execution accuracy (headline: verified, order-independent, complete data; a question marked unanswerable is right when the run ends unanswerable). rec: share of the gold SQL's tables/columns that schema_linking handed on. ok/unsure/unans/fail: share of questions per status. success prec: of the answers labelled success, the share that was right. abstain rec: share of the questions marked unanswerable that ended unanswerable; false abstain: share of the answerable ones that did. partly: questions marked partly answerable that ended unsure/unanswerable/success (success is wrong; the others are right when their reason names every listed ungrounded part), then named: those whose reason named it, of those listing one. Tokens per question.";
const PREDICTIONS_LEGEND =
  "EX: execution accuracy of the predicted SQL (a question marked unanswerable is right when its prediction is null). abstain rec: share of the questions marked unanswerable whose prediction is null; false abstain: share of the answerable ones whose prediction is null. No model ran: statuses, schema recall, reflection and tokens do not apply, and questions marked partly answerable are not scored (a prediction is SQL or null and cannot name the part the data cannot answer).";

const NOT_APPLICABLE = '—';

function row(name: string, summary: ScoreSummary, predictions: boolean): string[] {
  const { failures, abstention, partly } = summary;
  const statusFigure = (figure: string) => (predictions ? NOT_APPLICABLE : figure);
  return [
    name,
    summary.headline.questions === 0 ? NOT_APPLICABLE : accuracy(summary.headline),
    accuracy(summary.all),
    statusFigure([summary.trust.success, summary.trust.unsure, summary.trust.unanswerable, summary.trust.failed].map((share) => (share * 100).toFixed(0)).join('/')),
    statusFigure(`${percent(summary.trust.success_precision)} ${summary.trust.right_successes}/${summary.trust.successes}`),
    abstention.unanswerable_questions === 0 ? NOT_APPLICABLE : `${percent(abstention.recall)} ${abstention.abstained}/${abstention.unanswerable_questions}`,
    abstention.answerable_questions === 0 ? NOT_APPLICABLE : `${percent(abstention.false_abstention_rate)} ${abstention.false_abstentions}/${abstention.answerable_questions}`,
    partly.questions === 0 ? NOT_APPLICABLE : `${partly.unsure}/${partly.unanswerable}/${partly.success}${partly.named === 0 ? '' : ` ${partly.part_named}/${partly.named}`}`,
    statusFigure(percent(summary.schema_recall.tables)),
    statusFigure(percent(summary.schema_recall.columns)),
    statusFigure(`${summary.reflection.needed}/${summary.reflection.rescued}`),
    `${failures.wrong_result}/${failures.sql_error}/${failures.timeout}/${failures.no_sql}/${failures.run_error + failures.gold_error + failures.false_abstention + failures.missed_abstention + failures.partly_success + failures.part_unnamed}`,
    String(Math.round(summary.latency_ms.p50)),
    String(Math.round(summary.latency_ms.p95)),
    statusFigure(`${Math.round(summary.tokens.prompt_per_question)}/${Math.round(summary.tokens.completion_per_question)}`),
  ];
}

/** The report as a terminal table: one row per database, per kind and per tag, and an overall row. */
export function renderBenchTable(report: BenchReport): string {
  const predictions = report.source === 'predictions';
  const rows = [
    ...Object.entries(report.per_db).map(([dbId, summary]) => row(dbId, summary, predictions)),
    ...Object.entries(report.per_kind).map(([kind, summary]) => row(`kind ${kind}`, summary, predictions)),
    ...Object.entries(report.per_tag).map(([tag, summary]) => row(`tag ${tag}`, summary, predictions)),
    row('overall', report, predictions),
  ];
  const source = predictions ? `predictions ${report.model}` : `model ${report.model}, plan ${report.plan}`;
  const unscored = report.partly_not_scored ? ` (${report.partly_not_scored} partly answerable not scored)` : '';
  const title = `${report.dataset}: ${source}, ${report.all.questions} questions${unscored} in ${(report.duration_ms / 1000).toFixed(1)} s`;
  // A measure no row has (the headline on a set with no verified, order-independent question; statuses when
  // predictions are scored) is left out rather than shown as 0/0 or a column of dashes.
  const shown = COLUMNS.map((_, index) => index === 0 || rows.some((cells) => cells[index] !== NOT_APPLICABLE));
  const keep = <T,>(cells: T[]) => cells.filter((_, index) => shown[index]);
  const dropped = COLUMNS.filter((_, index) => !shown[index]);
  const left = dropped.length === 0 ? '' : `Not shown, no question has them: ${dropped.join(', ')}.\n`;
  return `${title}\n${renderTable(keep(COLUMNS), rows.map(keep), 48)}${predictions ? PREDICTIONS_LEGEND : LEGEND}\n${left}`;
}
