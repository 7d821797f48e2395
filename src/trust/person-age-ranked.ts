import { hypernymLemmas } from '../lexicon/hypernym-lemmas.js';
import { baseForms } from '../lexicon/related-nouns.js';
import { readSynset, senseOffsets } from '../lexicon/wordnet-records.js';
import { questionWords } from '../models/offline/question-words.js';

/** The superlatives of age: "the oldest member", "the youngest of the pupils", "the eldest". */
const AGE_SUPERLATIVE = /^(?:oldest|youngest|eldest)$/;

/** What follows "who is the oldest" when no noun does: "Who is the oldest of them?", "Who is the youngest here?". */
const NO_NOUN_FOLLOWS = /^(?:of|in|on|at|among|here|there)$/;

/** A superlative of age said of people: the superlative, the person noun it ranks (when one is named), and the words that ask it. */
export interface PersonAgeRanked {
  /** "oldest", "youngest", "eldest". */
  superlative: string;
  /** "member" of "the oldest member", "pupils" of "the youngest of the pupils"; undefined for "Who is the oldest?". */
  noun?: string;
  /** The words that ask: "oldest member", "youngest of", "eldest". */
  phrase: string;
}

/**
 * "Who is the oldest member of the team?", "the youngest tutor", "the eldest of the pupils": a superlative of age that
 * ranks people asks their age (issue 14, found on abstention-dev-q), which a birth date or an age gives; the date
 * someone joined gives seniority, which English asks as "the longest-serving" or "has been … the longest"
 * (tenure-column.ts). Read as people when the noun after it (or after its "of", up to one word between) is one by
 * WordNet's first sense that is a kind, or when "who" asks and no noun follows; "the oldest press", "the oldest site"
 * rank things by a date and are left to it. The one reading of the answer-kind rules (expected-answer-kind.ts) and of
 * the ranked_age check (check-ranked-age.ts).
 */
export function personAgeRanked(question: string): PersonAgeRanked | undefined {
  const words = questionWords(question);
  const at = words.findIndex((word) => AGE_SUPERLATIVE.test(word.text));
  if (at < 0) return undefined;
  const superlative = words[at]!.text;
  const next = words[at]!.clauseEnd ? undefined : words[at + 1];
  const phrase = next ? `${superlative} ${next.text}` : superlative;
  const of = next?.text === 'of';
  const noun = [next, of ? words[at + 2] : undefined, of ? words[at + 3] : undefined].find((word) => word && commonSenseIsPerson(word.text));
  if (noun) return { superlative, noun: noun.text, phrase };
  return words[0]?.text === 'who' && (!next || NO_NOUN_FOLLOWS.test(next.text)) ? { superlative, phrase } : undefined;
}

/** Whether the noun's first sense that is a kind, not one named thing (an instance: Crane the writer), is a person. */
function commonSenseIsPerson(noun: string): boolean {
  for (const form of [noun, ...baseForms(noun)]) {
    const common = senseOffsets('noun', form).find((offset) => !readSynset('noun', offset).pointers.some((pointer) => pointer.symbol === '@i'));
    if (common !== undefined) return hypernymLemmas([common]).has('person');
  }
  return false;
}
