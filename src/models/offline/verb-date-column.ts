import type { TableSchema } from '../../context/context-schema.js';
import { bareName } from './bare-name.js';
import type { DateColumn } from './date-column.js';
import { namesVerb } from './event-date-column.js';
import { phraseWords } from './question-kinds/clause-dates.js';
import { questionVerbs } from './question-verbs.js';
import type { QuestionWord } from './question-words.js';
import { isDateColumn } from './schema-lookup.js';

/** How far before a time phrase its verb may stand: "logged a climb in November", "registered with the practice during 2025". */
const VERB_REACH = 6;

/**
 * "members who logged a climb in November" (ascent.logged_dt), "people registered with the practice during 2025"
 * (reg_date): a time phrase dates the verb right before it, so the date is the one a column named after that verb
 * records, on whichever reachable table holds it, not a date the counted rows carry for something else (a member's
 * belay certificate). The nearest verb before the phrase that names date columns of exactly one table decides; a verb
 * naming none is passed over, one naming columns of two tables leaves the choice to the caller.
 */
export function verbDateColumn(
  words: readonly QuestionWord[],
  phrases: readonly string[],
  schemas: readonly TableSchema[],
  reachable: ReadonlySet<string>,
): DateColumn | undefined {
  const at = phrases.map((phrase) => phraseWords(words, phrase)[0]).filter((k): k is number => k !== undefined);
  if (at.length === 0) return undefined;
  const first = Math.min(...at);
  let from = first;
  while (from > 0 && first - from < VERB_REACH && !words[from - 1]!.clauseEnd) from--;
  const verbs = questionVerbs(words.slice(from, first)).reverse();
  for (const verb of verbs) {
    const named = schemas
      .filter((table) => reachable.has(bareName(table.name)))
      .flatMap((table) => table.columns.filter((c) => isDateColumn(c) && namesVerb(c.name, verb)).map((c) => ({ table: table.name, column: c.name })));
    if (named.length === 1) return named[0];
    if (named.length > 1) return undefined;
  }
  return undefined;
}
