import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { CatalogColumn, CatalogTable } from '../connectors/connector.js';
import type { SavedCatalogIndex } from './build-catalog-index.js';
import { ByteChunks } from './byte-chunks.js';
import { CATALOG_FORMAT } from './catalog-fingerprint.js';

/** One table as cached: name, row count, comment, and where its columns' JSON text lies in the file's column part. */
type CachedTableRow = [name: string, row_count: number, comment: string | null, start: number, end: number];

const isCachedTableRow = (row: unknown): row is CachedTableRow =>
  Array.isArray(row) &&
  row.length === 5 &&
  typeof row[0] === 'string' &&
  typeof row[1] === 'number' &&
  (row[2] === null || typeof row[2] === 'string') &&
  Number.isInteger(row[3]) &&
  Number.isInteger(row[4]) &&
  (row[3] as number) <= (row[4] as number);

const isSavedSearchShape = (value: unknown): boolean => {
  const saved = value as Partial<Record<string, unknown>> | null;
  return (
    typeof saved === 'object' &&
    saved !== null &&
    ['documentIds', 'fieldLength', 'storedFields', 'averageFieldLength', 'index'].every((key) => Array.isArray(saved[key])) &&
    ['documentCount', 'nextId', 'dirtCount'].every((key) => typeof saved[key] === 'number')
  );
};

/**
 * What a cached catalog's file ends with. The file is the columns of every table as JSON texts one after the other,
 * a newline, then this header (JSON never holds a raw newline): a warm start parses the header and ~10 tables' columns,
 * never the other 10,000, and never unescapes them as strings nested in one big JSON document.
 */
const CachedCatalogHeaderSchema = z.object({
  format: z.literal(CATALOG_FORMAT),
  fingerprint: z.string(),
  // Checked by hand: zod's tuple parse of 10,000 rows cost a warm start ~50 ms.
  tables: z.array(z.unknown()).refine((rows): rows is CachedTableRow[] => rows.every(isCachedTableRow)),
  // The search index's arrays are read as they are (saved-index-text.ts): checking 311,000 numbers here would cost what the format saves.
  index: z.object({ search: z.custom<SavedCatalogIndex['search']>(isSavedSearchShape), neighbours: z.array(z.tuple([z.number(), z.array(z.number())])) }),
  /** The words of every table's and column's name and comment (name-vocabulary.ts), so grounding reads no table's columns. */
  vocabulary: z.object({ column: z.array(z.string()), table: z.array(z.string()), text: z.array(z.string()), expanded: z.array(z.string()) }),
  /** The English of a terse schema's names (read-terse-names.ts; empty for a readable one), so a warm start reads no dictionary for them. */
  readings: z.record(z.string(), z.array(z.string())),
});

export interface CachedCatalog {
  fingerprint: string;
  /** Their columns are parsed from the file's bytes on first use. */
  tables: CatalogTable[];
  index: SavedCatalogIndex;
  vocabulary: { column: string[]; table: string[]; text: string[]; expanded: string[] };
  readings: Record<string, string[]>;
}

const CachedValuesSchema = z.object({
  format: z.literal(CATALOG_FORMAT),
  fingerprint: z.string(),
  /** Tables whose text columns were all probed (or that hold no rows); `complete` when that is every table. */
  probed: z.array(z.string()),
  complete: z.boolean(),
  values: z.array(z.object({ table: z.string(), column: z.string(), values: z.array(z.string()), descriptions: z.record(z.string(), z.string()).optional(), glosses: z.record(z.string(), z.array(z.string())).optional() })),
});
export type CachedValues = z.infer<typeof CachedValuesSchema>;

export function catalogCacheFiles(cacheDir: string, key: string): { catalog: string; values: string; samples: string } {
  const dir = path.join(cacheDir, 'catalogs');
  return { catalog: path.join(dir, `${key}.catalog`), values: path.join(dir, `${key}.values.json`), samples: path.join(dir, `${key}.samples.json`) };
}

