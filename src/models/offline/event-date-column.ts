import type { TableSchema } from '../../context/context-schema.js';
import { inflectionBases } from '../../lexicon/derived-forms.js';
import { identifierParts } from '../../catalog/identifier-parts.js';
import { memoBySplitText, splitIdentifier } from '../../catalog/split-identifier.js';
import { stemWord } from '../../catalog/stem-word.js';
import type { QuestionAnalysis } from './analyze-question.js';
import { bareName } from './bare-name.js';
import type { DateColumn } from './date-column.js';
import { joinEdges } from './join-graph.js';
import { IRREGULAR_VERBS } from '../../lexicon/irregular-verbs.js';
import { isParticiple } from './participle.js';
import type { RowFilter } from './row-filter.js';
import { isDateColumn } from './schema-lookup.js';
import { PREPOSITIONS } from '../../lexicon/prepositions.js';
import { DEMONSTRATIVES } from '../../lexicon/determiners.js';
import { pick, wordSet } from '../../lexicon/word-set.js';

/** Words that open a time phrase after a verb: "picked up in 2025", "received during March", "shipped since May". */
const TIME_OPENERS: ReadonlySet<string> = wordSet(
  pick(PREPOSITIONS, 'in', 'during', 'on', 'between', 'before', 'after', 'since', 'from', 'over', 'within'),
  pick(DEMONSTRATIVES, 'this'),
  ['last'],
);
/** Name parts that say a column holds a date, not what happened on it. */
const DATE_WORDS = new Set(['date', 'dt', 'day', 'time', 'timestamp', 'ts', 'at', 'on', 'dte']);

/**
 * "shipments picked up in 2025" where a status table holds 'PICKED UP' and the shipment has a pick-up date (PUDT):
 * the time phrase dates the verb, so the verb names an event its own date column records, and the status says only
 * the stage a row is at now (a shipment picked up in 2025 and delivered since is still one picked up in 2025). Returns
 * that date column when the value filter's words are a participle right before a time phrase and a date column of the
 * filter's table, or of a table referring to it, is named after the verb; else nothing.
 */
export function eventDateColumn(filter: RowFilter, analysis: QuestionAnalysis, schemas: readonly TableSchema[]): DateColumn | undefined {
  const at = [...filter.words].sort((a, b) => a - b);
  if (at.length === 0 || at.some((w, i) => i > 0 && w !== at[i - 1]! + 1)) return undefined;
  const verb = at.map((w) => analysis.words[w]!.text);
  if (!isParticiple(verb[0]!)) return undefined;
  if (!TIME_OPENERS.has(analysis.words[at[at.length - 1]! + 1]?.text ?? '')) return undefined;
  const near = new Set([bareName(filter.table)]);
  for (const edge of joinEdges(schemas)) if (bareName(edge.to) === bareName(filter.table)) near.add(bareName(edge.from));
  const named = schemas
    .filter((table) => near.has(bareName(table.name)))
    .flatMap((table) => table.columns.filter((c) => isDateColumn(c) && namesVerb(c.name, verb)).map((c) => ({ table: table.name, column: c.name })));
  return named.length === 1 ? named[0] : undefined;
}

/**
 * "PUDT" for "picked up" (initials), "RCVD_DT" for "received" (its letters in order), "ship_date" for "shipped",
 * "pickup_dt" for "picked up" (the verb's words run together).
 */
export function namesVerb(column: string, verb: readonly string[]): boolean {
  return namesVerbByText([column, ...verb].join('\u0000'));
}

/**
 * Per column name and verb: the planner, the question kinds and the checks ask it of every date column of the linked
 * tables for each of the question's few verbs, question after question of a batch. Kept as splitIdentifier reads names.
 */
const namesVerbByText = memoBySplitText((key): boolean => {
  const [column, ...verb] = key.split('\u0000');
  return readNamesVerb(column!, verb);
});

function readNamesVerb(column: string, verb: readonly string[]): boolean {
  const readings = [identifierParts(column), splitIdentifier(column)].map((parts) => parts.map((p) => p.toLowerCase()).filter((p) => !DATE_WORDS.has(p)));
  const runTogether = new Set(verb.map((word) => [word, ...inflectionBases(word)]).reduce<string[]>((heads, forms) => heads.flatMap((head) => forms.map((form) => head + form)), ['']).map(stemWord));
  return readings.some((parts) => {
    if (parts.length === 0) return false;
    if (verb.length > 1 && runTogether.has(stemWord(parts.join('')))) return true;
    if (verb.length > 1 && parts.join('') === verb.map((w) => w[0]).join('')) return true;
    // "pudt" read as written is one part; its date ending is the class word of naming standards.
    if (parts.length === 1 && verb.length > 1 && parts[0] === `${verb.map((w) => w[0]).join('')}dt`) return true;
    return parts.length === verb.length && parts.every((part, i) => sameVerb(part, verb[i]!));
  });
}

function sameVerb(part: string, word: string): boolean {
  // "sent_dt" for "send": the part is the verb's irregular past.
  // "landed_at" for "did we land": the part is an inflected form of the word.
  if (part === word || stemWord(part) === stemWord(word) || inflectionBases(word).includes(part) || inflectionBases(part).includes(word) || IRREGULAR_VERBS[part] === word) return true;
  return part.length >= 3 && part[0] === word[0] && isSubsequence(part, word);
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const letter of long) if (letter === short[i]) i++;
  return i === short.length;
}
