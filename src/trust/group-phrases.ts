import type { QuestionAnalysis } from '../models/offline/analyze-question.js';
import { PHRASE_STOP } from '../models/offline/phrase-after.js';
import type { QuestionWord } from '../models/offline/question-words.js';
import { ARTICLES, POSSESSIVE_DETERMINERS, QUANTIFIERS } from '../lexicon/determiners.js';
import { PREPOSITIONS } from '../lexicon/prepositions.js';
import { pick, wordSet } from '../lexicon/word-set.js';

export interface GroupPhrase {
  /** "by", "per", "for each", ... */
  keyword: string;
  /** Index of the phrase's first word. */
  at: number;
  /** Content words of the phrase, "of" phrases kept: "day of week" → day, week. */
  words: QuestionWord[];
}

const INNER: ReadonlySet<string> = wordSet(
  ARTICLES,
  pick(PREPOSITIONS, 'of'),
  pick(QUANTIFIERS, 'each', 'every'),
  pick(POSSESSIVE_DETERMINERS, 'their', 'its', 'his', 'her'),
);
const MAX_WORDS = 4;

/** The group phrases the analysis found, read on through "of" so "day of the week" stays whole. */
export function groupPhrases(analysis: QuestionAnalysis): GroupPhrase[] {
  const phrases: GroupPhrase[] = [];
  for (const phrase of analysis.byPhrases) {
    const first = phrase.words[0];
    if (!first) continue;
    const words: QuestionWord[] = [];
    for (let k = first.index; k < analysis.words.length && words.length < MAX_WORDS; k++) {
      const word = analysis.words[k]!;
      if (word.text !== 'of' && PHRASE_STOP.has(word.text)) break;
      if (/^\d+$/.test(word.text)) break;
      if (!INNER.has(word.text)) words.push(word);
      if (word.clauseEnd) break;
    }
    if (words.length > 0) phrases.push({ keyword: phrase.keyword, at: first.index, words });
  }
  return phrases;
}
