import type { TableSchema } from '../context/context-schema.js';
import { bareName } from '../models/offline/bare-name.js';
import { questionWords } from '../models/offline/question-words.js';
import { shortens } from '../models/offline/shortens.js';
import { commentPhraseMentions } from '../models/offline/comment-phrase-mentions.js';
import { wordRoot } from '../models/offline/word-root.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { stateGlossRoots, type StateGloss } from './code-glosses.js';
import { EXISTS_IN_DATA } from './check-stated-condition.js';
import { readTableSchemas } from './read-table-schemas.js';
import { readsColumn, showsEveryColumn } from './reads-column.js';
import { scoreAnswer } from './score-answer.js';
import { meetsSpelledWord, spelledTableWords } from './spelled-names.js';
import { tableNameWords } from '../models/offline/table-name-words.js';

/**
 * "How many of our teachers are assistants?" answered by `SELECT COUNT(*) FROM teachers`, where teachers.qualification
 * is documented as 'L1 Level 1 assistant teacher, L2 Level 2 qualified teacher': a word of the question that the SQL
 * never uses (the confidence model's unread words: no identifier, literal, relative or near vector) is one the
 * catalog gives as the gloss of a stored code of a column of a table the SQL reads. The word names a state those rows
 * can be in ("gain-entry jobs" / 'LO lockout (gaining entry)', "went over the limit" / 'EXC exceedance of the limit',
 * "guests stayed" / 'CMP stay completed'), so an SQL that never reads the column counts or lists the rows in every
 * state. A word naming a read table's own rows ("hires" in 'CMP hire completed', by its name or as its comment spells
 * it) and a participle that only says a
 * row is kept ("listed", "recorded") ask for no state; a column the answer shows whole (`SELECT *`) is left alone.
 */
export const checkUnreadState: AnswerCheckRule = ({ tree, context, attempt, sql }) => {
  if (!tree || tree.tables.length === 0 || !context.grounding) return undefined;
  const tables = readTableSchemas(tree.tables, context);
  const glossed = glossedColumns(tables, sql.code);
  if (glossed.length === 0) return undefined;
  // Cheap first: some word of the question must be a gloss word before the unread words are worked out.
  const questionRoots = new Set(questionWords(context.task.text).map((word) => wordRoot(word.text)));
  if (!glossed.some((entry) => [...entry.roots.keys()].some((root) => questionRoots.has(root)))) return undefined;
  const unread = scoreAnswer(context, attempt)?.unread ?? [];
  const tableRoots = new Set(tables.flatMap((table) => tableNameWords(table.name).map(wordRoot)));
  // "tickets" of the pcn rows, 'Penalty charge notice (parking ticket)': a read table's name as its comment spells it (spelled-names.ts).
  const read = new Set(tables.map((table) => table.name));
  const spelled = spelledTableWords(context.table_schemas, (table) => read.has(table));
  // "model names" of sctr_nm, 'Model name': words of a read column's comment the question spells (commentPhraseMentions).
  let commented: ReadonlySet<string> | undefined;
  for (const word of unread) {
    if (!/^[a-z]{4,}$/.test(word) || EXISTS_IN_DATA.test(word)) continue;
    commented ??= commentSpelledWords(context.task.text, tables, sql.code);
    if (commented.has(word)) continue;
    const root = wordRoot(word);
    // "delivered" read as dlvd_dt, "riders" as the table rdr: a short form the SQL reads accounts for the word.
    if (tableRoots.has(root) || meetsSpelledWord(word, spelled) || [...sql.roots].some((part) => part.length >= 3 && shortens(part, word, { minLength: 3 }))) continue;
    const found = glossed.filter((entry) => entry.roots.has(root));
    if (found.length === 0) continue;
    const { table, column, roots } = found[0]!;
    const { code, gloss } = roots.get(root)!;
    return {
      name: 'unread_state',
      passed: false,
      detail: `the question says "${word}", which ${bareName(table.name)}.${column.name} stores as '${code}' (${gloss}), but the SQL does not read that column`,
    };
  }
  return undefined;
};

/** The question's words that spell the opening of the comment of a column the SQL reads, as written. */
function commentSpelledWords(question: string, tables: readonly TableSchema[], code: string): ReadonlySet<string> {
  const words = questionWords(question);
  const spelled = new Set<string>();
  for (const mention of commentPhraseMentions(words, tables, new Set())) {
    if (mention.column === undefined || !readsColumn(code, mention.column)) continue;
    for (let at = mention.start; at < mention.end; at++) spelled.add(words[at]!.text);
  }
  return spelled;
}

interface GlossedColumn {
  table: TableSchema;
  column: TableSchema['columns'][number];
  /** Each root of a gloss word, with the code it glosses and the gloss as the comment writes it. */
  roots: ReadonlyMap<string, StateGloss>;
}

/** The columns of the read tables whose comments gloss stored codes, that the SQL neither reads nor shows whole. */
function glossedColumns(tables: readonly TableSchema[], code: string): GlossedColumn[] {
  return tables.flatMap((table) => {
    if (showsEveryColumn(code, bareName(table.name))) return [];
    return table.columns.flatMap((column) => {
      if (!column.comment || readsColumn(code, column.name)) return [];
      const roots = stateGlossRoots(column.comment);
      return roots.size > 0 ? [{ table, column, roots }] : [];
    });
  });
}
