import type { QuestionWord } from '../models/offline/question-words.js';
import type { AskedAttribute } from './asked-attributes.js';
import { FINITE_HAVE } from '../lexicon/auxiliaries.js';
import { ARTICLES } from '../lexicon/determiners.js';
import { pick, wordSet } from '../lexicon/word-set.js';

/**
 * "Which applications had a site visit?", "Which vans have a tow bar?": a thing had or has one of something the question
 * ends with, which it asks of the thing as an attribute (`had`: a stored value such as 'dog' is a row's, left to the
 * other rules). Only one or two words name the thing, right after "which", and one to three the attribute, after "a" or
 * "an", ending the question.
 */
const HAVE: ReadonlySet<string> = wordSet(FINITE_HAVE);
const INDEFINITE: ReadonlySet<string> = wordSet(pick(ARTICLES, 'a', 'an'));

export function hadAttribute(words: readonly QuestionWord[]): AskedAttribute | undefined {
  if (words[0]?.text !== 'which') return undefined;
  const verb = words.findIndex((word, i) => i >= 2 && i <= 3 && HAVE.has(word.text));
  if (verb < 0 || !INDEFINITE.has(words[verb + 1]?.text ?? '')) return undefined;
  const of = words.slice(1, verb);
  const rest = words.slice(verb + 2);
  if (rest.length === 0 || rest.length > 3 || [...of, ...rest.slice(0, -1)].some((word) => word.clauseEnd)) return undefined;
  if (rest.some((word) => word.text.length < 3 || /\d/.test(word.text) || /^(more|less|most|least|than|of|in|on|at|for|with|from|by|to)$/.test(word.text))) return undefined;
  return { words: rest, of, verb: false, had: true };
}
