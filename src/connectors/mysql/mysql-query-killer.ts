import mysql, { type Connection, type ConnectionOptions } from 'mysql2/promise';

export interface MysqlQueryKiller {
  /** KILL QUERY on another session: the statement stops on the server, the victim's connection stays usable. */
  kill(threadId: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * One connection outside the pool, opened on first use, that only sends KILL QUERY. Kept apart so a kill never
 * waits behind the very queries it is meant to stop when every pooled connection is busy.
 */
export function mysqlQueryKiller(options: ConnectionOptions): MysqlQueryKiller {
  let connection: Promise<Connection> | undefined;
  let closed = false;
  const open = () => {
    connection ??= mysql.createConnection(options).then((opened) => {
      opened.on('error', () => (connection = undefined));
      return opened;
    });
    connection.catch(() => (connection = undefined));
    return connection;
  };
  return {
    async kill(threadId: number) {
      if (closed || !Number.isSafeInteger(threadId)) return;
      try {
        await (await open()).query(`KILL QUERY ${threadId}`);
      } catch {
        connection = undefined;
        await (await open()).query(`KILL QUERY ${threadId}`);
      }
    },
    async close() {
      closed = true;
      const opened = connection;
      connection = undefined;
      await opened?.then((open) => open.end()).catch(() => undefined);
    },
  };
}
