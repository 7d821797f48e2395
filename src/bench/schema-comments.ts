import { STOP_WORDS } from '../catalog/stop-words.js';
import { stemWord } from '../catalog/stem-word.js';
import { sqliteDdlComments } from '../connectors/sqlite/sqlite-ddl-comments.js';
import { type Statement, scanSqlScript, skipNonCode, skipQuoted } from './scan-sql-script.js';

/** A table's or column's description that schema.sql wrote as a `--` comment, with its names as written there. */
export interface SchemaComment {
  /** The table's name as the CREATE TABLE wrote it (quotes and schema included). */
  table: string;
  /** The column's name as its definition wrote it; absent for the table's own comment. */
  column?: string;
  text: string;
  /** Where SQLite, which keeps a CREATE TABLE's text but no COMMENT ON, needs it written into the statement. */
  inline?: { at: number; insert: string };
}

interface CreatedTable {
  statement: Statement;
  raw: string;
  /** Column names as written, keyed by their unquoted lower-case form. */
  columns: Map<string, string>;
  /** Where the body's opening parenthesis is. */
  open: number;
  /** Where each column's definition starts, keyed as columns. */
  columnStarts: Map<string, number>;
  explicitTable: boolean;
  explicitColumns: Set<string>;
}

const IDENTIFIER = String.raw`(?:"(?:[^"]|"")+"|\x60[^\x60]+\x60|\[[^\]]+\]|[\w$]+)`;
const CREATE_TABLE = new RegExp(
  String.raw`^CREATE\s+(?:OR\s+REPLACE\s+)?(?:(?:GLOBAL|LOCAL)\s+)?(?:TEMP(?:ORARY)?\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(${IDENTIFIER}(?:\s*\.\s*${IDENTIFIER})?)\s*\(`,
  'i',
);
const COMMENT_ON = new RegExp(String.raw`^COMMENT\s+ON\s+(TABLE|COLUMN)\s+(${IDENTIFIER}(?:\s*\.\s*${IDENTIFIER}){0,2})\s+IS\b`, 'i');
const CONSTRAINT_WORDS = new Set(['constraint', 'primary', 'unique', 'check', 'foreign', 'key', 'index', 'exclude', 'like']);

