/** A fault the user can fix (bad flag, bad config, unknown name). The CLI prints the message, no stack, and exits 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A fault of the machinery during a run (a node threw, state could not be saved). The CLI exits 1. */
export class RunFault extends Error {
  readonly exitCode = 1;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RunFault';
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * The database file is damaged (its header is fine, a block of its body is not): nothing a query or a fix can mend, so
 * it is a fault the user fixes (restore or copy the file again), exit 2, whether found on open or by a query mid-run.
 * A run it stops stays saved and resumable once the file is whole again; retrying the node cannot help.
 */
export class DamagedDatabaseError extends UsageError {
  readonly retryable = false;
  constructor(message: string) {
    super(message);
    this.name = 'DamagedDatabaseError';
  }
}

/** The exit code a fault that stopped a run asks for: 2 for one the user fixes (UsageError), else 1. */
export function faultExitCode(error: unknown): 1 | 2 {
  return error instanceof UsageError ? 2 : 1;
}
