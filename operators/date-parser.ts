import type { DateRange } from '../src/context/context-schema.js';
import { yearStartOf } from '../src/dates/fiscal-year-start-schema.js';
import { parseDateRanges } from '../src/dates/parse-date-ranges.js';
import { parseGrain } from '../src/dates/parse-grain.js';
import { unreadDatePhrases } from '../src/dates/unread-date-phrases.js';
import { NoParametersSchema } from '../src/engine/model-node-parameters.js';
import { defineNode } from '../src/engine/node-definition.js';

const key = (range: DateRange): string => `${range.phrase}\u0000${range.start}\u0000${range.end}`;

/** Turns the task's time phrases into explicit half-open [start, end) date ranges relative to task.current_date. */
export const dateParserNode = defineNode({
  name: 'date_parser',
  description: 'Resolves time phrases ("last quarter", "since March", "Q3 2024") into explicit date ranges',
  parameters: NoParametersSchema,
  async run(context, call) {
    const namespace = call.runtime.namespace(context.task.namespace);
    const fiscalYearStart = yearStartOf(namespace.config.fiscal_year_start);
    const found = parseDateRanges(context.task.text, context.task.current_date, { fiscalYearStart });
    const known = new Set(context.date_ranges.map(key));
    const date_ranges = [...context.date_ranges, ...found.filter((range) => !known.has(key(range)))];
    const grain = parseGrain(context.task.text);
    const unread = unreadDatePhrases(context.task.text, date_ranges);
    const summary = [
      found.length > 0
        ? found.map((range) => `${range.phrase} → ${range.start}..${range.end}`).join(', ')
        : `no date range${grain ? ` (grain: ${grain})` : ''}`,
      ...(unread.length > 0 ? [`could not read ${unread.map((phrase) => `"${phrase}"`).join(', ')}`] : []),
    ].join('; ');
    return { context: { ...context, date_ranges }, summary };
  },
});
