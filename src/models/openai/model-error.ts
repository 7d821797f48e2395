import type { Usage } from '../../context/context-schema.js';

export type ModelErrorKind =
  | 'rate_limit'
  | 'server'
  | 'timeout'
  | 'connection'
  | 'quota'
  | 'auth'
  | 'bad_request'
  /** The server answered, but not with a chat completion (wrong shape, not JSON, too large). */
  | 'bad_response'
  | 'invalid_output';

const RETRYABLE: ReadonlySet<ModelErrorKind> = new Set(['rate_limit', 'server', 'timeout', 'connection']);

/** A model call that failed, with a message that says what to fix. */
export class ModelError extends Error {
  readonly retryable: boolean;

  constructor(
    readonly kind: ModelErrorKind,
    message: string,
    readonly details: {
      status?: number;
      /** Milliseconds the server asked us to wait (retry-after). */
      retryAfterMs?: number;
      /** The model's answer, for invalid_output. */
      raw?: string;
      /** Tokens already paid for before the call failed. */
      usage?: Usage;
      cause?: unknown;
    } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'ModelError';
    this.retryable = RETRYABLE.has(kind);
  }

  get usage(): Usage | undefined {
    return this.details.usage;
  }

  /** The same error, carrying the tokens paid for before it happened. */
  withUsage(usage: Usage): ModelError {
    return usage.calls === 0 ? this : new ModelError(this.kind, this.message, { ...this.details, usage });
  }
}
