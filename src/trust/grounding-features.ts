import { z } from 'zod';
import { splitIdentifier } from '../catalog/split-identifier.js';
import type { Context } from '../context/context-schema.js';
import { vectorSimilarity, wordVector } from '../lexicon/word-vectors.js';
import { FILLER_WORDS } from '../models/offline/question-vocabulary.js';
import { evidenceOf, namesRoots } from './evidence-roots.js';
import type { GroundingSignals } from './grounding-signals.js';
import { FITTED_GROUNDING_WEIGHTS } from './grounding-weights.js';

/**
 * The language-level features the scored grounding decision weighs (score-grounding.ts), each 0–1. None is a word:
 * they say whether what the question asks for links to the data, how much of it does not, and how near in meaning
 * (word vectors) the words that link to nothing come to the names, comments and sample values of the linked schema.
 */
export const GroundingFeaturesSchema = z.object({
  /** An attribute asked of a stored thing that none of its tables holds, even loosely. */
  missing_attribute: z.number(),
  /** What is asked for in a shape ("phone number", "spend on shipping") links to nothing. */
  unlinked_focus: z.number(),
  /** The doer or time of a deed done to something nothing names. */
  unknown_topic: z.number(),
  /** The question ranks by a quality only a table name or a comment holds. */
  ranks_by_table: z.number(),
  /**
   * A naming word links to nothing where what is asked, its owner or what it ranks by is open, or where no word links
   * to a column at all; not when the open words only narrow an asked item whose head links. Or what "have" / "hold"
   * says the rows possess links to nothing (heldOpen), or the kind of person "are" says they are (classOpen).
   */
  open_where_asked: z.number(),
  /** Every asked item's head names something that links to nothing. */
  asked_open: z.number(),
  /** No word links to a column or metric. */
  no_column: z.number(),
  /** Share of the content words that name something, link to nothing and are strong enough to decline on. */
  open_share: z.number(),
  /** Some such word is written as a name (a capital inside the sentence) and matches no stored value. */
  open_name: z.number(),
  /** Some asked item's head links only to words of a comment, a metric's description or a doc. */
  asked_by_text: z.number(),
  /** Some asked item's head links to a column name of the namespace but to no name of the linked tables. */
  asked_elsewhere: z.number(),
  /** Share of the content words that link only to words of a comment or doc. */
  text_share: z.number(),
  /** 1 − the word-vector similarity of the least related open word to its nearest word of the linked schema (0: none open). */
  open_distance: z.number(),
  /** The same for the asked-for part that links to nothing: a missing attribute, an unlinked focus or an asked head. */
  asked_distance: z.number(),
});
export type GroundingFeatures = z.infer<typeof GroundingFeaturesSchema>;

const bool = (value: unknown): number => (value ? 1 : 0);

/**
 * The features of a question from its grounding signals and the words of its linked schema (schemaVectors, read only
 * when a feature that needs them counts). A feature the fitted model weighs at 0 is not computed and reads 0, unless
 * SLUICE_GROUNDING_FEATURES=all asks for every one (bench/abstention/fit-grounding.py fits on them all).
 */
export function groundingFeatures(context: Context, signals: GroundingSignals, schema: () => readonly Float32Array[], weights: Readonly<Record<string, number>> = FITTED_GROUNDING_WEIGHTS.weights): GroundingFeatures {
  const all = process.env.SLUICE_GROUNDING_FEATURES === 'all';
  const counts = (feature: keyof GroundingFeatures) => all || weights[feature] !== 0;
  const question = context.task.text;
  const content = signals.words.filter((entry) => entry.evidence !== undefined || signals.named.includes(entry)).length;
  const rankOpen = signals.rankedBy !== undefined && !signals.rankedBy.grounded;
  const features: GroundingFeatures = {
    missing_attribute: bool(signals.missingAttribute),
    unlinked_focus: bool(signals.focus),
    unknown_topic: bool(signals.topic),
    ranks_by_table: bool(signals.rankedBy?.grounded),
    open_where_asked: bool(
      signals.heldOpen ||
        signals.classOpen !== undefined ||
        (signals.open.length > 0 && (!signals.anyColumn || signals.askedOpen || signals.ownerOpen || rankOpen) && !(signals.modifiersOnly && !signals.ownerOpen && !rankOpen)),
    ),
    asked_open: bool(signals.askedOpen),
    no_column: bool(!signals.anyColumn),
    open_share: content === 0 ? 0 : signals.open.length / content,
    open_name: bool(signals.open.some((entry) => entry.word.index > 0 && /^[A-Z]/.test(question.slice(entry.word.offset, entry.word.offset + 1)))),
    asked_by_text: bool(signals.askedHeads.some((entry) => entry.evidence === 'text')),
    asked_elsewhere: counts('asked_elsewhere') ? askedElsewhere(context, signals) : 0,
    text_share: content === 0 ? 0 : signals.words.filter((entry) => entry.evidence === 'text').length / content,
    open_distance: counts('open_distance') ? distance(signals.open.map((entry) => entry.word.text), schema) : 0,
    asked_distance: counts('asked_distance') ? distance(askedWords(signals), schema) : 0,
  };
  // The cheap ones are computed above anyway; they read 0 too, so every feature the model ignores reads alike.
  for (const feature of Object.keys(features) as (keyof GroundingFeatures)[]) if (!counts(feature)) features[feature] = 0;
  return features;
}

