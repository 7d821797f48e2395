import type { ColumnSchema, MatchedValue, TableSchema } from '../src/context/context-schema.js';
import { abortable } from '../src/catalog/abortable.js';
import { collectQuestionValues } from '../src/catalog/collect-question-values.js';
import { fetchSampleRows } from '../src/catalog/fetch-sample-rows.js';
import { LinkOptionsSchema, type LinkOptions } from '../src/catalog/link-options.js';
import { linkParsedSchema } from '../src/catalog/link-schema.js';
import { loadCatalog, type Catalog } from '../src/catalog/load-catalog.js';
import { mergeByKey } from '../src/catalog/merge-by-key.js';
import { parseNodeParameters } from '../src/catalog/parse-node-parameters.js';
import { probeQuotedValues, quotedLiterals } from '../src/catalog/probe-quoted-values.js';
import { manyValuedColumns, namedSpans, piecesOfNames, probeNamedValues, type NamedValueCache } from '../src/catalog/probe-named-values.js';
import { renderTableDdl } from '../src/catalog/render-table-ddl.js';
import { unlinkedNameColumns } from '../src/catalog/unlinked-name-columns.js';
import { defineNode } from '../src/engine/node-definition.js';
import { metricTables } from '../src/metrics/metric-tables.js';
import { loadMetrics } from '../src/metrics/load-metrics.js';
import { rankMetrics } from '../src/metrics/rank-metrics.js';
import { insertSteps, stepNodeNames } from '../src/engine/plan-steps.js';
import type { Context } from '../src/context/context-schema.js';
import { findSimilarExamples } from '../src/examples/find-similar-examples.js';

/**
 * Ranks tables and columns for the task, matches values, adds join partners and writes table_schemas and
 * matched_values. A re-link (relink_count > 0) widens the selection and updates the tables already linked.
 */
