import type { TableSchema } from '../../../context/context-schema.js';
import type { SqlDialect } from '../../../dialects/sql-dialect.js';
import type { JoinEdge } from '../join-graph.js';
import { emptySpec } from '../query-spec.js';
import { renderSql } from '../render-sql.js';
import type { RowFilter } from '../row-filter.js';

/**
 * `SELECT <select> FROM link … WHERE link.fk = subject.key AND <filters>`: the rows related to one subject row
 * (its orders, its pets), for NOT EXISTS, EXISTS or a correlated count. Filters and `through` may name tables beyond the link.
 */
export function relatedRows(link: JoinEdge, filters: readonly RowFilter[], schemas: readonly TableSchema[], dialect: SqlDialect, select = '1', through: readonly string[] = []): string {
  const spec = emptySpec(link.from);
  spec.select = [{ expr: select }];
  spec.tables = [...filters.map((f) => f.table), ...through];
  spec.qualify = true;
  const id = (name: string): string => dialect.identifier(name);
  spec.where = [`${id(link.from)}.${id(link.fromColumn)} = {${link.to}.${link.toColumn}}`, ...filters.map((f) => f.sql)];
  return renderSql(spec, schemas, dialect).sql.replace(/\s*\n\s*/g, ' ');
}
