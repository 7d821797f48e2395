import type { z } from 'zod';
import type { WordEvidenceSchema } from '../context/context-schema.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import type { GroundedWord, LinkHow } from './ground-question.js';
import type { GroundingSignals } from './grounding-signals.js';

export type WordEvidence = z.infer<typeof WordEvidenceSchema>;
/** The step of the decision that unlinked a word grounding had linked. */
export type UnlinkedHow = Exclude<NonNullable<WordEvidence['how']>, LinkHow>;

/**
 * The evidence record of a question's grounding (issue 14): for each content word, what it links to and by which step
 * (a name as written, an inflection, a short form, a WordNet synonym or relative, a comment's words only, a stored
 * value …), what it does in the question (the head of what is asked, a name written with a capital, a stored value it
 * filters on, or a modifier), WordNet's main part of speech of a word that links to nothing (looked up for those alone,
 * so a question whose words all link never opens WordNet) and how strong the link is. The post-execution decline weighs
 * it (evidence-features.ts), and it rides on the bench line (`grounding_evidence`) so a fit can test whether some
 * evidence tells unanswerable questions from answerable ones (bench/abstention/fit-answer-decline.py, bench/abstention/evidence-folds.py).
 *
 * `grounded` is grounding's words as linked; `signals.words` the same after the decision's adjustments (an attribute a
 * table of its thing holds counted as a column; a compound's head whose modifier does not fit its column, or a WordNet
 * relative of a named table, unlinked): `unlinked` holds the offsets of the latter, by the step that unlinked them.
 */
export function groundingEvidence(question: string, grounded: readonly GroundedWord[], signals: GroundingSignals, unlinked: ReadonlyMap<number, UnlinkedHow>): WordEvidence[] {
  const before = new Map(grounded.map((entry) => [entry.word.offset, entry]));
  const asked = new Set(signals.askedHeads.map((entry) => entry.word.offset));
  const open = new Set(signals.open.map((entry) => entry.word.offset));
  return signals.words.map((entry) => {
    const { word } = entry;
    const original = before.get(word.offset);
    const how: WordEvidence['how'] =
      entry.evidence === undefined ? unlinked.get(word.offset) : entry.evidence === original?.evidence ? original.how : entry.evidence === 'column' ? 'held_attribute' : entry.how;
    const capital = word.index > 0 && /^[A-Z]/.test(question.slice(word.offset, word.offset + 1));
    const role: WordEvidence['role'] = asked.has(word.offset) ? 'asked' : capital ? 'entity' : entry.evidence === 'value' ? 'filter' : 'modifier';
    const part = entry.evidence === undefined ? primaryPartOfSpeech(word.text) : undefined;
    return {
      word: word.text,
      ...(entry.evidence ? { kind: entry.evidence } : {}),
      ...(how ? { how } : {}),
      role,
      ...(entry.evidence === undefined ? { pos: part === 'noun' || part === 'verb' || part === 'adj' || part === 'adv' ? part : ('unknown' as const) } : {}),
      open: open.has(word.offset),
      strength: entry.evidence === undefined ? 0 : round((how === undefined || how === 'unlinked_modifier' || how === 'relative_of_named' || how === 'figure_of_thing' ? 0.5 : HOW_STRENGTH[how]) * KIND_STRENGTH[entry.evidence]),
    };
  });
}

const round = (value: number): number => Math.round(value * 100) / 100;

/** How near to the data each step keeps a word: a name as written is the data's own word, a WordNet relative a guess. */
const HOW_STRENGTH: Record<LinkHow, number> = {
  name: 1,
  inflection: 0.9,
  value: 0.9,
  catalog_synonym: 0.8,
  held_attribute: 0.8,
  shorthand: 0.7,
  measure: 0.7,
  coded_kind: 0.7,
  kind_named: 0.7,
  compound_kind: 0.7,
  group_member: 0.7,
  wordnet_synonym: 0.6,
  lookalike: 0.5,
  derivation: 0.5,
  comment_phrase: 0.5,
  wordnet_relative: 0.4,
  namespace_name: 0.4,
};

/** A comment's or doc's word says less than a name: prose mentions what the data may not hold. */
const KIND_STRENGTH = { column: 1, table: 0.9, value: 1, text: 0.5 } as const;
