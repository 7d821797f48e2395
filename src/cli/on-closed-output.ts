/** Exit code for a command whose reader went away (128 + SIGPIPE), as `yes | head` gives. */
export const CLOSED_OUTPUT_EXIT_CODE = 141;

const streams = (): NodeJS.WriteStream[] => [process.stdout, process.stderr];

function isClosedPipe(error: NodeJS.ErrnoException): boolean {
  return error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED' || error.code === 'ERR_STREAM_WRITE_AFTER_END';
}

/**
 * Calls `onClosed` once when stdout or stderr is closed by its reader (`sluice run ... | head -1`), and keeps
 * further writes to the closed stream from crashing the process. Returns a function that stops watching.
 */
export function onClosedOutput(onClosed: () => void): () => void {
  let called = false;
  const listener = (error: NodeJS.ErrnoException) => {
    if (!isClosedPipe(error)) throw error;
    if (!called) {
      called = true;
      onClosed();
    }
  };
  for (const stream of streams()) stream.on('error', listener);
  return () => {
    for (const stream of streams()) stream.off('error', listener);
  };
}

/** For the whole process: a closed pipe ends the command quietly instead of with an unhandled 'error' event. */
export function quietOnClosedOutput(): void {
  onClosedOutput(() => {
    process.exitCode = CLOSED_OUTPUT_EXIT_CODE;
  });
}