/** Whether some asked head links to a column name of the namespace but to no name of the linked tables or metrics. */
function askedElsewhere(context: Context, signals: GroundingSignals): number {
  const linked = namesRoots({
    table: context.table_schemas.map((table) => table.name),
    column: [...context.table_schemas.flatMap((table) => table.columns.map((column) => column.name)), ...context.metrics.flatMap((metric) => [metric.name, ...metric.synonyms, ...metric.dimensions])],
  });
  return bool(signals.askedHeads.some((entry) => entry.evidence === 'column' && evidenceOf(entry.word, linked) === undefined));
}

/** The asked-for words that link to nothing: a missing attribute's head, an unlinked focus's, the open asked heads. */
function askedWords(signals: GroundingSignals): string[] {
  return [
    ...(signals.missingAttribute ? [lastWord(signals.missingAttribute.phrase)] : []),
    ...(signals.focus ? [lastWord(signals.focus)] : []),
    ...signals.askedOpenWords.map((entry) => entry.word.text),
  ];
}

/** 1 − the similarity of the least related word to its nearest schema word; a word with no vector is as far as can be. */
function distance(words: readonly string[], schemaOf: () => readonly Float32Array[]): number {
  if (words.length === 0) return 0;
  const schema = schemaOf();
  let least = 1;
  for (const word of words) {
    const vector = wordVector(word);
    let best = -1;
    if (vector) for (const known of schema) best = Math.max(best, vectorSimilarity(vector, known));
    least = Math.min(least, best);
  }
  return Math.max(0, Math.min(1, 1 - least));
}

const lastWord = (phrase: string): string => phrase.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).at(-1) ?? phrase;

/**
 * The vectors of the linked schema's words: its tables' and columns' names, the metrics' names, the words of their
 * comments (filler left out) and of its sample values. Remembered per set of tables, which a batch links again and again.
 */
export function schemaVectors(context: Context): Float32Array[] {
  const key = [context.task.namespace, ...context.table_schemas.flatMap((table) => [table.name, ...table.columns.map((column) => column.name)]), ...context.metrics.map((metric) => metric.name)].join('\n');
  let vectors = vectorsBySchema.get(key);
  if (!vectors) {
    vectors = [...schemaWords(context)].flatMap((word) => wordVector(word) ?? []);
    if (vectorsBySchema.size >= MAX_REMEMBERED_SCHEMAS) vectorsBySchema.delete(vectorsBySchema.keys().next().value!);
    vectorsBySchema.set(key, vectors);
  }
  return vectors;
}

const MAX_REMEMBERED_SCHEMAS = 200;
const vectorsBySchema = new Map<string, Float32Array[]>();

/** The words schemaVectors reads: lower-case, three letters or more, each once. */
export function schemaWords(context: Context): Set<string> {
  const names = [
    ...context.table_schemas.flatMap((table) => [table.name.split('.').at(-1)!, ...table.columns.map((column) => column.name)]),
    ...context.metrics.flatMap((metric) => [metric.name, ...metric.synonyms, ...metric.dimensions]),
  ];
  const prose = [
    ...context.table_schemas.flatMap((table) => [table.comment ?? '', ...table.columns.map((column) => column.comment ?? '')]),
    ...context.table_schemas.flatMap((table) => table.sample_rows.flat().filter((value): value is string => typeof value === 'string' && value.length < 60)),
  ];
  const words = new Set(names.flatMap((text) => splitIdentifier(text)).filter(isWord));
  for (const word of prose.flatMap((text) => splitIdentifier(text))) if (isWord(word) && !FILLER_WORDS.has(word)) words.add(word);
  return words;
}

const isWord = (word: string): boolean => word.length > 2 && /^[a-z]+$/.test(word);
