import { baseForms } from '../lexicon/related-nouns.js';
import { taggedSenses } from '../lexicon/tagged-senses.js';
import { ORDER_WORDS } from '../lexicon/order-words.js';

/** The verbs that put rows in an order, in their forms: "sorted by", "ordered by", "arrange", "ranked", "rankings". */
const ORDER_VERBS = ['order', 'orders', 'ordered', 'ordering', 'sort', 'sorts', 'sorted', 'sorting', 'arrange', 'arranged', 'rank', 'ranks', 'ranked', 'ranking', 'rankings'];
/** Words that put rows in an order: the verbs, and the order words ("in descending order", "alphabetically", "chronological"). */
const ORDER_PHRASES = new RegExp(`\\b(${[...ORDER_VERBS, ...ORDER_WORDS].join('|')})\\b`);
/** Rank words of English's closed class: "the most", "the top 5", "the first three", "last", "fewest", "max". */
const RANK_WORDS = /\b(most|least|fewest|top|bottom|first|last|best|worst|maximum|minimum|max|min|next|previous)\b/;
/** "from A to Z": an order spelled by its two ends ("highest to lowest", "newest first" are superlatives). */
const ENDS = /\b(a to z|z to a)\b/;

/** "cheapest", "earliest", "biggest": an -est form of a word WordNet knows as an adjective ("guest", "test", "forest" are not). */
function isSuperlative(word: string): boolean {
  if (!word.endsWith('est') || word.length < 5) return false;
  return baseForms(word).some((form) => form !== word && taggedSenses('adj', form) > 0);
}

/**
 * Whether a question asks for its rows in an order: it says how to order them ("sorted by age", "in descending
 * order"), or ranks ("the top 5", "the three cheapest", "most", "first"), which reads as a ranked list. "Which analysts
 * did we hire before 2012?" asks for a set: a gold SQL that orders it (`ORDER BY analyst_nm`) only makes its own output
 * repeatable, and an answer in another order is as right. A word that may be either ("orders" the table) keeps the order.
 */
export function asksForOrder(question: string): boolean {
  const text = question.toLowerCase();
  if (ORDER_PHRASES.test(text) || RANK_WORDS.test(text) || ENDS.test(text)) return true;
  return (text.match(/[a-z]+/g) ?? []).some(isSuperlative);
}
