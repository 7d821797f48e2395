import { useStdoutReading } from './use-stdout-reading.js';

/** Usable columns of the terminal Ink draws on, following resizes; one column is kept free against auto-wrap. */
export function useTerminalWidth(fallback = 80): number {
  return useStdoutReading((stdout) => Math.max(20, (stdout.columns || fallback) - 1));
}
