import { Box, Static, Text } from 'ink';
import { batchEta, batchRate, batchTotal } from '../../src/batch/format-batch-progress.js';
import type { BatchFailure, BatchSnapshot } from '../../src/batch/batch-tracker.js';
import { cutText, padEnd } from '../cut-text.js';
import { formatDuration } from '../format-duration.js';
import { progressBarText, sweepBarText } from '../progress-bar-text.js';
import { spinnerFrame } from '../spinner-frame.js';

export interface BatchDashboardProps {
  snapshot: BatchSnapshot;
  width: number;
  now: number;
  tick: number;
}

type Item = { key: string; failure?: BatchFailure; summary?: boolean };

function lineLabel(line: number, id: string | number | null): string {
  return id === null || id === undefined ? `line ${line}` : `line ${line} (${id})`;
}

/** Batch progress on stderr: failures written once above; a progress bar and the questions running now below. */
export function BatchDashboard({ snapshot, width, now, tick }: BatchDashboardProps) {
  const items: Item[] = snapshot.failures.map((failure) => ({ key: `failure:${failure.line}`, failure }));
  if (snapshot.finishedAt) items.push({ key: 'summary', summary: true });
  const elapsed = (snapshot.finishedAt ?? now) - snapshot.startedAt;
  const rate = batchRate(snapshot, now);
  const eta = batchEta(snapshot, now);
  const total = batchTotal(snapshot);
  const counts = `${snapshot.done}/${total ?? `${snapshot.read}+`}`;
  const percent = total ? ` ${Math.floor((snapshot.done / total) * 100)}%` : '';
  const facts = [`${rate.toFixed(1)}/s`, `elapsed ${formatDuration(elapsed)}`, eta !== undefined ? `ETA ${formatDuration(eta * 1_000)}` : undefined]
    .filter(Boolean)
    .join(' · ');
  const barWidth = Math.max(10, Math.min(40, width - counts.length - percent.length - facts.length - 6));
  const labelWidth = 16;
  const nodeWidth = 14;
  const taskWidth = Math.max(10, width - labelWidth - nodeWidth - 5);
  return (
    <>
      <Static items={items}>
        {(item) =>
          item.failure ? (
            <Text key={item.key} wrap="truncate-end">
              <Text color="red">✗ </Text>
              {padEnd(lineLabel(item.failure.line, item.failure.id), labelWidth)} <Text dimColor>{cutText(item.failure.error, Math.max(10, width - labelWidth - 4))}</Text>
            </Text>
          ) : (
            <Text key={item.key}>
              <Text color={snapshot.notAnswered ? 'yellow' : 'green'}>{snapshot.notAnswered ? '■' : '✓'} </Text>
              {snapshot.done} questions: {snapshot.answered} answered, {snapshot.notAnswered} not answered{trustCounts(snapshot)}{snapshot.notStarted ? `, ${snapshot.notStarted} not started` : ''}, in {formatDuration(elapsed)} ({rate.toFixed(1)}/s)
            </Text>
          )
        }
      </Static>
      {!snapshot.finishedAt && (
        <Box flexDirection="column">
          <Text>
            <Text color="cyan">{total === undefined ? sweepBarText(tick, barWidth) : progressBarText(snapshot.done, total, barWidth)}</Text> {counts}
            {percent} <Text dimColor>· {facts}</Text>
          </Text>
          <Text>
            <Text color="green">✓ {snapshot.answered} answered</Text>
            {'  '}
            <Text color={snapshot.notAnswered ? 'red' : undefined} dimColor={!snapshot.notAnswered}>
              ✗ {snapshot.notAnswered} not answered{trustCounts(snapshot)}
            </Text>
            <Text dimColor>
              {'  '}
              {snapshot.concurrency} at a time{snapshot.ordered ? ', in input order' : ''}
            </Text>
          </Text>
          {snapshot.running.map((question) => (
            <Text key={question.seq} wrap="truncate-end">
              <Text color="cyan">{spinnerFrame(tick)} </Text>
              {padEnd(cutText(lineLabel(question.line, question.id), labelWidth), labelWidth)}{' '}
              <Text color="magenta">{padEnd(cutText(question.node ?? 'starting', nodeWidth), nodeWidth)}</Text>{' '}
              <Text dimColor>{cutText(question.task, taskWidth)}</Text>
            </Text>
          ))}
        </Box>
      )}
    </>
  );
}

/** " (2 unsure, 1 unanswerable, 2 cancelled)" when some lines were. */
function trustCounts(snapshot: BatchSnapshot): string {
  const parts = [
    snapshot.unsure ? `${snapshot.unsure} unsure` : '',
    snapshot.unanswerable ? `${snapshot.unanswerable} unanswerable` : '',
    snapshot.cancelled ? `${snapshot.cancelled} cancelled` : '',
  ].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}
