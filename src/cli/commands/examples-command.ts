import { SqlError } from '../../connectors/connector.js';
import { addExample } from '../../examples/add-example.js';
import { listStoredExamples } from '../../examples/list-stored-examples.js';
import { removeExample } from '../../examples/remove-example.js';
import { renderTable } from '../../output/render-table.js';
import { oneLine } from '../one-line.js';
import { withSluice } from '../with-sluice.js';

export interface ExamplesAddOptions {
  namespace?: string;
  question: string;
  sql: string;
  config?: string;
}

export interface ExamplesListOptions {
  namespace?: string;
  format: 'table' | 'json';
  config?: string;
}

export interface ExamplesRemoveOptions {
  namespace?: string;
  config?: string;
}

/** `sluice examples add`: the SQL runs through the namespace's sandbox first; refused or failing SQL is not stored (exit 1). */
export function examplesAddCommand(options: ExamplesAddOptions): Promise<number> {
  return withSluice({ configPath: options.config }, async ({ runtime }) => {
    const namespace = options.namespace ?? runtime.config.defaults.namespace;
    try {
      const { example, added, file } = await addExample(runtime, { namespace, question: options.question, sql: options.sql, source: 'user' });
      process.stdout.write(added ? `example ${example.id} stored in ${file}\n` : `example ${example.id} is already stored in ${file}\n`);
      return 0;
    } catch (error) {
      if (!(error instanceof SqlError)) throw error;
      const reason = error.kind === 'refused' ? error.message : `${error.kind} error: ${error.message}`;
      process.stderr.write(`sluice: not stored: ${oneLine(reason)}\n`);
      return 1;
    }
  });
}

/** `sluice examples list`: a table (id, namespace, source, question, SQL) or JSON; skipped store lines are warnings on stderr. */
export function examplesListCommand(options: ExamplesListOptions): Promise<number> {
  return withSluice({ configPath: options.config }, async ({ runtime }) => {
    if (options.namespace !== undefined) runtime.namespace(options.namespace);
    const { examples, warnings } = listStoredExamples(runtime, options.namespace);
    for (const warning of warnings) process.stderr.write(`sluice: warning: ${oneLine(warning)}\n`);
    if (options.format === 'json') {
      process.stdout.write(`${JSON.stringify(examples)}\n`);
      return 0;
    }
    if (examples.length === 0) {
      process.stdout.write(`no examples${options.namespace ? ` in namespace ${options.namespace}` : ''}; add one with sluice examples add\n`);
      return 0;
    }
    const rows = examples.map((example) => [example.id, example.namespace, example.source, example.question, oneLine(example.sql)]);
    process.stdout.write(renderTable(['id', 'namespace', 'source', 'question', 'sql'], rows, 60));
    return 0;
  });
}

/** `sluice examples remove ID`: the user's store gets a removal line; a team file's example is named with its file. */
export function examplesRemoveCommand(id: string, options: ExamplesRemoveOptions): Promise<number> {
  return withSluice({ configPath: options.config }, async ({ runtime }) => {
    if (options.namespace !== undefined) runtime.namespace(options.namespace);
    const removed = removeExample(runtime, id, options.namespace);
    process.stdout.write(`example ${removed.id} removed from namespace ${removed.namespace}: ${removed.question}\n`);
    return 0;
  });
}
