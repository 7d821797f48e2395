import { Box, Text } from 'ink';
import type { HistoryEntry } from '../chat/chat-controller.js';
import { cutText, padEnd } from '../cut-text.js';

export interface HistoryListProps {
  entries: HistoryEntry[];
  saveDir: string;
  width: number;
}

const COLORS: Record<string, string> = { success: 'green', unsure: 'yellow', unanswerable: 'magenta', failed: 'red', running: 'yellow' };
const STATUS_WIDTH = 'unanswerable'.length;

const statusLabel = (status: string) => (status === 'running' ? 'unfinished' : status);

export function HistoryList({ entries, saveDir, width }: HistoryListProps) {
  if (entries.length === 0) return <Text dimColor>No runs in {saveDir} yet.</Text>;
  const idWidth = Math.max(...entries.map((entry) => entry.runId.length));
  return (
    <Box flexDirection="column">
      <Text bold>Recent runs in {saveDir} (newest first)</Text>
      {entries.map((entry) => (
        <Text key={entry.runId} wrap="truncate-end">
          {'  '}
          {padEnd(entry.runId, idWidth)} <Text color={COLORS[entry.status]}>{padEnd(statusLabel(entry.status), STATUS_WIDTH)}</Text>{' '}
          <Text dimColor>{cutText(entry.task, Math.max(10, width - idWidth - STATUS_WIDTH - 5))}</Text>
        </Text>
      ))}
      {entries.some((entry) => entry.status === 'running') && <Text dimColor>Unfinished runs continue with /resume ID.</Text>}
    </Box>
  );
}
