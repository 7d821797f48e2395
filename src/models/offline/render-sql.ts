import type { TableSchema } from '../../context/context-schema.js';
import { duckdbDialect } from '../../dialects/duckdb-dialect.js';
import type { SqlDialect } from '../../dialects/sql-dialect.js';
import { joinTree } from './join-graph.js';
import type { QuerySpec } from './query-spec.js';
import { bareName } from './bare-name.js';
import { sqlIdentifier } from './sql-identifier.js';

export interface RenderedQuery {
  sql: string;
  /** Every table the query reads, base first. */
  tables: string[];
  /** Tables the foreign-key graph could not reach from the base. */
  unreachable: string[];
}

const ONE_LINE_LIMIT = 100;

/** Renders a spec as readable SQL: one clause per line, or one line when it is short and simple. */
export function renderSql(spec: QuerySpec, schemas: readonly TableSchema[], dialect: SqlDialect = duckdbDialect): RenderedQuery {
  const id = (name: string): string => sqlIdentifier(name, dialect);
  if (spec.base === '') {
    const list = spec.select.map((item) => (item.alias ? `${item.expr} AS ${id(item.alias)}` : item.expr));
    return { sql: `SELECT ${list.join(', ')}`, tables: [], unreachable: [] };
  }
  const already = new Set([bareName(spec.base), ...spec.leadingJoinTables.map(bareName)]);
  const wanted = unique(spec.tables.filter((t) => !already.has(bareName(t))));
  const tree = joinTree(spec.base, wanted, schemas, spec.leadingJoinTables, spec.roleWords);
  const steps = tree.steps;
  const qualified = steps.length > 0 || spec.leadingJoins.length > 0 || spec.trailingJoins.length > 0 || spec.qualify === true;
  const expr = (text: string): string => resolveRefs(text, qualified, dialect);

  const selectList =
    spec.select.length === 0
      ? [qualified ? `${id(spec.base)}.*` : '*']
      : spec.select.map((item) => (item.alias ? `${expr(item.expr)} AS ${id(item.alias)}` : expr(item.expr)));
  const joins = [
    ...spec.leadingJoins.map(expr),
    ...steps.map(
      (step) =>
        `JOIN ${id(step.table)} ON ${resolveRefs(`{${step.on.table}.${step.on.column}} = {${step.table}.${step.on.otherColumn}}`, true, dialect)}`,
    ),
    ...spec.trailingJoins.map(expr),
  ];
  const where = spec.where.map(expr);
  const groupBy = spec.groupBy.map(expr);
  const orderBy = spec.orderBy.map((key) => (neverNull(key, schemas) ? expr(key) : dialect.nullsLast(expr(key))));
  const head = `SELECT ${spec.distinct ? 'DISTINCT ' : ''}`;

  const simple = spec.ctes.length === 0 && joins.length === 0 && groupBy.length === 0 && selectList.length <= 3 && where.length <= 2;
  const oneLine = [
    `${head}${selectList.join(', ')}`,
    `FROM ${id(spec.base)}`,
    where.length > 0 ? `WHERE ${where.join(' AND ')}` : '',
    orderBy.length > 0 ? `ORDER BY ${orderBy.join(', ')}` : '',
    spec.limit !== undefined ? dialect.limit(spec.limit) : '',
  ]
    .filter(Boolean)
    .join(' ');

  let body: string;
  if (simple && oneLine.length <= ONE_LINE_LIMIT) {
    body = oneLine;
  } else {
    const lines: string[] = [];
    if (selectList.length === 1) lines.push(`${head}${selectList[0]}`);
    else lines.push(head.trimEnd(), ...selectList.map((item, i) => `  ${item}${i < selectList.length - 1 ? ',' : ''}`));
    lines.push(`FROM ${id(spec.base)}`, ...joins);
    if (where.length > 0) lines.push(`WHERE ${where[0]}`, ...where.slice(1).map((w) => `  AND ${w}`));
    if (groupBy.length > 0) lines.push(`GROUP BY ${groupBy.join(', ')}`);
    if (spec.having.length > 0) lines.push(`HAVING ${spec.having.map(expr).join(' AND ')}`);
    if (orderBy.length > 0) lines.push(`ORDER BY ${orderBy.join(', ')}`);
    if (spec.limit !== undefined) lines.push(dialect.limit(spec.limit));
    body = lines.join('\n');
  }
  const sql = spec.ctes.length > 0 ? `${withClause(spec.ctes, dialect)}\n${body}` : body;
  return { sql, tables: unique([spec.base, ...spec.leadingJoinTables, ...steps.map((s) => s.table)]), unreachable: tree.missing };
}

/** An ORDER BY key that cannot be NULL, so needs no NULLs-last spelling: a count, a primary or NOT NULL column. */
function neverNull(key: string, schemas: readonly TableSchema[]): boolean {
  if (/^count\s*\(/i.test(key)) return true;
  const column = /^\{([^{}.]+)\.([^{}]+)\}(?:\s+(?:ASC|DESC))?$/i.exec(key.trim());
  if (!column) return false;
  const table = schemas.find((schema) => bareName(schema.name) === bareName(column[1]!));
  const found = table?.columns.find((c) => c.name === column[2]);
  return found !== undefined && (found.primary_key || !found.nullable);
}

export function withClause(ctes: readonly { name: string; sql: string }[], dialect: SqlDialect = duckdbDialect): string {
  return `WITH ${ctes.map((cte) => `${sqlIdentifier(cte.name, dialect)} AS (\n${indent(cte.sql)}\n)`).join(',\n')}`;
}

function indent(sql: string): string {
  return sql
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

/** `{table.column}` → `table.column` or `column`. */
function resolveRefs(text: string, qualified: boolean, dialect: SqlDialect): string {
  return text.replace(/\{([^{}.]+)\.([^{}]+)\}/g, (_, table: string, column: string) =>
    qualified ? `${sqlIdentifier(table, dialect)}.${sqlIdentifier(column, dialect)}` : sqlIdentifier(column, dialect),
  );
}

function unique(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = bareName(value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
