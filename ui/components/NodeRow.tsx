import { Box, Text } from 'ink';
import { cutText, padEnd, padStart } from '../cut-text.js';
import { formatDuration } from '../format-duration.js';
import { formatTokens } from '../format-tokens.js';
import type { StepRow, StepStatus } from '../run-state.js';
import { spinnerFrame } from '../spinner-frame.js';

export interface NodeRowProps {
  row: StepRow;
  width: number;
  /** Epoch ms, for the elapsed time of a running step. */
  now: number;
  tick: number;
  /** A branch of a parallel group: 'middle' or 'last' picks the tree mark. */
  branch?: 'middle' | 'last';
}

const ICONS: Record<StepStatus, string> = { waiting: '·', running: '', done: '✓', failed: '✗', skipped: '–' };
const COLORS: Record<StepStatus, string | undefined> = { waiting: 'gray', running: 'cyan', done: 'green', failed: 'red', skipped: 'gray' };

export function rowLabel(row: StepRow, branch?: 'middle' | 'last'): string {
  const lead = branch === 'middle' ? '  ├ ' : branch === 'last' ? '  └ ' : row.inserted ? '↳ ' : '';
  const name = row.node === 'parallel' ? `parallel (${row.children.length})` : row.node;
  return `${lead}${name}${row.iteration > 0 ? ` #${row.iteration}` : ''}`;
}

/** One plan step: state icon, name (with the reflection round that added it), elapsed time, tokens and a one-line detail. */
export function NodeRow({ row, width, now, tick, branch }: NodeRowProps) {
  const narrow = width < 72;
  const nameWidth = narrow ? 18 : 22;
  const timeWidth = 7;
  const tokenWidth = narrow ? 0 : 9;
  const detailWidth = Math.max(0, width - 2 - nameWidth - 1 - timeWidth - 1 - (tokenWidth ? tokenWidth + 1 : 0) - 1);
  const elapsed = row.status === 'running' && row.startedAt !== undefined ? now - row.startedAt : row.durationMs;
  const icon = row.status === 'running' ? spinnerFrame(tick) : ICONS[row.status];
  const quiet = row.status === 'waiting' || row.status === 'skipped';
  const detail =
    row.status === 'skipped' && !row.detail
      ? 'skipped'
      : row.node === 'parallel' && row.status === 'done'
        ? `${row.earlier ? 'earlier run: ' : ''}${row.children.length} branches done`
        : row.detail;
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        <Text color={COLORS[row.status]}>{icon} </Text>
        <Text bold={row.status === 'running'} dimColor={quiet}>
          {padEnd(cutText(rowLabel(row, branch), nameWidth), nameWidth)}{' '}
        </Text>
        <Text dimColor>{padStart(elapsed === undefined ? '' : formatDuration(elapsed), timeWidth)} </Text>
        {tokenWidth > 0 && <Text dimColor>{padStart(formatTokens(row.tokens), tokenWidth)} </Text>}
        <Text color={row.status === 'failed' ? 'red' : undefined} dimColor={quiet || row.earlier}>
          {' '}
          {cutText(detail, detailWidth)}
        </Text>
      </Text>
      {row.children.map((child, i) => (
        <NodeRow key={child.id} row={child} width={width} now={now} tick={tick} branch={i === row.children.length - 1 ? 'last' : 'middle'} />
      ))}
    </Box>
  );
}
