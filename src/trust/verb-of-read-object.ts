import type { GroundedWord } from './ground-question.js';
import { ARTICLES, POSSESSIVE_DETERMINERS, QUANTIFIERS } from '../lexicon/determiners.js';
import { hasSense } from '../lexicon/has-sense.js';
import { NUMBER_WORDS } from '../lexicon/numerals.js';
import { PERSONAL_PRONOUNS } from '../lexicon/pronouns.js';
import { PREPOSITIONS } from '../lexicon/prepositions.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import { inflectionBases } from '../lexicon/derived-forms.js';
import type { QuestionWord } from '../models/offline/question-words.js';
import { sqlReadsWord } from './sql-reads-word.js';

/** Words between a verb and its object that name nothing: "hauled more shipments than", "sent us any logs", "the most". */
const BEFORE_OBJECT: ReadonlySet<string> = new Set<string>([...ARTICLES, ...POSSESSIVE_DETERMINERS, ...QUANTIFIERS, ...PERSONAL_PRONOUNS, ...NUMBER_WORDS, 'than']);
const PREPOSITION_SET: ReadonlySet<string> = new Set<string>(PREPOSITIONS);

/**
 * "Which drivers have hauled more shipments than the average driver?" answered from SHPMT, "Which route carried the
 * most passengers?" ordered by pax_n: a verb the data has no word for relates the question's rows to its object, and
 * where that object is a thing the SQL reads by a table's or column's name, the verb says how the rows come by it, not
 * one more thing the data would have to hold. An object the SQL reads only as a stored value ("release the iPhone 12")
 * or does not read at all ("failed their TB test" where only the test's date is kept) leaves the verb open.
 */
export function verbOfReadObject(question: readonly QuestionWord[], verb: QuestionWord, grounded: readonly GroundedWord[], roots: ReadonlySet<string>): boolean {
  if (!isVerb(verb.text) || verb.clauseEnd) return false;
  const after = question.slice(verb.index + 1);
  let at = 0;
  let preposition = false;
  for (; at < after.length; at += 1) {
    const word = after[at]!;
    if (PREPOSITION_SET.has(word.text) && !preposition) preposition = true;
    else if (!/^\d/.test(word.text) && !BEFORE_OBJECT.has(word.text)) break;
    if (word.clauseEnd) return false;
  }
  // The object's words, up to what qualifies it: "the national layout", "more shipments".
  for (; at < after.length; at += 1) {
    const word = after[at]!;
    if (PREPOSITION_SET.has(word.text) || BEFORE_OBJECT.has(word.text)) return false;
    const entry = grounded.find((candidate) => candidate.word.offset === word.offset);
    if ((entry?.evidence === 'column' || entry?.evidence === 'table') && sqlReadsWord(word.text, roots)) return true;
    if (word.clauseEnd) return false;
  }
  return false;
}

/** A word used mostly as a verb, or an inflection of one ("hauled", "carried", "sent"), not a noun or adjective first. */
function isVerb(word: string): boolean {
  const primary = primaryPartOfSpeech(word);
  if (primary === 'verb') return true;
  return primary === undefined && inflectionBases(word).some((base) => base !== word && hasSense('verb', base));
}
