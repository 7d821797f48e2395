/** A GitHub-flavoured markdown table; numbers are right-aligned. */
export function markdownTable(columns: string[], rows: Array<Array<string | number>>): string {
  const align = columns.map((_, i) => (rows.every((row) => typeof row[i] === 'number') ? '---:' : '---'));
  const line = (cells: Array<string | number>) => `| ${cells.map(String).join(' | ')} |`;
  return [line(columns), line(align), ...rows.map(line)].join('\n');
}
