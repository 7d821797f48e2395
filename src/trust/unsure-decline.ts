import type { AnswerCheck, Context, SqlAttempt } from '../context/context-schema.js';
import type { TreeNode } from '../sql-tree/statement-tree.js';
import { sqlShapeFeatures } from './sql-shape-features.js';
import { isEnglishWord } from '../lexicon/is-english-word.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import { logisticProbability } from './logistic-probability.js';
import { scoreAnswer } from './score-answer.js';
import { unreadWordKinds } from './unread-word-kinds.js';
import { evidenceFeatures } from './evidence-features.js';
import { unreadPhrases } from './unread-phrases.js';
import { splitIdentifier } from '../catalog/split-identifier.js';
import { wordRoot } from '../models/offline/word-root.js';
import { FITTED_UNSURE_DECLINE } from './unsure-decline-weights.js';

export interface UnsureDeclineModel {
  bias: number;
  threshold: number;
  weights: Record<string, number>;
}

export interface UnsureDeclineScore {
  /** The fitted probability that the question is one the data cannot answer. */
  probability: number;
  /** The question's words the SQL never uses, which the decline names. */
  unread: string[];
  /** Why the run ends unanswerable, when the probability reaches the model's threshold. */
  declined?: string;
}

const quoted = (words: readonly string[]): string => words.map((word) => `'${word}'`).join(', ');

/**
 * Why the run ends unanswerable, naming the question's phrases that hold the unread words as it writes them
 * (unreadPhrases): "no column or value answers 'theory test pass certificate'" where a linked column's name holds one
 * of its words (pupils.theory_pass), else "nothing in this database holds 'certificate'".
 */
function declineReason(context: Context, words: readonly string[]): string {
  const named = new Set(context.table_schemas.flatMap((table) => table.columns.flatMap((column) => splitIdentifier(column.name).map((part) => wordRoot(part.toLowerCase())))));
  const partly: string[] = [];
  const nowhere: string[] = [];
  const phrases = unreadPhrases(context.task.text, words);
  // A word the phrases missed (written otherwise in the question) is named as it is.
  const missed = words.filter((word) => !phrases.some((phrase) => phrase.toLowerCase().split(/\s+/).includes(word.toLowerCase())));
  for (const phrase of [...phrases, ...missed]) {
    const held = words.some((word) => named.has(wordRoot(word.toLowerCase())) && phrase.toLowerCase().split(/\s+/).includes(word.toLowerCase()));
    (held ? partly : nowhere).push(phrase);
  }
  return [nowhere.length > 0 ? `nothing in this database holds ${quoted(nowhere)}` : '', partly.length > 0 ? `no column or value answers ${quoted(partly)}` : ''].filter(Boolean).join('; ');
}

/**
 * After execution, whether an answer that failed its checks is of a question the data cannot answer (issue 14:
 * "reflect may also end a run unanswerable after execution"): a logistic model fitted leave one set out by
 * bench/abstention/fit-answer-decline.py over what the run found, with no word or topic lists: which checks failed,
 * the answer-confidence features (how many words the SQL leaves unread and what grounds them), the SQL's shape, how many
 * rows came back, what the unread words are (the head of what the question asks for, nouns, verbs, adjectives, words
 * WordNet does not know) and how grounding linked them (evidence-features.ts: by a name, second-hand, only by prose). Undefined when the run has no grounding (a replayed gold answer) or its SQL reads every word
 * of the question, since a decline must name what nothing holds.
 */
export function scoreUnsureDecline(
  context: Context,
  attempt: SqlAttempt,
  checks: readonly AnswerCheck[],
  statement: TreeNode | undefined,
  model: UnsureDeclineModel = FITTED_UNSURE_DECLINE,
): UnsureDeclineScore | undefined {
  const failed = checks.filter((check) => !check.passed);
  if (failed.length === 0 || !attempt.executed || attempt.error) return undefined;
  const scored = scoreAnswer(context, attempt);
  if (!scored || scored.unread.length === 0) return undefined;
  const features: Record<string, number> = {
    ...sqlShapeFeatures(statement),
    no_rows: attempt.row_count === 0 ? 1 : 0,
    one_row: attempt.row_count === 1 ? 1 : 0,
    many_rows: attempt.row_count >= 50 ? 1 : 0,
    failed_checks: Math.min(failed.length, 5) / 5,
  };
  for (const [name, value] of Object.entries(scored.vector)) if (name !== 'content_words') features[`answer:${name}`] = value;
  for (const [name, value] of Object.entries(unreadWordKinds(context.task.text, scored.unread))) features[`word:${name}`] = Math.min(value, 3) / 3;
  for (const check of failed) features[`check:${check.name}`] = 1;
  Object.assign(features, evidenceFeatures(context.grounding?.evidence, scored.unread));
  const probability = logisticProbability(model.bias, model.weights, features);
  if (probability < model.threshold) return { probability, unread: scored.unread };
  // Named by the unread words that name things (nouns, or words WordNet does not know), not "long" or "stay".
  const things = scored.unread.filter((word) => primaryPartOfSpeech(word.toLowerCase()) === 'noun' || !isEnglishWord(word.toLowerCase()));
  return { probability, unread: scored.unread, declined: declineReason(context, things.length > 0 ? things : scored.unread) };
}

/**
 * The decline on a run of the offline model that would end unsure: the reason it ends unanswerable instead, or
 * undefined. `SLUICE_UNSURE_DECLINE=never` computes nothing here (bench/abstention/refit.sh sets it, so every such run
 * stays unsure for the next fit).
 */
export function declineUnsure(context: Context, checks: readonly AnswerCheck[], statement: TreeNode | undefined): string | undefined {
  if (process.env.SLUICE_UNSURE_DECLINE === 'never') return undefined;
  const attempt = context.sql_attempts.at(-1);
  return attempt ? scoreUnsureDecline(context, attempt, checks, statement)?.declined : undefined;
}
