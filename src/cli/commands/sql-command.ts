import { SqlError } from '../../connectors/connector.js';
import { openSluice } from '../../open-sluice.js';
import { renderResult } from '../../output/render-result.js';
import { reportFatal } from '../report-fatal.js';
import { ContextSchema } from '../../context/context-schema.js';

export interface SqlCommandOptions {
  namespace?: string;
  config?: string;
  format: 'table' | 'json' | 'csv' | 'markdown';
}

/** Read-only SQL through the workflow's sandbox; refusals and SQL errors are exit 1 with the reason. */
export async function sqlCommand(sql: string, options: SqlCommandOptions): Promise<number> {
  let sluice;
  try {
    sluice = await openSluice({ configPath: options.config });
  } catch (error) {
    return reportFatal(error);
  }
  try {
    const runtime = sluice.runtime;
    const namespace = options.namespace ?? runtime.config.defaults.namespace;
    runtime.namespace(namespace);
    const connector = await runtime.connector(namespace);
    const result = await connector.execute(sql, { timeoutMs: runtime.settings.queryTimeoutMs, maxRows: runtime.settings.maxRows });
    if (options.format === 'json') {
      process.stdout.write(`${JSON.stringify({ columns: result.columns, rows: result.rows, row_count: result.row_count, truncated: result.truncated })}\n`);
      return 0;
    }
    const context = ContextSchema.parse({
      run_id: 'sql',
      task: { text: sql, namespace, plan: 'sql', current_date: '2000-01-01', max_iterations: 0, format: options.format },
      plan: {},
      sql_attempts: [{ sql, source: 'sql', executed: true, ...result }],
    });
    const rendered = renderResult(context, options.format);
    process.stdout.write(options.format === 'table' ? rendered.slice(rendered.indexOf('\n\n') + 2) : rendered);
    return 0;
  } catch (error) {
    if (error instanceof SqlError) {
      process.stderr.write(`sluice: ${error.kind === 'refused' ? '' : `${error.kind} error: `}${error.message}\n`);
      return 1;
    }
    return reportFatal(error);
  } finally {
    await sluice.runtime.close();
  }
}

