import MiniSearch from 'minisearch';
import type { CatalogColumn, CatalogTable } from '../connectors/connector.js';
import { buildValueLookup, type ColumnValues, type ValueLookup } from './build-value-lookup.js';
import { indexTerms } from './index-terms.js';
import { restoreSearchIndex, savedSearchIndex, searchIndexPieces, type SavedSearchIndex } from './saved-index-text.js';

interface TableDocument {
  id: number;
  table: CatalogTable;
}

export interface CatalogIndex {
  tables: CatalogTable[];
  /** Table name, lower-cased → position in `tables`. */
  positions: Map<string, number>;
  search: MiniSearch<TableDocument>;
  /** Foreign keys as an undirected graph over table positions. */
  neighbours: Map<number, Set<number>>;
  values: ValueLookup;
}

const isKey = (column: CatalogColumn): boolean => column.primary_key || column.references !== undefined;

function extractField(document: TableDocument, field: string): unknown {
  const { table } = document;
  switch (field) {
    case 'id':
      return document.id;
    case 'name':
      return table.name;
    case 'columns':
      return table.columns.filter((column) => !isKey(column)).map((column) => column.name).join(' ');
    case 'keys':
      return table.columns.filter(isKey).map((column) => column.name).join(' ');
    default:
      return [table.comment ?? '', ...table.columns.map((column) => column.comment ?? '')].join(' ');
  }
}

/** Table a "table.column" (or "schema.table.column") reference points at. */
export function referencedTable(reference: string): string {
  return reference.slice(0, reference.lastIndexOf('.'));
}

export function tablePosition(index: CatalogIndex, name: string): number | undefined {
  const lower = name.toLowerCase();
  return index.positions.get(lower) ?? index.positions.get(lower.slice(lower.lastIndexOf('.') + 1));
}

/** What a built index saves to disk so a later process restores it instead of tokenising every table again. */
export interface SavedCatalogIndex {
  search: SavedSearchIndex;
  neighbours: Array<[number, number[]]>;
}

const SEARCH_OPTIONS = {
  fields: ['name', 'columns', 'keys', 'comment'],
  tokenize: (text: string) => indexTerms(text),
  processTerm: (term: string) => term,
};

/**
 * Index terms of a field's text, word by word through a cache: a warehouse repeats the same column names
 * thousands of times. Splitting on spaces first gives the same terms, since no identifier split crosses a space.
 */
function cachedTokenizer(): (text: string) => string[] {
  const cache = new Map<string, string[]>();
  return (text) => {
    const terms: string[] = [];
    for (const word of text.split(/\s+/)) {
      let wordTerms = cache.get(word);
      if (!wordTerms) {
        wordTerms = indexTerms(word);
        cache.set(word, wordTerms);
      }
      for (const term of wordTerms) terms.push(term);
    }
    return terms;
  };
}

/** Builds the in-memory search index over tables, their columns and comments, the foreign-key graph and the value lookup. No I/O. */
export function buildCatalogIndex(tables: CatalogTable[], values: readonly ColumnValues[] = []): CatalogIndex {
  const search = new MiniSearch<TableDocument>({ ...SEARCH_OPTIONS, extractField, tokenize: cachedTokenizer() });
  search.addAll(tables.map((table, id) => ({ id, table })));
  return withGraph(tables, search, values);
}

export function saveCatalogIndex(index: CatalogIndex): SavedCatalogIndex {
  return { search: savedSearchIndex(index.search), neighbours: [...index.neighbours].map(([position, set]) => [position, [...set]]) };
}

/**
 * The UTF-8 bytes of `JSON.stringify(saveCatalogIndex(index))` in pieces, as the catalog cache writes it: the same text without building
 * the search index's saved form as objects first (saved-index-text.ts).
 */
export function* savedCatalogIndexPieces(index: CatalogIndex): Generator<Buffer> {
  yield Buffer.from('{"search":');
  yield* searchIndexPieces(index.search);
  yield Buffer.from(`,"neighbours":${JSON.stringify([...index.neighbours].map(([position, set]) => [position, [...set]]))}}`);
}

/** The index a previous buildCatalogIndex saved, over the same tables; the value lookup is rebuilt (it is small). */
export function restoreCatalogIndex(tables: CatalogTable[], saved: SavedCatalogIndex, values: readonly ColumnValues[] = []): CatalogIndex {
  const search = restoreSearchIndex<TableDocument>(saved.search, SEARCH_OPTIONS);
  return withGraph(tables, search, values, new Map(saved.neighbours.map(([position, list]) => [position, new Set(list)])));
}

function withGraph(
  tables: CatalogTable[],
  search: MiniSearch<TableDocument>,
  values: readonly ColumnValues[],
  neighbours?: Map<number, Set<number>>,
): CatalogIndex {
  const index: CatalogIndex = { tables, positions: new Map(), search, neighbours: neighbours ?? new Map(), values: buildValueLookup(values, tables) };
  tables.forEach((table, position) => {
    const lower = table.name.toLowerCase();
    index.positions.set(lower, position);
    const bare = lower.slice(lower.lastIndexOf('.') + 1);
    if (!index.positions.has(bare)) index.positions.set(bare, position);
  });
  if (neighbours) return index;
  const link = (a: number, b: number): void => {
    if (a === b) return;
    if (!index.neighbours.has(a)) index.neighbours.set(a, new Set());
    index.neighbours.get(a)?.add(b);
  };
  tables.forEach((table, position) => {
    for (const column of table.columns) {
      if (!column.references) continue;
      const target = tablePosition(index, referencedTable(column.references));
      if (target === undefined) continue;
      link(position, target);
      link(target, position);
    }
  });
  return index;
}
