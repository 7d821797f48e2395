import { Box, Text } from 'ink';
import { fitTable } from '../fit-table.js';
import { formatCount } from '../format-count.js';

export interface ResultTableProps {
  columns: string[];
  rows: unknown[][];
  /** Rows the query returned (rows may hold fewer). */
  rowCount: number;
  /** The database had more rows than the row limit let through. */
  truncated: boolean;
  width: number;
  maxRows?: number;
  /** A file holding every row, named when some rows are not shown. */
  allRowsFile?: string;
}

export function tableNote(rowCount: number, shown: number, truncated: boolean, hiddenColumns: number, allRowsFile?: string): string {
  const parts = [shown < rowCount ? `${shown} of ${formatCount(rowCount, 'row')} shown` : formatCount(rowCount, 'row')];
  if (shown < rowCount && allRowsFile) parts.push(`all in ${allRowsFile}`);
  if (truncated) parts.push(`truncated at the row limit`);
  if (hiddenColumns > 0) parts.push(`${formatCount(hiddenColumns, 'more column')} not shown (widen the terminal or use --format csv)`);
  return parts.join(' · ');
}

/** The result as a table that fits the width: long cells cut with an ellipsis, columns that cannot fit dropped and counted. */
export function ResultTable({ columns, rows, rowCount, truncated, width, maxRows = 20, allRowsFile }: ResultTableProps) {
  if (columns.length === 0) return <Text dimColor>(no columns)</Text>;
  const table = fitTable(columns, rows, { width, maxRows });
  const shown = rows.length - table.hiddenRows;
  return (
    <Box flexDirection="column">
      <Text bold>{table.header}</Text>
      <Text dimColor>{table.rule}</Text>
      {table.lines.map((line, i) => (
        <Text key={i}>{line}</Text>
      ))}
      <Text dimColor>{tableNote(Math.max(rowCount, rows.length), shown, truncated, table.hiddenColumns, allRowsFile)}</Text>
    </Box>
  );
}
