import { Box, Text } from 'ink';
import { cutText } from '../cut-text.js';
import type { LineState } from '../line-editor.js';

export interface PromptProps {
  label: string;
  line: LineState;
  width: number;
  /** Replaces the reminder of the keys for a moment. */
  hint?: string;
}

const KEYS = 'Enter asks · /help lists commands · ↑↓ history · Ctrl-C clears · Ctrl-D leaves';

/** The prompt's two lines as plain text, as drawn at the width. */
export function promptLines(label: string, line: LineState, width: number, hint?: string): string[] {
  return [`${label}${line.value} `, cutText(hint ?? KEYS, width)];
}

/** The input line with its cursor, and a reminder of the keys (one line, never wrapped, so a narrower window leaves nothing behind). */
export function Prompt({ label, line, width, hint }: PromptProps) {
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
      <Text dimColor>{cutText(hint ?? KEYS, width)}</Text>
    </Box>
  );
}
