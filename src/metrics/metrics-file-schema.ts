import { z } from 'zod';
import { MetricSchema } from '../context/context-schema.js';

/** A metrics YAML file: `metrics: [{name, description, expression, table, joins?, filter?, time_column?, dimensions, synonyms, grain?}]`. */
export const MetricsFileSchema = z
  .object({
    metrics: z.array(MetricSchema.omit({ score: true })).default([]),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.metrics.forEach((metric, position) => {
      if (seen.has(metric.name)) {
        ctx.addIssue({ code: 'custom', path: ['metrics', position, 'name'], message: `duplicate metric name "${metric.name}"` });
      }
      seen.add(metric.name);
    });
  });
