import { Box, Text } from 'ink';
import { chartVerdict } from '../chart-shape.js';
import { chartTitle } from '../chart-text.js';
import { formatTypedValue } from '../../src/output/format-typed-value.js';
import { fitTable } from '../fit-table.js';
import { BarChart } from './BarChart.js';
import { ResultTable, type ResultTableProps } from './ResultTable.js';
import { Sparkline } from './Sparkline.js';

export interface ResultViewProps extends ResultTableProps {
  /** Asked for a chart (--chart): when the result has none, say why under the table. */
  chart?: boolean;
}

const GAP = 4;
const CHART_MIN = 28;
const CHART_MAX = 56;

/** The result table, with a bar chart (breakdown) or a sparkline (series) beside it when there is room, else below. */
export function ResultView({ columns, columnTypes, rows, rowCount, truncated, width, maxRows = 20, allRowsFile, hiddenColumnsHint, chart: asked = false }: ResultViewProps) {
  const { shape, reason } = chartVerdict({ columns, column_types: columnTypes, rows });
  const table = (tableWidth: number) => (
    <ResultTable columns={columns} columnTypes={columnTypes} rows={rows} rowCount={rowCount} truncated={truncated} width={tableWidth} maxRows={maxRows} allRowsFile={allRowsFile} hiddenColumnsHint={hiddenColumnsHint} />
  );
  if (!shape) {
    return (
      <Box marginTop={1} flexDirection="column" width={width}>
        {table(width)}
        {asked && <Text dimColor>{`no chart: ${reason}`}</Text>}
      </Box>
    );
  }

  const title = chartTitle(shape);
  const chart = (room: number) =>
    shape.kind === 'series' ? (
      <Sparkline title={title} labels={shape.labels} values={shape.values} width={room} />
    ) : (
      <BarChart title={title} labels={shape.labels} values={shape.values} width={room} />
    );
  const natural = fitTable(columns, rows, { width, maxRows, format: (value, i) => formatTypedValue(value, columnTypes?.[i], { grouping: true }) }).width;
  const room = width - natural - GAP;
  if (room >= CHART_MIN) {
    const chartWidth = Math.min(CHART_MAX, room);
    return (
      <Box marginTop={1} flexDirection="row" width={width}>
        <Box width={natural} flexShrink={0}>
          {table(natural)}
        </Box>
        <Box marginLeft={GAP} width={chartWidth} flexShrink={0}>
          {chart(chartWidth)}
        </Box>
      </Box>
    );
  }
  return (
    <Box marginTop={1} flexDirection="column" width={width}>
      {table(width)}
      <Box marginTop={1}>{chart(Math.min(CHART_MAX, width))}</Box>
    </Box>
  );
}
