import { splitIdentifier } from '../../catalog/split-identifier.js';
import type { TableSchema } from '../../context/context-schema.js';
import { inflectionBases } from '../../lexicon/derived-forms.js';
import { namesVerb } from './event-date-column.js';
import { isSkeletonOf } from './is-skeleton-of.js';
import { isParticiple } from './participle.js';
import { ref } from './query-spec.js';
import type { QuestionWord } from './question-words.js';
import type { RowFilter } from './row-filter.js';
import { isDateColumn } from './schema-lookup.js';
import { shortens } from './shortens.js';
import { wordRoot } from './word-root.js';
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../../lexicon/determiners.js';
import { pick, wordSet } from '../../lexicon/word-set.js';

/** The comparing words and the direction each compares in: "after" is later than. */
const COMPARING: Readonly<Record<string, '>' | '<'>> = { after: '>', past: '>', later: '>', before: '<', earlier: '<' };
const OWNERS: ReadonlySet<string> = wordSet(pick(POSSESSIVE_DETERMINERS, 'their', 'its', 'his', 'her'), pick(ARTICLES, 'the'));
/** Words that only say the value is a date, naming no column of their own. */
const KIND_WORDS = new Set(['date', 'day', 'time', 'deadline']);
/** Name parts that say a column holds a date. */
const DATE_PARTS = new Set(['date', 'dt', 'day', 'time', 'timestamp', 'ts', 'at', 'on', 'dte']);

/**
 * "bills paid after their due date", "jobs delivered before the deadline date": a past participle right before a
 * comparing word and a possessive, then words naming a date column (due_dt): each row's date of the verb (pd_dt,
 * dlvd_dt, a date column of the same table named after the verb) compared with that row's own named date. The verb
 * says when something happened, so its status value ('DLV') is not what is asked.
 */
export function ownDateComparison(words: readonly QuestionWord[], schemas: readonly TableSchema[]): RowFilter | undefined {
  for (let k = 1; k + 2 < words.length; k++) {
    let op: '>' | '<' | undefined = COMPARING[words[k]!.text];
    let at = k + 1;
    if ((words[k]!.text === 'later' || words[k]!.text === 'earlier') && words[at]?.text === 'than') at++;
    else if (words[k]!.text === 'later' || words[k]!.text === 'earlier') op = undefined;
    if (!op || !OWNERS.has(words[at]?.text ?? '')) continue;
    const verb = words[k - 1]!;
    if (!isParticiple(verb.text)) continue;
    const named: QuestionWord[] = [];
    for (let j = at + 1; j < words.length && named.length < 3; j++) {
      named.push(words[j]!);
      if (words[j]!.clauseEnd) break;
    }
    const nameWords = named.filter((w) => !KIND_WORDS.has(w.text) && w.text.length >= 3);
    if (nameWords.length === 0) continue;
    for (const table of schemas) {
      const dates = table.columns.filter(isDateColumn);
      const compared = dates.filter((c) => contentParts(c.name).some((part) => nameWords.some((w) => part === w.text || wordRoot(part) === wordRoot(w.text) || isSkeletonOf(part, w.text))));
      if (compared.length !== 1) continue;
      const happened = dates.filter((c) => c !== compared[0] && verbDate(c.name, verb.text));
      if (happened.length !== 1) continue;
      const used = [k - 1, k, at, ...named.slice(0, named.findIndex((w) => w === nameWords.at(-1)) + 1).map((w) => w.index)];
      return { table: table.name, column: happened[0]!.name, sql: `${ref(table.name, happened[0]!.name)} ${op} ${ref(table.name, compared[0]!.name)}`, words: [...new Set(used)] };
    }
  }
  return undefined;
}

function contentParts(column: string): string[] {
  return splitIdentifier(column).map((p) => p.toLowerCase()).filter((p) => !DATE_PARTS.has(p));
}

/** "dlvd_dt" or "delivered_on" for "delivered", "pd_dt" for "paid": the column's one content part is the verb, written out or shortened. */
function verbDate(column: string, verb: string): boolean {
  if (namesVerb(column, [verb])) return true;
  const parts = contentParts(column);
  if (parts.length !== 1) return false;
  const part = parts[0]!;
  return [verb, ...inflectionBases(verb)].some((form) => shortens(part, form, { consonants: true, keepsLast: true }));
}
