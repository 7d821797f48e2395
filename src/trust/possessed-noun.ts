import { hasSense } from '../lexicon/has-sense.js';
import { IRREGULAR_VERBS } from '../lexicon/irregular-verbs.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import type { QuestionWord } from '../models/offline/question-words.js';

/**
 * Whether the word is the noun "have" takes as a main verb ("Which patients have blood group O negative?", "Which
 * tenants have pets?"), not the participle it takes as an auxiliary ("have visited", "has won"): right after "have",
 * "has" or "had", no past form, and a noun by WordNet's commonest sense. Such a word names what the rows must possess,
 * a thing the data has to hold, where a word after an auxiliary is otherwise read as a verb. A noun made from a verb
 * ("have attendance below 60%", "have insurance") is left as it was: it names an event or a measure that a column may
 * hold under another name (`att_pct`), and declining on it cost as much as it gained.
 */
export function isPossessedNoun(question: string, word: QuestionWord): boolean {
  const before = /([A-Za-z]+)\W*$/.exec(question.slice(0, word.offset))?.[1]?.toLowerCase();
  if (before !== 'have' && before !== 'has' && before !== 'had') return false;
  if (/(ed|en)$/.test(word.text) || IRREGULAR_VERBS[word.text] !== undefined) return false;
  return primaryPartOfSpeech(word.text) === 'noun' && !nominalisesVerb(word.text);
}

/** "attendance", "payment", "registration": a noun made from a verb names an event or a measure a column may hold under another name. */
function nominalisesVerb(text: string): boolean {
  const match = /^(.{3,}?)(ance|ence|ment|tion|sion|al|age)s?$/.exec(text);
  if (!match) return false;
  const stem = match[1]!;
  return [stem, `${stem}e`, stem.replace(/a$/, ''), stem.replace(/(.)\1$/, '$1')].some((base) => hasSense('verb', base));
}
