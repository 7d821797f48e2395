import type { Context, SqlAttempt } from '../context/context-schema.js';
import { isHeadlineQuestion, type BenchQuestion } from './bench-dataset-schema.js';
import type { OutcomeCategory, QuestionOutcome } from './bench-report-schema.js';
import type { Comparison, ResultSet } from './compare-results.js';
import { compareToGold } from './compare-to-gold.js';
import type { SqlReferences } from './sql-references.js';
import type { TiedGoldRows } from './tied-gold-rows.js';

/** The gold side of a question: its result and what its SQL reads. */
export interface GoldAnswerResult {
  result?: ResultSet;
  /** Set when the gold SQL itself failed to run. */
  error?: string;
  /** Absent when the gold SQL could not be parsed. */
  references?: SqlReferences;
  /** Set when the gold LIMIT cuts through rows tied on the ORDER BY keys. */
  ties?: TiedGoldRows;
}

/** How the workflow ended for a question. */
export interface QuestionRun {
  status: string;
  context?: Context;
  nodesRun: string[];
  durationMs: number;
  error?: string;
  /** The bench stopped the run at its time limit. */
  timedOut?: boolean;
}

const NO_REFLECTION = new Set(['success', 'give_up']);
/** Runs that end with an answer: an unsure one failed a shape check, but execution accuracy scores the answer itself. */
const ANSWERED = new Set(['success', 'unsure']);

function judge(attempt: SqlAttempt | undefined, gold: GoldAnswerResult): Comparison {
  if (!gold.result) return { match: false, reason: `the gold SQL failed: ${gold.error ?? 'no result'}` };
  if (!attempt) return { match: false, reason: 'no SQL' };
  if (!attempt.executed) return { match: false, reason: 'the SQL never ran' };
  if (attempt.error) return { match: false, reason: attempt.error.split('\n')[0] };
  if (attempt.truncated) return { match: false, reason: `the result was cut at ${attempt.row_count} rows` };
  const ordered = gold.references?.ordered ?? false;
  return compareToGold({ result: gold.result, ordered, ties: gold.ties }, { columns: attempt.columns, rows: attempt.rows });
}

function categorize(run: QuestionRun, last: SqlAttempt | undefined, correct: boolean, gold: GoldAnswerResult): OutcomeCategory {
  if (!gold.result) return 'gold_error';
  if (correct) return 'correct';
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

/** Scores one question: execution match of the final (and the first) attempt, failure category, reflection and schema coverage. */
export function scoreQuestion(question: BenchQuestion, gold: GoldAnswerResult, run: QuestionRun): QuestionOutcome {
  const attempts = run.context?.sql_attempts ?? [];
  const last = attempts.at(-1);
  const verdict = judge(last, gold);
  const correct = ANSWERED.has(run.status) && verdict.match;
  const firstCorrect = attempts.length > 0 && judge(attempts[0], gold).match;
  const reflections = run.context?.reflections ?? [];
  const reflected = reflections.some((reflection) => !NO_REFLECTION.has(reflection.strategy));
  const usage = run.context?.usage;
  return {
    id: question.id,
    db_id: question.db_id,
    question: question.question,
    headline: isHeadlineQuestion(question),
    gold_sql: question.gold_sql ?? null,
    predicted_sql: last?.sql ?? null,
    attempts: attempts.map((attempt) => ({
      sql: attempt.sql,
      source: attempt.source,
      row_count: attempt.row_count,
      ...(attempt.error ? { error: attempt.error, ...(attempt.error_kind ? { error_kind: attempt.error_kind } : {}) } : {}),
    })),
    status: run.status,
    failed_checks: (run.context?.checks ?? []).filter((check) => !check.passed).map(({ name, detail }) => ({ name, detail })),
    category: categorize(run, last, correct, gold),
    correct,
    ...(correct ? {} : { mismatch: ANSWERED.has(run.status) || !run.error ? verdict.reason : run.error }),
    first_attempt_correct: firstCorrect,
    reflected,
    rescued: reflected && correct && !firstCorrect,
    reflections: reflections.map((reflection) => ({ strategy: reflection.strategy, reason: reflection.reason })),
    schema: schemaCoverage(run.context, gold.references),
    latency_ms: run.durationMs,
    usage: {
      prompt_tokens: usage?.prompt_tokens ?? 0,
      completion_tokens: usage?.completion_tokens ?? 0,
      calls: usage?.calls ?? 0,
    },
    nodes: run.nodesRun,
    ...(run.error ? { error: run.error } : run.context?.failure ? { error: run.context.failure } : {}),
  };
}
