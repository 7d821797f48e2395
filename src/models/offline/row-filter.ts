/** A WHERE condition on one column, with the question words it came from. */
export interface RowFilter {
  table: string;
  column: string;
  /** With `{table.column}` references. */
  sql: string;
  words: number[];
}
