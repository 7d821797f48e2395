import { loadModule, scanSync, type ScanToken } from 'libpg-query';
import { sqlIdentifier } from '../../src/models/offline/sql-identifier.js';
import { duckdbDialect } from '../../src/dialects/duckdb-dialect.js';
import type { SqlDialect } from '../../src/dialects/sql-dialect.js';

export interface DdlCatalog {
  tables: { name: string; columns: { name: string; type: string }[] }[];
}

/** DuckDB spellings that PostgreSQL 15 does not know, each with its PostgreSQL equivalent. */
const FUNCTION_REWRITES: [RegExp, string][] = [
  [/\bcount_star\(\)/gi, 'count(*)'],
  [/\bTRY_CAST\(/gi, 'CAST('],
  [/(\bAS\s+|::\s*)DOUBLE\b/gi, '$1double precision'],
  // arg_max(x, key): the x of the row with the largest key (rows with a null key are ignored).
  [/\barg_max\(([^(),]+),\s*([^(),]+)\)/gi, '(array_agg($1 ORDER BY $2 DESC) FILTER (WHERE $2 IS NOT NULL))[1]'],
  [/\barg_min\(([^(),]+),\s*([^(),]+)\)/gi, '(array_agg($1 ORDER BY $2 ASC) FILTER (WHERE $2 IS NOT NULL))[1]'],
];

const IDENTIFIER_KEYWORDS = new Set(['UNRESERVED_KEYWORD', 'COL_NAME_KEYWORD', 'TYPE_FUNC_NAME_KEYWORD']);

let loaded: Promise<void> | undefined;
/** libpg-query's scanner is WebAssembly: load it once before converting. */
export function loadScanner(): Promise<void> {
  loaded ??= loadModule();
  return loaded;
}

const isIdentifier = (token: ScanToken | undefined): boolean =>
  token !== undefined && (token.tokenName === 'IDENT' || IDENTIFIER_KEYWORDS.has(token.keywordName));
const unquote = (text: string): string => (text.startsWith('"') ? text.slice(1, -1).replaceAll('""', '"') : text);
const lower = (token: ScanToken): string => unquote(token.text).toLowerCase();

const COMPARISONS = new Set(['=', '<>', '!=', '<', '>', '<=', '>=']);
const isNumber = (token: ScanToken | undefined): boolean => token?.tokenName === 'ICONST' || token?.tokenName === 'FCONST';

interface Column {
  name: string;
  type: string;
}

/** The catalog by lower-case names: DuckDB resolves names case-insensitively. */
export class Spellings {
  private readonly tables = new Map<string, { name: string; columns: Map<string, Column> }>();
  constructor(catalog: DdlCatalog) {
    for (const table of catalog.tables) {
      this.tables.set(table.name.toLowerCase(), { name: table.name, columns: new Map(table.columns.map((c) => [c.name.toLowerCase(), c])) });
    }
  }
  table(name: string): string | undefined {
    return this.tables.get(name)?.name;
  }
  /** The column in the given tables; undefined when absent, an error when they spell it two ways. */
  column(name: string, tables: Iterable<string>): Column | undefined {
    const found = new Map<string, Column>();
    for (const table of tables) {
      const column = this.tables.get(table)?.columns.get(name);
      if (column) found.set(column.name, column);
    }
    if (found.size > 1) throw new Error(`column ${name} is spelled ${[...found.keys()].join(' and ')} in the tables the query reads`);
    return [...found.values()][0];
  }
  isColumn(name: string): boolean {
    return [...this.tables.values()].some((table) => table.columns.has(name));
  }
  allTables(): string[] {
    return [...this.tables.keys()];
  }
}

interface TableMentions {
  /** Token positions that name a table (after FROM, JOIN or a comma in a FROM list). */
  positions: Set<number>;
  mentioned: Set<string>;
  /** Alias → the tables it names (an alias reused in a subquery names several). */
  aliases: Map<string, Set<string>>;
}

function tableMentions(tokens: ScanToken[], spellings: Spellings): TableMentions {
  const mentions: TableMentions = { positions: new Set(), mentioned: new Set(), aliases: new Map() };
  tokens.forEach((token, i) => {
    if (!isIdentifier(token) || tokens[i + 1]?.text === '.' || tokens[i + 1]?.text === '(') return;
    const name = lower(token);
    const before = tokens[i - 1]?.text.toUpperCase();
    const listed = before === ',' && !spellings.isColumn(name);
    if (spellings.table(name) === undefined || !(before === 'FROM' || before === 'JOIN' || listed)) return;
    mentions.positions.add(i);
    mentions.mentioned.add(name);
    const next = tokens[i + 1]?.text.toUpperCase() === 'AS' ? tokens[i + 2] : tokens[i + 1];
    if (next && next.tokenName === 'IDENT') mentions.aliases.set(lower(next), new Set([...(mentions.aliases.get(lower(next)) ?? []), name]));
  });
  return mentions;
}

/**
 * Identifiers as PostgreSQL needs them: DuckDB matches names case-insensitively, PostgreSQL folds unquoted names
 * to lower case, so every catalog name is written in its catalog spelling (quoted when that is not lower case;
 * a column's spelling is looked up in the tables its qualifier or the query names) and every other quoted name
 * (an alias) in lower case, as its unquoted uses fold to. DuckDB casts a number compared with a text column to
 * text, PostgreSQL refuses: such numbers are quoted. DESC gets NULLS LAST, DuckDB's default (MySQL already sorts
 * NULLs last when descending and knows no NULLS LAST). Names are written the way `dialect` quotes them.
 */
export function rewriteTokens(sql: string, spellings: Spellings, dialect: SqlDialect = duckdbDialect): string {
  const tokens = scanSync(sql).tokens;
  const { positions, mentioned, aliases } = tableMentions(tokens, spellings);
  const resolve = (token: ScanToken, i: number): { name: string; column?: Column } | undefined => {
    const name = lower(token);
    if (positions.has(i)) return { name: spellings.table(name)! };
    const qualifier = tokens[i - 1]?.text === '.' && isIdentifier(tokens[i - 2]) ? lower(tokens[i - 2]!) : undefined;
    if (qualifier === undefined && tokens[i + 1]?.text === '.') {
      const table = spellings.table(name);
      return table === undefined ? undefined : { name: table };
    }
    const scope = qualifier !== undefined ? [...(aliases.get(qualifier) ?? []), qualifier] : [...mentioned];
    const column = spellings.column(name, scope) ?? spellings.column(name, spellings.allTables());
    if (column) return { name: column.name, column };
    const table = spellings.table(name);
    return table === undefined ? undefined : { name: table };
  };
  const textColumnAt = new Set<number>();
  const replacements = new Map<number, string>();
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if (isIdentifier(token) && next?.text !== '(' && tokens[i - 1]?.tokenName !== 'TYPECAST') {
      const resolved = resolve(token, i);
      if (resolved?.column && /^(VARCHAR|TEXT)/i.test(resolved.column.type)) textColumnAt.add(i);
      if (resolved !== undefined) replacements.set(i, sqlIdentifier(resolved.name, dialect));
      else if (token.text.startsWith('"')) replacements.set(i, sqlIdentifier(unquote(token.text).toLowerCase(), dialect));
      // MySQL matches table aliases case-sensitively ("AS t2 ... T2.id" fails there): every use in lower case.
      else if (dialect.name === 'mysql' && aliases.has(lower(token))) replacements.set(i, lower(token));
    } else if (dialect.name !== 'mysql' && token.text.toUpperCase() === 'DESC' && next?.text.toUpperCase() !== 'NULLS') {
      replacements.set(i, `${token.text} NULLS LAST`);
    }
  });
  tokens.forEach((token, i) => {
    if (!isNumber(token)) return;
    const compared = COMPARISONS.has(tokens[i - 1]?.text ?? '') ? textColumnAt.has(i - 2) : COMPARISONS.has(tokens[i + 1]?.text ?? '') && textColumnAt.has(i + 2);
    if (compared) replacements.set(i, `'${token.text}'`);
  });
  let out = '';
  let at = 0;
  tokens.forEach((token, i) => {
    const replacement = replacements.get(i);
    if (replacement === undefined) return;
    out += sql.slice(at, token.start) + replacement;
    at = token.end;
  });
  return out + sql.slice(at);
}

