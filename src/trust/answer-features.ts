import { z } from 'zod';
import { splitIdentifier } from '../catalog/split-identifier.js';
import type { Context, SqlAttempt } from '../context/context-schema.js';
import type { Aggregate, QuestionAnalysis } from '../models/offline/analyze-question.js';
import { wordSimilarity } from '../lexicon/word-vectors.js';
import { wordRoot } from '../models/offline/word-root.js';
import type { SqlShape } from './sql-shape.js';
import { sqlReadsSynonym } from './sql-reads-synonym.js';
import { sqlReadsWord } from './sql-reads-word.js';

/**
 * Facts of a finished run that bear on whether its answer is right, each a number so a fitted logistic model
 * (answer-confidence-model.ts) can weigh them. Read from the question's grounding, the final SQL and its result;
 * nothing here names a word or a topic.
 */
export const AnswerFeaturesSchema = z.object({
  /** Content words of the question (the grounding's words, less date phrases and words the analysis used up). */
  content_words: z.number().int().min(0),
  /** Share of those words the SQL neither reads as an identifier, a WordNet synonym nor a literal. */
  unread_share: z.number().min(0).max(1),
  /** Unread words a column's name grounds: the schema has what they ask for and the SQL left it out. */
  unread_column: z.number().int().min(0),
  /** Unread words a stored value grounds. */
  unread_value: z.number().int().min(0),
  /** Unread words only a table's name or a comment or doc grounds. */
  unread_weak: z.number().int().min(0),
  /** Unread words nothing in the namespace grounds. */
  unread_ungrounded: z.number().int().min(0),
  /** Unread words whose word vector is near none of the SQL's words (cosine below FAR): nothing in the SQL stands for them. */
  unread_far: z.number().int().min(0),
  /** The first content word (usually what is asked for) is unread. */
  asked_unread: z.boolean(),
  /** Share of the read words read only through a WordNet relative (a synonym, a broader or narrower word) or a near word vector. */
  read_by_relative: z.number().min(0).max(1),
  /**
   * The select list is every column of a table (`SELECT *`, the shape of a fallback) and the question does not ask for
   * rows as they are: "list all customers from California" does, "which sellers are based in ..." asks to name them.
   */
  select_star: z.boolean(),
  /** SQL attempts the run wrote before the final one. */
  earlier_attempts: z.number().int().min(0),
  /** Rows the answer returned: 0, 1 or more. */
  rows: z.enum(['none', 'one', 'many']),
  /** Ways the SQL's shape departs from the question's kind: a count, a superlative, a per-X breakdown, a sort. */
  shape_gaps: z.number().int().min(0),
});
export type AnswerFeatures = z.infer<typeof AnswerFeaturesSchema>;

/** The words behind a feature, so a doubted answer can name them. */
export interface AnswerFeatureReport {
  features: AnswerFeatures;
  /** The question's words the SQL never uses, in question order. */
  unread: string[];
  /** What the shape gaps are ("the question counts and the SQL does not"). */
  gaps: string[];
}

export interface FeatureInputs {
  context: Context;
  attempt: SqlAttempt;
  analysis: QuestionAnalysis;
  sql: SqlShape;
}

/** Every word the SQL reads: its identifiers' roots, plus every column of a table it selects `*` from. */
function readRoots({ context, sql }: Pick<FeatureInputs, 'context' | 'sql'>): Set<string> {
  const roots = new Set(sql.roots);
  if (!sql.everyColumn) return roots;
  for (const table of context.table_schemas) {
    if (!sql.roots.has(table.name.toLowerCase()) && !splitIdentifier(table.name).every((part) => sql.roots.has(part.toLowerCase()))) continue;
    for (const column of table.columns) for (const part of splitIdentifier(column.name)) roots.add(part.toLowerCase()), roots.add(wordRoot(part.toLowerCase()));
  }
  return roots;
}

function literalWords(literals: readonly string[]): Set<string> {
  return new Set(literals.flatMap((literal) => literal.split(/[^a-z0-9]+/).filter(Boolean)));
}

/** Word indexes inside the date phrases the context read ("in November", "last quarter"): the SQL reads them as dates. */
function dateWordIndexes(context: Context, analysis: QuestionAnalysis): Set<number> {
  const text = context.task.text.toLowerCase();
  const indexes = new Set<number>();
  for (const range of context.date_ranges) {
    const at = text.indexOf(range.phrase.toLowerCase());
    if (at < 0) continue;
    for (const word of analysis.words) if (word.offset >= at && word.offset < at + range.phrase.length) indexes.add(word.index);
  }
  return indexes;
}

/** A question that opens by asking for rows ("List all customers ...", "Show me the orders ..."). */
const LISTING_OPENERS = /^\s*(please\s+)?(list|show|display|give|get|print|enumerate)\b/i;

/** Below this cosine an unread word's vector is near none of the SQL's words ("kids" and ticket_sales). */
const FAR = 0.5;
const SQL_KEYWORDS = /^(select|from|where|group|order|by|having|limit|offset|desc|asc|count|star|sum|avg|min|max|join|inner|left|right|outer|full|cross|on|as|and|or|not|in|like|ilike|between|distinct|case|when|then|else|end|union|intersect|except|null|is|exists|cast|with|over|partition|all|any|date|interval|extract|coalesce|round|nullif|true|false)$/;

