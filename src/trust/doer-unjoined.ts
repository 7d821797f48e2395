import { splitIdentifier } from '../catalog/split-identifier.js';
import { normalizeValueText } from '../catalog/normalize-value-text.js';
import type { Context, TableSchema } from '../context/context-schema.js';
import { bareName } from '../models/offline/bare-name.js';
import { joinEdges, reachableTables } from '../models/offline/join-graph.js';
import { wordRoot } from '../models/offline/word-root.js';
import { SUBJECT_AFTER_AUXILIARY } from './doer-elsewhere.js';
import type { GroundedWord } from './ground-question.js';

/**
 * A doer the data names only in passing: a stored value that is the subject of the question's verb after an auxiliary
 * ("How many visitors did Chesterfold Zoo have?", where Chesterfold Zoo is where an animal came from), while what the
 * question asks of it is a column of a table no key joins to the value's table (the park's own gate admissions). The
 * rows say where an animal came from, not that zoo's visitors: what the name did is another organisation's record. A
 * doer whose table joins the asked column's ("How many turbines does Northsea Offshore Partners own?", sites to
 * turbines) is answered. Undefined when the linked tables have no keys at all (nothing says what joins) or the asked
 * words name no column.
 */
export function doerUnjoined(context: Context, words: readonly GroundedWord[]): string | undefined {
  const question = context.task.text;
  const tables = context.table_schemas;
  if (joinEdges(tables).length === 0) return undefined;
  for (const subject of question.matchAll(SUBJECT_AFTER_AUXILIARY)) {
    const [start, end] = subject.indices![1]!;
    const spelled = normalizeValueText(subject[1]!);
    const doerTables = new Set(context.matched_values.filter((match) => normalizeValueText(match.matched_text) === spelled).map((match) => match.table.toLowerCase()));
    if (doerTables.size === 0) continue;
    const asked = words.filter((entry) => entry.evidence === 'column' && (entry.word.offset < start || entry.word.offset >= end));
    const askedTables = new Set(asked.flatMap((entry) => tablesNaming(tables, entry.word.text)));
    if (askedTables.size === 0) continue;
    const [first, ...rest] = doerTables;
    const reach = reachableTables(first!, tables, rest);
    if (![...askedTables].some((table) => reach.has(bareName(table)))) return subject[1];
  }
  return undefined;
}

/** The linked tables with a column whose name has the word's root among its parts ("visitors" → gate_admissions.visitors). */
function tablesNaming(tables: readonly TableSchema[], word: string): string[] {
  const root = wordRoot(word);
  return tables.filter((table) => table.columns.some((column) => splitIdentifier(column.name).some((part) => wordRoot(part) === root))).map((table) => table.name.toLowerCase());
}
