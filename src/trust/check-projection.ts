import { splitIdentifier } from '../catalog/split-identifier.js';
import { FILLER_WORDS } from '../models/offline/question-vocabulary.js';
import { wordRoot } from '../models/offline/word-root.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { laterSentenceItems, requestedItems } from './requested-items.js';
import { ROW_NOUNS } from './row-nouns.js';
import { sqlReadsSynonym } from './sql-reads-synonym.js';
import { sqlReadsWord } from './sql-reads-word.js';
import { tableNameRoots } from './table-name-roots.js';
import { wordTable } from '../own-entry.js';

const AGGREGATE_WORDS = /^(average|avg|mean|maximum|max|minimum|min|total|sum|how|many|much|percent|percentage|share|rate|ratio|most|least|top|highest|lowest|largest|smallest|best|worst)$/;
const NAME_WORDS = /^(names?|titles?|labels?)$/;
/** "number of", "count of" and an item opening with "numbers of" ask for a count; "version number", "page counts of" name a column. */
const COUNT_OF = /\b(numbers?|counts?) of\b/i;
/** "the first and second line" shown as line_1 and line_2. */
const ORDINALS: Readonly<Record<string, string>> = wordTable({ first: '1', second: '2', third: '3', fourth: '4', fifth: '5' });

/**
 * "Find the type and weight of …": each attribute asked for appears among the answer's columns. An item that
 * names a table ("the customers with …") or an aggregate is left to other checks; SELECT * names no attribute.
 */
export const checkProjection: AnswerCheckRule = ({ question, attempt, sql, tableNames, context }) => {
  const items = [...requestedItems(question), ...laterSentenceItems(question)].filter(
    (item) => item.length <= 3 && !item.some((w, k) => AGGREGATE_WORDS.test(w.text) || /^\d+$/.test(w.text) || (/^(number|count)s?$/.test(w.text) && (k === 0 || !/s$/.test(w.text)) && COUNT_OF.test(question.slice(w.offset)))),
  );
  const tableRoots = tableNameRoots(tableNames);
  const columnRoots = new Set(context.table_schemas.flatMap((table) => table.columns.flatMap((column) => splitIdentifier(column.name).map(wordRoot))));
  /** Word index → the table words of its item ("airline" of "airline names"). */
  const owners = new Map<number, string[]>();
  // Filler ("trends", "details") asks for nothing unless it names a column ("type" of PetType).
  const asked = items
    // "the customers with …" names a table; "document ids" asks for the ids, whichever table holds them.
    .map((item) => {
      const rest = item.filter((w) => !tableRoots.has(wordRoot(w.text)));
      const owner = item.filter((w) => tableRoots.has(wordRoot(w.text))).map((w) => wordRoot(w.text));
      for (const w of rest) owners.set(w.index, owner);
      return rest;
    })
    .filter((item) => item.length > 0)
    .map((item) => item.filter((w) => !FILLER_WORDS.has(w.text) || columnRoots.has(wordRoot(w.text)) || (item.length > 1 && ORDINALS[w.text] !== undefined)))
    // "the ids corresponding to …", "hometowns shared by …": a participle after the noun qualifies it; "injury situations" names the rows.
    .map((item) => item.filter((w, k) => !(k > 0 && /(ing|ed)$/.test(w.text) && w.text.length > 4) && !(item.length > 1 && ROW_NOUNS.test(w.text))))
    .filter((item) => item.length > 0);
  if (asked.length === 0) return undefined;
  if (/^\s*select\s+(distinct\s+)?("?[a-z_][a-z0-9_]*"?\s*\.\s*)?\*/.test(sql.code)) {
    return { name: 'projection', passed: false, detail: `the question asks for ${asked.map((item) => `"${item.map((w) => w.text).join(' ')}"`).join(', ')}, but the answer shows every column` };
  }
  const columns = attempt.columns.map((column) => ({ parts: splitIdentifier(column).map(wordRoot), whole: column.toLowerCase().replace(/[^a-z0-9]/g, '') }));
  const questionWords = question.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  /** "mau" shows "active" of "monthly active users": the column is the initials of a run of the question's words. */
  const isInitialsOf = (whole: string, word: string): boolean => {
    if (whole.length < 2 || whole.length > 5) return false;
    for (let start = 0; start + whole.length <= questionWords.length; start++) {
      const run = questionWords.slice(start, start + whole.length);
      if (run.map((w) => w[0]).join('') === whole && run.includes(word)) return true;
    }
    return false;
  };
  const shown = (item: typeof asked[number]): boolean =>
    columns.some((column) => {
      const roots = item.map((w) => wordRoot(w.text));
      if (roots.every((root) => column.parts.some((part) => part === root || part === ORDINALS[root] || (root.length >= 4 && part.startsWith(root)) || (part.length >= 4 && root.startsWith(part))))) return true;
      // "gender" shown as sex, "nation" as country.
      if (item.every((w) => sqlReadsSynonym(w.text, new Set(column.parts)))) return true;
      if (item.every((w) => sqlReadsWord(w.text, new Set([...column.parts, column.whole])))) return true;
      if (item.every((w) => isInitialsOf(column.whole, w.text.toLowerCase()))) return true;
      // "airline names" shown by a column named Airline: a column named after its table holds the names.
      if (item.every((w) => NAME_WORDS.test(w.text)) && item.flatMap((w) => owners.get(w.index) ?? []).some((owner) => column.parts.length === 1 && column.parts[0] === owner)) return true;
      // "first name" is also "fname", "last name" "lname".
      const last = roots.at(-1)!;
      return roots.length > 1 && column.whole.endsWith(last) && column.whole.startsWith(roots[0]![0]!);
    });
  const missing = asked.filter((item) => !shown(item)).map((item) => item.map((w) => w.text).join(' '));
  if (missing.length > 0) {
    return { name: 'projection', passed: false, detail: `the question asks for ${missing.map((m) => `"${m}"`).join(', ')}, which the answer's columns (${attempt.columns.join(', ')}) do not show` };
  }
  return { name: 'projection', passed: true, detail: `the answer shows ${asked.map((item) => item.map((w) => w.text).join(' ')).join(', ')}` };
};