export const schemaLinkingNode = defineNode({
  name: 'schema_linking',
  description: 'Finds the tables, columns and stored values the question needs, with DDL and sample rows',
  defaults: { timeout_ms: 120_000 },
  parameters: LinkOptionsSchema,
  async run(context, call) {
    const namespace = context.task.namespace;
    call.progress('loading catalog', { namespace });
    const catalog = await abortable(loadCatalog(call.runtime, namespace), call.signal);
    call.progress(`catalog of ${catalog.tables.length} tables ready`, {
      tables: catalog.tables.length,
      value_columns: catalog.values.length,
      index_ms: Math.round(catalog.index_ms),
    });
    if (catalog.tables.length === 0) {
      const unanswerable = `namespace ${namespace} has no tables this connection can read, so no question can be answered from it; check its path, url or schemas in the config (sluice check --namespace ${namespace} shows what it sees)`;
      return { context: { ...context, unanswerable }, summary: `no tables in ${namespace}` };
    }

    // Only a plan that will search metrics needs the metrics file read here (the fixed plan never does).
    const mayAddMetricSearch = defaultReflectionPlan(context) && !plans(context, 'search_metrics');
    const metricsFile =
      mayAddMetricSearch || pending(context, 'search_metrics')
        ? await abortable(
            call.runtime.memo(`metrics:${namespace}`, () => loadMetrics(call.runtime.namespace(namespace).metrics)),
            call.signal,
          )
        : { file: undefined, metrics: [] };
    const addsMetricSearch = metricsFile.file !== undefined && mayAddMetricSearch;
    // Metrics search_metrics is about to find need their tables linked now, or generate_sql cannot build on them.
    const comingMetrics = metricsFile.file && (addsMetricSearch || pending(context, 'search_metrics')) ? rankMetrics(metricsFile.metrics, context.task.text) : [];
    const required_tables = [...context.metrics, ...comingMetrics].flatMap((metric) =>
      metricTables(metric).map((name) => ({ name, reason: `metric ${metric.name}` })),
    );
    const options: LinkOptions = { ...linkOptions(call.options.parameters), relink: context.relink_count, required_tables };
    await abortable(collectQuestionValues(call.runtime, catalog, context.task.text), call.signal);
    let link = linkParsedSchema(catalog.index, context.task.text, options);
    // Only a quoted value needs the database here: a warm start links without waiting for it to open.
    const quoted = quotedLiterals(context.task.text).length === 0 ? [] : await probeQuotedValues(await call.runtime.connector(namespace), link.tables, context.task.text, link.matched_values, call.signal);
    // A name or code the question writes that the catalog could not keep ("Harbour View Surgery" among thousands of
    // practices) is looked up in the linked tables' many-valued text columns; none such, no look-up, no database.
    const spans = namedSpans(context.task.text, [...link.matched_values, ...quoted]);
    // Each look-up binds the spans to one query per column, answered from the namespace's cache where it can be.
    const lookUp = async (columns: ReturnType<typeof manyValuedColumns>, wanted: string[], known: MatchedValue[]): Promise<MatchedValue[]> =>
      columns.length === 0
        ? []
        : probeNamedValues(await call.runtime.connector(namespace), columns, wanted, known, await call.runtime.memo(`named-values:${namespace}`, async (): Promise<NamedValueCache> => new Map()), call.signal);
    const named = await lookUp(spans.length === 0 ? [] : manyValuedColumns(link.tables, catalog.probed, catalog.values), spans, [...link.matched_values, ...quoted]);
    // A name the linked tables do not hold may be stored in a table no word named ("Rees Taxis Ltd", a customer): that
    // table is linked for it, as a value match links one.
    const unnamed = spans.filter((span) => !named.some((match) => match.matched_text === span));
    const far = await lookUp(unnamed.length === 0 ? [] : unlinkedNameColumns(catalog.index, link.tables, catalog.probed, catalog.values), unnamed, [...link.matched_values, ...quoted, ...named]);
    if (far.length > 0) {
      const stored = [...new Set(far.map((match) => match.table))].map((name) => ({ name, reason: 'stored name' }));
      link = linkParsedSchema(catalog.index, context.task.text, { ...options, required_tables: [...options.required_tables, ...stored] });
      named.push(...far);
    }
    const pieces = piecesOfNames(link.matched_values, named);
    if (pieces.size > 0) link.matched_values = link.matched_values.filter((match) => !pieces.has(match));
    quoted.push(...named);
    for (const match of quoted) {
      const linked = link.tables.find((candidate) => candidate.table.name === match.table);
      if (linked === undefined) continue;
      if (!linked.columns.some((column) => column.name === match.column)) {
        const column = linked.table.columns.find((candidate) => candidate.name === match.column)!;
        linked.columns.push({ ...column, score: 1 });
      }
    }
    link.matched_values.push(...quoted.filter((match) => link.tables.some((linked) => linked.table.name === match.table)));
    const similar = findSimilarExamples(call.runtime, namespace, { text: context.task.text, matched_values: link.matched_values }, catalog.index.values, options.top_examples);
    for (const warning of similar.warnings) call.progress(`warning: ${warning}`);
    call.progress(`ranked ${link.tables.length} tables`, { tables: link.tables.map((linked) => linked.table.name) });
    call.trace({
      tables: link.tables.map((linked) => ({ name: linked.table.name, score: linked.score, reason: linked.reason })),
      matched_values: link.matched_values,
      examples: similar.examples.map((example) => ({ id: example.id, score: example.score, masked: example.masked })),
    });

    const table_schemas: TableSchema[] = [];
    for (const linked of link.tables) {
      const columnNames = linked.columns.map((column) => column.name);
      const sample_rows = await fetchSampleRows(call.runtime, catalog, linked.table.name, columnNames, call.signal);
      const shape = {
        name: linked.table.name,
        ...(linked.table.comment ? { comment: linked.table.comment } : {}),
        columns: linked.columns,
      };
      table_schemas.push({
        ...shape,
        row_count: linked.table.row_count,
        ddl: linkedTableDdl(catalog, shape, sample_rows),
        sample_rows,
        score: linked.score,
        reason: linked.reason,
      });
    }

    const values = link.matched_values.map((match) => `${match.table}.${match.column} = ${match.value}`);
    const widened = context.relink_count > 0 ? ' (widened)' : '';
    let summary = `${table_schemas.length} table${table_schemas.length === 1 ? '' : 's'} linked${widened}`;
    if (values.length > 0) summary += `, ${values.length} value${values.length === 1 ? '' : 's'} matched (${values.join(', ')})`;
    if (similar.examples.length > 0) summary += `, ${similar.examples.length} confirmed example${similar.examples.length === 1 ? '' : 's'} found`;
    if (similar.warnings.length > 0) summary += `; warning: ${similar.warnings[0]}${similar.warnings.length > 1 ? ` (+${similar.warnings.length - 1} more)` : ''}`;
    if (addsMetricSearch) summary += '; search_metrics added, the namespace has metrics';
    const linked: Context = addsMetricSearch ? insertSteps(context, ['search_metrics']) : context;
    return {
      context: {
        ...linked,
        table_schemas: mergeByKey(context.table_schemas, table_schemas, (table) => table.name),
        matched_values: mergeByKey(context.matched_values, link.matched_values, (match) => `${match.table}.${match.column}=${match.value}`),
        examples: similar.examples,
      },
      summary,
    };
  },
});

