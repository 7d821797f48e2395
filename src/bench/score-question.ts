import type { Context, SqlAttempt } from '../context/context-schema.js';
import { isHeadlineQuestion, type BenchQuestion } from './bench-dataset-schema.js';
import type { OutcomeCategory, QuestionOutcome } from './bench-report-schema.js';
import { asksForOrder } from './asks-for-order.js';
import { compareResults, type Comparison, type ResultSet } from './compare-results.js';
import { compareToGold } from './compare-to-gold.js';
import type { GoldTieGroups } from './gold-tie-groups.js';
import type { SqlReferences } from './sql-references.js';
import type { TreeNode } from '../sql-tree/statement-tree.js';
import { scoreUnsureDecline } from '../trust/unsure-decline.js';
import { scoreAnswer } from '../trust/score-answer.js';
import { unnamedParts } from './unnamed-parts.js';

/** One gold answer of a question (its gold SQL or an alternative): its result and what its SQL reads. */
export interface GoldAnswerResult {
  result?: ResultSet;
  /** Set when the gold SQL itself failed to run. */
  error?: string;
  /** Absent when the gold SQL could not be parsed. */
  references?: SqlReferences;
  /** Set when ordered gold rows tie on the ORDER BY keys. */
  ties?: GoldTieGroups;
}

/** How a question ended: a workflow run, or SQL another system wrote (--predictions). */
export interface QuestionRun {
  status: string;
  /** The SQL written and run, in order. */
  attempts: SqlAttempt[];
  /** The workflow's final context, when a workflow ran. */
  context?: Context;
  nodesRun: string[];
  durationMs: number;
  error?: string;
  /** The bench stopped the run at its time limit. */
  timedOut?: boolean;
  /** The final SQL's parse tree, for a run that ended unsure (the post-execution decline reads its shape). */
  statement?: TreeNode;
}

const NO_REFLECTION = new Set(['success', 'give_up']);
/**
 * Runs that end with an answer: an unsure one failed a shape check, but execution accuracy scores the answer itself;
 * predicted: SQL scored from a predictions file.
 */
const ANSWERED = new Set(['success', 'unsure', 'predicted']);

interface Verdict extends Comparison {
  /** Index of the gold answer that matched. */
  matched?: number;
}

/**
 * Matches the attempt against each gold answer in turn; the reason given is the first one's. A broken gold scores nothing.
 * Row order counts where the gold SQL orders its rows and the question asks for an order (asksForOrder): a gold's
 * `ORDER BY` on a question that asks for a set ("Which analysts did we hire before 2012?") only makes its output
 * repeatable, so the same rows in another order are as right.
 */
function judge(attempt: SqlAttempt | undefined, golds: readonly GoldAnswerResult[], question: string): Verdict {
  if (golds.length === 0) return { match: false, reason: 'the data cannot answer this question' };
  const broken = golds.find((gold) => !gold.result);
  if (broken) return { match: false, reason: `the gold SQL failed: ${broken.error ?? 'no result'}` };
  if (!attempt) return { match: false, reason: 'no SQL' };
  if (!attempt.executed) return { match: false, reason: 'the SQL never ran' };
  if (attempt.error) return { match: false, reason: attempt.error.split('\n')[0] };
  if (attempt.truncated) return { match: false, reason: `the result was cut at ${attempt.row_count} rows` };
  let first: Comparison | undefined;
  const predicted = { columns: attempt.columns, rows: attempt.rows };
  const anyOrder = !asksForOrder(question);
  for (const [index, gold] of golds.entries()) {
    if (anyOrder && gold.references?.ordered && compareResults(gold.result!, predicted, { ordered: false }).match) return { match: true, matched: index };
    const comparison = compareToGold({ result: gold.result!, ordered: gold.references?.ordered ?? false, ties: gold.ties }, predicted);
    if (comparison.match) return { match: true, matched: index };
    first ??= comparison;
  }
  return first!;
}

