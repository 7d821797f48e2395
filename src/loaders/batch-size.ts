/** Rows per multi-row INSERT: as many as the parameter limit allows, at most `cap`. */
export function batchSize(columnCount: number, parameterLimit: number, cap = 1_000): number {
  return Math.max(1, Math.min(cap, Math.floor(parameterLimit / Math.max(1, columnCount))));
}
