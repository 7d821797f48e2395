import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { ManifestFileSchema, type BenchDatabaseEntry, type DatabaseReference, type DatasetDialect } from './bench-dataset-schema.js';

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * The entry and folder of a database a manifest takes from another dataset ("from"): that dataset's manifest entry
 * for it and its databases/<db_id> folder. The target must lie inside the folder "from_root" names once symbolic links
 * are resolved, be a dataset of the same dialect, and hold the files itself (a reference to a reference is refused).
 */
export function resolveDatabaseReference(
  dataset: { dir: string; manifestFile: string; dialect: DatasetDialect; fromRoot: string },
  dbId: string,
  reference: DatabaseReference['from'],
): BenchDatabaseEntry {
  const where = `${dataset.manifestFile}: database "${dbId}": from "${reference.dataset}"`;
  const reach = fs.realpathSync(path.resolve(dataset.dir, dataset.fromRoot));
  const targetManifest = path.join(path.resolve(dataset.dir, reference.dataset), 'manifest.json');
  if (!fs.existsSync(targetManifest)) throw new UsageError(`${where}: no dataset there (${targetManifest} not found)`);
  const target = fs.realpathSync(path.dirname(targetManifest));
  const outside = (file: string) =>
    new UsageError(`${where}: ${file} is outside ${reach}, the folder this dataset's "from_root" ("${dataset.fromRoot}") lets it reach`);
  if (!isInside(target, reach)) throw outside(target);
  if (target === fs.realpathSync(dataset.dir)) throw new UsageError(`${where}: that is this dataset itself`);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(targetManifest, 'utf8'));
  } catch (error) {
    throw new UsageError(`${where}: ${targetManifest}: not valid JSON: ${(error as Error).message}`);
  }
  const parsed = ManifestFileSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(`${where}: ${targetManifest} is not a valid manifest (load that dataset on its own to see why)`);
  if (parsed.data.dialect !== dataset.dialect) {
    throw new UsageError(`${where}: that dataset is ${parsed.data.dialect}, this one ${dataset.dialect}; a database is shared only between datasets of one dialect`);
  }
  const targetId = reference.db_id ?? dbId;
  const entry = parsed.data.databases[targetId];
  if (entry === undefined) throw new UsageError(`${where}: that dataset has no database "${targetId}"`);
  if ('from' in entry) throw new UsageError(`${where}: "${targetId}" there takes its files from yet another dataset; name that one instead`);
  const folder = path.join(target, 'databases', targetId);
  if (!fs.existsSync(folder)) throw new UsageError(`${where}: ${folder} not found`);
  const dir = fs.realpathSync(folder);
  if (!isInside(dir, reach)) throw outside(dir);
  return { ...entry, dir };
}
