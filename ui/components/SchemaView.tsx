import { Box, Text } from 'ink';
import type { CatalogTable } from '../../src/connectors/connector.js';
import { formatCount } from '../format-count.js';
import { ResultTable } from './ResultTable.js';

export interface SchemaViewProps {
  table: CatalogTable;
  width: number;
  hiddenColumnsHint?: string;
}

export function SchemaView({ table, width, hiddenColumnsHint }: SchemaViewProps) {
  const rows = table.columns.map((column) => [
    column.name,
    column.type,
    [column.primary_key ? 'PK' : '', column.nullable ? '' : 'NOT NULL'].filter(Boolean).join(' '),
    column.references ?? '',
    column.comment ?? '',
  ]);
  return (
    <Box flexDirection="column">
      <Text>
        <Text bold color="cyan">
          {table.name}
        </Text>
        <Text dimColor>
          {' '}
          · {formatCount(table.row_count, 'row')}
          {table.comment ? ` · ${table.comment}` : ''}
        </Text>
      </Text>
      <ResultTable
        columns={['column', 'type', 'key', 'references', 'comment']}
        rows={rows}
        rowCount={rows.length}
        truncated={false}
        width={width}
        maxRows={rows.length}
        hiddenColumnsHint={hiddenColumnsHint}
      />
    </Box>
  );
}
