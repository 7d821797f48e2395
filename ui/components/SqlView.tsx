import { highlight } from 'cli-highlight';
import { Box, Text } from 'ink';
import { useTerminalWidth } from '../hooks/use-terminal-width.js';
import { colorAllowed } from '../is-interactive.js';
import { wrapIndented } from '../wrap-indented.js';

export interface SqlViewProps {
  sql: string;
  color?: boolean;
  /** Columns to wrap at (default: the terminal's). */
  width?: number;
}

const PADDING = 2;

function highlighted(sql: string): string {
  try {
    return highlight(sql, { language: 'sql', ignoreIllegals: true });
  } catch {
    return sql;
  }
}

/** The final SQL, syntax-highlighted unless colour is off; long lines wrap under their own indentation. */
export function SqlView({ sql, color = colorAllowed(), width }: SqlViewProps) {
  const terminalWidth = useTerminalWidth();
  const wrapped = wrapIndented(sql.trim(), (width ?? terminalWidth) - PADDING);
  return (
    <Box flexDirection="column" marginTop={1} paddingLeft={PADDING}>
      <Text>{color ? highlighted(wrapped) : wrapped}</Text>
    </Box>
  );
}