/** A name as the engine matches it: unquoted, lower case. */
const nameKey = (raw: string): string => raw.replace(/^["`[](.*)["`\]]$/s, '$1').replaceAll('""', '"').toLowerCase();
const lastPart = (raw: string): string => raw.split(new RegExp(String.raw`\s*\.\s*(?=${IDENTIFIER}$)`))!.pop()!;

/**
 * The `--` comments of a schema.sql that describe a table or a column, for engines that drop them (DuckDB, PostgreSQL
 * and MariaDB keep no `--` comment; SQLite keeps only those inside a CREATE TABLE's parentheses). Inside a CREATE TABLE
 * they are read as SQLite's catalog reads them (sqliteDdlComments): the end of the opening line is the table's, the end
 * of a column's line or the lines above it the column's; a comment at the end of the statement's last line is the last
 * column's (the table's when the statement is one line). Between statements, a line is split into clauses at `;` and
 * `. `; a clause opening with a column name of the table above (or else below) is that column's ("status_cd: A active,
 * X closed"), any other the table's: the table above when it names more of that table's words, else the table below.
 * The comment lines before the first statement describe the whole file, no one table, and are left out. A table or
 * column that an explicit COMMENT ON (or MySQL's inline COMMENT) describes keeps only that.
 */
export function schemaComments(script: string): SchemaComment[] {
  const { statements, comments } = scanSqlScript(script);
  const tables: CreatedTable[] = [];
  const tableOf = new Map<string, CreatedTable>();
  for (const statement of statements) {
    const text = script.slice(statement.start, statement.end);
    const created = CREATE_TABLE.exec(text);
    if (created) {
      const table = createdTable(script, statement, created[1]!, statement.start + created[0].length - 1);
      tables.push(table);
      tableOf.set(nameKey(lastPart(table.raw)), table);
      continue;
    }
    const explicit = COMMENT_ON.exec(text);
    if (!explicit) continue;
    const parts = explicit[2]!.split(new RegExp(String.raw`\s*\.\s*(?=${IDENTIFIER})`)).map(nameKey);
    if (explicit[1]!.toUpperCase() === 'TABLE') {
      const table = tableOf.get(parts[parts.length - 1]!);
      if (table) table.explicitTable = true;
    } else if (parts.length >= 2) {
      tableOf.get(parts[parts.length - 2]!)?.explicitColumns.add(parts[parts.length - 1]!);
    }
  }

  const found: SchemaComment[] = [];
  /** `written` is the text SQLite needs written into the CREATE TABLE, when it does not keep it itself. */
  const add = (table: CreatedTable, columnKey: string | undefined, text: string, written?: string) => {
    const clean = oneLine(text);
    if (!clean) return;
    const insert = written === undefined ? undefined : oneLine(written);
    if (columnKey === undefined) {
      if (table.explicitTable) return;
      found.push({ table: table.raw, text: clean, ...(insert ? { inline: { at: table.open + 1, insert: ` -- ${insert}\n` } } : {}) });
      return;
    }
    const column = table.columns.get(columnKey);
    if (column === undefined || table.explicitColumns.has(columnKey)) return;
    const at = table.columnStarts.get(columnKey)!;
    found.push({ table: table.raw, column, text: clean, ...(insert ? { inline: { at, insert: `\n-- ${insert}\n` } } : {}) });
  };

  for (const table of tables) {
    const { statement } = table;
    let text = script.slice(statement.start, statement.end);
    const after = comments.find((comment) => comment.trailing && comment.offset >= statement.end && comment.line === statement.endLine);
    if (after && statement.startLine === statement.endLine) add(table, undefined, after.text, after.text);
    else if (after) {
      const close = text.lastIndexOf(')');
      if (close > 0) text = `${text.slice(0, close)} -- ${after.text}\n${text.slice(close)}`;
    }
    const inside = sqliteDdlComments(text);
    // What is inside the statement SQLite keeps itself; only the comment after its end needs writing in.
    const insideOriginal = sqliteDdlComments(script.slice(statement.start, statement.end));
    if (inside.table) add(table, undefined, inside.table);
    for (const [column, comment] of inside.columns) {
      add(table, column, comment, after && insideOriginal.columns.get(column) !== comment ? after.text : undefined);
    }
  }

  const first = statements[0];
  for (const comment of comments) {
    if (comment.trailing || !first || comment.offset < first.start) continue;
    if (statements.some((statement) => comment.offset > statement.start && comment.offset < statement.end)) continue;
    const above = lastBefore(tables, comment.offset);
    const nextStatement = statements.find((statement) => statement.start > comment.offset);
    const below = tables.find((table) => table.statement === nextStatement);
    for (const clause of clauses(comment.text, [above, below])) {
      if (clause.column) add(clause.column.table, clause.column.key, clause.text, clause.text);
      else {
        const owner = above && below ? (mentions(clause.text, above) > mentions(clause.text, below) ? above : below) : (below ?? (above && mentions(clause.text, above) > 0 ? above : undefined));
        if (owner) add(owner, undefined, clause.text, clause.text);
      }
    }
  }
  return merged(found);
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Several comments on one table or column become one, in the order the file gives them. */
function merged(comments: SchemaComment[]): SchemaComment[] {
  const byTarget = new Map<string, SchemaComment>();
  for (const comment of comments) {
    const key = `${comment.table}\u0000${comment.column ?? ''}`;
    const earlier = byTarget.get(key);
    if (!earlier) byTarget.set(key, comment);
    else {
      earlier.text = `${earlier.text}; ${comment.text}`;
      if (comment.inline && earlier.inline) earlier.inline.insert = earlier.inline.insert.replace(/\n$/, `; ${comment.text}\n`);
      else if (comment.inline) earlier.inline = comment.inline;
    }
  }
  return [...byTarget.values()];
}

function lastBefore(tables: CreatedTable[], offset: number): CreatedTable | undefined {
  let found: CreatedTable | undefined;
  for (const table of tables) if (table.statement.end <= offset) found = table;
  return found;
}

/** How many of a table's words (its name's and its columns' parts) a comment uses. */
function mentions(text: string, table: CreatedTable): number {
  const words = new Set(
    [lastPart(table.raw), ...table.columns.values()]
      .flatMap((name) => nameKey(name).split(/[^a-z0-9]+/))
      .filter((word) => word.length > 2 && !STOP_WORDS.has(word))
      .map(stemWord),
  );
  const used = new Set(text.toLowerCase().split(/[^a-z0-9_]+/).flatMap((word) => [word, ...word.split('_')]).map(stemWord));
  return [...words].filter((word) => used.has(word)).length;
}

interface Clause {
  text: string;
  column?: { table: CreatedTable; key: string };
}

/** A comment line's clauses: each opening with a column's name starts that column's; other text joins the clause before. */
function clauses(line: string, candidates: Array<CreatedTable | undefined>): Clause[] {
  const found: Clause[] = [];
  const pieces = line.split(/(;\s+|\.\s+)/);
  for (let at = 0; at < pieces.length; at += 2) {
    const part = pieces[at]!.trim();
    if (!part) continue;
    const opening = /^([\w$]+)\s*(:?)\s*(.*)$/s.exec(part);
    const key = opening?.[1]!.toLowerCase();
    const table = key === undefined ? undefined : candidates.find((candidate) => candidate?.columns.has(key));
    const last = found[found.length - 1];
    if (table && key !== undefined) found.push({ text: opening![2] ? opening![3]! : part, column: { table, key } });
    else if (last) last.text += `${pieces[at - 1]!.trim()} ${part}`;
    else found.push({ text: part });
  }
  return found;
}

function createdTable(script: string, statement: Statement, raw: string, open: number): CreatedTable {
  const columns = new Map<string, string>();
  const columnStarts = new Map<string, number>();
  const explicitColumns = new Set<string>();
  let depth = 1;
  let itemStart: number | undefined;
  let i = open + 1;
  const endItem = (end: number) => {
    if (itemStart === undefined) return;
    const item = script.slice(itemStart, end);
    const name = new RegExp(`^${IDENTIFIER}`).exec(item)?.[0];
    if (name && !CONSTRAINT_WORDS.has(name.toLowerCase())) {
      columns.set(nameKey(name), name);
      columnStarts.set(nameKey(name), itemStart);
      if (/\bCOMMENT\s+'/i.test(item)) explicitColumns.add(nameKey(name));
    }
    itemStart = undefined;
  };
  while (i < statement.end && depth > 0) {
    const skipped = skipNonCode(script, i);
    if (skipped !== i) {
      i = skipped;
      continue;
    }
    const char = script[i]!;
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    if (itemStart === undefined && depth === 1 && char !== ')') itemStart = i;
    if (char === '(') depth++;
    else if (char === ')') {
      depth--;
      if (depth === 0) endItem(i);
    } else if (char === ',' && depth === 1) endItem(i);
    i = char === "'" || char === '"' || char === '`' ? skipQuoted(script, i) : i + 1;
  }
  const options = script.slice(i, statement.end);
  return { statement, raw, columns, open, columnStarts, explicitTable: /\bCOMMENT\s*=?\s*'/i.test(options), explicitColumns };
}

const sqlString = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/** COMMENT ON statements for the comments (DuckDB and PostgreSQL share the syntax). */
export function commentOnStatements(comments: SchemaComment[]): string[] {
  return comments.map((comment) =>
    comment.column === undefined
      ? `COMMENT ON TABLE ${comment.table} IS ${sqlString(comment.text)}`
      : `COMMENT ON COLUMN ${comment.table}.${comment.column} IS ${sqlString(comment.text)}`,
  );
}

/** The script with the comments SQLite would lose written into their CREATE TABLE statements, where SQLite keeps them. */
export function withInlineComments(script: string, comments: SchemaComment[]): string {
  const inserts = comments.flatMap((comment) => (comment.inline ? [comment.inline] : [])).sort((a, b) => b.at - a.at);
  let written = script;
  for (const { at, insert } of inserts) written = `${written.slice(0, at)}${insert}${written.slice(at)}`;
  return written;
}
