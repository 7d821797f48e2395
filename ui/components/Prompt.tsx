import { Box, Text } from 'ink';
import type { LineState } from '../line-editor.js';

export interface PromptProps {
  label: string;
  line: LineState;
}

/** The input line with its cursor, and a reminder of the keys. */
export function Prompt({ label, line }: PromptProps) {
  const chars = [...line.value];
  const before = chars.slice(0, line.cursor).join('');
  const under = chars[line.cursor] ?? ' ';
  const after = chars.slice(line.cursor + 1).join('');
  return (
    <Box flexDirection="column">
      <Text>
        <Text color="magenta" bold>
          {label}
        </Text>
        {before}
        <Text inverse>{under}</Text>
        {after}
      </Text>
      <Text dimColor>Enter asks · /help lists commands · ↑↓ history · Ctrl-D leaves</Text>
    </Box>
  );
}
