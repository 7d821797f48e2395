import { Text } from 'ink';

export interface NoticeProps {
  kind: 'info' | 'error' | 'success';
  children: string;
}

const MARKS = { info: { mark: '·', color: 'blue' }, error: { mark: '✗', color: 'red' }, success: { mark: '✓', color: 'green' } } as const;

/** One line of session feedback: a setting changed, a command failed. */
export function Notice({ kind, children }: NoticeProps) {
  const { mark, color } = MARKS[kind];
  return (
    <Text>
      <Text color={color}>{mark} </Text>
      <Text color={kind === 'error' ? 'red' : undefined}>{children}</Text>
    </Text>
  );
}
