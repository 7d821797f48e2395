import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConnectorError } from '../connector-error.js';
import { dataFileFormat, withoutDataExtension, type DataFileFormat } from './data-file-format.js';
import { globToRegExp, isGlob } from './glob-pattern.js';
import { noDataFilesMessage } from './holds-data-files.js';
import { tableNameFor } from './table-name-for.js';

/** One table of a files namespace: a single file, or a partitioned sub-folder read with hive partitioning. */
export interface DataSource {
  table: string;
  format: DataFileFormat;
  /** The file, or a glob over the sub-folder, that the view reads (absolute). */
  pattern: string;
  hive: boolean;
  /** Every file behind the table (absolute), for size-based row estimates. */
  files: string[];
  /** The name relative to the folder, for messages. */
  origin: string;
}

export interface DataFolder {
  /** The folder DuckDB may read after the views exist; nothing outside it. */
  folder: string;
  sources: DataSource[];
}

/** Stops a runaway walk over a huge tree. */
const MAX_FILES = 100_000;

/** The tables a folder (or a glob such as data/*.parquet) holds; a missing folder or two files with one table name fail. */
export async function findDataSources(pathOrGlob: string): Promise<DataFolder> {
  const absolute = path.resolve(pathOrGlob);
  const segments = absolute.split(path.sep);
  const firstGlob = segments.findIndex(isGlob);
  const folder = firstGlob === -1 ? absolute : segments.slice(0, firstGlob).join(path.sep) || path.sep;
  const info = await stat(folder).catch(() => undefined);
  if (!info) throw new ConnectorError(`data folder not found: ${pathOrGlob}`);
  if (!info.isDirectory()) throw new ConnectorError(`a files namespace needs a folder or a glob, and ${pathOrGlob} is a file`);

  const sources = firstGlob === -1 ? await folderSources(folder) : await globSources(folder, segments.slice(firstGlob).join('/'));
  if (sources.length === 0) {
    throw new ConnectorError(noDataFilesMessage(pathOrGlob));
  }
  assertUniqueTables(sources);
  return { folder, sources: sources.sort((a, b) => a.table.localeCompare(b.table)) };
}

async function folderSources(folder: string): Promise<DataSource[]> {
  const sources: DataSource[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      const partitioned = await partitionedSource(folder, entry.name);
      if (partitioned) sources.push(partitioned);
    } else {
      const format = dataFileFormat(entry.name);
      if (format) sources.push(fileSource(folder, full, format));
    }
  }
  return sources;
}

async function globSources(folder: string, glob: string): Promise<DataSource[]> {
  const pattern = globToRegExp(glob);
  const files = await walk(folder);
  return files
    .filter((file) => pattern.test(path.relative(folder, file).split(path.sep).join('/')))
    .flatMap((file) => {
      const format = dataFileFormat(file);
      return format ? [fileSource(folder, file, format)] : [];
    });
}

function fileSource(folder: string, file: string, format: DataFileFormat): DataSource {
  return {
    table: tableNameFor(withoutDataExtension(path.basename(file))),
    format,
    pattern: file,
    hive: false,
    files: [file],
    origin: path.relative(folder, file),
  };
}

/** A sub-folder whose data files all share one format is one table (orders/year=2024/part-0.parquet). */
async function partitionedSource(folder: string, name: string): Promise<DataSource | undefined> {
  const root = path.join(folder, name);
  const files = (await walk(root)).filter((file) => dataFileFormat(file) !== undefined);
  if (files.length === 0) return undefined;
  const formats = new Set(files.map((file) => dataFileFormat(file)!));
  if (formats.size > 1) {
    throw new ConnectorError(`folder ${name} mixes ${[...formats].join(' and ')} files; a partitioned table needs one format`);
  }
  const [format] = formats;
  const extension = format === 'parquet' ? 'parquet' : format === 'json' ? 'json' : '*';
  return {
    table: tableNameFor(name),
    format,
    pattern: path.join(root, '**', `*.${extension}`),
    hive: true,
    files,
    origin: `${name}/`,
  };
}

async function walk(root: string): Promise<string[]> {
  const found: string[] = [];
  const pending = [root];
  while (pending.length > 0 && found.length < MAX_FILES) {
    const dir = pending.pop()!;
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) pending.push(full);
      else if (entry.isFile()) found.push(full);
    }
  }
  return found;
}

function assertUniqueTables(sources: DataSource[]): void {
  const seen = new Map<string, string>();
  for (const source of sources) {
    const earlier = seen.get(source.table);
    if (earlier) {
      throw new ConnectorError(`${earlier} and ${source.origin} would both be table "${source.table}": rename one of them`);
    }
    seen.set(source.table, source.origin);
  }
}
