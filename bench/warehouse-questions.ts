import type { CatalogTable } from '../src/connectors/connector.js';
import type { ColumnValues } from '../src/catalog/build-value-lookup.js';
import { seededRandom } from './synthetic-catalog.js';

export interface GoldQuestion {
  question: string;
  /** The table the question is about. */
  table: string;
}

const words = (name: string): string => name.replaceAll('_', ' ');

/**
 * Questions about one table each, in an analyst's words: its name's words (domain, entity, suffix), one or two
 * of its own columns, and sometimes a stored value. Only tables whose name no other table shares (no `_2`) are asked
 * about, so the gold table is the only right answer.
 */
export function warehouseQuestions(tables: readonly CatalogTable[], values: readonly ColumnValues[], count: number, seed = 11): GoldQuestion[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const bases = new Map<string, number>();
  for (const table of tables) {
    const base = table.name.replace(/_\d+$/, '');
    bases.set(base, (bases.get(base) ?? 0) + 1);
  }
  const candidates = tables.filter((table) => !/_\d+$/.test(table.name) && bases.get(table.name) === 1);
  const stored = new Map<string, ColumnValues[]>();
  for (const set of values) stored.set(set.table, [...(stored.get(set.table) ?? []), set]);

  return Array.from({ length: count }, () => {
    const table = pick(candidates);
    const plain = table.columns.filter((column) => !column.primary_key && !column.references);
    const [first, second] = [pick(plain), pick(plain)];
    const value = stored.get(table.name);
    const subject = words(table.name);
    const question =
      value && random() < 0.5
        ? (() => {
            const set = pick(value);
            return `How many ${subject} records have ${set.column.replaceAll('_', ' ')} ${pick(set.values)}, by ${words(first!.name)}?`;
          })()
        : `Show the ${words(first!.name)} and ${words(second!.name)} of the ${subject} table`;
    return { question, table: table.name };
  });
}
