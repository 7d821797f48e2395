import { describe, expect, it } from 'vitest';
import { QuestionOutcomeSchema, type QuestionOutcome } from '../src/bench/bench-report-schema.js';
import { summarizeByDatabase, summarizeOutcomes } from '../src/bench/summarize-outcomes.js';

/** The trust figures of a bench report: shares per status and the precision of success. */
function outcome(db: string, status: string, correct: boolean): QuestionOutcome {
  return QuestionOutcomeSchema.parse({
    id: `${db}-${status}-${correct}-${Math.random()}`,
    db_id: db,
    question: 'q',
    headline: true,
    gold_sql: 'SELECT 1',
    predicted_sql: status === 'unanswerable' ? null : 'SELECT 1',
    attempts: [],
    status,
    category: correct ? 'correct' : 'wrong_result',
    correct,
    first_attempt_correct: correct,
    reflected: false,
    rescued: false,
    reflections: [],
    schema: { gold_tables: [], gold_columns: [], linked_tables: [], missed_tables: [], missed_columns: [], parsed: false },
    latency_ms: 1,
    usage: { prompt_tokens: 0, completion_tokens: 0, calls: 0 },
    nodes: [],
  });
}

describe('bench trust figures', () => {
  const outcomes = [
    outcome('a', 'success', true),
    outcome('a', 'success', true),
    outcome('a', 'success', false),
    outcome('a', 'unsure', true),
    outcome('b', 'unsure', false),
    outcome('b', 'unanswerable', false),
    outcome('b', 'failed', false),
    outcome('b', 'success', true),
  ];

  it('shares per status and precision of success, overall', () => {
    expect(summarizeOutcomes(outcomes).trust).toEqual({
      success: 0.5,
      unsure: 0.25,
      unanswerable: 0.125,
      failed: 0.125,
      successes: 4,
      right_successes: 3,
      success_precision: 0.75,
    });
  });

  it('and per database', () => {
    const byDb = summarizeByDatabase(outcomes);
    expect(byDb.a!.trust).toMatchObject({ success: 0.75, unsure: 0.25, success_precision: 0.6667 });
    expect(byDb.b!.trust).toMatchObject({ success: 0.25, unanswerable: 0.25, failed: 0.25, success_precision: 1 });
  });

  it('EX counts right unsure answers too; precision counts only successes', () => {
    const summary = summarizeOutcomes(outcomes);
    expect(summary.all.correct).toBe(4);
    expect(summary.trust.right_successes).toBe(3);
  });
});
