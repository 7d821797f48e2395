import { SqlError } from '../../connectors/connector.js';
import { renderRows } from '../../output/render-result.js';
import { withSluice } from '../with-sluice.js';
import { oneLine } from '../one-line.js';
import { truncatedNote } from '../../output/truncated-note.js';

export interface SqlCommandOptions {
  namespace?: string;
  config?: string;
  format: 'table' | 'json' | 'csv' | 'markdown';
}

/** Read-only SQL through the workflow's sandbox; refusals and SQL errors are exit 1 with the reason. */
export function sqlCommand(sql: string, options: SqlCommandOptions): Promise<number> {
  return withSluice({ configPath: options.config, runsWorkflows: false }, async ({ runtime }) => {
    const namespace = options.namespace ?? runtime.config.defaults.namespace;
    runtime.namespace(namespace);
    const connector = await runtime.connector(namespace);
    try {
      const result = await connector.execute(sql, { timeoutMs: runtime.settings.queryTimeoutMs, maxRows: runtime.settings.maxRows });
      const { columns, rows, row_count, truncated } = result;
      process.stdout.write(options.format === 'json' ? `${JSON.stringify({ columns, rows, row_count, truncated })}\n` : renderRows(result, options.format));
      // CSV has no count line to say so, and is what gets redirected to a file.
      if (truncated && options.format === 'csv') process.stderr.write(`sluice: ${truncatedNote(row_count)}\n`);
      return 0;
    } catch (error) {
      if (!(error instanceof SqlError)) throw error;
      process.stderr.write(`sluice: ${oneLine(`${error.kind === 'refused' ? '' : `${error.kind} error: `}${error.message}`)}\n`);
      return 1;
    }
  });
}
