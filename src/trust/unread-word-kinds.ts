import { inflectionBases } from '../lexicon/derived-forms.js';
import { hasSense } from '../lexicon/has-sense.js';
import { IRREGULAR_VERBS } from '../lexicon/irregular-verbs.js';
import { isEnglishWord } from '../lexicon/is-english-word.js';
import { comparativeBase, judgesQuality } from '../lexicon/judged-quality.js';
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
  /**
   * Unread inflected verbs ("died", "referred", "tipped", "satisfying"), which WordNet's tagged senses list only by their
   * dictionary form or as adjectives: a deed or a reaction the question asks about, which unread_verbs misses.
   */
  unread_deeds: number;
  /** The question asks who, when or where and an unread word is a verb or an inflected one: the doer, time or place of a deed nothing reads ("Who manufactured …", "When was … backfilled"). */
  asked_deed_unread: number;
  /** Unread adjectives, or their degrees, that judge a quality rather than measure one ("most popular", "the best view"): an opinion no column records. */
  unread_judged: number;
}

/**
 * An inflected form of a verb ("died", "referred", "manufactured", "satisfying"): an -ed or -ing ending, or an irregular
 * past, whose dictionary form WordNet knows as a verb. Its own tagged senses may call it an adjective ("manufactured
 * goods"), but after a subject it is the deed; one they mostly call a noun is a thing ("evening", "building").
 */
const isDeed = (word: string) => (/(?:ed|ing)$/.test(word) || IRREGULAR_VERBS[word] !== undefined) && primaryPartOfSpeech(word) !== 'noun' && inflectionBases(word).some((base) => base !== word && hasSense('verb', base));

/** An adjective, or a comparative or superlative of one, whose first sense judges a quality (judged-quality.ts): "popular", "better", "best", "nicest". */
function judges(word: string): boolean {
  const superlative = word === 'best' ? 'good' : word === 'worst' ? 'bad' : /est$/.test(word) ? comparativeBase(`${word.slice(0, -3)}er`) : undefined;
  const base = superlative ?? comparativeBase(word) ?? word;
  return primaryPartOfSpeech(base) === 'adj' && judgesQuality(base);
}

/** A question that asks who did something, or when or where it happened ("Who …", "When was …"; not "How many …"). */
const ASKS_DOER_OR_TIME = /^\s*(?:who|whom|when|where)\b/i;

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
    unread_deeds: unread.filter(isDeed).length,
    asked_deed_unread: ASKS_DOER_OR_TIME.test(question) && unread.some((word, at) => parts[at] === 'verb' || isDeed(word)) ? 1 : 0,
    unread_judged: unread.filter(judges).length,
  };
}