/**
 * The node's workflow.yml parameters, parsed once per distinct set (parseNodeParameters keeps them), not twice per
 * question. `relink` and `required_tables` come from the context, which the caller sets over these; they are parsed
 * here as the empty values, so a workflow.yml value for either is overridden, never refused, as before.
 */
function linkOptions(parameters: Record<string, unknown> | undefined): LinkOptions {
  return parseNodeParameters('schema_linking', LinkOptionsSchema, { ...parameters, relink: 0, required_tables: [] });
}

/**
 * A linked table's DDL, rendered once per catalog, table, column list and sample: a batch's questions link the same
 * columns of the same tables again and again, and the text reads nothing else (each column's name, type, keys and
 * comment are the catalog's, whichever way the column was linked). The sample rows are compared value by value.
 */
function linkedTableDdl(catalog: Catalog, shape: { name: string; comment?: string; columns: readonly ColumnSchema[] }, sampleRows: unknown[][]): string {
  let byTable = renderedDdl.get(catalog);
  if (!byTable) renderedDdl.set(catalog, (byTable = new Map()));
  let key = `${shape.name}\u0000${shape.comment ?? ''}`;
  for (const column of shape.columns) key += `\u0000${column.name}`;
  const kept = byTable.get(key);
  if (kept && sameRows(kept.rows, sampleRows)) return kept.ddl;
  const ddl = renderTableDdl(shape, sampleRows);
  if (byTable.size >= MAX_RENDERED_DDL) byTable.clear();
  byTable.set(key, { rows: sampleRows, ddl });
  return ddl;
}

const renderedDdl = new WeakMap<Catalog, Map<string, { rows: unknown[][]; ddl: string }>>();
const MAX_RENDERED_DDL = 2_000;

function sameRows(a: readonly (readonly unknown[])[], b: readonly (readonly unknown[])[]): boolean {
  if (a.length !== b.length) return false;
  for (let row = 0; row < a.length; row++) {
    const [x, y] = [a[row]!, b[row]!];
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!Object.is(x[i], y[i])) return false;
  }
  return true;
}

function pending(context: Context, node: string): boolean {
  return context.plan.pending.some((step) => stepNodeNames(step).includes(node));
}

function plans(context: Context, node: string): boolean {
  return pending(context, node) || context.plan.done.some((step) => stepNodeNames(step).includes(node));
}

/**
 * The default reflection plan gains search_metrics when the namespace defines metrics; fixed plans and plans of
 * their own (data_exploration, a workflow.yml plan) run as written.
 */
function defaultReflectionPlan(context: Context): boolean {
  return context.task.plan === 'reflection' && pending(context, 'reflect');
}
