import { splitIdentifier } from '../../catalog/split-identifier.js';
import { stemWord } from '../../catalog/stem-word.js';
import type { TableSchema } from '../../context/context-schema.js';
import type { QuestionAnalysis } from './analyze-question.js';
import { ref, type SelectItem } from './query-spec.js';
import type { Mention } from './schema-mentions.js';
import { bareName } from './bare-name.js';
import { columnInUnit, unitAskedIn } from './column-units.js';
import { agentColumn } from './agent-column.js';
import { durationColumn, namesDuration } from './duration-column.js';
import { findTable, isDateColumn } from './schema-lookup.js';
import type { RowFilter } from './row-filter.js';
import { columnForPhrase, onlyDateColumn, requestedColumns } from './requested-columns.js';
import type { QuestionWord } from './question-words.js';
import { POSSESSIVE_DETERMINERS } from '../../lexicon/determiners.js';
import { pick, wordSet } from '../../lexicon/word-set.js';
import { joinEdges } from './join-graph.js';
import { asksRankedRow, rankedRowLabel } from './ranked-row-label.js';
import { DESCRIPTION_PARTS, nameOf } from './name-of.js';
import { tableNameWords } from './table-name-words.js';
import { listedRows, listsEachWithOwn } from './each-subject.js';
import { possessive } from './possessive.js';

/** Columns of the base table a listing question names outright ("names and emails"), in the question's order; none means `*`. */
export function projection(
  analysis: QuestionAnalysis,
  mentions: readonly Mention[],
  base: string,
  filters: readonly RowFilter[],
  schemas: readonly TableSchema[],
  /** The column a listing is ranked by ("the newest product" → launched_on), which "when" asks for. */
  rankedBy?: string,
  /** Tables the base joins to, likeliest first: "the tour name and date of every departure" lists a column of each. */
  joinable: readonly TableSchema[] = [],
): SelectItem[] {
  const table = findTable(schemas, base);
  if (!table) return [];
  // "the job number and client name of every job": a listed attribute the row's own table lacks may be one of the
  // table it refers to (one row each), in full there and by a phrase that names that table ("client" of clients).
  const rowWords = new Set(mentions.filter((m) => m.column === undefined && m.full).flatMap((m) => Array.from({ length: m.end - m.start }, (_, k) => m.start + k)));
  const wider = requestedColumns(analysis.words, [table, ...referencedTables(table, schemas)], { rowWords });
  const namesOwner = (r: { table: string; words: number[] }): boolean => {
    const stems = new Set(tableNameWords(r.table).map(stemWord));
    return bareName(r.table) === bareName(table.name) || r.words.some((w) => stems.has(analysis.words[w]!.stem));
  };
  // Beside one of the row's own at least: the referred-to table's columns alone would list its rows once per row here.
  const ownToo = wider?.some((r) => bareName(r.table) === bareName(table.name)) ?? false;
  const requested = ownToo && wider!.every(namesOwner) ? wider : (requestedColumns(analysis.words, [table], { rowWords }) ?? joinedColumns(analysis, table, joinable, rowWords));
  if (requested) return requested.map((r) => ({ expr: ref(r.table, r.column) }));
  const sortWords = new Set((analysis.sort?.words ?? []).map((w) => w.index));
  const filterWords = new Set(filters.flatMap((f) => f.words));
  const filterColumns = new Set(filters.map((f) => `${bareName(f.table)}.${f.column}`));
  // "Which customer has the lowest credit limit?", "Who has the highest handicap?" ask which row: the limit only ranks them.
  const ranksOnly = (column: string): boolean => /^(which|who)$/.test(analysis.words[0]?.text ?? '') && column === rankedBy;
  const named = mentions.filter(
    (m) =>
      m.column !== undefined &&
      m.full &&
      bareName(m.table) === bareName(base) &&
      !filterWords.has(m.start) &&
      !sortWords.has(m.start) &&
      !analysis.consumed.has(m.start) &&
      !filterColumns.has(`${bareName(m.table)}.${m.column}`) &&
      !ranksOnly(m.column),
  );
  const columns = [...new Set([...named].sort((a, b) => a.start - b.start).map((m) => m.column!))];
  if (columns.length > 0) return columns.map((column) => ({ expr: ref(table.name, column) }));
  const namesBaseAt = (index: number): boolean => mentions.some((m) => m.column === undefined && m.full && m.start === index && bareName(m.table) === bareName(base));
  // "What instruments does the Newton Telescope have?": "what" right before the rows' own name asks which ones, as
  // "which" does; so does a list of the rows themselves ("List the farms in Dorset"), none of their own attributes asked.
  const whatRows = (analysis.words[0]?.text === 'what' && namesBaseAt(1)) || listsBareRows(analysis, mentions, table, namesBaseAt);
  const unnamed: UnnamedAsk = { analysis, table, schemas, rankedBy, filterColumns, whatRows };
  for (const reader of SHOWN_UNNAMED) {
    const shown = reader(unnamed);
    if (shown.length > 0) return shown;
  }
  return [];
}

