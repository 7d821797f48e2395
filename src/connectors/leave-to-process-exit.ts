/**
 * Instances left open for the process's end, held so the garbage collector never finalizes (closes) one.
 * Closing a 10,000-table DuckDB instance tears its whole catalog down on the main thread (0.3 s of CPU, more wall
 * under load), and Node's own teardown would do the same through the instance's finalizer; a read-only instance
 * has nothing to flush, so the process ends without either.
 */
const left: unknown[] = [];

/**
 * Keeps `resource` open until the process ends, then ends it with `process.exit()` once the event loop is empty
 * ('beforeExit': every write and pending callback has run), which skips the teardown that would close it.
 */
export function leaveToProcessExit(resource: unknown): void {
  if (left.length === 0) process.once('beforeExit', () => process.exit());
  left.push(resource);
}