/** From this cosine up a word's vector is as near an SQL word's as "wounded" is to injured: the SQL reads it under another name. */
const NEAR = 0.7;

/** The highest cosine between the word's vector and an SQL word's; undefined when the vectors know neither. */
function nearestInSql(word: string, sqlWords: readonly string[]): number | undefined {
  let best: number | undefined;
  for (const other of sqlWords) {
    const similarity = wordSimilarity(word, other);
    if (similarity !== undefined && (best === undefined || similarity > best)) best = similarity;
  }
  return best;
}

type Reading = 'name' | 'relative' | 'literal' | undefined;

/** Question words the linker matched to a stored value that the SQL filters on ("California" for 'CA'). */
function filteredValueWords(context: Context, literalText: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const match of context.matched_values) {
    if (!literalText.includes(match.value.toLowerCase())) continue;
    for (const word of match.matched_text.toLowerCase().split(/[^a-z0-9]+/)) if (word) words.add(word);
  }
  return words;
}

function howRead(word: { text: string; stem: string }, roots: ReadonlySet<string>, literals: ReadonlySet<string>, literalText: readonly string[], nearest: () => number | undefined): Reading {
  if (sqlReadsWord(word.text, roots)) return 'name';
  if (literals.has(word.text) || literals.has(word.stem) || literalText.some((literal) => literal.includes(word.text))) return 'literal';
  if (sqlReadsSynonym(word.text, roots, { broader: true })) return 'relative';
  if ((nearest() ?? 0) >= NEAR) return 'relative';
  return undefined;
}

/** The features of an executed attempt; undefined without a grounding (a replayed gold answer). */
export function answerFeatures(inputs: FeatureInputs): AnswerFeatureReport | undefined {
  const { context, attempt, analysis, sql } = inputs;
  const grounding = context.grounding;
  if (!grounding) return undefined;
  const roots = readRoots(inputs);
  const literals = new Set([...literalWords(sql.literals), ...filteredValueWords(context, sql.literals)]);
  const dates = dateWordIndexes(context, analysis);
  const words = grounding.words.filter(({ word }) => !analysis.consumed.has(word.index) && !dates.has(word.index));
  const unread: string[] = [];
  const sqlWords = [...new Set([...sql.roots].filter((root) => root.length >= 3 && !SQL_KEYWORDS.test(root)).concat([...literals]))];
  const counts = { far: 0, column: 0, value: 0, weak: 0, ungrounded: 0, read: 0, relative: 0 };
  let askedUnread = false;
  for (const [k, { word, evidence }] of words.entries()) {
    let similarity: number | undefined | null = null;
    const nearest = () => (similarity === null ? (similarity = nearestInSql(word.text, sqlWords)) : similarity);
    const reading = howRead(word, roots, literals, sql.literals, nearest);
    if (reading) {
      counts.read++;
      if (reading === 'relative') counts.relative++;
      continue;
    }
    if (k === 0) askedUnread = true;
    if (!unread.includes(word.text)) unread.push(word.text);
    const near = nearest();
    if (near !== undefined && near < FAR) counts.far++;
    if (evidence === 'column') counts.column++;
    else if (evidence === 'value') counts.value++;
    else if (evidence) counts.weak++;
    else counts.ungrounded++;
  }
  const gaps = shapeGaps(analysis, sql);
  const features: AnswerFeatures = {
    content_words: words.length,
    unread_share: words.length === 0 ? 0 : (words.length - counts.read) / words.length,
    unread_column: counts.column,
    unread_value: counts.value,
    unread_weak: counts.weak,
    unread_ungrounded: counts.ungrounded,
    unread_far: counts.far,
    asked_unread: askedUnread,
    read_by_relative: counts.read === 0 ? 0 : counts.relative / counts.read,
    select_star: sql.everyColumn && !LISTING_OPENERS.test(context.task.text),
    earlier_attempts: Math.max(0, context.sql_attempts.length - 1),
    rows: attempt.row_count === 0 ? 'none' : attempt.row_count === 1 ? 'one' : 'many',
    shape_gaps: gaps.length,
  };
  return { features, unread, gaps };
}

const AGGREGATE_ASKED: Readonly<Record<Aggregate, string>> = { count: 'a count', sum: 'a total', avg: 'an average', min: 'a minimum', max: 'a maximum' };

/** The question's kind against the SQL's shape, from the analysis the offline model and the checks share. */
function shapeGaps(analysis: QuestionAnalysis, sql: SqlShape): string[] {
  const gaps: string[] = [];
  const kind = analysis.aggregate?.kind;
  // Any aggregate will do: "how many hours" is a sum, "the largest" a max or an ordered list.
  if (kind && sql.aggregates.size === 0 && !sql.windowed && !sql.ordered) gaps.push(`the question asks for ${AGGREGATE_ASKED[kind]} and the SQL computes none`);
  if (analysis.ranking && !sql.ordered && !sql.aggregates.has('max') && !sql.aggregates.has('min')) gaps.push('the question ranks and the SQL does not order');
  if (analysis.byPhrases.length > 0 && !sql.grouped && !sql.windowed) gaps.push('the question asks per group and the SQL does not group');
  if (analysis.sort && !sql.ordered) gaps.push('the question asks for an order and the SQL does not sort');
  return gaps;
}
