import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import type { QuestionWord } from '../models/offline/question-words.js';
import { ARTICLES, QUANTIFIERS } from '../lexicon/determiners.js';
import { pick, wordSet } from '../lexicon/word-set.js';

/** Articles and quantifiers that open a verb's object: "have a washing machine", "contain any nuts". */
const OBJECT_OPENERS: ReadonlySet<string> = wordSet(pick(ARTICLES, 'a', 'an'), pick(QUANTIFIERS, 'any', 'some', 'no'));

/**
 * Whether the last word of a do-question is its verb's object rather than its verb: "Do any dishes contain nuts?",
 * "Do any boats have a washing machine?". English puts the verb right after the subject ("How many degrees does the
 * department offer?" ends on it), so the last word is an object when a main verb comes before it: "have" after the
 * subject, an article or quantifier right before it, or a word English mostly uses as a verb right before it.
 */
export function endsWithObject(question: string, word: QuestionWord): boolean {
  const clause = /\b(?:do|does|did)\s+(.*)$/i.exec(question.slice(0, word.offset))?.[1]?.toLowerCase();
  if (clause === undefined) return false;
  const between = clause.split(/[^a-z]+/).filter(Boolean);
  if (between.length < 2) return false;
  if (between.slice(1).some((text) => /^(have|has|had)$/.test(text))) return true;
  const before = between.at(-1)!;
  if (OBJECT_OPENERS.has(before)) return true;
  // "Which artist does the best linework?": a superlative modifies a noun, so what follows it is no verb.
  if (/^(best|worst|most|least)$/.test(before)) return true;
  // WordNet last: only a do-question's last word gets here.
  return !/(ing|ed)$/.test(before) && primaryPartOfSpeech(before) === 'verb';
}
