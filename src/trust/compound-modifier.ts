import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import type { QuestionWord } from '../models/offline/question-words.js';

/**
 * Whether a word is part of a hyphenated compound written before a noun ("self-service machines", "brick-and-mortar
 * shops", "pre-owned items", "2-bed flats"): English joins words with hyphens to make one adjective of them, which
 * says what kind of thing the noun is rather than naming a thing of its own. A compound that ranks ("best-selling",
 * "longest-standing") is left alone, as a superlative is; so is one not followed by a noun ("no-shows this year").
 */
export function inCompoundModifier(question: string, word: QuestionWord): boolean {
  let start = word.offset;
  while (start > 0 && /[A-Za-z0-9-]/.test(question[start - 1]!)) start--;
  let end = word.offset + word.text.length;
  while (end < question.length && /[A-Za-z0-9-]/.test(question[end]!)) end++;
  const compound = question.slice(start, end);
  if (!/^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+$/.test(compound)) return false;
  if (compound.split('-').some((part) => /est$/i.test(part) && primaryPartOfSpeech(part) === 'adj')) return false;
  const next = /^ ([a-z]+)\b/.exec(question.slice(end));
  return next !== null && primaryPartOfSpeech(next[1]!) === 'noun';
}
