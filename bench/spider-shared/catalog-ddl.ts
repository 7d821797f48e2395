import type { DuckDBConnection } from '@duckdb/node-api';
import type { SqlDialect } from '../../src/dialects/sql-dialect.js';

type Engine = 'postgres' | 'mysql' | 'sqlite';

/** Text columns whose longest value fits are VARCHAR on MySQL (keys need a length); longer ones TEXT. */
const MYSQL_KEYABLE_LENGTH = 255;

/** A DuckDB catalog type in the engine's spelling; `longest` is the longest text the column holds. */
function engineType(engine: Engine, duckdbType: string, longest: number): string {
  const decimal = /^DECIMAL\((\d+),\s*(\d+)\)$/i.exec(duckdbType);
  if (decimal) return engine === 'postgres' ? `numeric(${decimal[1]},${decimal[2]})` : `DECIMAL(${decimal[1]},${decimal[2]})`;
  const types: Record<string, Record<Engine, string>> = {
    VARCHAR: { postgres: 'text COLLATE "C"', mysql: longest <= MYSQL_KEYABLE_LENGTH ? `varchar(${MYSQL_KEYABLE_LENGTH})` : 'text', sqlite: 'TEXT' },
    INTEGER: { postgres: 'integer', mysql: 'int', sqlite: 'INTEGER' },
    BIGINT: { postgres: 'bigint', mysql: 'bigint', sqlite: 'INTEGER' },
    SMALLINT: { postgres: 'smallint', mysql: 'smallint', sqlite: 'INTEGER' },
    TINYINT: { postgres: 'smallint', mysql: 'tinyint', sqlite: 'INTEGER' },
    DOUBLE: { postgres: 'double precision', mysql: 'double', sqlite: 'REAL' },
    FLOAT: { postgres: 'real', mysql: 'float', sqlite: 'REAL' },
    DATE: { postgres: 'date', mysql: 'date', sqlite: 'DATE' },
    // MySQL's TIMESTAMP converts with the session's time zone and ends in 2038; DATETIME stores what it is given.
    TIMESTAMP: { postgres: 'timestamp', mysql: 'datetime', sqlite: 'TIMESTAMP' },
    BOOLEAN: { postgres: 'boolean', mysql: 'boolean', sqlite: 'BOOLEAN' },
  };
  const type = types[duckdbType.toUpperCase()]?.[engine];
  if (type === undefined) throw new Error(`no ${engine} type for the DuckDB type ${duckdbType}`);
  return type;
}

interface Constraint {
  table: string;
  type: string;
  columns: string[];
  referencedTable: string | null;
  referencedColumns: string[];
}

/**
 * CREATE TABLE statements for a loaded DuckDB database, read from its catalog rather than from its DDL text: column
 * types, NOT NULL, primary, unique and foreign keys, and the table and column comments, which sluice reads as docs
 * (COMMENT ON on PostgreSQL, COMMENT clauses on MySQL; SQLite has none). Tables in `tables` order (a load order).
 */
export async function catalogDdl(
  connection: DuckDBConnection,
  tables: readonly string[],
  engine: Engine,
  dialect: SqlDialect,
  longestText: (table: string, column: string) => number,
): Promise<string> {
  const scope = `database_name = current_database() AND schema_name = 'main'`;
  const columns = (
    await connection.runAndReadAll(`SELECT table_name, column_name, data_type, is_nullable, comment FROM duckdb_columns() WHERE ${scope} ORDER BY table_name, column_index`)
  ).getRowsJson() as [string, string, string, boolean, string | null][];
  const constraints = (
    await connection.runAndReadAll(
      `SELECT table_name, constraint_type, constraint_column_names, referenced_table, referenced_column_names FROM duckdb_constraints() WHERE ${scope} AND constraint_type IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY') ORDER BY table_name, constraint_index`,
    )
  ).getRowsJson() as unknown as [string, string, string[], string | null, string[]][];
  const tableComments = new Map(
    ((await connection.runAndReadAll(`SELECT table_name, comment FROM duckdb_tables() WHERE ${scope}`)).getRowsJson() as [string, string | null][]),
  );
  const keys: Constraint[] = constraints.map(([table, type, names, referencedTable, referencedColumns]) => ({ table, type, columns: names, referencedTable, referencedColumns }));
  const id = (name: string): string => dialect.identifier(name);
  const list = (names: readonly string[]): string => names.map(id).join(', ');
  const statements: string[] = [];
  for (const table of tables) {
    const lines = columns
      .filter(([owner]) => owner === table)
      .map(([, column, type, nullable, comment]) => {
        const mysqlComment = engine === 'mysql' && comment ? ` COMMENT ${dialect.string(comment)}` : '';
        return `    ${id(column)} ${engineType(engine, type, longestText(table, column))}${nullable ? '' : ' NOT NULL'}${mysqlComment}`;
      });
    for (const key of keys.filter((k) => k.table === table)) {
      if (key.type === 'FOREIGN KEY') lines.push(`    FOREIGN KEY (${list(key.columns)}) REFERENCES ${id(key.referencedTable!)} (${list(key.referencedColumns)})`);
      else lines.push(`    ${key.type} (${list(key.columns)})`);
    }
    const tableComment = tableComments.get(table);
    const mysqlTableComment = engine === 'mysql' && tableComment ? ` COMMENT=${dialect.string(tableComment)}` : '';
    statements.push(`CREATE TABLE ${id(table)} (\n${lines.join(',\n')}\n)${mysqlTableComment};`);
    if (engine === 'postgres') {
      if (tableComment) statements.push(`COMMENT ON TABLE ${id(table)} IS ${dialect.string(tableComment)};`);
      for (const [, column, , , comment] of columns.filter(([owner, , , , comment]) => owner === table && comment)) {
        statements.push(`COMMENT ON COLUMN ${id(table)}.${id(column)} IS ${dialect.string(comment!)};`);
      }
    }
  }
  return statements.join('\n\n');
}
