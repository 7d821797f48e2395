import MiniSearch from 'minisearch';
import type { CatalogColumn, CatalogTable } from '../connectors/connector.js';
import { buildValueLookup, type ColumnValues, type ValueLookup } from './build-value-lookup.js';
import { indexTerms } from './index-terms.js';

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

/** Builds the in-memory search index over tables, their columns and comments, the foreign-key graph and the value lookup. No I/O. */
export function buildCatalogIndex(tables: CatalogTable[], values: readonly ColumnValues[] = []): CatalogIndex {
  const search = new MiniSearch<TableDocument>({
    fields: ['name', 'columns', 'keys', 'comment'],
    extractField,
    tokenize: (text) => indexTerms(text),
    processTerm: (term) => term,
  });
  search.addAll(tables.map((table, id) => ({ id, table })));

  const index: CatalogIndex = { tables, positions: new Map(), search, neighbours: new Map(), values: buildValueLookup(values) };
  tables.forEach((table, position) => {
    const lower = table.name.toLowerCase();
    index.positions.set(lower, position);
    const bare = lower.slice(lower.lastIndexOf('.') + 1);
    if (!index.positions.has(bare)) index.positions.set(bare, position);
  });
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