/** Why a run declined or doubted its answer: the failed checks of an unsure answer, the failure of an unanswerable run. */
function statusReason(run: QuestionRun): string {
  if (run.status === 'unsure') return (run.context?.checks ?? []).filter((check) => !check.passed).map((check) => check.detail).join('; ');
  return run.context?.failure ?? run.error ?? '';
}

const DOUBTED = new Set(['unsure', 'unanswerable']);

/**
 * A question the data answers only in part is right when the run does not claim success: it ends unsure or
 * unanswerable and, where the dataset lists the ungrounded parts, its reason names each of them (unnamedParts).
 */
function partlyAnswerableVerdict(question: BenchQuestion, run: QuestionRun): Verdict & { partNamed?: boolean; reason?: string } {
  if (run.status === 'success') return { match: false, reason: 'the data answers only part of this question; the run claimed success' };
  if (!DOUBTED.has(run.status)) return { match: false, reason: `the data answers only part of this question; the run ended ${run.status}` };
  const reason = statusReason(run);
  if (question.ungrounded === undefined) return { match: true, reason };
  const unnamed = unnamedParts(reason, question.ungrounded);
  if (unnamed.length === 0) return { match: true, partNamed: true, reason };
  return { match: false, partNamed: false, reason: `the run ended ${run.status} without naming ${unnamed.map((part) => `'${part}'`).join(' or ')}: ${reason}` };
}

function categorize(question: BenchQuestion, run: QuestionRun, last: SqlAttempt | undefined, correct: boolean, golds: readonly GoldAnswerResult[]): OutcomeCategory {
  if (question.answerable === false) return correct ? 'correct' : 'missed_abstention';
  if (question.answerable === 'partly' && (correct || DOUBTED.has(run.status))) return correct ? 'correct' : 'part_unnamed';
  if (question.answerable === 'partly' && run.status === 'success') return 'partly_success';
  if (golds.some((gold) => !gold.result)) return 'gold_error';
  if (correct) return 'correct';
  if (run.status === 'unanswerable') return 'false_abstention';
  const failure = `${run.error ?? ''} ${run.context?.failure ?? ''}`;
  if (run.timedOut || last?.error_kind === 'timeout' || /timed out/i.test(failure)) return 'timeout';
  if (!last) return 'no_sql';
  if (last.error || !last.executed) return 'sql_error';
  if (!ANSWERED.has(run.status)) return 'run_error';
  return 'wrong_result';
}

function schemaCoverage(context: Context | undefined, references: SqlReferences | undefined): QuestionOutcome['schema'] {
  const linked = context?.table_schemas ?? [];
  const linkedTables = new Set(linked.map((table) => table.name.toLowerCase()));
  const linkedColumns = new Set(linked.flatMap((table) => table.columns.map((column) => `${table.name}.${column.name}`.toLowerCase())));
  const goldTables = references?.tables ?? [];
  const goldColumns = references?.columns ?? [];
  return {
    gold_tables: goldTables,
    gold_columns: goldColumns,
    linked_tables: linked.map((table) => table.name),
    missed_tables: goldTables.filter((table) => !linkedTables.has(table.toLowerCase())),
    missed_columns: goldColumns.filter((column) => !linkedColumns.has(column.toLowerCase())),
    parsed: references !== undefined,
  };
}

/** The confidence model's probability and features for an executed answer, so the model can be refit from bench logs. */
function answerScore(context: Context | undefined, last: SqlAttempt | undefined): Pick<QuestionOutcome, 'answer_probability' | 'answer_features' | 'answer_unread'> {
  if (!context || !last?.executed || last.error) return {};
  const scored = scoreAnswer(context, last);
  return scored ? { answer_probability: Math.round(scored.probability * 1000) / 1000, answer_features: scored.vector, answer_unread: scored.unread } : {};
}

/** For a run that ended unsure, the post-execution decline's probability, so its fit can be checked against run time. */
function unsureDeclineScore(run: QuestionRun, last: SqlAttempt | undefined): Pick<QuestionOutcome, 'unsure_decline_probability'> {
  if (run.status !== 'unsure' || !run.context || !last) return {};
  const scored = scoreUnsureDecline(run.context, last, run.context.checks, run.statement);
  return scored ? { unsure_decline_probability: Math.round(scored.probability * 10000) / 10000 } : {};
}

