import type { CatalogTable } from '../connectors/connector.js';
import type { Metric } from '../context/context-schema.js';

/** A table that only joins others (every column a key) is no topic of its own. */
const isLinkTable = (table: CatalogTable): boolean => table.columns.every((column) => /(?:^|[_a-z])id$/i.test(column.name));

/**
 * What a namespace can answer, for a user whose question it could not: its main tables (the largest, link tables left
 * out) and its metrics. "demo can answer questions about orders, customers, products, … and the metrics revenue, … (and 3 more)" (a
 * list cut short ended ", …." before).
 */
export function answerableTopics(namespace: string, tables: readonly CatalogTable[], metrics: readonly Metric[], limit = 8): string {
  const main = tables
    .filter((table) => !isLinkTable(table))
    .sort((a, b) => b.row_count - a.row_count || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((table) => table.name);
  const more = tables.filter((table) => !isLinkTable(table)).length - main.length;
  const tablePart = main.length ? `${main.join(', ')}${more > 0 ? ` (and ${more} more tables)` : ''}` : '';
  const metricPart = metrics.length ? `the metrics ${metrics.slice(0, limit).map((metric) => metric.name).join(', ')}${metrics.length > limit ? ` (and ${metrics.length - limit} more)` : ''}` : '';
  const topics = [tablePart, metricPart].filter(Boolean).join(' and ');
  return topics ? `${namespace} can answer questions about ${topics}.` : `${namespace} has no tables to ask about.`;
}
