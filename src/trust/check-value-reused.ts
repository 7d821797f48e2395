import { questionWords } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import { stringConstantsUnder } from '../sql-tree/string-constants.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { columnCodeGlosses } from './code-glosses.js';

const wordsOf = (text: string) => text.toLowerCase().match(/[a-z]+/g) ?? [];

/**
 * "How many samples did Severnside Water send in?" answered with `client_nm = 'Severnside Water Services' AND matrix =
 * 'W'` ('W water'): the second value (or the word its column's comment glosses it with) is a word of the first, and the
 * question says that word once, inside the name. One word cannot be both a part of a name and a condition of its own, so
 * the SQL added a condition the question does not state. "water samples from Severnside Water" says it twice and passes.
 */
export const checkValueReused: AnswerCheckRule = ({ question, tree, context }) => {
  if (!tree) return undefined;
  const tested = [...new Set(tree.clauses.flatMap(stringConstantsUnder))];
  const names = tested.filter((value) => wordsOf(value).length >= 2);
  if (names.length === 0 || tested.length < 2) return undefined;
  const said = new Map<string, number>();
  for (const word of questionWords(question)) said.set(wordRoot(word.text), (said.get(wordRoot(word.text)) ?? 0) + 1);
  const glosses = new Map<string, string[]>();
  for (const { code, first } of columnCodeGlosses(context.table_schemas)) if (first) glosses.set(code, [...(glosses.get(code) ?? []), first]);
  for (const value of tested) {
    const readings = [wordsOf(value), ...(glosses.get(value) ?? []).map((word) => [word])].filter((words) => words.length > 0 && words.every((w) => w.length >= 3));
    for (const name of names) {
      if (name === value) continue;
      const nameRoots = new Set(wordsOf(name).map(wordRoot));
      const reused = readings.find((words) => words.length < nameRoots.size && words.every((w) => nameRoots.has(wordRoot(w)) && said.get(wordRoot(w)) === 1));
      if (!reused) continue;
      return {
        name: 'value_reused',
        passed: false,
        detail: `the SQL tests '${value}' (${reused.join(' ')}) as well as '${name}', but the question says "${reused.join(' ')}" only once, as part of the name`,
      };
    }
  }
  return undefined;
};
