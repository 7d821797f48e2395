import { splitIdentifier } from '../catalog/split-identifier.js';
import { derivedForms, inflectionBases } from '../lexicon/derived-forms.js';
import { IRREGULAR_VERBS } from '../lexicon/irregular-verbs.js';
import { bareName } from '../models/offline/bare-name.js';
import { isSkeletonOf } from '../models/offline/is-skeleton-of.js';
import { questionWords } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import { columnOf } from '../sql-tree/outer-select-tree.js';
import { conjuncts, stringConstant } from '../sql-tree/string-constants.js';
import type { TreeNode } from '../sql-tree/statement-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { columnCodeGlosses } from './code-glosses.js';
import { readTableSchemas } from './read-table-schemas.js';
import { tableNameWords } from '../models/offline/table-name-words.js';

/** The forms a word is read by: itself, its inflection bases and what WordNet derives from them, with their roots. */
function formsOf(word: string): Set<string> {
  const bases = [word, ...inflectionBases(word)];
  const all = [...bases, ...bases.flatMap((base) => [...derivedForms(base)])].filter((form) => !form.includes('_'));
  return new Set(all.flatMap((form) => [form.toLowerCase(), wordRoot(form.toLowerCase())]));
}

const has = (forms: ReadonlySet<string>, word: string): boolean => forms.has(word) || forms.has(wordRoot(word));

/**
 * "Who did the most surveying for quotes in 2026?" answered with `employees.job_title = 'Surveyor'` while every quote
 * has its surveyed_by (NOT NULL): the question's word names a column every row of a table the SQL reads fills, so it
 * says what every such row is or had done to it; a one-word value spelled by the same word ('Surveyor', or the code
 * 'Q' glossed "quoted" where every job has its quote_gbp and quote_dt) keeps only some of them, a restriction the
 * question never made. Only a verb's form ("surveying", "quoted") says so: "Which surveyor …" may ask for the role. A
 * word inside a name ("Herschel Telescope") or naming a table the SQL reads ("Which sweep …") is left alone: it says
 * which rows, not what they did.
 */
export const checkWordEveryRowHas: AnswerCheckRule = ({ question, tree, context }) => {
  if (!tree?.where) return undefined;
  // `column = 'one word'` on the WHERE's top-level AND.
  const held: Array<{ column: string; value: string }> = [];
  for (const node of conjuncts(tree.where)) {
    if (node.class !== 'COMPARISON' || node.type !== 'COMPARE_EQUAL') continue;
    const ref = columnOf(node.left as TreeNode) ?? columnOf(node.right as TreeNode);
    const value = stringConstant(node.right) ?? stringConstant(node.left);
    if (ref && value !== undefined && /^[A-Za-z]+$/.test(value.trim())) held.push({ column: ref.column, value: value.trim() });
  }
  if (held.length === 0) return undefined;
  const read = readTableSchemas(tree.tables, context);
  const glosses = columnCodeGlosses(read);
  const tableParts = read.flatMap((table) => tableNameWords(table.name));
  // A verb's form ("surveying", "quoted", "led") says what was done; a noun ("Which surveyor …") may name the role asked for.
  const words = questionWords(question).filter((word) => word.text.length > 3 && !word.capitalized && (/(ing|ed)$/.test(word.text) || IRREGULAR_VERBS[word.text] !== undefined));
  for (const { column, value } of held) {
    // The value's word: a code's gloss when the column's comment glosses it with one word, else the value itself.
    const gloss = glosses.find((g) => g.column.name.toLowerCase() === column && g.code.toLowerCase() === value.toLowerCase());
    const said = gloss ? gloss.gloss.toLowerCase().trim() : value.toLowerCase();
    if (!/^[a-z]{4,}$/.test(said)) continue;
    for (const word of words) {
      const forms = formsOf(word.text);
      if (!has(forms, said)) continue;
      // "Which sweep carried out the most visits?": the word names the rows of a table the SQL reads.
      if (tableParts.some((part) => has(forms, part) || isSkeletonOf(part, word.text))) continue;
      for (const table of read) {
        const every = table.columns.find(
          (c) =>
            !c.nullable &&
            !c.primary_key &&
            c.name.toLowerCase() !== column &&
            splitIdentifier(c.name).some((part) => part.length > 3 && has(forms, part.toLowerCase())),
        );
        if (!every) continue;
        return {
          name: 'word_every_row_has',
          passed: false,
          detail: `"${word.text}" names ${bareName(table.name)}.${every.name}, which every row fills, yet the SQL keeps only rows whose ${column} is '${value}'`,
        };
      }
    }
  }
  return undefined;
};
