import { nearlySameWord } from '../models/offline/nearly-same-word.js';

/**
 * "How many different vehicles were ticketed", "the number of distinct customers who ordered": a count of things that
 * repeat, which only means something over the rows of events that point at them (tickets, orders), and those may go
 * unnamed. A typo ("diffrent") still asks it.
 */
const COUNT_THEN = /\b(?:how\s+many|number\s+of)\s+([a-z]+)/gi;
const DISTINCT_WORDS = ['different', 'distinct', 'unique'];

export function countsDistinct(question: string): boolean {
  for (const match of question.matchAll(COUNT_THEN)) {
    const word = match[1]!.toLowerCase();
    if (DISTINCT_WORDS.some((d) => nearlySameWord(word, d))) return true;
  }
  return false;
}
