import type MiniSearch from 'minisearch';
import type { CatalogTable } from '../connectors/connector.js';
import type { ColumnSchema, MatchedValue } from '../context/context-schema.js';
import { type CatalogIndex, tablePosition } from './build-catalog-index.js';
import { joinPartners } from './join-partners.js';
import { tablesByCodedKinds } from './tables-by-coded-kinds.js';
import { tablesByRelatedNouns } from './tables-by-related-nouns.js';
import { LinkOptionsSchema, type LinkOptions, type LinkOptionsInput } from './link-options.js';
import { matchValues } from './match-values.js';
import { participleNamesColumn } from './participle-names-column.js';
import { negatesAVerb } from './negates-a-verb.js';
import { asksOverUnnamedEvents, tablesNamedByExtremeVerb } from './unnamed-events.js';
import { valuesBySynonym } from './values-by-synonym.js';
import { ownerMemo } from './owner-memo.js';
import { queryTermGroups, queryTerms, SYNONYM_WEIGHT, type TermGroup } from './query-terms.js';
import { selectColumns } from './select-columns.js';
import { termScores, type TermScores, type TermSearch } from './term-scores.js';
import { CATALOG_SYNONYMS } from './term-synonyms.js';

export interface LinkedTable {
  table: CatalogTable;
  columns: ColumnSchema[];
  /** Relevance relative to the best ranked table (1). */
  score: number;
  reason: string;
}

export interface SchemaLink {
  tables: LinkedTable[];
  matched_values: MatchedValue[];
}

const FIELD_BOOST = { name: 2, columns: 1, keys: 0.3, comment: 0.5 };
/** How one question term searches the index: whole word, longer words sharing its start, and near spellings. */
export const termSearch = (term: string): TermSearch => ({
  boost: FIELD_BOOST,
  prefix: term.length >= 4,
  fuzzy: term.length >= 6 ? 0.2 : false,
  weights: { prefix: 0.3, fuzzy: 0.3 },
});
/** A value match weighs this share of the best text score (or 1 when nothing matched by text). */
const VALUE_MATCH_WEIGHT = 0.75;
/** Value matches at least this sure link their table even when it ranks low... */
const SURE_VALUE_MATCH = 0.9;
/** ...but only this many such tables per top-table slot: a common value ("active", "web") is stored in thousands of tables of a big catalog. */
const SURE_VALUE_TABLES_PER_SLOT = 1;
/** A question phrase whose value is stored in at most this many tables points at them at full weight... */
const SPECIFIC_VALUE_TABLES = 5;

/**
 * ...and one stored in more tables at SPECIFIC_VALUE_TABLES / tables: "active" in 500 tables' status columns says
 * little about which of them a question means, as a word shared by many documents does in text search.
 */
function valueSpread(matches: readonly MatchedValue[]): Map<string, number> {
  const tables = new Map<string, Set<string>>();
  for (const match of matches) {
    const holding = tables.get(match.matched_text) ?? new Set<string>();
    holding.add(match.table);
    tables.set(match.matched_text, holding);
  }
  return new Map([...tables].map(([text, holding]) => [text, Math.min(1, SPECIFIC_VALUE_TABLES / holding.size)]));
}

/** Text score of every table by position (0: no match), and the positions that matched. */
interface TextScores {
  scores: Float64Array;
  matched: number[];
}

/** Scores of one search term, per index; callers must not change what they get. */
const memoTermScores = ownerMemo<CatalogIndex['search'], TermScores>(2_000);

/**
 * Text score of every matching table: per question word, the better of its own match and its best synonym's,
 * summed over the words; so "revenue" matching price, quantity and amount counts once. Synonyms weigh
 * SYNONYM_WEIGHT, or fully when the word itself is nowhere in the catalog.
 */
