/** Resources one DuckDB namespace may use: `memory_limit` and `threads` in sluice.yml, and the size of a result. */
export interface DuckDbLimits {
  /** DuckDB's memory_limit, e.g. "1GB". */
  memoryLimit?: string;
  threads?: number;
  /** A result bigger than this (as JSON, roughly) is cut and marked truncated. */
  maxResultBytes?: number;
}

export const DEFAULT_MEMORY_LIMIT = '1GB';
export const DEFAULT_THREADS = 2;
export const DEFAULT_MAX_RESULT_BYTES = 64 * 1024 * 1024;

/** The DuckDB settings for `limits`, defaults filled in: DuckDB's own default is 80% of the machine's RAM. */
export function duckDbLimitOptions(limits: DuckDbLimits = {}): Record<string, string> {
  return { memory_limit: limits.memoryLimit ?? DEFAULT_MEMORY_LIMIT, threads: String(limits.threads ?? DEFAULT_THREADS) };
}
