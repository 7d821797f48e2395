import { FAILURE_CATEGORIES, type Accuracy, type QuestionOutcome, type ScoreSummary } from './bench-report-schema.js';
import { percentile } from './percentile.js';

const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);
const round = (value: number, digits = 4): number => Number(value.toFixed(digits));

function accuracy(outcomes: readonly QuestionOutcome[]): Accuracy {
  const correct = outcomes.filter((outcome) => outcome.correct).length;
  return { questions: outcomes.length, correct, accuracy: round(ratio(correct, outcomes.length)) };
}

/** Labels as shares of the questions, and how often a success was right. */
function trust(outcomes: readonly QuestionOutcome[]): ScoreSummary['trust'] {
  const labelled = (status: string) => outcomes.filter((outcome) => outcome.status === status).length;
  const successes = labelled('success');
  const rightSuccesses = outcomes.filter((outcome) => outcome.status === 'success' && outcome.correct).length;
  const unsure = labelled('unsure');
  const unanswerable = labelled('unanswerable');
  return {
    success: round(ratio(successes, outcomes.length)),
    unsure: round(ratio(unsure, outcomes.length)),
    unanswerable: round(ratio(unanswerable, outcomes.length)),
    failed: round(ratio(outcomes.length - successes - unsure - unanswerable, outcomes.length)),
    successes,
    right_successes: rightSuccesses,
    success_precision: round(ratio(rightSuccesses, successes)),
  };
}

/** How often questions the data cannot answer were declined, and answerable ones declined wrongly. */
function abstention(outcomes: readonly QuestionOutcome[]): ScoreSummary['abstention'] {
  const unanswerable = outcomes.filter((outcome) => outcome.answerable === false);
  const answerable = outcomes.filter((outcome) => outcome.answerable === true);
  const abstained = unanswerable.filter((outcome) => outcome.status === 'unanswerable').length;
  const falseAbstentions = answerable.filter((outcome) => outcome.status === 'unanswerable').length;
  return {
    unanswerable_questions: unanswerable.length,
    abstained,
    recall: round(ratio(abstained, unanswerable.length)),
    answerable_questions: answerable.length,
    false_abstentions: falseAbstentions,
    false_abstention_rate: round(ratio(falseAbstentions, answerable.length)),
  };
}

/** How the partly answerable questions ended, and whether those listing their ungrounded parts named them. */
function partly(outcomes: readonly QuestionOutcome[]): ScoreSummary['partly'] {
  const partlyAnswerable = outcomes.filter((outcome) => outcome.answerable === 'partly');
  const ended = (status: string) => partlyAnswerable.filter((outcome) => outcome.status === status).length;
  return {
    questions: partlyAnswerable.length,
    unsure: ended('unsure'),
    unanswerable: ended('unanswerable'),
    success: ended('success'),
    named: partlyAnswerable.filter((outcome) => outcome.ungrounded !== undefined).length,
    part_named: partlyAnswerable.filter((outcome) => outcome.part_named === true).length,
  };
}

/** The figures of a set of questions (the whole run, or one database). */
export function summarizeOutcomes(outcomes: readonly QuestionOutcome[]): ScoreSummary {
  const parsed = outcomes.filter((outcome) => outcome.schema.parsed);
  const goldTables = parsed.reduce((sum, outcome) => sum + outcome.schema.gold_tables.length, 0);
  const goldColumns = parsed.reduce((sum, outcome) => sum + outcome.schema.gold_columns.length, 0);
  const missedTables = parsed.reduce((sum, outcome) => sum + outcome.schema.missed_tables.length, 0);
  const missedColumns = parsed.reduce((sum, outcome) => sum + outcome.schema.missed_columns.length, 0);
  const latencies = outcomes.map((outcome) => outcome.latency_ms);
  const promptTotal = outcomes.reduce((sum, outcome) => sum + outcome.usage.prompt_tokens, 0);
  const completionTotal = outcomes.reduce((sum, outcome) => sum + outcome.usage.completion_tokens, 0);
  const failures = Object.fromEntries(
    FAILURE_CATEGORIES.map((category) => [category, outcomes.filter((outcome) => outcome.category === category).length]),
  ) as ScoreSummary['failures'];
  return {
    headline: accuracy(outcomes.filter((outcome) => outcome.headline)),
    all: accuracy(outcomes),
    schema_recall: {
      tables: round(ratio(goldTables - missedTables, goldTables)),
      columns: round(ratio(goldColumns - missedColumns, goldColumns)),
    },
    reflection: {
      needed: outcomes.filter((outcome) => outcome.reflected).length,
      rescued: outcomes.filter((outcome) => outcome.rescued).length,
    },
    trust: trust(outcomes),
    abstention: abstention(outcomes),
    partly: partly(outcomes),
    failures,
    latency_ms: {
      p50: round(percentile(latencies, 50), 1),
      p95: round(percentile(latencies, 95), 1),
      mean: round(ratio(latencies.reduce((sum, value) => sum + value, 0), latencies.length), 1),
    },
    tokens: {
      prompt_per_question: round(ratio(promptTotal, outcomes.length), 1),
      completion_per_question: round(ratio(completionTotal, outcomes.length), 1),
      prompt_total: promptTotal,
      completion_total: completionTotal,
    },
  };
}

/** Summaries of the outcomes grouped by the keys each one has (none, one or several), in key order. */
function summarizeBy(outcomes: readonly QuestionOutcome[], keysOf: (outcome: QuestionOutcome) => readonly string[]): Record<string, ScoreSummary> {
  const groups = new Map<string, QuestionOutcome[]>();
  for (const outcome of outcomes) {
    for (const key of new Set(keysOf(outcome))) groups.set(key, [...(groups.get(key) ?? []), outcome]);
  }
  return Object.fromEntries([...groups.keys()].sort().map((key) => [key, summarizeOutcomes(groups.get(key)!)]));
}

/** Summaries by database, in name order. */
export function summarizeByDatabase(outcomes: readonly QuestionOutcome[]): Record<string, ScoreSummary> {
  return summarizeBy(outcomes, (outcome) => [outcome.db_id]);
}

/** Summaries by the questions' kind (questions without one are left out). */
export function summarizeByKind(outcomes: readonly QuestionOutcome[]): Record<string, ScoreSummary> {
  return summarizeBy(outcomes, (outcome) => (outcome.kind === undefined ? [] : [outcome.kind]));
}

/** Summaries by tag: a question counts under each of its tags. */
export function summarizeByTag(outcomes: readonly QuestionOutcome[]): Record<string, ScoreSummary> {
  return summarizeBy(outcomes, (outcome) => outcome.tags);
}
