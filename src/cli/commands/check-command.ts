import { SqlError } from '../../connectors/connector.js';
import { withSluice } from '../with-sluice.js';

export interface CheckCommandOptions {
  namespace?: string;
  config?: string;
  /** Exit 1 when the role could write. */
  strict?: boolean;
}

/**
 * `sluice check`: connects to a namespace, reads its catalog, runs one trivial query and reports whether the
 * role it connects with could write. Writes are refused by the sandbox either way; a read-only role is the second lock.
 */
export function checkCommand(options: CheckCommandOptions): Promise<number> {
  return withSluice({ configPath: options.config, runsWorkflows: false }, async ({ runtime }) => {
    const name = options.namespace ?? runtime.config.defaults.namespace;
    const resolved = runtime.namespace(name);
    const out = (line: string) => process.stdout.write(`${line}\n`);
    out(`namespace ${name}: ${resolved.type} at ${resolved.database}`);
    const connector = await runtime.connector(name);
    out(`connected: ${connector.dialect} dialect`);
    const started = performance.now();
    const tables = await connector.introspect();
    const columns = tables.reduce((sum, table) => sum + table.columns.length, 0);
    out(`catalog: ${count(tables.length, 'table')}, ${count(columns, 'column')} (${Math.round(performance.now() - started)} ms)`);
    if (tables.length === 0) {
      process.stderr.write(`sluice: warning: namespace "${name}" has no tables this connection can read; every question will end unanswerable. Check its path, url or schemas\n`);
    }
    try {
      await connector.execute('SELECT 1 AS ok', { timeoutMs: runtime.settings.queryTimeoutMs, maxRows: 1 });
      out('query: SELECT 1 answered through the sandbox');
    } catch (error) {
      if (!(error instanceof SqlError)) throw error;
      out(`query: SELECT 1 failed: ${error.message}`);
      return 1;
    }
    if (!connector.checkAccess) {
      out('access: this connector cannot tell whether its role can write');
      return 0;
    }
    const access = await connector.checkAccess();
    for (const finding of access.findings) out(`access: ${finding}`);
    if (access.canWrite) {
      process.stderr.write(
        `sluice: warning: the role for namespace "${name}" can write; sluice refuses writes itself, but connect with a read-only role as a second lock (see README, "Connecting your database")\n`,
      );
      return options.strict ? 1 : 0;
    }
    out('access: read-only');
    return 0;
  });
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