/** avg() of a date or timestamp column: DuckDB averages the instants, PostgreSQL has no avg for them. */
function averageInstants(sql: string, catalog: DdlCatalog): string {
  const instants = new Set(
    catalog.tables.flatMap((table) => table.columns.filter((column) => /^(DATE|TIMESTAMP)$/i.test(column.type)).map((column) => column.name)),
  );
  return sql.replace(/\bavg\(\s*((?:(?:"[^"]+"|\w+)\.)?("[^"]+"|\w+))\s*\)/gi, (whole, argument: string, column: string) =>
    instants.has(unquote(column)) ? `(timestamp 'epoch' + avg(extract(epoch from ${argument})) * interval '1 second')` : whole,
  );
}

/**
 * SELECT DISTINCT ... ORDER BY a column it does not select: DuckDB orders the distinct rows by the column's first
 * value, PostgreSQL refuses. Grouped instead, ordered by the smallest (DESC: largest) value of the column.
 */
export function distinctOrderedByOther(sql: string): string {
  const shape = /^SELECT DISTINCT (.+?) FROM (.+?) ORDER BY ([\w"]+)(\s+(?:ASC|DESC))? LIMIT (\d+)$/i.exec(sql.trim());
  if (!shape) return sql;
  const [, list, from, key, direction = '', limit] = shape;
  const selected = list!.split(',').map((item) => item.trim().toLowerCase());
  if (selected.includes(key!.toLowerCase())) return sql;
  const aggregate = /desc/i.test(direction) ? 'max' : 'min';
  return `SELECT ${list} FROM ${from} GROUP BY ${list} ORDER BY ${aggregate}(${key})${direction} LIMIT ${limit}`;
}

/** A gold query in DuckDB's dialect, rewritten for PostgreSQL 15 over the same tables. Call loadScanner() first. */
export function postgresGoldSql(duckdbSql: string, catalog: DdlCatalog): string {
  let sql = distinctOrderedByOther(duckdbSql);
  for (const [pattern, replacement] of FUNCTION_REWRITES) sql = sql.replace(pattern, replacement);
  sql = rewriteTokens(sql, new Spellings(catalog));
  return averageInstants(sql, catalog);
}
