/**
 * A SELECT in parts. Column references in expressions are written `{table.column}` and are
 * rendered qualified only when the query reads more than one table.
 */
export interface QuerySpec {
  ctes: { name: string; sql: string }[];
  distinct: boolean;
  /** Empty means `*` (or `base.*` when joins are present). */
  select: SelectItem[];
  base: string;
  /** Tables joined to `base` along foreign keys. */
  tables: string[];
  /** Join clauses written out by hand (a metric's joins), placed before the foreign-key joins. */
  leadingJoins: string[];
  /** Tables that `leadingJoins` bring in, so foreign-key joins do not add them twice. */
  leadingJoinTables: string[];
  /** Join clauses to CTEs, placed after the foreign-key joins. */
  trailingJoins: string[];
  where: string[];
  groupBy: string[];
  having: string[];
  orderBy: string[];
  limit?: number;
  /** The question's words, to choose between two foreign keys to the same table (source or destination). */
  roleWords?: string[];
  /** Qualify column references even on one table (when hand-written parts, like a metric, are qualified). */
  qualify?: boolean;
}

export interface SelectItem {
  expr: string;
  alias?: string;
}

export function emptySpec(base: string): QuerySpec {
  return { ctes: [], distinct: false, select: [], base, tables: [], leadingJoins: [], leadingJoinTables: [], trailingJoins: [], where: [], groupBy: [], having: [], orderBy: [] };
}

/** `{table.column}` */
export function ref(table: string, column: string): string {
  return `{${table}.${column}}`;
}
