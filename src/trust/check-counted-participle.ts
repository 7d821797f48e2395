import { isFlagType } from '../catalog/is-flag-type.js';
import { splitIdentifier } from '../catalog/split-identifier.js';
import { findTable, isMeasureColumn } from '../models/offline/schema-lookup.js';
import { columnsUnder } from '../sql-tree/outer-select-tree.js';
import type { AnswerCheckRule, AnswerFacts } from './answer-facts.js';
import { sharesVerbSense } from '../models/offline/shares-verb-sense.js';
import { wordRoot } from '../models/offline/word-root.js';
import { IRREGULAR_VERBS } from '../lexicon/irregular-verbs.js';
import { inflectionBases } from '../lexicon/derived-forms.js';
import { tableNameWords } from '../models/offline/table-name-words.js';

const ASKS_COUNT = /\b(how many|number of)\b/i;

/**
 * "How many people were wounded?" over a table of events with an `injured` column: the participle names a count the
 * rows record (WordNet: wound / injure), so counting the rows answers how many events, not how many were wounded.
 */
export const checkCountedParticiple: AnswerCheckRule = ({ analysis, sql, context, tree }) => {
  if (!tree || !ASKS_COUNT.test(analysis.text) || sql.aggregates.has('sum') || !/\bcount\s*\(\s*\*\s*\)|\bcount_star\s*\(/.test(sql.code)) return undefined;
  const fromName = tree.tables[0]?.name;
  const table = fromName ? findTable(context.table_schemas, fromName) : undefined;
  if (!table) return undefined;
  const read = new Set(columnsUnder(tree.clauses).map((ref) => ref.column));
  const shown = new Set(columnsUnder(tree.selectList).map((ref) => ref.column));
  const participles = analysis.words.filter((w) => /ed$/.test(w.text) && w.text.length > 4);
  for (const word of participles) {
    const column = table.columns.find(
      (c) => isMeasureColumn(c) && splitIdentifier(c.name).some((part) => /ed$/.test(part.toLowerCase()) && (part.toLowerCase() === word.text || sharesVerbSense(word.text, part.toLowerCase()))),
    );
    if (column && !read.has(column.name.toLowerCase())) {
      return { name: 'counted_participle', passed: false, detail: `the question asks how many were ${word.text}, which ${table.name}.${column.name} records as a number, but the SQL counts rows` };
    }
  }
  // "How many downloads came from Apple?" over a table whose `downloads` column holds a number per row: the noun counted
  // is what the column adds up, not the rows. A plural noun, not a modifier ("how many vegetarian mains"), and no yes/no
  // column; the select list must read the column.
  const noun = /\bhow\s+many\s+([a-z]+s)\b/i.exec(analysis.text)?.[1]?.toLowerCase();
  const column = noun
    ? table.columns.find((c) => isMeasureColumn(c) && !isFlagType(c.type) && !c.name.toLowerCase().endsWith('_id') && wordRoot(splitIdentifier(c.name).at(-1)!.toLowerCase()) === wordRoot(noun))
    : undefined;
  if (column && !shown.has(column.name.toLowerCase())) {
    return { name: 'counted_participle', passed: false, detail: `the question asks how many ${noun}, which ${table.name}.${column.name} records as a number, but the SQL counts rows` };
  }
  return verbNamedQuantity(analysis, read, context.table_schemas);
};

/** A column name part that is a verb's past form: "sold", "delivered" (not "speed", "need"). */
const pastForm = (part: string): boolean => part in IRREGULAR_VERBS || (/[^e]ed$/.test(part) && part.length > 4);

/**
 * "How many pain au chocolats did Station Parade sell?" over weekly_sales.sold: a number column named by the past form
 * of the question's verb (sell / sold) records how many were sold on each row, in any table the linker handed on, so
 * counting rows (of products, of weeks) is not the answer. Only when what "how many" counts names no table (the rows
 * of a table are then what is counted) and the SQL reads nothing of that column.
 */
function verbNamedQuantity(analysis: AnswerFacts['analysis'], read: ReadonlySet<string>, tables: AnswerFacts['context']['table_schemas']) {
  const counted = /\bhow\s+many\s+([a-z]+)/i.exec(analysis.text)?.[1]?.toLowerCase();
  if (!counted) return undefined;
  const tableRoots = new Set(tables.flatMap((table) => tableNameWords(table.name).map(wordRoot)));
  if (tableRoots.has(wordRoot(counted))) return undefined;
  const verbs = new Map<string, string>();
  for (const word of analysis.words) for (const base of [word.text, ...inflectionBases(word.text)]) verbs.set(base, word.text);
  for (const table of tables) {
    for (const column of table.columns) {
      if (!isMeasureColumn(column) || isFlagType(column.type) || read.has(column.name.toLowerCase())) continue;
      for (const part of splitIdentifier(column.name).map((p) => p.toLowerCase())) {
        if (!pastForm(part)) continue;
        const word = [part, ...inflectionBases(part)].map((base) => verbs.get(base)).find((w) => w !== undefined);
        if (word) return { name: 'counted_participle', passed: false, detail: `the question asks how many were ${part} ("${word}"), which ${table.name}.${column.name} records as a number, but the SQL counts rows` };
      }
    }
  }
  return undefined;
}
