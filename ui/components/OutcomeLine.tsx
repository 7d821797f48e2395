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

/** The run's last word: answered, unsure (with the checks it failed), unanswerable, not answered, stopped by a fault, or cancelled with the command that resumes it. */
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
  if (result.status === 'unsure') {
    const failed = result.context.checks.filter((check) => !check.passed);
    return (
      <Box flexDirection="column" marginTop={1}>
        <Text>
          <Text color="yellow">? unsure</Text>
          <Text dimColor>
            {' '}
            · confidence {(result.context.confidence ?? 0).toFixed(2)} · {facts}
          </Text>
        </Text>
        {failed.map((check) => (
          <Text key={check.name} color="yellow">
            {'  '}✗ {check.name}: {check.detail}
          </Text>
        ))}
      </Box>
    );
  }
  if (result.status === 'unanswerable') {
    return (
      <Box flexDirection="column" marginTop={1}>
        <Text color="magenta">∅ unanswerable: {result.context.failure ?? 'the data cannot answer this question'}</Text>
        <Text dimColor>{facts}</Text>
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
