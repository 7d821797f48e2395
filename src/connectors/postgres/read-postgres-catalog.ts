import type pg from 'pg';
import type { CatalogColumn, CatalogTable } from '../connector.js';

/**
 * A relation's row estimate: pg_class.reltuples after ANALYZE or VACUUM; before that (-1 or 0) the statistics
 * collector's live row count. A partitioned table adds up its leaf partitions.
 */
const ESTIMATE = (relation: string, stats: string) =>
  `CASE WHEN ${relation}.reltuples > 0 THEN ${relation}.reltuples::float8 ELSE coalesce(${stats}.n_live_tup, 0) END`;

/** Tables, partitioned tables, views, materialized views and foreign tables; partitions show through their parent. */
const RELATION_KINDS = `('r', 'p', 'v', 'm', 'f')`;

interface RelationRow {
  oid: number;
  schema: string;
  name: string;
  comment: string | null;
  estimate: number | null;
}

interface ColumnRow {
  oid: number;
  position: number;
  name: string;
  type: string;
  nullable: boolean;
  comment: string | null;
}

interface KeyRow {
  oid: number;
  kind: 'p' | 'f';
  columns: number[];
  target: number | null;
  target_columns: number[] | null;
}

/**
 * The catalog in three bulk queries on pg_catalog, whatever the number of tables. Tables of the first schema on
 * the search path keep their bare name; the others are schema.table, in foreign keys too.
 */
export async function readPostgresCatalog(client: pg.ClientBase, schemas: readonly string[]): Promise<CatalogTable[]> {
  const relations = (
    await client.query<RelationRow>(
      `SELECT c.oid, n.nspname AS schema, c.relname AS name, obj_description(c.oid, 'pg_class') AS comment,
              CASE WHEN c.relkind = 'p'
                THEN (SELECT sum(${ESTIMATE('part', 'part_stats')}) FROM pg_partition_tree(c.oid) AS tree
                      JOIN pg_class part ON part.oid = tree.relid
                      LEFT JOIN pg_stat_user_tables part_stats ON part_stats.relid = part.oid
                      WHERE tree.isleaf)
                ELSE ${ESTIMATE('c', 's')} END AS estimate
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid
       WHERE n.nspname = ANY($1) AND c.relkind IN ${RELATION_KINDS} AND NOT c.relispartition
         AND has_any_column_privilege(c.oid, 'SELECT')`,
      [schemas],
    )
  ).rows;
  const oids = relations.map((relation) => relation.oid);
  const columns = (
    await client.query<ColumnRow>(
      `SELECT a.attrelid AS oid, a.attnum AS position, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
              NOT a.attnotnull AS nullable, col_description(a.attrelid, a.attnum) AS comment
       FROM pg_attribute a
       WHERE a.attrelid = ANY($1::oid[]) AND a.attnum > 0 AND NOT a.attisdropped
       ORDER BY a.attrelid, a.attnum`,
      [oids],
    )
  ).rows;
  const keys = (
    await client.query<KeyRow>(
      `SELECT conrelid AS oid, contype AS kind, conkey AS columns, confrelid AS target, confkey AS target_columns
       FROM pg_constraint WHERE conrelid = ANY($1::oid[]) AND contype IN ('p', 'f') ORDER BY conrelid, conname`,
      [oids],
    )
  ).rows;

  const nameOf = new Map(relations.map((relation) => [relation.oid, tableName(relation, schemas[0])]));
  const columnName = new Map(columns.map((column) => [`${column.oid}:${column.position}`, column.name]));
  const columnsOf = groupBy(columns, (column) => column.oid);
  const keysOf = groupBy(keys, (key) => key.oid);
  const schemaRank = (schema: string) => schemas.indexOf(schema);
  const ordered = [...relations].sort(
    (a, b) => schemaRank(a.schema) - schemaRank(b.schema) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );

  return ordered.map((relation) => {
    const own = keysOf.get(relation.oid) ?? [];
    const primaryKey = new Set(own.filter((key) => key.kind === 'p').flatMap((key) => key.columns));
    const references = new Map<number, string>();
    for (const key of own.filter((k) => k.kind === 'f')) {
      const target = key.target === null ? undefined : nameOf.get(key.target);
      if (target === undefined) continue;
      key.columns.forEach((position, i) => {
        const targetColumn = columnName.get(`${key.target}:${key.target_columns?.[i]}`);
        if (targetColumn !== undefined) references.set(position, `${target}.${targetColumn}`);
      });
    }
    return {
      name: nameOf.get(relation.oid)!,
      ...(relation.comment ? { comment: relation.comment } : {}),
      row_count: Math.round(relation.estimate ?? 0),
      columns: (columnsOf.get(relation.oid) ?? []).map((column): CatalogColumn => {
        const reference = references.get(column.position);
        return {
          name: column.name,
          type: column.type,
          nullable: column.nullable,
          primary_key: primaryKey.has(column.position),
          ...(reference ? { references: reference } : {}),
          ...(column.comment ? { comment: column.comment } : {}),
        };
      }),
    };
  });
}

function tableName(relation: RelationRow, firstSchema: string | undefined): string {
  return relation.schema === firstSchema ? relation.name : `${relation.schema}.${relation.name}`;
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
