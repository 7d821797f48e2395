import path from 'node:path';
import type { NamespaceConfig } from '../config/config-schema.js';
import type { BenchDatabaseEntry } from './bench-dataset-schema.js';

/** The namespace's docs folder when the manifest entry names one (<database folder>/<docs>), as an absolute path. */
export function benchDatabaseDocs(entry: BenchDatabaseEntry): Pick<NamespaceConfig, 'docs'> {
  return entry.docs === undefined ? {} : { docs: path.join(entry.dir, entry.docs) };
}
