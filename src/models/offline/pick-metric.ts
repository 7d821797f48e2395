import { normalizeValueText } from '../../catalog/normalize-value-text.js';
import { splitIdentifier } from '../../catalog/split-identifier.js';
import { stemWord } from '../../catalog/stem-word.js';
import type { Metric } from '../../context/context-schema.js';
import type { QuestionAnalysis } from './analyze-question.js';

const GENERIC = new Set(['total', 'count', 'number', 'avg', 'average', 'sum', 'rate', 'per', 'of', 'by']);

/**
 * The metric the question asks for: all words of its name, or one of its synonyms, appear in the question.
 * A metric that knows nothing of returns is not used for a question that wants them excluded.
 */
export function pickMetric(metrics: readonly Metric[], analysis: QuestionAnalysis): Metric | undefined {
  const stems = new Set(analysis.words.map((w) => w.stem));
  const question = ` ${normalizeValueText(analysis.text)} `;
  let best: { metric: Metric; score: number } | undefined;
  for (const metric of metrics) {
    const netMetric = /(^|_)net(_|$)/i.test(metric.name);
    const nameWords = splitIdentifier(metric.name)
      .map(stemWord)
      .filter((w) => !GENERIC.has(w) && !(netMetric && analysis.netOfReturns && w === 'net'));
    const hits = nameWords.filter((w) => stems.has(w)).length;
    const synonyms = metric.synonyms.filter((s) => question.includes(` ${normalizeValueText(s)} `));
    const byName = nameWords.length > 0 && hits === nameWords.length && (nameWords.length > 1 || asksForMeasure(analysis));
    const byPhrase = synonyms.some((s) => normalizeValueText(s).includes(' ')) || (synonyms.length > 0 && asksForMeasure(analysis));
    if (!byName && !byPhrase) continue;
    if (analysis.netOfReturns && !/(return|refund|\bnet\b|(^|_)net_)/i.test([metric.name, ...metric.synonyms].join(' '))) continue;
    const score = (byName ? 2 : 1) + hits * 0.1 + metric.score * 0.01;
    if (!best || score > best.score) best = { metric, score };
  }
  return best?.metric;
}

/** A one-word name or synonym ("customers") names a metric only when the question asks for a number, not a listing. */
function asksForMeasure(analysis: QuestionAnalysis): boolean {
  return analysis.aggregate !== undefined || analysis.grain !== undefined || analysis.ranking !== undefined || analysis.byPhrases.length > 0 || analysis.revenueAt.length > 0;
}
