import { Box, Text } from 'ink';
import type { CatalogTable } from '../../src/connectors/connector.js';
import { cutText, padEnd, padStart } from '../cut-text.js';
import { formatCount } from '../format-count.js';

export interface TableListProps {
  namespace: string;
  tables: CatalogTable[];
  width: number;
}

export function TableList({ namespace, tables, width }: TableListProps) {
  const nameWidth = Math.min(32, Math.max(...tables.map((t) => t.name.length), 5));
  const rowsWidth = Math.max(...tables.map((t) => formatCount(t.row_count, 'row').length), 4);
  return (
    <Box flexDirection="column">
      <Text bold>
        {formatCount(tables.length, 'table')} in {namespace}
      </Text>
      {tables.map((table) => (
        <Text key={table.name} wrap="truncate-end">
          {'  '}
          <Text color="cyan">{padEnd(cutText(table.name, nameWidth), nameWidth)}</Text> {padStart(formatCount(table.row_count, 'row'), rowsWidth)}
          <Text dimColor>
            {'  '}
            {cutText(`${formatCount(table.columns.length, 'column')}${table.comment ? ` · ${table.comment}` : ''}`, Math.max(10, width - nameWidth - rowsWidth - 6))}
          </Text>
        </Text>
      ))}
    </Box>
  );
}
