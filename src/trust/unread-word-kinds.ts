import { isEnglishWord } from '../lexicon/is-english-word.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import { wordRoot } from '../models/offline/word-root.js';
import { askedItems } from './asked-words.js';

/** What the words an answer's SQL leaves unread are: read from English (WordNet, the question's asked phrases), no word lists. */
export interface UnreadWordKinds {
  /** An unread word is the head of a phrase the question asks for ("What make of stove …": the head of what is asked). */
  asked_head_unread: number;
  /** An unread word is any word of such a phrase. */
  asked_word_unread: number;
  /** Unread words WordNet mostly uses as a noun, a verb or an adjective, and those it does not know (a misspelling, a code). */
  unread_nouns: number;
  unread_verbs: number;
  unread_adjectives: number;
  unread_unknown: number;
}

const same = (a: string, b: string | undefined): boolean => b !== undefined && (a === b || wordRoot(a) === wordRoot(b));

/** The kinds of the question's unread words (answer-features.ts's `unread`), for the post-execution decline. */
export function unreadWordKinds(question: string, unreadWords: readonly string[]): UnreadWordKinds {
  const unread = unreadWords.map((word) => word.toLowerCase());
  const items = askedItems(question).map((item) => item.map((word) => word.toLowerCase()));
  const parts = unread.map((word) => primaryPartOfSpeech(word) ?? (isEnglishWord(word) ? 'other' : 'unknown'));
  const count = (kind: string) => parts.filter((part) => part === kind).length;
  return {
    asked_head_unread: items.some((item) => unread.some((word) => same(word, item.at(-1)))) ? 1 : 0,
    asked_word_unread: items.some((item) => item.some((asked) => unread.some((word) => same(word, asked)))) ? 1 : 0,
    unread_nouns: count('noun'),
    unread_verbs: count('verb'),
    unread_adjectives: count('adj'),
    unread_unknown: count('unknown'),
  };
}
