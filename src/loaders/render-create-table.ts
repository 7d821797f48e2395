import { engineColumnType } from './engine-column-type.js';
import { quoteName } from './quote-name.js';
import type { ForeignKey, ParsedTableDefinition } from './table-definition.js';
import type { WritableDialect } from './writable-dialect.js';

const literal = (text: string): string => `'${text.replace(/'/g, "''")}'`;
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The statements that create a table with its primary key and comments. Foreign keys are inline only on
 * SQLite (which cannot add them later); elsewhere they are added after the rows, see renderForeignKeys.
 */
export function renderCreateTable(table: ParsedTableDefinition, dialect: WritableDialect): string[] {
  const q = (name: string) => quoteName(name, dialect);
  const keyColumns = new Set([...table.primaryKey, ...table.foreignKeys.flatMap((fk) => fk.columns)]);
  const lines = table.columns.map((column) => {
    const type = engineColumnType(column.type, dialect, keyColumns.has(column.name));
    const comment = dialect === 'mysql' && column.comment ? ` COMMENT ${literal(column.comment)}` : '';
    // SQLite has no COMMENT; a comment line above the column stays in sqlite_schema's copy of the DDL.
    const above = dialect === 'sqlite' && column.comment ? `-- ${oneLine(column.comment)}\n  ` : '';
    return `${above}${q(column.name)} ${type}${column.nullable ? '' : ' NOT NULL'}${comment}`;
  });
  if (table.primaryKey.length > 0) lines.push(`PRIMARY KEY (${table.primaryKey.map(q).join(', ')})`);
  if (dialect === 'sqlite') lines.push(...table.foreignKeys.map((fk) => foreignKeyClause(fk, dialect)));
  const options = dialect === 'mysql' ? ` ENGINE=InnoDB DEFAULT CHARSET=utf8mb4${table.comment ? ` COMMENT=${literal(table.comment)}` : ''}` : '';
  const heading = dialect === 'sqlite' && table.comment ? ` -- ${oneLine(table.comment)}` : '';
  const statements = [`CREATE TABLE ${q(table.name)} (${heading}\n  ${lines.join(',\n  ')}\n)${options}`];
  if (dialect === 'postgres') {
    if (table.comment) statements.push(`COMMENT ON TABLE ${q(table.name)} IS ${literal(table.comment)}`);
    for (const column of table.columns) {
      if (column.comment) statements.push(`COMMENT ON COLUMN ${q(table.name)}.${q(column.name)} IS ${literal(column.comment)}`);
    }
  }
  return statements;
}

/** ALTER TABLE statements adding the table's foreign keys; none on SQLite, where they are inline. */
export function renderForeignKeys(table: ParsedTableDefinition, dialect: WritableDialect): string[] {
  if (dialect === 'sqlite') return [];
  return table.foreignKeys.map((fk, i) => {
    const name = quoteName(`fk_${table.name}_${i + 1}`.slice(0, 60), dialect);
    return `ALTER TABLE ${quoteName(table.name, dialect)} ADD CONSTRAINT ${name} ${foreignKeyClause(fk, dialect)}`;
  });
}

function foreignKeyClause(fk: ForeignKey, dialect: WritableDialect): string {
  const q = (name: string) => quoteName(name, dialect);
  return `FOREIGN KEY (${fk.columns.map(q).join(', ')}) REFERENCES ${q(fk.table)} (${fk.references.map(q).join(', ')})`;
}
