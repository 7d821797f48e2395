import { z } from 'zod';

export const LoadColumnSchema = z.object({
  name: z.string().min(1),
  /** A DuckDB / standard SQL type name (INTEGER, BIGINT, DECIMAL(10, 2), DOUBLE, VARCHAR, DATE, TIMESTAMP, BOOLEAN, ...), mapped per engine. */
  type: z.string().min(1),
  nullable: z.boolean().default(true),
  comment: z.string().optional(),
});
export type LoadColumn = z.input<typeof LoadColumnSchema>;

export const ForeignKeySchema = z.object({
  columns: z.array(z.string().min(1)).min(1),
  table: z.string().min(1),
  references: z.array(z.string().min(1)).min(1),
});
export type ForeignKey = z.infer<typeof ForeignKeySchema>;

/** A table to create in a writable database: columns, keys and comments. */
export const TableDefinitionSchema = z.object({
  name: z.string().min(1),
  comment: z.string().optional(),
  columns: z.array(LoadColumnSchema).min(1),
  primaryKey: z.array(z.string().min(1)).default([]),
  foreignKeys: z.array(ForeignKeySchema).default([]),
});
export type TableDefinition = z.input<typeof TableDefinitionSchema>;
export type ParsedTableDefinition = z.infer<typeof TableDefinitionSchema>;
