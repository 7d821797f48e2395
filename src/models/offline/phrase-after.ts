import type { QuestionWord } from './question-words.js';
import { COORDINATORS, SUBORDINATORS } from '../../lexicon/conjunctions.js';
import { PREPOSITIONS } from '../../lexicon/prepositions.js';
import { RELATIVE_PRONOUNS, WH_WORDS } from '../../lexicon/pronouns.js';
import { DEMONSTRATIVES } from '../../lexicon/determiners.js';
import { FINITE_BE, HAVE_FORMS } from '../../lexicon/auxiliaries.js';
import { FOCUS_ADVERBS } from '../../lexicon/function-adverbs.js';
import { pick, wordSet } from '../../lexicon/word-set.js';

/** Words that end a short noun phrase ("by product category, excluding ..."). */
export const PHRASE_STOP: ReadonlySet<string> = wordSet(
  pick(COORDINATORS, 'and', 'or'),
  pick(PREPOSITIONS, 'with', 'in', 'for', 'from', 'during', 'excluding', 'including', 'over', 'between', 'since', 'on', 'at', 'than', 'to', 'as', 'after', 'before', 'without', 'except', 'of', 'by', 'per', 'across', 'within', 'versus', 'vs'),
  pick(WH_WORDS, 'where', 'when'),
  pick(DEMONSTRATIVES, 'this'),
  pick(RELATIVE_PRONOUNS, 'that', 'who', 'which'),
  pick(SUBORDINATORS, 'while'),
  pick(HAVE_FORMS, 'having', 'has', 'have'),
  FINITE_BE,
  pick(FOCUS_ADVERBS, 'only'),
  ['considering', 'last', 'sorted', 'ordered', 'desc', 'asc'],
);

/** Nouns that name a kind of the thing after "of": "type of item" is the item's type. */
export const CLASSIFIERS: ReadonlySet<string> = new Set(['type', 'types', 'kind', 'kinds', 'sort', 'sorts', 'category', 'categories', 'class', 'classes']);

/** Up to three words from `start` that name one thing, skipping a leading article; "type of item" runs on through "of". */
export function phraseAfter(words: readonly QuestionWord[], start: number): QuestionWord[] {
  const phrase: QuestionWord[] = [];
  for (let k = start; k < words.length && phrase.length < 3; k++) {
    const word = words[k]!;
    if (phrase.length === 0 && (word.text === 'the' || word.text === 'a' || word.text === 'each')) continue;
    if (phrase.length === 1 && word.text === 'of' && CLASSIFIERS.has(phrase[0]!.text) && !phrase[0]!.clauseEnd) {
      const kinds = phraseAfter(words, k + 1).slice(0, 1);
      if (kinds.length > 0) return [phrase[0]!, word, ...kinds];
    }
    if (PHRASE_STOP.has(word.text) || /^\d+$/.test(word.text)) break;
    phrase.push(word);
    if (word.clauseEnd) break;
  }
  return phrase;
}

/** The words up to the first that `ends` (not taken) or through the first that ends a clause: "the average [structure fire] in …". */
export function phraseUntil(words: readonly QuestionWord[], ends: (text: string) => boolean): QuestionWord[] {
  const phrase: QuestionWord[] = [];
  for (const word of words) {
    if (ends(word.text)) break;
    phrase.push(word);
    if (word.clauseEnd) break;
  }
  return phrase;
}
