import { Box, Text } from 'ink';
import type { RunEndEvent } from '../../src/engine/engine-events.js';
import type { RunResult } from '../../src/engine/run-handle.js';
import { formatCount } from '../format-count.js';
import { formatDuration } from '../format-duration.js';

export interface OutcomeLineProps {
  end: RunEndEvent;
  result: RunResult;
  /** How to pick the run up again, as the user would type it. */
  resumeCommand: string;
}

/** The run's last word: answered, not answered, stopped by a fault, or cancelled with the command that resumes it. */
export function OutcomeLine({ end, result, resumeCommand }: OutcomeLineProps) {
  const tokens = end.usage.prompt_tokens + end.usage.completion_tokens;
  const facts = [
    formatDuration(end.duration_ms),
    end.iterations ? formatCount(end.iterations, 'reflection round') : undefined,
    tokens ? formatCount(tokens, 'token') : undefined,
    end.usage.cost_usd > 0 ? `$${end.usage.cost_usd.toFixed(4)}` : undefined,
    result.runDir ? `saved in ${result.runDir}` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  if (result.status === 'cancelled') {
    return (
      <Box flexDirection="column" marginTop={1}>
        <Text color="yellow">■ cancelled after {formatDuration(end.duration_ms)}; the run is saved.</Text>
        <Text>
          Resume it with: <Text bold>{resumeCommand}</Text>
        </Text>
      </Box>
    );
  }
  if (result.error) {
    return (
      <Box flexDirection="column" marginTop={1}>
        <Text color="red">✗ stopped by an error: {result.error}</Text>
        <Text>
          The run is saved; after fixing the cause: <Text bold>{resumeCommand}</Text>
        </Text>
      </Box>
    );
  }
  if (result.status === 'success') {
    return (
      <Box marginTop={1}>
        <Text>
          <Text color="green">✓ answered</Text>
          <Text dimColor> · {facts}</Text>
        </Text>
      </Box>
    );
  }
  return (
    <Box flexDirection="column" marginTop={1}>
      <Text color="red">✗ not answered: {result.context.failure ?? 'no answer'}</Text>
      <Text dimColor>{facts}</Text>
    </Box>
  );
}
