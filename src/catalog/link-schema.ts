import type { CatalogTable } from '../connectors/connector.js';
import type { ColumnSchema, MatchedValue } from '../context/context-schema.js';
import { type CatalogIndex, tablePosition } from './build-catalog-index.js';
import { joinPartners } from './join-partners.js';
import { LinkOptionsSchema, type LinkOptionsInput } from './link-options.js';
import { matchValues } from './match-values.js';
import { ownerMemo } from './owner-memo.js';
import { queryTermGroups, queryTerms, SYNONYM_WEIGHT, type TermGroup } from './query-terms.js';
import { selectColumns } from './select-columns.js';
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
/** A value match weighs this share of the best text score (or 1 when nothing matched by text). */
const VALUE_MATCH_WEIGHT = 0.75;
/** Value matches at least this sure link their table even when it ranks low... */
const SURE_VALUE_MATCH = 0.9;
/** ...but only this many such tables per top-table slot: a common value ("active", "web") is stored in thousands of tables of a big catalog. */
const SURE_VALUE_TABLES_PER_SLOT = 1;

/** Scores of one search term, per index; callers must not change the maps they get. */
const termScores = ownerMemo<CatalogIndex['search'], ReadonlyMap<number, number>>(2_000);

/**
 * Text score of every matching table: per question word, the better of its own match and its best synonym's,
 * summed over the words; so "revenue" matching price, quantity and amount counts once. Synonyms weigh
 * SYNONYM_WEIGHT, or fully when the word itself is nowhere in the catalog.
 */
function textScores(index: CatalogIndex, groups: readonly TermGroup[]): Map<number, number> {
  const scoresOf = (term: string): ReadonlyMap<number, number> =>
    termScores(index.search, term, () => {
      const scores = new Map<number, number>();
      const results = index.search.search(term, {
        tokenize: (text) => [text],
        processTerm: (text) => text,
        boost: FIELD_BOOST,
        prefix: term.length >= 4,
        fuzzy: term.length >= 6 ? 0.2 : false,
        weights: { prefix: 0.3, fuzzy: 0.3 },
      });
      for (const result of results) scores.set(result.id as number, result.score);
      return scores;
    });
  const total = new Map<number, number>();
  for (const group of groups) {
    const best = new Map(scoresOf(group.term));
    const synonymWeight = best.size > 0 ? SYNONYM_WEIGHT : 1;
    for (const synonym of group.synonyms) {
      for (const [id, score] of scoresOf(synonym)) best.set(id, Math.max(best.get(id) ?? 0, synonymWeight * score));
    }
    for (const [id, score] of best) total.set(id, (total.get(id) ?? 0) + score);
  }
  return total;
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

/** Positions of the tables whose names, columns and comments match the question best, by text alone (no values). */
export function rankTablesByText(index: CatalogIndex, question: string, limit: number): number[] {
  const text = textScores(index, queryTermGroups(question, CATALOG_SYNONYMS));
  return [...text.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([position]) => position);
}

/**
 * Ranks the catalog's tables for a question, matches question words to stored values, keeps the top tables
 * and connects them through the foreign-key tables between them; when nothing matches at all, falls back to the
 * largest tables. Pure: no I/O.
 */
export function linkSchema(index: CatalogIndex, question: string, input: LinkOptionsInput = {}): SchemaLink {
  const options = LinkOptionsSchema.parse(input);
  const widening = 2 ** Math.min(options.relink, 4);
  const topTables = options.top_tables * widening;
  const minRelative = options.min_relative_score / widening;

  const weights = queryTerms(question, CATALOG_SYNONYMS);
  const text = textScores(index, queryTermGroups(question, CATALOG_SYNONYMS));
  let bestText = 0;
  for (const score of text.values()) bestText = Math.max(bestText, score);

  const valueMatches = matchValues(index.values, question);
  const bestValueScore = new Map<number, number>();
  for (const match of valueMatches) {
    const position = tablePosition(index, match.table);
    if (position === undefined) continue;
    bestValueScore.set(position, Math.max(bestValueScore.get(position) ?? 0, match.score));
  }
  const valueBonus = bestText > 0 ? bestText * VALUE_MATCH_WEIGHT : 1;
  const total = new Map(text);
  for (const [position, score] of bestValueScore) total.set(position, (total.get(position) ?? 0) + valueBonus * score);

  const ranked = [...total.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const best = ranked[0]?.[1] ?? 1;
  const relative = (position: number): number => round((total.get(position) ?? 0) / best);

  // Value bonuses raise the best score, so the cut-off compares text scores only.
  const reasons = new Map<number, string>();
  for (const [position] of ranked.slice(0, topTables)) {
    if (bestValueScore.has(position)) reasons.set(position, 'value match');
    else if ((text.get(position) ?? 0) >= minRelative * bestText) reasons.set(position, 'ranked');
  }
  const sureValueTables = [...bestValueScore.entries()]
    .filter(([position, score]) => score >= SURE_VALUE_MATCH && !reasons.has(position))
    .sort((a, b) => (total.get(b[0]) ?? 0) - (total.get(a[0]) ?? 0) || a[0] - b[0])
    .slice(0, topTables * SURE_VALUE_TABLES_PER_SLOT);
  for (const [position] of sureValueTables) reasons.set(position, 'value match');
  for (const required of options.required_tables) {
    const position = tablePosition(index, required.name);
    if (position !== undefined && !reasons.has(position)) reasons.set(position, required.reason);
  }

  if (reasons.size === 0) {
    const largest = index.tables.map((table, position) => [position, table.row_count] as const).sort((a, b) => b[1] - a[1]);
    for (const [position] of largest.slice(0, topTables)) reasons.set(position, 'largest table (nothing matched)');
  }

  const partners = joinPartners(index, [...reasons.keys()], options.max_join_depth, topTables, options.relink > 0);
  for (const [position, ends] of partners) reasons.set(position, `join partner of ${[...ends].join(', ')}`);

  const linkedNames = new Set([...reasons.keys()].map((position) => index.tables[position].name.toLowerCase()));
  const tables = [...reasons.entries()]
    .map(([position, reason]) => {
      const table = index.tables[position];
      const valueColumns = new Set(
        valueMatches.filter((match) => match.table === table.name).map((match) => match.column.toLowerCase()),
      );
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

  const matched_values = valueMatches.filter((match) => linkedNames.has(match.table.toLowerCase()));
  return { tables, matched_values };
}
