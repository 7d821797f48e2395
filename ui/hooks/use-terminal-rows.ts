import { useStdoutReading } from './use-stdout-reading.js';

/**
 * Lines a redrawn region may take on the terminal Ink draws on, following resizes: one less than its rows, since
 * Ink clears the whole screen on every frame of a region as tall as the terminal (a blank frame between redraws).
 * Unbounded when the stream does not say (not a terminal).
 */
export function useTerminalRows(): number {
  return useStdoutReading((stdout) => (stdout.rows ? Math.max(1, stdout.rows - 1) : Infinity));
}
