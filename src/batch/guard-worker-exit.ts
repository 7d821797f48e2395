/** Thrown out of process.exit() inside a question worker, so the caller stops where it stands. */
class WorkerExit extends Error {}

/**
 * Makes a question worker end in order when a plugin calls process.exit() or an error escapes: `fail` reports the
 * reason (the main thread turns the worker's questions into error lines), `close` stops the runtime, and only then
 * does the thread exit. A thread torn down while a DuckDB query runs aborts the whole process (the native addon
 * throws into a dead thread), losing every line of the batch.
 */
export function guardWorkerExit(fail: (reason: string) => void, close: () => Promise<void>): void {
  const exit = process.exit.bind(process);
  let stopping = false;
  const stop = (reason: string, code: number) => {
    if (stopping) return;
    stopping = true;
    fail(reason);
    void close()
      .catch(() => undefined)
      .finally(() => exit(code));
  };
  process.exit = ((code?: number | string | null) => {
    const status = Number(code ?? process.exitCode ?? 0) || 0;
    stop(`exited with code ${status}`, status);
    throw new WorkerExit(`process.exit(${status}) called in a batch worker`);
  }) as typeof process.exit;
  const crash = (error: unknown) => {
    if (error instanceof WorkerExit) return;
    stop(`crashed: ${error instanceof Error ? error.message : String(error)}`.split('\n')[0]!, 1);
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
}
