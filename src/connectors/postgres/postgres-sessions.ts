import type pg from 'pg';
import { ConnectionPool } from '../connection-pool.js';
import { SqlError } from '../connector.js';

/** Statements that may run at the same time; the pool keeps one connection more, free to send cancellations. */
export const CONCURRENT_SESSIONS = 4;
const CANCEL_RETRY_MS = 100;

interface Running {
  cancel(): void;
}

/**
 * Lends pool clients one caller at a time. When the caller's signal aborts (or the connector closes), the
 * running statement is cancelled on the server with pg_cancel_backend from the spare connection, repeatedly
 * until the caller's work settles, so a statement that had not reached the server yet is caught as well.
 */
export class PostgresSessions {
  private readonly gate = new ConnectionPool(Array.from({ length: CONCURRENT_SESSIONS }, (_, i) => i));
  private readonly running = new Set<Running>();

  constructor(
    private readonly pool: pg.Pool,
    private readonly connectFailure: (error: unknown) => Error,
  ) {}

  async use<T>(signal: AbortSignal | undefined, work: (client: pg.PoolClient, cancelled: () => boolean) => Promise<T>): Promise<T> {
    const token = await this.gate.acquire(signal, () => new SqlError('query was cancelled before it started', 'timeout'));
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      this.gate.release(token);
      throw this.connectFailure(error);
    }
    const ignoreError = () => undefined;
    client.on('error', ignoreError);
    let settled = false;
    let cancelling: Promise<void> | undefined;
    const running: Running = {
      cancel: () => {
        cancelling ??= this.cancelUntil(client, () => settled);
      },
    };
    const onAbort = () => running.cancel();
    this.running.add(running);
    signal?.addEventListener('abort', onAbort, { once: true });
    let broken = false;
    try {
      return await work(client, () => cancelling !== undefined);
    } finally {
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      this.running.delete(running);
      // A cancellation still on its way must land before the client serves anyone else.
      await cancelling;
      try {
        await client.query('ROLLBACK');
      } catch {
        broken = true;
      }
      client.removeListener('error', ignoreError);
      client.release(broken);
      this.gate.release(token);
    }
  }

  /** Cancels every running statement, waits for the callers to finish, then ends the pool. */
  async close(error: Error): Promise<void> {
    for (const running of this.running) running.cancel();
    await this.gate.close(error);
    await this.pool.end();
  }

  private async cancelUntil(client: pg.PoolClient, settled: () => boolean): Promise<void> {
    const pid = (client as unknown as { processID?: number }).processID;
    if (pid === undefined) return;
    while (!settled()) {
      try {
        await this.pool.query('SELECT pg_cancel_backend($1)', [pid]);
      } catch {
        return;
      }
      if (settled()) return;
      await new Promise((resolve) => setTimeout(resolve, CANCEL_RETRY_MS));
    }
  }
}
