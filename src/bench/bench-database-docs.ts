import path from 'node:path';
import type { NamespaceConfig } from '../config/config-schema.js';
import type { ManifestEntry } from './bench-dataset-schema.js';

/** The namespace's docs folder when the manifest entry names one (databases/<db_id>/<docs>), as an absolute path. */
export function benchDatabaseDocs(datasetDir: string, dbId: string, entry: ManifestEntry): Pick<NamespaceConfig, 'docs'> {
  return entry.docs === undefined ? {} : { docs: path.join(datasetDir, 'databases', dbId, entry.docs) };
}
