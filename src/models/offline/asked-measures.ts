import { REVENUE_WORDS } from './analyze-question.js';
import type { QuestionWord } from './question-words.js';
import { readAggregate } from './read-aggregate.js';

/** Words after which a measure word is compared with, not asked for: "older than average", "above the average". */
const COMPARED = /^(than|above|below|over|under)$/;

/**
 * The measures a question asks for side by side: "revenue and order count by state" asks for two, "the average,
 * minimum and maximum age" for three. Measure words (an aggregate keyword or a revenue word) that follow one another
 * without an "and" or a comma between them make one measure ("total revenue"); one compared with ("above average")
 * is none. Returns each measure's words, in order.
 */
export function askedMeasures(words: readonly QuestionWord[]): QuestionWord[][] {
  const measures: QuestionWord[][] = [];
  let previous = -1;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const isMeasure = readAggregate(words, i) !== undefined || REVENUE_WORDS.has(word.text);
    if (!isMeasure || (word.text === 'much' || word.text === 'many') && words[i - 1]?.text === 'how') continue;
    if (COMPARED.test(words[i - 1]?.text ?? '') || COMPARED.test(words[i - 2]?.text ?? '')) continue;
    const between = words.slice(previous + 1, i);
    const joined = previous >= 0 && (between.some((w) => w.text === 'and') || words[previous]!.clauseEnd || between.some((w) => w.clauseEnd));
    if (previous < 0 || joined) measures.push([word]);
    else measures.at(-1)!.push(word);
    previous = i;
  }
  return measures;
}
