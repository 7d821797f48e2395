import { SqlError } from '../connector.js';
import { wordTable } from '../../own-entry.js';

const ONE_SELECT = 'only one read-only SELECT statement may run';
/** Statements SQLite knows; any other first word is a typo that SQLite reports as a syntax error. */
const STATEMENT_KEYWORDS = new Set([
  'alter', 'analyze', 'attach', 'begin', 'commit', 'create', 'delete', 'detach', 'drop', 'end', 'explain', 'insert',
  'pragma', 'reindex', 'release', 'replace', 'rollback', 'savepoint', 'update', 'vacuum',
]);

/**
 * Functions and eponymous virtual tables refused by name, wherever they appear and however they are quoted:
 * they read files or host details, change settings, or run SQL given as text.
 */
const REFUSED_NAMES: Record<string, string> = wordTable({
  load_extension: 'loads native code',
  readfile: 'reads files',
  writefile: 'writes files',
  edit: 'runs an editor',
  fsdir: 'lists files',
  zipfile: 'reads files',
  fts3_tokenizer: 'registers native code',
  fts3tokenize: 'runs a tokenizer',
  sqlite_dbpage: 'reads raw database pages',
  dbstat: 'reads raw database pages',
  sqlite_stmt: 'reads the connection state',
  sqlite_memstat: 'reads the process state',
  bytecode: 'compiles SQL given as text',
  tables_used: 'compiles SQL given as text',
  sqlite_log: 'writes to the error log',
  sqlite_compileoption_get: 'reads host details',
  sqlite_compileoption_used: 'reads host details',
});

const PRAGMA_FUNCTION = /^pragma_/;

interface Token {
  kind: 'word' | 'punct';
  text: string;
}

/**
 * The sandbox's text check for SQLite, before the child process prepares the statement: one statement, not one
 * of SQLite's other statements, naming no refused function or virtual table. The child then checks what
 * SQLite compiled (read-only statement, only built-in functions).
 */
export function assertSqliteSelect(sql: string): void {
  const statements = splitStatements(tokenize(sql));
  if (statements.length === 0) throw new SqlError('refused: there is no SQL statement to run', 'refused');
  if (statements.length > 1) {
    throw new SqlError(`refused: multiple statements (got ${statements.length}); ${ONE_SELECT}`, 'refused');
  }
  const tokens = statements[0];
  const first = tokens.find((token) => token.kind === 'word');
  if (first && STATEMENT_KEYWORDS.has(first.text)) {
    throw new SqlError(`refused: ${ONE_SELECT} (got ${first.text.toUpperCase()})`, 'refused');
  }
  for (const token of tokens) {
    if (token.kind !== 'word') continue;
    const reason = REFUSED_NAMES[token.text] ?? (PRAGMA_FUNCTION.test(token.text) ? 'reads or changes settings' : undefined);
    if (reason) throw new SqlError(`refused: ${token.text} ${reason} and is not allowed`, 'refused');
  }
}

function splitStatements(tokens: Token[]): Token[][] {
  const statements: Token[][] = [[]];
  for (const token of tokens) {
    if (token.kind === 'punct' && token.text === ';') statements.push([]);
    else statements[statements.length - 1].push(token);
  }
  return statements.filter((statement) => statement.length > 0);
}

/** SQLite's lexical rules, enough to find words: comments and string literals skipped, quoted identifiers unquoted. */
function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const closing: Record<string, string> = { '"': '"', '`': '`', '[': ']' };
  while (i < sql.length) {
    const char = sql[i];
    if (/\s/.test(char)) i++;
    else if (sql.startsWith('--', i)) i = endOf(sql, '\n', i + 2);
    else if (sql.startsWith('/*', i)) i = endOf(sql, '*/', i + 2);
    else if (char === "'") i = endOfQuoted(sql, "'", i + 1);
    else if (char in closing) {
      const end = endOfQuoted(sql, closing[char], i + 1);
      tokens.push({ kind: 'word', text: sql.slice(i + 1, end - 1).replaceAll(closing[char] + closing[char], closing[char]).toLowerCase() });
      i = end;
    } else if (/[\p{L}_]/u.test(char)) {
      const match = /^[\p{L}\p{N}_$]+/u.exec(sql.slice(i))!;
      tokens.push({ kind: 'word', text: match[0].toLowerCase() });
      i += match[0].length;
    } else {
      tokens.push({ kind: 'punct', text: char });
      i++;
    }
  }
  return tokens;
}

function endOf(sql: string, marker: string, from: number): number {
  const at = sql.indexOf(marker, from);
  return at === -1 ? sql.length : at + marker.length;
}

/** Index just past the closing quote; a doubled quote is part of the text. */
function endOfQuoted(sql: string, quote: string, from: number): number {
  let i = from;
  while (i < sql.length) {
    if (sql[i] === quote) {
      if (sql[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return sql.length;
}
