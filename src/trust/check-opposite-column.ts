import { splitIdentifier } from '../catalog/split-identifier.js';
import { adjectiveAntonyms } from '../lexicon/adjective-antonyms.js';
import { questionWords } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import type { AnswerCheckRule } from './answer-facts.js';

/** What the SQL computes on: the arguments of its aggregates and the keys of an ORDER BY ... LIMIT (a ranking). */
const COMPUTED = /\b(?:sum|avg|min|max|count)\s*\(([^()]*)\)|\border\s+by\b([\s\S]*?)(?=\blimit\b)/g;

/** A name part stands for a word: the same root, or a short form of three letters or more ("max" for maximum). */
const standsFor = (part: string, word: string): boolean => part === word || wordRoot(part) === wordRoot(word) || (part.length >= 3 && word.startsWith(part));

/**
 * "What is the highest maximum salary offered?" answered by MAX(salaryMin): the schema stores both sides of a pair
 * (salaryMin, salaryMax), the question names one ("maximum") and the SQL computes on the column named by its
 * WordNet antonym ("minimum"), which the question never says.
 */
export const checkOppositeColumn: AnswerCheckRule = ({ question, sql, context }) => {
  const words = questionWords(question).map((word) => word.text);
  const computed = [...sql.code.matchAll(COMPUTED)].map((match) => match[1] ?? match[2] ?? '').join(' ');
  const identifiers = new Set(computed.match(/[a-z_][a-z0-9_]*/g) ?? []);
  if (identifiers.size === 0) return undefined;
  for (const table of context.table_schemas) {
    // A table none of whose columns the SQL computes on has nothing to check: its names are not split.
    if (!table.columns.some((column) => identifiers.has(column.name.toLowerCase()))) continue;
    const parts = table.columns.map((column) => ({ column, parts: splitIdentifier(column.name).map((part) => part.toLowerCase()) }));
    for (const { column, parts: own } of parts) {
      if (!identifiers.has(column.name.toLowerCase())) continue;
      for (const [k, word] of words.entries()) {
        // The adjective modifies what the column measures: "maximum salary" for salaryMin, not any "first" of the question.
        const modified = words.slice(k + 1, k + 3);
        if (!own.some((part) => modified.some((next) => standsFor(part, next) || standsFor(part, wordRoot(next))))) continue;
        for (const antonym of adjectiveAntonyms(word)) {
          const opposite = own.find((part) => standsFor(part, antonym));
          if (!opposite || words.some((other) => standsFor(opposite, other))) continue;
          const sibling = parts.find(({ column: other, parts: theirs }) => other !== column && theirs.some((part) => standsFor(part, word) || standsFor(part, baseOf(word))));
          if (sibling) {
            return { name: 'opposite_column', passed: false, detail: `the question says "${word}", but the SQL computes on ${column.name}, the ${antonym} beside ${sibling.column.name}` };
          }
        }
      }
    }
  }
  return undefined;
};

/** "highest" → high: the comparative and superlative endings. */
function baseOf(word: string): string {
  return word.replace(/(?:iest|ier)$/, 'y').replace(/(?:est|er)$/, '');
}
