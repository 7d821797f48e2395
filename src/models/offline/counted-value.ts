import { normalizeValueText } from '../../catalog/normalize-value-text.js';
import type { Context } from '../../context/context-schema.js';
import type { QuestionAnalysis } from './analyze-question.js';
import { bareName } from './bare-name.js';
import type { RowFilter } from './row-filter.js';

/**
 * "How many pregnancy scans were done on the lemurs?": a stored value spelt, as the question writes it, within two
 * words after "how many" names the rows counted, so its table is what is counted. A near spelling ("purchases" for an
 * event 'purchase') may be a word of its own and does not count.
 */
export function countedValue(context: Context, analysis: QuestionAnalysis, values: readonly RowFilter[]): RowFilter | undefined {
  const count = analysis.aggregate?.kind === 'count' ? analysis.aggregate : undefined;
  if (!count) return undefined;
  const spelt = (filter: RowFilter): boolean =>
    context.matched_values.some(
      (match) =>
        match.score >= 1 &&
        bareName(match.table) === bareName(filter.table) &&
        match.column === filter.column &&
        normalizeValueText(match.matched_text) === filter.words.map((w) => analysis.words[w]!.text).join(' '),
    );
  return values.find((filter) => {
    if (('negated' in filter && filter.negated) || filter.words.length === 0) return false;
    const first = Math.min(...filter.words);
    return first > count.at && first <= count.at + 2 && spelt(filter);
  });
}
