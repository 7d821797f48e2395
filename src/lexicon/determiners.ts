import { pick } from './word-set.js';

/** Determiners: the closed class of words that open a noun phrase and say which or how many of its noun are meant. */

/** The articles: "a fee", "the fee". */
export const ARTICLES = ['a', 'an', 'the'] as const;

/** Demonstratives, determiners and pronouns both: "this year", "those orders", "that". */
export const DEMONSTRATIVES = ['this', 'that', 'these', 'those'] as const;

/** Possessive determiners: "their orders", "its price" ("her" is also an object pronoun). */
export const POSSESSIVE_DETERMINERS = ['my', 'your', 'his', 'her', 'its', 'our', 'their'] as const;

/** Articles and possessive determiners: the word after one is read as a noun ("the walks", "on our books"). */
export const NOUN_OPENERS: ReadonlySet<string> = new Set<string>([...ARTICLES, ...POSSESSIVE_DETERMINERS]);

/** Quantifying determiners: how many or how much ("each order", "no orders", "most customers", "both"). */
export const QUANTIFIERS = [
  'all', 'any', 'both', 'each', 'either', 'enough', 'every', 'few', 'many', 'more', 'most', 'much', 'neither', 'no', 'several', 'some',
] as const;

/** Determiners and adjectives of identity: whether a thing is one already named ("the same", "another", "their own", "such"). */
export const IDENTITY_WORDS = ['another', 'other', 'others', 'own', 'same', 'such'] as const;

/** The determiners a question opens a noun phrase with when it names things: "the", "these", "each", "our" shops. */
export const PHRASE_DETERMINERS: readonly string[] = [
  ...ARTICLES,
  ...DEMONSTRATIVES,
  ...pick(QUANTIFIERS, 'each', 'every', 'all', 'any'),
  ...pick(POSSESSIVE_DETERMINERS, 'our', 'their', 'its', 'his', 'her'),
];