const NEWLINE = 0x0a;

export async function readCachedCatalog(file: string, fingerprint: string): Promise<CachedCatalog | undefined> {
  try {
    const bytes = await readFile(file);
    const split = bytes.indexOf(NEWLINE);
    if (split < 0) return undefined;
    const parsed = CachedCatalogHeaderSchema.safeParse(JSON.parse(bytes.toString('utf8', split + 1)));
    if (!parsed.success || parsed.data.fingerprint !== fingerprint) return undefined;
    const { index, vocabulary, readings } = parsed.data;
    const tables = parsed.data.tables as CachedTableRow[];
    if (tables.some((row) => row[4] > split)) return undefined;
    return { fingerprint, tables: tables.map((row) => restoredTable(row, bytes)), index, vocabulary, readings };
  } catch {
    return undefined;
  }
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

export const readCachedValues = (file: string, fingerprint: string) => readJson(file, CachedValuesSchema, fingerprint);

/** Written to a unique temp file and renamed, so readers in other processes see the old file or the new one, never half. */
export async function writeAtomically(file: string, write: (handle: Awaited<ReturnType<typeof open>>) => Promise<void>): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${randomUUID()}.tmp`;
  try {
    const handle = await open(temp, 'w');
    try {
      await write(handle);
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** A catalog to cache: its index as the UTF-8 bytes of the saved index's JSON, in pieces (savedCatalogIndexPieces). */
export interface CatalogToCache extends Omit<CachedCatalog, 'index'> {
  index: Iterable<Uint8Array>;
}

/**
 * Writes the columns of every table, then the header (see CachedCatalogHeaderSchema), a megabyte at a time: each
 * table's columns are stringified straight into the buffer being filled (byte-chunks.ts), which also gives their
 * offsets, rather than copied into a buffer per table and again into one per write (~60 MB of short-lived copies for
 * 10,000 tables, at the peak of a cold load).
 */
export function writeCachedCatalog(file: string, catalog: CatalogToCache): Promise<void> {
  return writeAtomically(file, async (handle) => {
    const rows: CachedTableRow[] = [];
    const out = new ByteChunks();
    let offset = 0;
    for (const table of catalog.tables) {
      const length = out.text(JSON.stringify(table.columns));
      rows.push([table.name, table.row_count, table.comment ?? null, offset, offset + length]);
      offset += length;
      for (const bytes of out.take()) await handle.write(bytes);
    }
    // The same text as JSON.stringify of { format, fingerprint, tables, index, vocabulary, readings }, key for key.
    out.text(`\n{"format":${JSON.stringify(CATALOG_FORMAT)},"fingerprint":${JSON.stringify(catalog.fingerprint)},"tables":${JSON.stringify(rows)},"index":`);
    for (const bytes of out.take(true)) await handle.write(bytes);
    for (const piece of catalog.index) await handle.write(piece);
    await handle.write(`,"vocabulary":${JSON.stringify(catalog.vocabulary)},"readings":${JSON.stringify(catalog.readings)}}`, null, 'utf8');
  });
}

export function writeCachedValues(file: string, values: CachedValues): Promise<void> {
  return writeAtomically(file, (handle) => handle.writeFile(JSON.stringify(values), 'utf8'));
}

/** A catalog table whose columns are parsed from the cache file's bytes on first use. */
function restoredTable([name, row_count, comment, start, end]: CachedTableRow, bytes: Buffer): CatalogTable {
  const table = { name, row_count, ...(comment === null ? {} : { comment }) } as CatalogTable;
  let columns: CatalogColumn[] | undefined;
  Object.defineProperty(table, 'columns', {
    enumerable: true,
    configurable: true,
    get: () => (columns ??= JSON.parse(bytes.toString('utf8', start, end)) as CatalogColumn[]),
    set: (value: CatalogColumn[]) => {
      columns = value;
    },
  });
  return table;
}
