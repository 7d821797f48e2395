import { hasSense } from '../lexicon/has-sense.js';
import type { QuestionWord } from '../models/offline/question-words.js';

/** Words after which a noun phrase begins: "how many cover-ups", "the walk-ins". */
const NOUN_OPENERS = /^(many|few|several|the|a|an|any|no|each|every|all|their|its|our|of|more|most|fewer)$/;

/**
 * Whether a word is part of a hyphenated compound that is itself a noun ("How many cover-ups did each artist do?"):
 * it follows a quantifier or determiner, and WordNet knows the compound, or its last part, as a noun. Its parts may be
 * words English mostly uses as verbs ("cover"), but together they name a thing.
 */
export function inHyphenatedNoun(question: string, word: QuestionWord): boolean {
  let start = word.offset;
  while (start > 0 && /[A-Za-z-]/.test(question[start - 1]!)) start--;
  let end = word.offset + word.text.length;
  while (end < question.length && /[A-Za-z-]/.test(question[end]!)) end++;
  const compound = question.slice(start, end).toLowerCase();
  if (!/^[a-z]+(?:-[a-z]+)+$/.test(compound)) return false;
  const before = /([A-Za-z]+)\s+$/.exec(question.slice(0, start))?.[1]?.toLowerCase();
  if (before === undefined || !NOUN_OPENERS.test(before)) return false;
  const singular = (text: string) => (/[^s]s$/.test(text) ? text.slice(0, -1) : text);
  return hasSense('noun', singular(compound)) || hasSense('noun', compound);
}
