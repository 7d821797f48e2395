import { abortable } from '../src/catalog/abortable.js';
import { mergeByKey } from '../src/catalog/merge-by-key.js';
import { parseNodeParameters } from '../src/catalog/parse-node-parameters.js';
import { defineNode } from '../src/engine/node-definition.js';
import { loadMetrics } from '../src/metrics/load-metrics.js';
import { MetricSearchOptionsSchema } from '../src/metrics/metric-search-options.js';
import { rankMetricsWith } from '../src/metrics/rank-metrics.js';

/** Finds the business metrics the task asks for in the namespace's metrics file and writes them into context.metrics. */
export const searchMetricsNode = defineNode({
  name: 'search_metrics',
  description: 'Finds predefined business metrics (expression, table, time column, dimensions) that match the question',
  parameters: MetricSearchOptionsSchema,
  async run(context, call) {
    const namespace = call.runtime.namespace(context.task.namespace);
    const loaded = await abortable(
      call.runtime.memo(`metrics:${namespace.name}`, () => loadMetrics(namespace.metrics)),
      call.signal,
    );
    if (!loaded.file) return { context, summary: 'no metrics file' };
    call.progress(`${loaded.metrics.length} metrics defined`, { file: loaded.file });

    const options = parseNodeParameters('search_metrics', MetricSearchOptionsSchema, call.options.parameters);
    const found = rankMetricsWith(loaded.metrics, context.task.text, options);
    const metrics = mergeByKey(context.metrics, found, (metric) => metric.name);
    const list = found.map((metric) => metric.name).join(', ');
    const summary = `${found.length} metric${found.length === 1 ? '' : 's'} found${list ? ` (${list})` : ''}`;
    return { context: { ...context, metrics }, summary };
  },
});
