import type { Metric } from '../context/context-schema.js';

/** Tables a metric reads: its own table and every table its joins text names after FROM or JOIN. */
export function metricTables(metric: Metric): string[] {
  const tables = new Set([metric.table]);
  for (const match of (metric.joins ?? '').matchAll(/\b(?:from|join)\s+("?[\w$]+"?(?:\."?[\w$]+"?)*)/gi)) {
    tables.add(match[1].replace(/"/g, ''));
  }
  return [...tables];
}
