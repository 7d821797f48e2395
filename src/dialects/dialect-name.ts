import { z } from 'zod';

/** The SQL dialects sluice speaks: each namespace type maps to one (files are queried through DuckDB). */
export const DialectNameSchema = z.enum(['duckdb', 'postgres', 'mysql', 'sqlite']);
export type DialectName = z.infer<typeof DialectNameSchema>;
