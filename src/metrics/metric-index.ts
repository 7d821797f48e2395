import MiniSearch from 'minisearch';
import type { Metric } from '../context/context-schema.js';
import { indexTerms } from '../catalog/index-terms.js';
import { splitIdentifier } from '../catalog/split-identifier.js';

export interface MetricDocument {
  id: number;
  metric: Metric;
}

/** What ranking needs of a metrics list that does not depend on the question. */
export interface MetricIndex {
  search: MiniSearch<MetricDocument>;
  /** Per metric, the index terms of its name and of each synonym. */
  nameTerms: string[][][];
  /** Per metric, the initials of its multi-word name and synonyms ("monthly active users" → "mau"). */
  acronyms: string[][];
}

function extractField(document: MetricDocument, field: string): unknown {
  const { metric } = document;
  switch (field) {
    case 'id':
      return document.id;
    case 'name':
      return metric.name;
    case 'synonyms':
      return metric.synonyms.join(' ');
    case 'dimensions':
      return metric.dimensions.join(' ');
    default:
      return metric.description;
  }
}

function build(metrics: readonly Metric[]): MetricIndex {
  const search = new MiniSearch<MetricDocument>({
    fields: ['name', 'synonyms', 'description', 'dimensions'],
    extractField,
    tokenize: (text) => indexTerms(text),
    processTerm: (term) => term,
  });
  search.addAll(metrics.map((metric, id) => ({ id, metric })));
  const names = metrics.map((metric) => [metric.name, ...metric.synonyms]);
  return {
    search,
    nameTerms: names.map((texts) => texts.map((text) => indexTerms(text))),
    acronyms: names.map((texts) =>
      texts
        .map((text) => splitIdentifier(text))
        .filter((words) => words.length >= 2)
        .map((words) => words.map((word) => word[0]).join('')),
    ),
  };
}

// Keyed by the list itself: a namespace's metrics are loaded once per runtime, so a batch builds its index once.
const indexes = new WeakMap<readonly Metric[], MetricIndex>();

/** The search index and name terms of a metrics list, built on first use and kept while the list lives. */
export function metricIndex(metrics: readonly Metric[]): MetricIndex {
  let index = indexes.get(metrics);
  if (!index) {
    index = build(metrics);
    indexes.set(metrics, index);
  }
  return index;
}
