import type { TableSchema } from '../../context/context-schema.js';
import { splitIdentifier } from '../../catalog/split-identifier.js';
import { stemWord } from '../../catalog/stem-word.js';
import { BE_FORMS, DO_FORMS, GET_FORMS, HAVE_FORMS } from '../../lexicon/auxiliaries.js';
import { inflectionBases } from '../../lexicon/derived-forms.js';
import { wordSet } from '../../lexicon/word-set.js';
import { bareName } from './bare-name.js';
import type { DateColumn } from './date-column.js';
import { namesVerb } from './event-date-column.js';
import { joinEdges } from './join-graph.js';
import { occurrenceOwner } from './occurrence-owner.js';
import { phraseWords } from './question-kinds/clause-dates.js';
import { questionVerbs } from './question-verbs.js';
import type { QuestionWord } from './question-words.js';
import type { Mention } from './schema-mentions.js';
import { namesShortenedPart } from './shortened-name-part.js';
import { findTable, isDateColumn } from './schema-lookup.js';

/** How far before a time phrase its verb may stand, as verb-date-column reads it. */
const VERB_REACH = 6;

/** Verbs that say nothing done: being, having, doing, getting. */
const EMPTY_VERBS: ReadonlySet<string> = wordSet(BE_FORMS, HAVE_FORMS, DO_FORMS, GET_FORMS);

/**
 * "How many different members played in a competition in 2025?" over members with a joining date, whose entries point
 * at them and belong to competitions with a date: a time phrase after a verb that names none of the subject's own dates (neither by a column's name nor its comment)
 * dates what the subject did, which the rows pointing at it record with a date of their own (or the occasion a dateless
 * one belongs to: a member's entries, dated by their competition). The one such table a word of the clause names
 * decides, else the one whose comment or date the verb names; a table only there names no deed (a tool's repairs for
 * "borrowed"). "Members who joined in 2026" names joined_on: the subject's own date, left to the caller.
 */
export function deedDate(
  words: readonly QuestionWord[],
  phrases: readonly string[],
  schemas: readonly TableSchema[],
  base: string,
  mentions: readonly Mention[],
): DateColumn | undefined {
  const subject = findTable(schemas, base);
  const ownDates = subject?.columns.filter(isDateColumn) ?? [];
  if (ownDates.length === 0) return undefined;
  if (mentions.some((m) => m.column !== undefined && bareName(m.table) === bareName(base) && ownDates.some((c) => c.name === m.column))) return undefined;
  const clause = clauseBefore(words, phrases);
  const verbs = questionVerbs(clause).filter((verb) => !EMPTY_VERBS.has(verb[0]!));
  if (verbs.length === 0) return undefined;
  const commentNames = (comment: string | undefined, verb: readonly string[]) =>
    (comment?.toLowerCase().match(/[a-z]+/g) ?? []).some((word) => verb.some((v) => sameWord(word, v)));
  if (ownDates.some((c) => verbs.some((verb) => namesVerb(c.name, verb) || commentNames(c.comment, verb)))) return undefined;
  const deeds = deedsOf(schemas, base);
  // "played in a competition" for comp: a word of the clause names the table, whole or shortened.
  const wordNamed = (table: string) =>
    mentions.some((m) => m.column === undefined && bareName(m.table) === table) ||
    (!splitIdentifier(table).some((part) => part.length < 3) &&
      splitIdentifier(table).every((part) => clause.some((word) => word.stem === stemWord(part) || (part.length >= 4 && word.text.startsWith(part)) || namesShortenedPart(part, word))));
  // "borrowed" for a loan table whose comment reads "one borrowing visit", or its date named after the verb.
  const verbNamed = (name: string) => {
    const table = findTable(schemas, name);
    const date = table?.columns.find(isDateColumn);
    return verbs.some((verb) => commentNames(table?.comment, verb) || (date !== undefined && (namesVerb(date.name, verb) || commentNames(date.comment, verb))));
  };
  const byWord = deeds.filter((deed) => wordNamed(deed.table) || wordNamed(deed.via));
  const chosen = byWord.length > 0 ? byWord : deeds.filter((deed) => verbNamed(deed.table) || verbNamed(deed.via));
  if (chosen.length !== 1) return undefined;
  const table = findTable(schemas, chosen[0]!.table)!;
  return { table: table.name, column: table.columns.find(isDateColumn)!.name };
}

/** The words of the clause right before the first time phrase, at most VERB_REACH of them. */
function clauseBefore(words: readonly QuestionWord[], phrases: readonly string[]): readonly QuestionWord[] {
  const at = phrases.map((phrase) => phraseWords(words, phrase)[0]).filter((k): k is number => k !== undefined);
  if (at.length === 0) return [];
  const first = Math.min(...at);
  let from = first;
  while (from > 0 && first - from < VERB_REACH && !words[from - 1]!.clauseEnd) from--;
  return words.slice(from, first);
}

/** The dated tables recording the base's deeds: each table pointing at it with a date, or its dateless one's occasion. */
function deedsOf(schemas: readonly TableSchema[], base: string): Array<{ table: string; via: string }> {
  const deeds = new Map<string, { table: string; via: string }>();
  for (const edge of joinEdges(schemas)) {
    const from = bareName(edge.from);
    if (bareName(edge.to) !== bareName(base) || from === bareName(base)) continue;
    const table = findTable(schemas, from);
    if (!table) continue;
    const dated = table.columns.some(isDateColumn) ? from : occurrenceOwner(schemas, from, { excluded: base });
    if (dated !== undefined && !deeds.has(bareName(dated))) deeds.set(bareName(dated), { table: bareName(dated), via: from });
  }
  return [...deeds.values()];
}

const sameWord = (word: string, verb: string): boolean =>
  word === verb || stemWord(word) === stemWord(verb) || inflectionBases(verb).includes(word) || inflectionBases(word).includes(verb);
