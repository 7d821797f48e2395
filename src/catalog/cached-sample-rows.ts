import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeAtomically } from './catalog-cache.js';
import { CATALOG_FORMAT } from './catalog-fingerprint.js';

/** A table's first rows as a sample query returned them: every column, JSON values. */
export const SampleRowsSchema = z.object({ columns: z.array(z.string()), rows: z.array(z.array(z.unknown())) });
export type SampleRows = z.infer<typeof SampleRowsSchema>;

const CachedSamplesSchema = z.object({
  format: z.literal(CATALOG_FORMAT),
  fingerprint: z.string(),
  tables: z.record(z.string(), SampleRowsSchema),
});

/** The sample rows saved for a database whose fingerprint is `fingerprint`; none when the file is missing, stale or unreadable. */
export async function readCachedSamples(file: string, fingerprint: string): Promise<Map<string, SampleRows>> {
  try {
    const parsed = CachedSamplesSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (parsed.success && parsed.data.fingerprint === fingerprint) return new Map(Object.entries(parsed.data.tables));
  } catch {
    // A missing or broken file is a cache miss.
  }
  return new Map();
}

export function writeCachedSamples(file: string, fingerprint: string, samples: ReadonlyMap<string, SampleRows>): Promise<void> {
  const saved = { format: CATALOG_FORMAT, fingerprint, tables: Object.fromEntries(samples) };
  return writeAtomically(file, (handle) => handle.writeFile(JSON.stringify(saved), 'utf8'));
}
