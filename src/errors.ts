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