function textScores(index: CatalogIndex, groups: readonly TermGroup[]): TextScores {
  const scoresOf = (term: string): TermScores =>
    memoTermScores(index.search, term, () => termScores(index.search as MiniSearch<unknown>, term, termSearch(term)));
  const total = new Float64Array(index.tables.length);
  const matched: number[] = [];
  const best = new Float64Array(index.tables.length);
  const touched: number[] = [];
  for (const group of groups) {
    for (const position of touched) best[position] = 0;
    touched.length = 0;
    const own = scoresOf(group.term);
    own.positions.forEach((position, i) => {
      best[position] = own.scores[i]!;
      touched.push(position);
    });
    const synonymWeight = own.positions.length > 0 ? SYNONYM_WEIGHT : 1;
    for (const synonym of group.synonyms) {
      const found = scoresOf(synonym);
      for (let i = 0; i < found.positions.length; i++) {
        const position = found.positions[i]!;
        const score = synonymWeight * found.scores[i]!;
        if (best[position] === 0) touched.push(position);
        best[position] = Math.max(best[position]!, score);
      }
    }
    for (const position of touched) {
      if (total[position] === 0) matched.push(position);
      total[position]! += best[position]!;
    }
  }
  return { scores: total, matched };
}

/** The `limit` best entries in the order a full sort by score (descending), then position, would give. */
function topEntries(entries: ReadonlyArray<readonly [number, number]>, limit: number): Array<readonly [number, number]> {
  const before = (a: readonly [number, number], b: readonly [number, number]): boolean => a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);
  const top: Array<readonly [number, number]> = [];
  for (const entry of entries) {
    if (top.length === limit && !before(entry, top[top.length - 1]!)) continue;
    let at = top.length === limit ? limit - 1 : top.length;
    while (at > 0 && before(entry, top[at - 1]!)) {
      top[at] = top[at - 1]!;
      at -= 1;
    }
    top[at] = entry;
  }
  return top.slice(0, limit);
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

/** Positions of the tables whose names, columns and comments match the question best, by text alone (no values). */
export function rankTablesByText(index: CatalogIndex, question: string, limit: number): number[] {
  const text = textScores(index, queryTermGroups(question, CATALOG_SYNONYMS));
  return topEntries(text.matched.map((position) => [position, text.scores[position]!] as const), limit).map(([position]) => position);
}

/**
 * Ranks the catalog's tables for a question, matches question words to stored values, keeps the top tables
 * and connects them through the foreign-key tables between them; when nothing matches at all, falls back to the
 * largest tables. Pure: no I/O.
 */
export function linkSchema(index: CatalogIndex, question: string, input: LinkOptionsInput = {}): SchemaLink {
  return linkParsedSchema(index, question, LinkOptionsSchema.parse(input));
}

