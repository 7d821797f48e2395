import { Box, Text } from 'ink';
import { CHAT_COMMANDS } from '../chat/chat-commands.js';
import { padEnd } from '../cut-text.js';

export function HelpView() {
  const width = Math.max(...CHAT_COMMANDS.map((command) => command.usage.length)) + 2;
  return (
    <Box flexDirection="column">
      <Text bold>Ask a question in plain words, or use a command:</Text>
      {CHAT_COMMANDS.map((command) => (
        <Text key={command.name}>
          {'  '}
          <Text color="cyan">{padEnd(command.usage, width)}</Text>
          <Text dimColor>{command.description}</Text>
        </Text>
      ))}
      <Text dimColor>↑/↓ walk the input history (kept between sessions) · Ctrl-C cancels a running question or clears the line · Ctrl-C twice or Ctrl-D leaves</Text>
    </Box>
  );
}
