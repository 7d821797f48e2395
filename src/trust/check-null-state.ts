import { bareName } from '../models/offline/bare-name.js';
import { questionWords } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import { inflectionBases } from '../lexicon/derived-forms.js';
import { IRREGULAR_VERBS } from '../lexicon/irregular-verbs.js';
import { hasSense } from '../lexicon/has-sense.js';
import { columnsUnder } from '../sql-tree/outer-select-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { readTableSchemas } from './read-table-schemas.js';
import { showsEveryColumn } from './reads-column.js';

/** "NULL when it did not sell", "empty until paid": the clause of a comment that says what an empty value means. */
const NULL_CLAUSE = /\b(?:null|empty|blank)\s+(when|while|until|unless|if)\b([^;.]*)/i;
/** A clause that says the event has not happened: "when it did not sell", "while never paid"; "until" and "unless" say so themselves. */
const NOT_YET = /\b(?:not|never)\b|n't\b/i;

/** The auxiliaries' bases: "were", "did" and "has" say nothing of which event happened. */
const AUXILIARY_BASES = new Set(['be', 'have', 'do']);

/** A verb's past form ("sold", "delivered") with its dictionary forms; undefined for any other word ("faults"). */
function verbBases(word: string): string[] | undefined {
  if (!/ed$/.test(word) && IRREGULAR_VERBS[word] === undefined) return undefined;
  const bases = inflectionBases(word).filter((base) => base !== word && !AUXILIARY_BASES.has(base) && hasSense('verb', base));
  return bases.length > 0 ? bases : undefined;
}

/**
 * "How many lots were sold in March?" answered by counting lots, where lots.hammer_price is 'NULL when it did not sell':
 * the question's verb is the event the comment says an empty value marks the absence of ("did not", "until", "unless"),
 * so some rows did not do it, and an SQL that never reads that column, nor another column naming the event, counts
 * them too. Only a verb's past form ("sold", "paid") is read this way: a noun of the clause ("NULL while a member")
 * names the rows, and "NULL when issued by post" says how the event happened, not that it did not.
 */
export const checkNullState: AnswerCheckRule = ({ tree, context, analysis, sql }) => {
  if (!tree || tree.tables.length === 0) return undefined;
  const read = new Set(columnsUnder(tree.clauses).map((ref) => ref.column));
  const schemas = readTableSchemas(tree.tables, context);
  const explained = schemas.flatMap((table) =>
    showsEveryColumn(sql.code, table.name)
      ? []
      : table.columns.flatMap((column) => {
          const [, conjunction, clause] = (column.nullable === false ? undefined : NULL_CLAUSE.exec(column.comment ?? '')) ?? [];
          if (!clause || read.has(column.name.toLowerCase()) || !(/^(?:until|unless)$/i.test(conjunction!) || NOT_YET.test(clause))) return [];
          const bases = wordBases(clause);
          return [{ table, column, bases }];
        }),
  );
  if (explained.length === 0) return undefined;
  // "delivered" told by job.st_cd, 'DLV delivered, …': a column the SQL reads that names the event answers for it.
  const readBases = wordBases(
    schemas
      .flatMap((table) => table.columns.filter((column) => read.has(column.name.toLowerCase())).map((column) => `${column.name} ${column.comment ?? ''}`))
      .join(' '),
  );
  for (const word of analysis.words) {
    if (word.text.length < 4 || sql.roots.has(word.text) || sql.roots.has(wordRoot(word.text))) continue;
    const bases = verbBases(word.text)?.filter((base) => !readBases.has(base));
    const found = bases?.length && explained.find((entry) => bases.some((base) => entry.bases.has(base)));
    if (!found) continue;
    return {
      name: 'null_state',
      passed: false,
      detail: `the question says "${word.text}", which ${bareName(found.table.name)}.${found.column.name} marks ('${found.column.comment}'), but the SQL does not read that column`,
    };
  }
  return undefined;
};

/** Each word of a text with its root and dictionary forms. */
function wordBases(text: string): ReadonlySet<string> {
  return new Set(questionWords(text).flatMap((word) => [word.text, wordRoot(word.text), ...inflectionBases(word.text)]));
}