/** linkSchema with options that already passed LinkOptionsSchema (the schema_linking node parses its own once). */
export function linkParsedSchema(index: CatalogIndex, question: string, options: LinkOptions): SchemaLink {
  const widening = 2 ** Math.min(options.relink, 4);
  const topTables = options.top_tables * widening;
  const minRelative = options.min_relative_score / widening;

  const weights = queryTerms(question, CATALOG_SYNONYMS);
  const { scores: text, matched } = textScores(index, queryTermGroups(question, CATALOG_SYNONYMS));
  let bestText = 0;
  for (const position of matched) bestText = Math.max(bestText, text[position]!);

  const valueMatches = matchValues(index.values, question, (word, targets) =>
    targets.some((target) => {
      const position = tablePosition(index, target.table);
      return position !== undefined && participleNamesColumn(word, target.column, index.tables[position]!, [...(index.neighbours.get(position) ?? [])].map((other) => index.tables[other]!));
    }),
  );
  const spread = valueSpread(valueMatches);
  const bestValueScore = new Map<number, number>();
  for (const match of valueMatches) {
    const position = tablePosition(index, match.table);
    if (position === undefined) continue;
    bestValueScore.set(position, Math.max(bestValueScore.get(position) ?? 0, match.score * spread.get(match.matched_text)!));
  }
  // "routes that leave from APG", APG a code in airports' primary key: the tables whose foreign keys store that code
  // hold the rows the code is about, so they match it too.
  for (const match of valueMatches) {
    const position = tablePosition(index, match.table);
    const table = position === undefined ? undefined : index.tables[position];
    if (position === undefined || !table?.columns.some((c) => c.primary_key && c.name === match.column)) continue;
    const key = `${table.name}.${match.column}`.toLowerCase();
    for (const other of index.neighbours.get(position) ?? []) {
      if (!index.tables[other]!.columns.some((c) => c.references?.toLowerCase() === key)) continue;
      bestValueScore.set(other, Math.max(bestValueScore.get(other) ?? 0, match.score * spread.get(match.matched_text)!));
    }
  }
  const valueBonus = bestText > 0 ? bestText * VALUE_MATCH_WEIGHT : 1;
  const total = text.slice();
  const scored = [...matched];
  for (const [position, score] of bestValueScore) {
    if (total[position] === 0) scored.push(position);
    total[position]! += valueBonus * score;
  }

  const ranked = topEntries(scored.map((position) => [position, total[position]!] as const), topTables);
  const best = ranked[0]?.[1] ?? 1;
  const relative = (position: number): number => round(total[position]! / best);

  // Value bonuses raise the best score, so the cut-off compares text scores only.
  const reasons = new Map<number, string>();
  for (const [position] of ranked.slice(0, topTables)) {
    if (bestValueScore.has(position)) reasons.set(position, 'value match');
    else if (text[position]! >= minRelative * bestText) reasons.set(position, 'ranked');
  }
  const sureValueTables = [...bestValueScore.entries()]
    .filter(([position, score]) => score >= SURE_VALUE_MATCH && !reasons.has(position))
    .sort((a, b) => total[b[0]]! - total[a[0]]! || a[0] - b[0])
    .slice(0, topTables * SURE_VALUE_TABLES_PER_SLOT);
  for (const [position] of sureValueTables) reasons.set(position, 'value match');
  // "dwellings" where properties.prop_type glosses house, bungalow and maisonette: a word for the kinds a column codes.
  for (const position of tablesByCodedKinds(index.tables, question)) if (!reasons.has(position)) reasons.set(position, 'kinds its codes gloss');
  // "pals" where a Friend table is: a word WordNet relates to a table's name, as grounding takes it.
  for (const position of tablesByRelatedNouns(index.tables, question)) if (!reasons.has(position)) reasons.set(position, 'a word related to its name');
  // "Which customers have paid us the most?": the verb names the rows whose money is ranked (payments).
  for (const position of tablesNamedByExtremeVerb(index.tables, question)) if (!reasons.has(position)) reasons.set(position, 'named by the verb of a bare superlative');
  for (const required of options.required_tables) {
    const position = tablePosition(index, required.name);
    if (position !== undefined && !reasons.has(position)) reasons.set(position, required.reason);
  }

  if (reasons.size === 0) {
    const largest = index.tables.map((table, position) => [position, table.row_count] as const).sort((a, b) => b[1] - a[1]);
    for (const [position] of largest.slice(0, topTables)) reasons.set(position, 'largest table (nothing matched)');
  }

  // At most 2 × top_tables tables in all, unless the bridges that join the chosen ones need more.
  const partnerRoom = Math.max(0, 2 * topTables - reasons.size);
  // "Which blocks havent been harvested yet?": the rows that are missing live in a table that references the linked ones;
  // "How many different vehicles were ticketed?", "Who paid us the most?": so do the events the things repeat in.
  const partners = joinPartners(index, [...reasons.keys()], options.max_join_depth, partnerRoom, options.relink > 0 || negatesAVerb(question) || asksOverUnnamedEvents(question));
  for (const [position, ends] of partners) reasons.set(position, `join partner of ${[...ends].join(', ')}`);

  const linkedNames = new Set([...reasons.keys()].map((position) => index.tables[position].name.toLowerCase()));
  const matchedColumns = new Map<string, Set<string>>();
  for (const match of valueMatches) {
    const columns = matchedColumns.get(match.table) ?? new Set<string>();
    columns.add(match.column.toLowerCase());
    matchedColumns.set(match.table, columns);
  }
  const tables = [...reasons.entries()]
    .map(([position, reason]) => {
      const table = index.tables[position];
      const valueColumns = matchedColumns.get(table.name) ?? new Set<string>();
      const columns = selectColumns(table, {
        weights,
        valueColumns,
        linkedTables: linkedNames,
        maxColumns: options.max_columns,
        allColumns: options.all_columns || options.relink > 0,
      });
      return { table, columns, score: relative(position), reason };
    })
    .sort((a, b) => b.score - a.score);

  const spelled = valueMatches.filter((match) => linkedNames.has(match.table.toLowerCase()));
  const matched_values = [...spelled, ...valuesBySynonym(index.values, question, tables.map(({ table }) => table), spelled)];
  return { tables, matched_values };
}
