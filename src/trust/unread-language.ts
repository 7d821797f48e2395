import { deu, eng, fra, ita, nld, por, spa } from 'stopword';
import { QUERY_STOP_WORDS, STOP_WORDS } from '../catalog/stop-words.js';
import { TWO_LETTER_WORDS, isEnglishWord } from '../lexicon/is-english-word.js';

const LATIN_WORD = /\p{Script=Latin}+(?:['’]\p{Script=Latin}+)*/gu;
const QUOTED = /'[^']*'|"[^"]*"|‘[^’]*’|“[^”]*”/g;
const NOT_ENGLISH_LETTERS = /[^a-z'’]/;

let lists: { english: ReadonlySet<string>; others: Array<[string, ReadonlySet<string>]> } | undefined;

function stopwordLists(): NonNullable<typeof lists> {
  const english = new Set([...eng, ...STOP_WORDS, ...QUERY_STOP_WORDS, ...TWO_LETTER_WORDS]);
  // A word that is a function word in English too ("a", "no", "in") tells nothing about the language.
  const other = (words: string[]) => new Set(words.filter((word) => !english.has(word)));
  const others: Array<[string, ReadonlySet<string>]> = [
    ['Spanish', other(spa)],
    ['French', other(fra)],
    ['German', other(deu)],
    ['Italian', other(ita)],
    ['Portuguese', other(por)],
    ['Dutch', other(nld)],
  ];
  return { english, others };
}

export interface UnreadLanguage {
  /** "Spanish", "Spanish or Portuguese"; undefined when the function words fit more than two languages alike. */
  language?: string;
  /** The question's words that are not English, in order. */
  words: string[];
}

/**
 * The language a question written in Latin letters reads as, when it is not English ("¿Cuántos clientes hay en
 * Madrid?"): few of its words are English function words, some are function words of another language (the stopword
 * package's lists), and at least half are not English (two, when none is an English function word): those function
 * words, and words that are not English words (an accented word, a two-letter word English lacks, a word WordNet does
 * not know). Undefined when it reads as
 * English. Quoted text, numbers, acronyms and single letters are left out; WordNet is asked last.
 */
export function unreadLanguage(question: string): UnreadLanguage | undefined {
  // Acronyms and single letters ("PM", "WO", "w/") are shorthand in any language.
  const words = [...question.replace(QUOTED, ' ').matchAll(LATIN_WORD)]
    .map((match) => match[0])
    .filter((word) => word.length > 1 && word !== word.toUpperCase())
    .map((word) => word.toLowerCase());
  if (words.length < 3) return undefined;
  lists ??= stopwordLists();
  const { english, others } = lists;
  const englishCount = words.filter((word) => english.has(word)).length;
  if (englishCount * 3 >= words.length) return undefined;
  const scored = others.map(([language, functionWords]) => ({ language, functionWords, hits: words.filter((word) => functionWords.has(word)).length }));
  const bestHits = Math.max(...scored.map((entry) => entry.hits));
  // One foreign function word is enough only where no English one stands beside it.
  if (bestHits < (englishCount > 0 ? 2 : 1)) return undefined;
  // Languages as close as Spanish and Portuguese can share every function word a short question has.
  const best = scored.filter((entry) => entry.hits === bestHits);
  const functionWord = (word: string) => best.some((entry) => entry.functionWords.has(word));
  const open = words.filter((word) => !english.has(word) && !functionWord(word));
  if ((bestHits + open.length) * 2 < words.length || bestHits + open.length < 2) return undefined;
  const foreign = words.filter((word) => functionWord(word) || (open.includes(word) && (NOT_ENGLISH_LETTERS.test(word) || word.length <= 2 || !isEnglishWord(word))));
  // Without a single English function word, two foreign words are enough ("¿Cuántos clientes hay en Madrid?").
  if (foreign.length < 2 || (foreign.length * 2 < words.length && englishCount > 0)) return undefined;
  return { ...(best.length <= 2 ? { language: best.map((entry) => entry.language).join(' or ') } : {}), words: foreign };
}
