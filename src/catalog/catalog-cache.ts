import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { CatalogColumn, CatalogTable } from '../connectors/connector.js';
import { CATALOG_FORMAT } from './catalog-fingerprint.js';

/** One table as cached: its columns stay a JSON string until something reads them, so a warm start parses ~10 tables, not 10,000. */
const CachedTableSchema = z.tuple([z.string(), z.number(), z.string().nullable(), z.string()]);

const CachedCatalogSchema = z.object({
  format: z.literal(CATALOG_FORMAT),
  fingerprint: z.string(),
  tables: z.array(CachedTableSchema),
  index: z.object({ search: z.unknown(), neighbours: z.array(z.tuple([z.number(), z.array(z.number())])) }),
  /** The words of every table's and column's name and comment (name-vocabulary.ts), so grounding reads no table's columns. */
  vocabulary: z.object({ column: z.array(z.string()), table: z.array(z.string()), text: z.array(z.string()) }),
});
export type CachedCatalog = z.infer<typeof CachedCatalogSchema>;

const CachedValuesSchema = z.object({
  format: z.literal(CATALOG_FORMAT),
  fingerprint: z.string(),
  /** Tables whose text columns were all probed (or that hold no rows); `complete` when that is every table. */
  probed: z.array(z.string()),
  complete: z.boolean(),
  values: z.array(z.object({ table: z.string(), column: z.string(), values: z.array(z.string()) })),
});
export type CachedValues = z.infer<typeof CachedValuesSchema>;

export function catalogCacheFiles(cacheDir: string, key: string): { catalog: string; values: string } {
  const dir = path.join(cacheDir, 'catalogs');
  return { catalog: path.join(dir, `${key}.catalog.json`), values: path.join(dir, `${key}.values.json`) };
}

async function readJson<T>(file: string, schema: z.ZodType<T>, fingerprint: string): Promise<T | undefined> {
  try {
    const parsed = schema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (!parsed.success) return undefined;
    return (parsed.data as { fingerprint: string }).fingerprint === fingerprint ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export const readCachedCatalog = (file: string, fingerprint: string) => readJson(file, CachedCatalogSchema, fingerprint);
export const readCachedValues = (file: string, fingerprint: string) => readJson(file, CachedValuesSchema, fingerprint);

/** Written to a unique temp file and renamed, so readers in other processes see the old file or the new one, never half. */
export async function writeCacheFile(file: string, content: CachedCatalog | CachedValues): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${randomUUID()}.tmp`;
  try {
    await writeFile(temp, JSON.stringify(content), 'utf8');
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

export function cachedTable(table: CatalogTable): CachedCatalog['tables'][number] {
  return [table.name, table.row_count, table.comment ?? null, JSON.stringify(table.columns)];
}

/** A catalog table whose columns are parsed from the cache on first use. */
export function restoredTable([name, row_count, comment, columnsJson]: CachedCatalog['tables'][number]): CatalogTable {
  const table = { name, row_count, ...(comment === null ? {} : { comment }) } as CatalogTable;
  let columns: CatalogColumn[] | undefined;
  Object.defineProperty(table, 'columns', {
    enumerable: true,
    configurable: true,
    get: () => (columns ??= JSON.parse(columnsJson) as CatalogColumn[]),
    set: (value: CatalogColumn[]) => {
      columns = value;
    },
  });
  return table;
}
