import { Box, Text } from 'ink';
import { formatTypedValue } from '../../src/output/format-typed-value.js';
import { fitTable } from '../fit-table.js';
import { formatCount } from '../format-count.js';

export interface ResultTableProps {
  columns: string[];
  rows: unknown[][];
  /** Database types of the columns, so values show at their scale (decimals), precision (floats) or in words (intervals). */
  columnTypes?: string[];
  /** Rows the query returned (rows may hold fewer). */
  rowCount: number;
  /** The database had more rows than the row limit let through. */
  truncated: boolean;
  width: number;
  maxRows?: number;
  /** A file holding every row, named when some rows are not shown. */
  allRowsFile?: string;
  /** How to see the columns that do not fit, as the place the table shows in can: the CLI's flag, a chat command. */
  hiddenColumnsHint?: string;
}

const NAMES_SHOWN = 4;
export const CLI_HIDDEN_COLUMNS_HINT = 'use --format json or a wider terminal';

/** "3 more columns: a, b, c — ..." naming at most a few, so the note stays one line. */
export function hiddenColumnsNote(names: string[], hint = CLI_HIDDEN_COLUMNS_HINT): string {
  const listed = names.slice(0, NAMES_SHOWN).join(', ') + (names.length > NAMES_SHOWN ? ', …' : '');
  return `${formatCount(names.length, 'more column')}: ${listed} — ${hint}`;
}

export function tableNote(rowCount: number, shown: number, truncated: boolean, hiddenColumns: string[], allRowsFile?: string, hint?: string): string {
  const parts = [shown < rowCount ? `${shown} of ${formatCount(rowCount, 'row')} shown` : formatCount(rowCount, 'row')];
  if (shown < rowCount && allRowsFile) parts.push(`all in ${allRowsFile}`);
  if (truncated) parts.push(`truncated at the row limit`);
  const note = parts.join(' · ');
  return hiddenColumns.length > 0 ? `${note}\n${hiddenColumnsNote(hiddenColumns, hint)}` : note;
}

/** The result as a table that fits the width: values whole (long free text cut), columns that cannot fit dropped and named. */
export function ResultTable({ columns, columnTypes, rows, rowCount, truncated, width, maxRows = 20, allRowsFile, hiddenColumnsHint }: ResultTableProps) {
  if (columns.length === 0) return <Text dimColor>(no columns)</Text>;
  const table = fitTable(columns, rows, { width, maxRows, format: (value, i) => formatTypedValue(value, columnTypes?.[i], { grouping: true }) });
  const shown = rows.length - table.hiddenRows;
  return (
    <Box flexDirection="column">
      <Text bold>{table.header}</Text>
      <Text dimColor>{table.rule}</Text>
      {table.lines.map((line, i) => (
        <Text key={i}>{line}</Text>
      ))}
      <Text dimColor>{tableNote(Math.max(rowCount, rows.length), shown, truncated, table.hiddenColumnNames, allRowsFile, hiddenColumnsHint)}</Text>
    </Box>
  );
}
