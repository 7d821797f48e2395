/** Schemas that hold accounts and password hashes (mysql), server internals and other sessions' SQL (performance_schema, sys). */
const REFUSED_SCHEMAS: Record<string, string> = {
  mysql: 'holds accounts, password hashes and server configuration',
  performance_schema: "holds server internals and other sessions' SQL",
  sys: "holds server internals and other sessions' SQL",
};

/** information_schema tables refused by name or family, checked in order; the catalog tables (TABLES, COLUMNS, ...) stay readable. */
const REFUSED_INFORMATION_SCHEMA: [RegExp, string][] = [
  [/^(global|session)_(variables|status)$/, 'holds server settings, which reveal file paths'],
  [/^processlist$/, "shows other sessions' SQL"],
  [/^(files|innodb_.*)$/, "reveals server file paths and other sessions' SQL"],
];

/** Why a table (its schema as written, or the session's database) may not be read, or undefined when it may. */
export function refusedMysqlRelationReason(schema: string | undefined, table: string): string | undefined {
  if (schema === undefined) return undefined;
  const lowerSchema = schema.toLowerCase();
  if (Object.hasOwn(REFUSED_SCHEMAS, lowerSchema)) return REFUSED_SCHEMAS[lowerSchema];
  if (lowerSchema !== 'information_schema') return undefined;
  const lowerTable = table.toLowerCase();
  return REFUSED_INFORMATION_SCHEMA.find(([pattern]) => pattern.test(lowerTable))?.[1];
}
