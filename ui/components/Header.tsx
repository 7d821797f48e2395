import { Box, Text } from 'ink';
import type { Task } from '../../src/context/context-schema.js';

export interface HeaderProps {
  task: Task;
  model?: string;
  runId?: string;
  resumed?: boolean;
  /** Plugin files loaded from sluice.yml. */
  plugins?: string[];
}

/** The question, then where and how it is answered. */
export function Header({ task, model, runId, resumed, plugins }: HeaderProps) {
  const facts = [`namespace ${task.namespace}`, `plan ${task.plan}`, model ? `model ${model}` : undefined, runId ? `run ${runId}` : undefined]
    .filter(Boolean)
    .join(' · ');
  return (
    <Box flexDirection="column" marginBottom={1}>
      <Text>
        <Text color="magenta" bold>
          {resumed ? '↻ resume ' : '◆ '}
        </Text>
        <Text bold>{task.text}</Text>
      </Text>
      <Text dimColor>  {facts}</Text>
      {plugins?.length ? <Text dimColor>  plugins {plugins.join(', ')}</Text> : null}
    </Box>
  );
}
