/** What a result cut at the row cap is told with where its format cannot say it (CSV), and how to raise the cap. */
export function truncatedNote(rowCount: number): string {
  return `only the first ${rowCount} rows are shown: the result was cut at max_rows (raise defaults.max_rows in sluice.yml for more)`;
}
