/** Results are compared whole, so the bench lets a query return this many rows (Spider's largest answer has ~20,000). */
export const BENCH_MAX_ROWS = 100_000;
