import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { sqliteChildMain } from './sqlite-child-main.js';
import type { SqliteReply, SqliteRequest } from './sqlite-messages.js';

const CHILD_SOURCE = `(${sqliteChildMain.toString()})(require);`;
const DRIVER = createRequire(import.meta.url).resolve('better-sqlite3');

/** Why a child process stopped while a request was waiting: killed on purpose, or crashed. */
export class SqliteProcessExit extends Error {
  constructor(readonly detail: string) {
    super(`the SQLite query process stopped (${detail})`);
    this.name = 'SqliteProcessExit';
  }
}

/**
 * One child process holding the SQLite file open read-only. Queries run there, so a long query never
 * blocks the event loop and `kill()` stops it at once (better-sqlite3 has no interrupt).
 */
export class SqliteProcess {
  private pending: { resolve: (reply: SqliteReply) => void; reject: (error: Error) => void } | undefined;
  private exited: SqliteProcessExit | undefined;

  private constructor(private readonly child: ChildProcess) {
    child.on('message', (reply: SqliteReply) => this.settle((pending) => pending.resolve(reply)));
    child.on('exit', (code, signal) => {
      this.exited = new SqliteProcessExit(signal ? `signal ${signal}` : `exit code ${code}`);
      this.settle((pending) => pending.reject(this.exited!));
    });
    child.on('error', (error) => {
      this.exited = new SqliteProcessExit(error.message);
      this.settle((pending) => pending.reject(this.exited!));
    });
    child.unref();
    this.idle();
  }

  /** Starts a child and opens the file there; resolves once it has read the schema, so a bad file fails here. */
  static async start(path: string, allowedFunctions: readonly string[]): Promise<{ process: SqliteProcess; reply: SqliteReply }> {
    const { NODE_OPTIONS: _ignored, ...env } = process.env;
    const child = spawn(process.execPath, ['-e', CHILD_SOURCE], {
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
      serialization: 'advanced',
      env,
    });
    const sqliteProcess = new SqliteProcess(child);
    const reply = await sqliteProcess.request({ type: 'open', driver: DRIVER, path, allowedFunctions: [...allowedFunctions] });
    return { process: sqliteProcess, reply };
  }

  get alive(): boolean {
    return this.exited === undefined;
  }

  request(request: SqliteRequest): Promise<SqliteReply> {
    if (this.exited) return Promise.reject(this.exited);
    if (this.pending) return Promise.reject(new Error('a SQLite query process runs one request at a time'));
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.child.channel?.ref();
      this.child.send(request);
    });
  }

  /** Stops the process at once, whatever it is doing; a waiting request rejects with SqliteProcessExit. */
  kill(): void {
    if (this.exited) return;
    // Held until the exit event arrives, so whoever waits on it is answered before the process may end.
    this.child.ref();
    this.child.kill('SIGKILL');
  }

  /** Stops the process and waits until it is gone. */
  async close(): Promise<void> {
    if (this.exited) return;
    const gone = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.kill();
    await gone;
  }

  private settle(action: (pending: NonNullable<SqliteProcess['pending']>) => void): void {
    const pending = this.pending;
    this.pending = undefined;
    this.idle();
    if (pending) action(pending);
  }

  /** An idle child does not keep the parent alive; it exits itself when the parent's channel closes. */
  private idle(): void {
    this.child.channel?.unref();
  }
}
