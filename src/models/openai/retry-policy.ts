import { setTimeout as sleep } from 'node:timers/promises';
import { ModelError } from './model-error.js';

export interface RetryPolicy {
  /** Retries after the first try. */
  retries: number;
  /** First backoff delay; each retry doubles it, up to maxDelayMs, with jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A server asking for a longer wait than this is not waited for: the call fails with its message. */
  maxRetryAfterMs: number;
  random: () => number;
}

export const defaultRetryPolicy: Omit<RetryPolicy, 'retries'> = {
  baseDelayMs: 500,
  maxDelayMs: 20_000,
  maxRetryAfterMs: 60_000,
  random: Math.random,
};

export interface RetryNotice {
  /** 1-based number of the retry about to happen. */
  attempt: number;
  delay_ms: number;
  error: ModelError;
}

/** Milliseconds to wait before retry number `attempt`: the server's retry-after when given, else backoff with jitter. */
export function retryDelayMs(error: ModelError, attempt: number, policy: Omit<RetryPolicy, 'retries'>): number {
  const jitter = policy.random();
  if (error.details.retryAfterMs !== undefined) return Math.round(error.details.retryAfterMs + jitter * 100);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (jitter * ceiling) / 2);
}

/** Runs `attempt` until it succeeds, throws a ModelError that is not retryable, or the retries are spent. */
export async function withRetries<T>(
  run: () => Promise<T>,
  policy: RetryPolicy,
  signal: AbortSignal,
  onRetry: (notice: RetryNotice) => void,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof ModelError) || !error.retryable || attempt > policy.retries || signal.aborted) throw error;
      const retryAfter = error.details.retryAfterMs;
      if (retryAfter !== undefined && retryAfter > policy.maxRetryAfterMs) {
        throw new ModelError(error.kind, `${error.message} (the server asks to wait ${Math.ceil(retryAfter / 1000)} s; not waiting that long)`, {
          ...error.details,
          retryAfterMs: undefined,
        });
      }
      const delay = retryDelayMs(error, attempt, policy);
      onRetry({ attempt, delay_ms: delay, error });
      await sleep(delay, undefined, { signal }).catch(() => {
        throw abortError(signal);
      });
    }
  }
}

/** What a cancelled call rejects with: the signal's reason when it is an error, else a standard AbortError. */
export function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new DOMException('The model call was cancelled', 'AbortError');
}
