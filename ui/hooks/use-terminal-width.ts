import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

/** Usable columns of the terminal Ink draws on, following resizes; one column is kept free against auto-wrap. */
export function useTerminalWidth(fallback = 80): number {
  const { stdout } = useStdout();
  const read = () => Math.max(20, (stdout.columns || fallback) - 1);
  const [width, setWidth] = useState(read);
  useEffect(() => {
    const onResize = () => setWidth(read());
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return width;
}
