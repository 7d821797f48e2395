/** The engines sluice can write into (DuckDB files are built by DuckDB itself). */
export type WritableDialect = 'postgres' | 'mysql' | 'sqlite';
