import { splitIdentifier } from '../catalog/split-identifier.js';
import { FILLER_WORDS } from '../models/offline/question-vocabulary.js';
import { isDateColumn } from '../models/offline/schema-lookup.js';
import { wordRoot } from '../models/offline/word-root.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { showsEveryColumn } from './reads-column.js';
import { meetsSpelledWord, spelledTableWords } from './spelled-names.js';
import { tableNameRoots } from './table-name-roots.js';

/**
 * A column the question names by a word of its own ("theme", "release year", "capacity") must appear in
 * the SQL; SELECT * reads every column of its tables. Words that name a table (as its comment spells it too), a matched value or a
 * keyword of the question are left to other checks.
 */
export const checkColumnsUsed: AnswerCheckRule = ({ analysis, sql, context, tableNames }) => {
  const tableRoots = tableNameRoots(tableNames);
  // 'Penalty charge notice (parking ticket)' for pcn: a table's name as its comment spells it names the table too (spelled-names.ts).
  const spelled = spelledTableWords(context.table_schemas, () => true);
  const valueWords = new Set(context.matched_values.flatMap((match) => splitIdentifier(match.matched_text)));
  const starTables = context.table_schemas.filter((table) => showsEveryColumn(sql.code, table.name) && sql.roots.has(table.name.toLowerCase()));
  const read = new Set([...sql.roots, ...starTables.flatMap((table) => table.columns.flatMap((column) => splitIdentifier(column.name).map(wordRoot)))]);
  const missing = new Map<string, string>();
  // Each linked column with the roots of its name's parts, read once (when a word is left to look up).
  let roots: Array<{ column: (typeof context.table_schemas)[number]['columns'][number]; roots: string[] }> | undefined;
  const columnRoots = () => (roots ??= context.table_schemas.flatMap((table) => table.columns).map((column) => ({ column, roots: splitIdentifier(column.name).map(wordRoot) })));
  for (const word of analysis.words) {
    if (word.text.length < 3 || /\d/.test(word.text) || FILLER_WORDS.has(word.text) || FILLER_WORDS.has(word.stem)) continue;
    if (analysis.consumed.has(word.index) || valueWords.has(word.text)) continue;
    const root = wordRoot(word.text);
    if (tableRoots.has(root) || meetsSpelledWord(word.text, spelled)) continue;
    const column = columnRoots().find(({ roots }) => roots.includes(root))?.column;
    // "hours were logged" where every row has its logged_on: the verb tells what the rows are, it keeps none out.
    if (column && isDateColumn(column) && !column.nullable && !/\bwhen\b/i.test(analysis.text)) continue;
    if (column && !read.has(root) && !abbreviated(analysis.words[word.index - 1]?.text, word.text, read)) missing.set(word.text, column.name);
  }
  if (missing.size > 0) {
    return { name: 'columns_used', passed: false, detail: `the question asks about ${[...missing].map(([word, column]) => `"${word}" (${column})`).join(', ')}, which the SQL does not use` };
  }
  return undefined;
};

/** "first name" read as Fname, "last name" as LName: the first letter of the word before, then the word. */
function abbreviated(previous: string | undefined, word: string, read: ReadonlySet<string>): boolean {
  if (!previous || !/^[a-z]/.test(previous)) return false;
  return [word, wordRoot(word), word.replace(/s$/, '')].some((form) => read.has(`${previous[0]}${form}`));
}