/**
 * "List the farms in Dorset", "Show me the rooms at the old post office": the list's object is the rows themselves,
 * not an attribute of theirs ("Show each shop's opening hours", "List the kilns with their size" ask for one not
 * found), and the rows have a name of their own. People listed ("List all customers from California") keep every
 * column, as the product spec's example shows them.
 */
function listsBareRows(analysis: QuestionAnalysis, mentions: readonly Mention[], table: TableSchema, namesBaseAt: (index: number) => boolean): boolean {
  // Not past a word before the rows: "List the equipment members have borrowed" asks for the equipment.
  const at = listedRows(analysis.words, namesBaseAt, false);
  if (at < 0 || nameOf(table).length === 0 || listsEachWithOwn(analysis.words, namesBaseAt)) return false;
  const rows = mentions.find((m) => m.column === undefined && m.full && m.start === at && bareName(m.table) === bareName(table.name))!;
  return !possessive(analysis.text, analysis.words[rows.end - 1]!);
}

/** What a listing that names no column of its rows says about what to show. */
interface UnnamedAsk {
  analysis: QuestionAnalysis;
  table: TableSchema;
  schemas: readonly TableSchema[];
  rankedBy: string | undefined;
  /** The columns the rows are filtered on, `table.column`: shown by no reader, the question having given their value. */
  filterColumns: ReadonlySet<string>;
  /** "What instruments does …", "List the farms in …": the question asks which rows, as "which" does. */
  whatRows: boolean;
}

/**
 * The readers of what to show when the question names no column of its rows, in order; the first that finds some
 * columns decides: the unit asked for ("with its size in litres"), the person in the verb's role ("Who wrote The
 * Rivals?"), "with their" and attributes ("the events …, with their dates"), and last what the question word asks for.
 */
const SHOWN_UNNAMED: ReadonlyArray<(ask: UnnamedAsk) => SelectItem[]> = [
  // "List each kiln with its size in litres": the unit asked for names the one column of the rows measured in it.
  ({ analysis, table, filterColumns }) => {
    const asked = unitAskedIn(analysis.words);
    const inUnit = asked && columnInUnit([table], asked, analysis.words);
    return inUnit && !filterColumns.has(`${bareName(table.name)}.${inUnit.column}`) ? [{ expr: ref(table.name, inUnit.column) }] : [];
  },
  // "Who wrote The Rivals?", "Who supervised trench 2?": the person the rows record in the verb's role.
  ({ analysis, table, schemas, rankedBy }) => (rankedBy === undefined ? agentColumn(analysis.words, table, schemas) : []),
  // "List the events held at X this year, with their dates": the rows, told by their name, and what follows.
  ({ analysis, table }) => ownAttributesAfter(analysis, table) ?? [],
  ({ analysis, table, rankedBy, whatRows }) => askedByQuestionWord(analysis, table, rankedBy, whatRows),
];

/** "their", "its": the possessive that hands the listed rows attributes of their own. */
const ROWS_POSSESSIVE: ReadonlySet<string> = wordSet(pick(POSSESSIVE_DETERMINERS, 'their', 'its'));

/**
 * "List the events held at Ogden Water this year, with their dates", "the members, along with their emails": a listing
 * that ends on "with their" and attributes shows the rows by their name and then those attributes, each a column of the
 * rows' own table named by the phrase (or, for "dates", its one date). Undefined unless every phrase names one and the
 * table has a name column.
 */
