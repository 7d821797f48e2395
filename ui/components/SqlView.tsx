import { highlight } from 'cli-highlight';
import { Box, Text } from 'ink';
import { colorAllowed } from '../is-interactive.js';

export interface SqlViewProps {
  sql: string;
  color?: boolean;
}

function highlighted(sql: string): string {
  try {
    return highlight(sql, { language: 'sql', ignoreIllegals: true });
  } catch {
    return sql;
  }
}

/** The final SQL, syntax-highlighted unless colour is off. */
export function SqlView({ sql, color = colorAllowed() }: SqlViewProps) {
  return (
    <Box flexDirection="column" marginTop={1} paddingLeft={2}>
      <Text>{color ? highlighted(sql.trim()) : sql.trim()}</Text>
    </Box>
  );
}
