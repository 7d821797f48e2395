import { questionWords } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import { stringConstantsUnder } from '../sql-tree/string-constants.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { columnCodeGlosses } from './code-glosses.js';

/** English's negative prefixes: "uncatalogued", "inactive", "impossible", "illegal", "irregular", "nonmember", "disabled". */
const NEGATIVE_PREFIXES = ['non-', 'non', 'un', 'in', 'im', 'il', 'ir', 'dis'];

/**
 * "What percentage of our catalogued items have been digitised?" answered with `catalogue_status = 'U'`, where the
 * column's comment glosses 'U' as "uncatalogued": the code the SQL tests is the negation (a negative prefix) of a word
 * the question uses as it stands, so the SQL picks the rows the question leaves out. A question that says the
 * prefixed word itself ("uncatalogued items") is answered by that code.
 */
export const checkOppositeCode: AnswerCheckRule = ({ question, tree, context }) => {
  if (!tree) return undefined;
  const tested = new Set(tree.clauses.flatMap(stringConstantsUnder));
  if (tested.size === 0) return undefined;
  const words = questionWords(question).map((word) => word.text.toLowerCase());
  const said = new Set(words);
  const roots = new Set(words.filter((word) => word.length >= 4).map(wordRoot));
  for (const { table, column, code, gloss } of columnCodeGlosses(context.table_schemas)) {
    if (!tested.has(code)) continue;
    for (const word of gloss.toLowerCase().match(/[a-z-]+/g) ?? []) {
      if (said.has(word)) continue;
      const prefix = NEGATIVE_PREFIXES.find((p) => word.startsWith(p) && word.length - p.length >= 4 && roots.has(wordRoot(word.slice(p.length))));
      if (!prefix) continue;
      const positive = word.slice(prefix.length);
      return {
        name: 'opposite_code',
        passed: false,
        detail: `the question says "${words.find((w) => wordRoot(w) === wordRoot(positive))}", but the SQL tests ${table.name}.${column.name} = '${code}', which its comment glosses as "${word}", the opposite`,
      };
    }
  }
  return undefined;
};
