import type { DataSource } from './find-data-sources.js';

const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;
const identifier = (text: string) => `"${text.replaceAll('"', '""')}"`;

/** The DuckDB reader call for a source; the view reads the file on every query and copies nothing into memory. */
export function readerSql(source: DataSource): string {
  // A partitioned folder is read as its list of files, not a glob: the sandbox allows those files only (lockToFiles).
  const files = source.hive ? fileListSql(source.files) : literal(source.pattern);
  const hive = source.hive ? ', hive_partitioning = true, union_by_name = true' : '';
  switch (source.format) {
    case 'csv':
      return `read_csv(${files}${hive})`;
    case 'parquet':
      return `read_parquet(${files}${hive})`;
    case 'json':
      return `read_json(${files}${hive})`;
    case 'ndjson':
      return `read_json(${files}, format = 'newline_delimited'${hive})`;
  }
}

export function createViewSql(source: DataSource): string {
  return `CREATE VIEW ${identifier(source.table)} AS SELECT * FROM ${readerSql(source)}`;
}

export function quotedTable(source: DataSource): string {
  return identifier(source.table);
}

export function fileListSql(files: readonly string[]): string {
  return `[${files.map(literal).join(', ')}]`;
}
