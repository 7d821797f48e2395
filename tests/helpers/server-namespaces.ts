import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import mysql, { type Connection } from 'mysql2/promise';
import pg from 'pg';
import { MYSQL_ADMIN_URL, POSTGRES_ADMIN_URL, connectPostgresAdmin, missingServerMessage, scratchName, withDatabase } from './real-servers.js';
import { tempDir } from './run-cli.js';

/** The same tables on PostgreSQL, MariaDB and SQLite, as the namespaces `<name>_pg`, `<name>_my` and `<name>_lite` of one sluice.yml. */
export interface ServerNamespaces {
  /** Holds sluice.yml (and the SQLite file): run the CLI here. */
  cwd: string;
  /** The three namespace names, PostgreSQL first. */
  names: [postgres: string, mysql: string, sqlite: string];
  /** Drops the scratch databases. */
  drop(): Promise<void>;
}

/**
 * Runs `statements` (portable SQL: unquoted names, standard types) in a scratch database on each real server and in
 * a SQLite file; a missing server fails with how to start it.
 */
export async function serverNamespaces(name: string, statements: readonly string[]): Promise<ServerNamespaces> {
  const pgDatabase = scratchName(name);
  const myDatabase = scratchName(name);
  const admin = await connectPostgresAdmin();
  let myAdmin: Connection | undefined;
  const drop = async (): Promise<void> => {
    await admin.query(`DROP DATABASE IF EXISTS ${pgDatabase} WITH (FORCE)`).catch(() => undefined);
    await admin.end().catch(() => undefined);
    if (myAdmin) {
      await myAdmin.query(`DROP DATABASE IF EXISTS \`${myDatabase}\``).catch(() => undefined);
      await myAdmin.end().catch(() => undefined);
    }
  };
  try {
    await admin.query(`CREATE DATABASE ${pgDatabase}`);
    const scratch = new pg.Client({ connectionString: withDatabase(POSTGRES_ADMIN_URL, pgDatabase) });
    await scratch.connect();
    try {
      for (const statement of statements) await scratch.query(statement);
    } finally {
      await scratch.end();
    }
    try {
      myAdmin = await mysql.createConnection({ uri: MYSQL_ADMIN_URL });
    } catch (error) {
      throw new Error(missingServerMessage('MariaDB', MYSQL_ADMIN_URL, error));
    }
    await myAdmin.query(`CREATE DATABASE \`${myDatabase}\``);
    await myAdmin.query(`USE \`${myDatabase}\``);
    for (const statement of statements) await myAdmin.query(statement);
    const cwd = tempDir(`sluice-${name}-servers-`);
    const sqlite = new Database(path.join(cwd, `${name}.db`));
    for (const statement of statements) sqlite.exec(statement);
    sqlite.close();
    const names: ServerNamespaces['names'] = [`${name}_pg`, `${name}_my`, `${name}_lite`];
    fs.writeFileSync(
      path.join(cwd, 'sluice.yml'),
      `namespaces:\n  ${names[2]}: {type: sqlite, path: ./${name}.db}\n  ${names[0]}:\n    type: postgres\n    url: ${withDatabase(POSTGRES_ADMIN_URL, pgDatabase)}\n  ${names[1]}:\n    type: mysql\n    url: ${withDatabase(MYSQL_ADMIN_URL, myDatabase)}\n`,
    );
    return { cwd, names, drop };
  } catch (error) {
    await drop();
    throw error;
  }
}
