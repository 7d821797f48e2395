import type { WritableDialect } from './writable-dialect.js';

/**
 * A DuckDB / standard type name as the engine's column type. MySQL cannot index TEXT, so key columns get
 * VARCHAR(255); SQLite keeps the declared name (DATE, DECIMAL) for its type affinity and for readers.
 */
export function engineColumnType(type: string, dialect: WritableDialect, isKey = false): string {
  const upper = type.trim().toUpperCase();
  const decimal = /^(?:DECIMAL|NUMERIC)\s*\((\d+)\s*,\s*(\d+)\)$/.exec(upper);
  if (decimal) return dialect === 'postgres' ? `NUMERIC(${decimal[1]}, ${decimal[2]})` : `DECIMAL(${decimal[1]}, ${decimal[2]})`;
  const base = upper.replace(/\(.*\)$/, '').trim();
  switch (base) {
    case 'TINYINT':
    case 'SMALLINT':
    case 'INT2':
    case 'UTINYINT':
      return dialect === 'sqlite' ? 'INTEGER' : 'SMALLINT';
    case 'INTEGER':
    case 'INT':
    case 'INT4':
    case 'USMALLINT':
      return dialect === 'mysql' ? 'INT' : 'INTEGER';
    case 'BIGINT':
    case 'INT8':
    case 'UINTEGER':
      return dialect === 'sqlite' ? 'INTEGER' : 'BIGINT';
    case 'HUGEINT':
    case 'UBIGINT':
    case 'UHUGEINT':
      return dialect === 'postgres' ? 'NUMERIC(38, 0)' : dialect === 'mysql' ? 'DECIMAL(38, 0)' : 'INTEGER';
    case 'DECIMAL':
    case 'NUMERIC':
      return dialect === 'postgres' ? 'NUMERIC' : dialect === 'mysql' ? 'DECIMAL(38, 10)' : 'NUMERIC';
    case 'DOUBLE':
    case 'FLOAT8':
    case 'REAL':
    case 'FLOAT':
    case 'FLOAT4':
      return dialect === 'postgres' ? 'DOUBLE PRECISION' : dialect === 'mysql' ? 'DOUBLE' : 'REAL';
    case 'BOOLEAN':
    case 'BOOL':
      return 'BOOLEAN';
    case 'DATE':
      return 'DATE';
    case 'TIME':
      return 'TIME';
    case 'TIMESTAMP':
    case 'DATETIME':
    case 'TIMESTAMP_S':
    case 'TIMESTAMP_MS':
    case 'TIMESTAMP_NS':
      return dialect === 'mysql' ? 'DATETIME(6)' : 'TIMESTAMP';
    case 'TIMESTAMP WITH TIME ZONE':
    case 'TIMESTAMPTZ':
      return dialect === 'postgres' ? 'TIMESTAMPTZ' : dialect === 'mysql' ? 'DATETIME(6)' : 'TIMESTAMP';
    case 'BLOB':
    case 'BYTEA':
      return dialect === 'postgres' ? 'BYTEA' : dialect === 'mysql' ? 'LONGBLOB' : 'BLOB';
    default:
      if (dialect === 'mysql') return isKey ? 'VARCHAR(255)' : 'TEXT';
      return 'TEXT';
  }
}
