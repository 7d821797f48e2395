import { Box } from 'ink';
import type { StepRow } from '../run-state.js';
import { NodeRow } from './NodeRow.js';

export interface NodeListProps {
  rows: StepRow[];
  width: number;
  now: number;
  tick: number;
}

export function NodeList({ rows, width, now, tick }: NodeListProps) {
  return (
    <Box flexDirection="column">
      {rows.map((row) => (
        <NodeRow key={row.id} row={row} width={width} now={now} tick={tick} />
      ))}
    </Box>
  );
}