function ownAttributesAfter(analysis: QuestionAnalysis, table: TableSchema): SelectItem[] | undefined {
  const words = analysis.words;
  const at = words.findIndex((w, k) => k > 0 && w.text === 'with' && ROWS_POSSESSIVE.has(words[k + 1]?.text ?? '') && (words[k - 1]!.clauseEnd || words[k - 1]!.text === 'along'));
  if (at < 0) return undefined;
  const phrases: QuestionWord[][] = [[]];
  for (const word of words.slice(at + 2)) {
    if (word.text === 'and') phrases.push([]);
    else phrases.at(-1)!.push(word);
    if (word.clauseEnd && word.index < words.length - 1) return undefined;
    if (word.clauseEnd && word.text !== 'and') phrases.push([]);
  }
  const listed = phrases.filter((p) => p.length > 0);
  if (listed.length === 0 || listed.some((p) => p.length > 3)) return undefined;
  const columns = listed.map((phrase) => columnForPhrase(phrase, table) ?? onlyDateColumn(phrase, [table]));
  const name = nameOf(table, true);
  if (name.length === 0 || columns.some((c) => c === undefined)) return undefined;
  return [...name, ...columns.map((c) => ({ expr: ref(table.name, c!.column) })).filter((item) => !name.some((n) => n.expr === item.expr))];
}

/** A list of two or more attributes, of the base table and of tables it joins to, every one of them named. */
function joinedColumns(analysis: QuestionAnalysis, table: TableSchema, joinable: readonly TableSchema[], rowWords: ReadonlySet<number>) {
  if (joinable.length === 0) return undefined;
  const found = requestedColumns(analysis.words, [table, ...joinable], { rowWords });
  return found && found.length >= 2 && found.some((c) => c.table === table.name) && found.some((c) => c.table !== table.name) ? found : undefined;
}

/** Column-name parts for a place (a description's: DESCRIPTION_PARTS). */
const PLACE_PARTS = /^(hometown|town|city|country|location|place|address|state|region|origin)$/;

/**
 * What a question word asks for when no column is named: "Where is the youngest teacher from?" asks for a
 * place, "How is the math course described?" and "Describe the section h." for a description, "When did the
 * first refund come in?" for the date it is ranked by, or the table's only date, "How long …" for the duration likewise.
 */
function askedByQuestionWord(analysis: QuestionAnalysis, table: TableSchema, rankedBy: string | undefined, whatRows = false): SelectItem[] {
  const first = whatRows ? 'which' : analysis.words[0]?.text;
  if (first === 'when') {
    const dates = table.columns.filter(isDateColumn);
    const column = dates.find((c) => c.name === rankedBy) ?? (dates.length === 1 ? dates[0] : undefined);
    return column ? [{ expr: ref(table.name, column.name) }] : [];
  }
  // "How long did the longest match last?": the duration it is ranked by, or the table's one duration.
  if (first === 'how' && analysis.words[1]?.text === 'long') {
    const column = rankedBy !== undefined && namesDuration(rankedBy) ? rankedBy : durationColumn(table)?.name;
    return column ? [{ expr: ref(table.name, column) }] : [];
  }
  // "What is our most expensive tour?", "whats the priciest job": the one row ranked first, told as "which" would tell it.
  if (rankedBy !== undefined && asksRankedRow(analysis.words, analysis.ranking?.at)) {
    const told = rankedRowLabel(table);
    if (told.length > 0) return told;
  }
  const describes = analysis.words.some((w) => /^(describe|described|describes)$/.test(w.text));
  const parts = first === 'where' ? PLACE_PARTS : describes ? DESCRIPTION_PARTS : undefined;
  if ((first === 'which' || first === 'who') && !parts) return rankedBy !== undefined ? rankedRowLabel(table) : nameOf(table, true);
  if (!parts) return [];
  const column = table.columns.find((c) => splitIdentifier(c.name).some((part) => parts.test(part.toLowerCase())));
  return column ? [{ expr: ref(table.name, column.name) }] : [];
}

/** The tables a table's foreign keys point at: each of its rows has one row there, so joining keeps its rows. */
function referencedTables(table: TableSchema, schemas: readonly TableSchema[]): TableSchema[] {
  const edges = joinEdges(schemas).filter((edge) => bareName(edge.from) === bareName(table.name) && bareName(edge.to) !== bareName(table.name));
  return [...new Set(edges.map((edge) => edge.to))].map((name) => findTable(schemas, name)).filter((found): found is TableSchema => found !== undefined);
}
