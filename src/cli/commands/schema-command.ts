import { loadCatalog, type Catalog } from '../../catalog/load-catalog.js';
import { splitIdentifier } from '../../catalog/split-identifier.js';
import { tableNameWords } from '../../models/offline/table-name-words.js';
import type { CatalogColumn } from '../../connectors/connector.js';
import { UsageError } from '../../errors.js';
import { fitTable } from '../../../ui/fit-table.js';
import { formatCount } from '../../../ui/format-count.js';
import { withSluice } from '../with-sluice.js';

export interface SchemaCommandOptions {
  namespace?: string;
  table?: string;
  config?: string;
  format: 'table' | 'json';
}

const SAMPLES = 5;
/** Width when stdout is not a terminal (a pipe, a file). */
const PIPE_WIDTH = 120;

interface SchemaColumn extends CatalogColumn {
  /** The words schema linking reads the name as: a terse schema's shorthand read as English ("mbr_nm" → member, name). */
  words: string[];
  /** Distinct text values schema linking matches question words against (low-cardinality columns only). */
  sample_values: string[];
}

function describe(catalog: Catalog, only?: string) {
  const values = new Map(catalog.values.map((entry) => [`${entry.table}\u0000${entry.column}`, entry.values]));
  const tables = only ? catalog.tables.filter((table) => table.name.toLowerCase() === only.toLowerCase()) : catalog.tables;
  if (only && tables.length === 0) {
    throw new UsageError(`no table "${only}" in namespace ${catalog.namespace}; tables: ${catalog.tables.map((t) => t.name).join(', ')}`);
  }
  return tables.map((table) => ({
    name: table.name,
    words: tableNameWords(table.name),
    comment: table.comment,
    row_count: table.row_count,
    columns: table.columns.map(
      (column): SchemaColumn => ({ ...column, words: splitIdentifier(column.name), sample_values: values.get(`${table.name}\u0000${column.name}`) ?? [] }),
    ),
  }));
}

/** `sluice schema`: the catalog as schema linking sees it, as tables fitted to the terminal or as JSON. */
export function schemaCommand(options: SchemaCommandOptions): Promise<number> {
  return withSluice({ configPath: options.config, runsWorkflows: false }, async ({ runtime }) => {
    const name = options.namespace ?? runtime.config.defaults.namespace;
    runtime.namespace(name);
    const catalog = await loadCatalog(runtime, name);
    const tables = describe(catalog, options.table);
    if (options.format === 'json') {
      process.stdout.write(`${JSON.stringify({ namespace: name, dialect: catalog.dialect, tables })}\n`);
      return 0;
    }
    const width = (process.stdout.isTTY && process.stdout.columns ? process.stdout.columns : PIPE_WIDTH) - 1;
    const blocks = tables.map((table) => {
      const head = [table.name, `~${formatCount(table.row_count, 'row')}`, table.comment].filter(Boolean).join(' · ');
      const rows = table.columns.map((column) => [
        column.name,
        column.type,
        [column.primary_key ? 'PK' : '', column.references ? `→ ${column.references}${column.references_inferred ? ' (inferred)' : ''}` : '', column.nullable ? '' : 'NOT NULL'].filter(Boolean).join(' '),
        column.comment ?? '',
        column.sample_values.slice(0, SAMPLES).join(', ') + (column.sample_values.length > SAMPLES ? ', …' : ''),
      ]);
      const headers = ['column', 'type', 'key', 'comment', 'sample values'];
      const hasSamples = table.columns.some((column) => column.sample_values.length > 0);
      const fitted = hasSamples ? fitTable(headers, rows, { width }) : fitTable(headers.slice(0, -1), rows.map((row) => row.slice(0, -1)), { width });
      const hidden = fitted.hiddenColumns > 0 ? [`(${fitted.hiddenColumnNames.join(', ')} not shown: use --format json or a wider terminal)`] : [];
      return [head, fitted.header, fitted.rule, ...fitted.lines, ...hidden].join('\n');
    });
    process.stdout.write(`namespace ${name} (${catalog.dialect}): ${formatCount(tables.length, 'table')}\n\n${blocks.join('\n\n')}\n`);
    return 0;
  });
}