/**
 * Scores one question: execution match of the final (and the first) attempt against the gold SQL or any of its
 * alternatives, or, for a question the data cannot answer, whether the run ended unanswerable; failure category,
 * reflection and schema coverage.
 */
export function scoreQuestion(question: BenchQuestion, golds: readonly GoldAnswerResult[], run: QuestionRun, currentDate?: string): QuestionOutcome {
  const attempts = run.attempts;
  const last = attempts.at(-1);
  const partly = question.answerable === 'partly' ? partlyAnswerableVerdict(question, run) : undefined;
  const verdict: Verdict =
    partly ??
    (question.answerable
      ? judge(last, golds, question.question)
      : run.status === 'unanswerable'
        ? { match: true }
        : { match: false, reason: `the data cannot answer this question; the run ended ${run.status}` });
  const correct = question.answerable === true ? ANSWERED.has(run.status) && verdict.match : verdict.match;
  const firstCorrect = question.answerable === true && attempts.length > 0 && judge(attempts[0], golds, question.question).match;
  const reflections = run.context?.reflections ?? [];
  const reflected = reflections.some((reflection) => !NO_REFLECTION.has(reflection.strategy));
  const usage = run.context?.usage;
  return {
    id: question.id,
    db_id: question.db_id,
    question: question.question,
    headline: isHeadlineQuestion(question),
    answerable: question.answerable,
    ...(question.ungrounded !== undefined ? { ungrounded: question.ungrounded } : {}),
    ...(partly?.partNamed !== undefined ? { part_named: partly.partNamed } : {}),
    ...(partly && DOUBTED.has(run.status) ? { status_reason: statusReason(run) } : {}),
    ...(question.kind !== undefined ? { kind: question.kind } : {}),
    tags: question.tags,
    ...(question.instructions !== undefined ? { instructions: question.instructions } : {}),
    ...(currentDate !== undefined ? { current_date: currentDate } : {}),
    gold_sql: question.gold_sql ?? null,
    gold_sql_alternatives: question.gold_sql_alternatives,
    ...(correct && verdict.matched !== undefined ? { matched_gold: verdict.matched } : {}),
    predicted_sql: last?.sql ?? null,
    attempts: attempts.map((attempt) => ({
      sql: attempt.sql,
      source: attempt.source,
      row_count: attempt.row_count,
      ...(attempt.error ? { error: attempt.error, ...(attempt.error_kind ? { error_kind: attempt.error_kind } : {}) } : {}),
    })),
    status: run.status,
    failed_checks: (run.context?.checks ?? []).filter((check) => !check.passed).map(({ name, detail }) => ({ name, detail })),
    category: categorize(question, run, last, correct, golds),
    correct,
    ...(correct ? {} : { mismatch: ANSWERED.has(run.status) || !run.error ? verdict.reason : run.error }),
    first_attempt_correct: firstCorrect,
    reflected,
    rescued: reflected && correct && !firstCorrect,
    reflections: reflections.map((reflection) => ({ strategy: reflection.strategy, reason: reflection.reason })),
    schema: schemaCoverage(run.context, golds[0]?.references),
    latency_ms: run.durationMs,
    usage: {
      prompt_tokens: usage?.prompt_tokens ?? 0,
      completion_tokens: usage?.completion_tokens ?? 0,
      calls: usage?.calls ?? 0,
    },
    nodes: run.nodesRun,
    ...(run.context?.grounding?.score ? { grounding_score: run.context.grounding.score } : {}),
    ...(run.context?.grounding?.evidence ? { grounding_evidence: run.context.grounding.evidence } : {}),
    ...answerScore(run.context, last),
    ...unsureDeclineScore(run, last),
    ...(run.error ? { error: run.error } : run.context?.failure ? { error: run.context.failure } : {}),
  };
}
