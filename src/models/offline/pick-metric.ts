import { normalizeValueText } from '../../catalog/normalize-value-text.js';
import { splitIdentifier } from '../../catalog/split-identifier.js';
import { stemWord } from '../../catalog/stem-word.js';
import type { Metric } from '../../context/context-schema.js';
import { metricTables } from '../../metrics/metric-tables.js';
import type { QuestionAnalysis } from './analyze-question.js';

/** Words any count or total has; a rate or an average is not generic, it is what the metric measures. */
const GENERIC = new Set(['total', 'count', 'number', 'sum', 'per', 'of', 'by']);

/**
 * The metric the question asks for: all words of its name, or one of its synonyms, appear in the question's measure,
 * not in what it ranks or groups by ("top 10 customers by total spend" does not ask for a count of customers).
 * A name or synonym that only says a table the metric reads ("orders", "number of orders") counts that table's rows
 * as the question means them, so it does not name the metric and its default filter.
 * A metric that knows nothing of returns is not used for a question that wants them excluded, nor a count for a
 * question about money.
 */
export function pickMetric(metrics: readonly Metric[], analysis: QuestionAnalysis): Metric | undefined {
  const notMeasure = new Set([...(analysis.ranking?.subject ?? []), ...analysis.byPhrases.flatMap((p) => p.words), ...(analysis.which ?? [])].map((w) => w.index));
  const measureWords = analysis.words.filter((w) => !notMeasure.has(w.index));
  const stems = new Set(measureWords.map((w) => w.stem));
  const question = ` ${normalizeValueText(measureWords.map((w) => w.text).join(' '))} `;
  let best: { metric: Metric; score: number } | undefined;
  for (const metric of metrics) {
    const netMetric = /(^|_)net(_|$)/i.test(metric.name);
    const tableNouns = new Set(metricTables(metric).map((table) => splitIdentifier(table.split('.').at(-1)!).map(stemWord).join(' ')));
    const onlyTable = (words: string[]) => tableNouns.has(words.filter((w) => !GENERIC.has(w)).join(' '));
    const allNameWords = splitIdentifier(metric.name).map(stemWord);
    const nameSaid = allNameWords.length > 1 && question.includes(` ${normalizeValueText(splitIdentifier(metric.name).join(' '))} `);
    const nameWords = onlyTable(allNameWords) && !nameSaid ? [] : allNameWords.filter((w) => !GENERIC.has(w) && !(netMetric && analysis.netOfReturns && w === 'net'));
    const hits = nameWords.filter((w) => stems.has(w)).length;
    const synonyms = metric.synonyms.filter(
      (s) => question.includes(` ${normalizeValueText(s)} `) && !onlyTable(normalizeValueText(s).split(' ').map(stemWord)),
    );
    const namedInFull = nameWords.length > 0 && allNameWords.length > 1 && allNameWords.every((w) => stems.has(w));
    const byName = nameWords.length > 0 && hits === nameWords.length && (nameWords.length > 1 || namedInFull || asksForMeasure(analysis));
    const byPhrase = synonyms.some((s) => normalizeValueText(s).includes(' ')) || (synonyms.length > 0 && asksForMeasure(analysis));
    if (!byName && !byPhrase) continue;
    if (analysis.netOfReturns && !/(return|refund|\bnet\b|(^|_)net_)/i.test([metric.name, ...metric.synonyms].join(' '))) continue;
    if (analysis.revenueAt.length > 0 && countsOnly(metric.expression)) continue;
    const score = (byName ? 2 : 1) + hits * 0.1 + metric.score * 0.01;
    if (!best || score > best.score) best = { metric, score };
  }
  return best?.metric;
}

/** A one-word name or synonym ("customers") names a metric only when the question asks for a number, not a listing. */
function asksForMeasure(analysis: QuestionAnalysis): boolean {
  return analysis.aggregate !== undefined || analysis.grain !== undefined || analysis.ranking !== undefined || analysis.byPhrases.length > 0 || analysis.revenueAt.length > 0;
}

/** An expression that only counts rows or keys ("COUNT(DISTINCT customers.customer_id)"), never a sum of amounts. */
function countsOnly(expression: string): boolean {
  return /\bCOUNT\s*\(/i.test(expression) && !/\b(SUM|AVG)\s*\(/i.test(expression);
}
