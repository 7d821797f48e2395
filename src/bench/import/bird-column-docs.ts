import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

/** A description file's columns, by their normalised header name. */
type DescriptionRow = Partial<Record<'original_column_name' | 'column_name' | 'column_description' | 'data_format' | 'value_description', string>>;

/** Spaces collapsed, blank lines dropped, line breaks kept (value descriptions are often lists); no line can open a heading. */
const clean = (text: string | undefined) =>
  (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim().replace(/^#+\s*/, ''))
    .filter(Boolean)
    .join('\n');

/** Some of BIRD's description files are not UTF-8 (Windows-1252 exports); DuckDB reads those as latin-1. */
function encodingOf(file: string): 'utf-8' | 'latin-1' {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(file));
    return 'utf-8';
  } catch {
    return 'latin-1';
  }
}

async function readDescriptions(connection: DuckDBConnection, file: string): Promise<DescriptionRow[]> {
  const reader = await connection.runAndReadAll(
    `SELECT * FROM read_csv(?, header = true, all_varchar = true, null_padding = true, parallel = false, encoding = '${encodingOf(file)}')`,
    [file],
  );
  const names = reader.columnNames().map((name) => name.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/\s+/g, '_'));
  return reader.getRows().map((row) => Object.fromEntries(names.map((name, i) => [name, row[i] === null ? undefined : String(row[i])])));
}

function tableMarkdown(table: string, source: string, rows: DescriptionRow[]): string {
  const sections = rows
    .filter((row) => clean(row.original_column_name))
    .map((row) => {
      const column = clean(row.original_column_name);
      const alias = clean(row.column_name);
      const lines = [
        alias && alias.toLowerCase() !== column.toLowerCase() ? `Also called: ${alias}.` : '',
        clean(row.column_description),
        clean(row.data_format) ? `Format: ${clean(row.data_format)}.` : '',
        clean(row.value_description) ? `Values:\n${clean(row.value_description)}` : '',
      ].filter(Boolean);
      return `## ${table}.${column}\n\n${lines.join('\n') || '(no description)'}\n`;
    });
  return `# Table ${table}\n\nColumn descriptions from BIRD's database_description/${source}.\n\n${sections.join('\n')}`;
}

/**
 * BIRD's database_description/<table>.csv files (original_column_name, column_name, column_description,
 * data_format, value_description) as one markdown file per table with a section per column; none when the folder
 * is missing. Files DuckDB cannot read as CSV are listed in `unreadable` rather than stopping the import.
 */
export async function birdColumnDocs(descriptionDir: string): Promise<{ docs: Map<string, string>; unreadable: string[] }> {
  const docs = new Map<string, string>();
  const unreadable: string[] = [];
  if (!fs.existsSync(descriptionDir)) return { docs, unreadable };
  const files = fs
    .readdirSync(descriptionDir)
    .filter((name) => /\.csv$/i.test(name))
    .sort();
  if (files.length === 0) return { docs, unreadable };
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    for (const name of files) {
      const table = path.basename(name, path.extname(name));
      const file = path.join(descriptionDir, name);
      const rows = await readDescriptions(connection, file).catch(() => undefined);
      if (rows === undefined) unreadable.push(file);
      else if (rows.length > 0) docs.set(`${table.replace(/[^\w.-]+/g, '_')}.md`, tableMarkdown(table, name, rows));
    }
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  return { docs, unreadable };
}
