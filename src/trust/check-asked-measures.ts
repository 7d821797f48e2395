import type { AnswerCheckRule, AnswerFacts } from './answer-facts.js';
import { askedMeasures } from '../models/offline/asked-measures.js';

/** One aggregate call: COUNT(…), SUM(…), … with its argument, nested parentheses allowed once. */
const AGGREGATE_CALL = /\b(count|sum|avg|mean|median|min|max|count_star)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)/g;

/**
 * "revenue and order count by state": each measure asked side by side needs its own aggregate; an answer with fewer
 * aggregates than measures dropped one of them.
 */
export const checkAskedMeasures: AnswerCheckRule = ({ analysis, sql, context }) => {
  // "the maximum capacity and the average": a column named like an aggregate is no measure of its own.
  const columns = new Set(context.table_schemas.flatMap((table) => table.columns.map((column) => column.name.toLowerCase())));
  const seen = new Set<string>();
  const measures = askedMeasures(analysis.words)
    .filter((words) => !(words.length === 1 && columns.has(words[0]!.text)))
    // "Find the maximum weight … List the maximum weight and pet type": a measure asked twice is one measure.
    .filter((words) => {
      const key = label(analysis.words, words) + ' ' + (analysis.words[words.at(-1)!.index + 1]?.text ?? '');
      return !seen.has(key) && seen.add(key);
    });
  if (measures.length < 2) return undefined;
  const calls = new Set([...sql.code.matchAll(AGGREGATE_CALL)].map((m) => `${m[1]}(${m[2]!.replace(/\s+/g, '')})`));
  const asked = measures.map((words) => `"${label(analysis.words, words)}"`).join(' and ');
  if (calls.size >= measures.length) return { name: 'asked_measures', passed: true, detail: `the SQL computes ${asked}` };
  return { name: 'asked_measures', passed: false, detail: `the question asks for ${asked}, but the SQL computes ${calls.size === 0 ? 'no aggregate' : calls.size === 1 ? 'only one of them' : `only ${calls.size}`}` };
};

/** "order count", "number of orders": the measure with the noun it counts, for the message. */
function label(all: AnswerFacts['analysis']['words'], words: AnswerFacts['analysis']['words']): string {
  const first = words[0]!.index;
  const last = words.at(-1)!.index;
  const before = /^counts?$/.test(all[first]!.text) && first > 0 && !/^(the|and|a|total|of)$/.test(all[first - 1]!.text) ? first - 1 : first;
  const after = /^(numbers?|counts?|average|avg|mean|total|sum|maximum|max|minimum|min)$/.test(all[last]!.text) && all[last + 1]?.text === 'of' && all[last + 2] ? last + 2 : last;
  return all.slice(before, after + 1).map((w) => w.text).join(' ');
}
