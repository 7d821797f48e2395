import { splitIdentifier } from '../../catalog/split-identifier.js';
import { stemWord } from '../../catalog/stem-word.js';
import type { TableSchema } from '../../context/context-schema.js';
import type { QuestionAnalysis } from './analyze-question.js';
import { ref } from './query-spec.js';
import type { RowFilter } from './row-filter.js';
import { isDateColumn, isKeyColumn } from './schema-lookup.js';
import { shortens } from './shortens.js';
import { inflectionBases } from '../../lexicon/derived-forms.js';
import { sharesSynset } from '../../lexicon/shares-synset.js';
import { BE_FORMS, DO_FORMS, GET_FORMS, HAVE_FORMS } from '../../lexicon/auxiliaries.js';
import { NEGATORS } from '../../lexicon/negators.js';
import { ASPECT_ADVERBS } from '../../lexicon/function-adverbs.js';
import { PREPOSITIONS } from '../../lexicon/prepositions.js';
import { pick, wordSet } from '../../lexicon/word-set.js';
import { NOUN_OPENERS } from '../../lexicon/determiners.js';
import { isParticiple } from './participle.js';
import type { QuestionWord } from './question-words.js';
import type { Mention } from './schema-mentions.js';

/**
 * "unpaid invoices" over a nullable paid_dt (or pd_dt): "un" before the word that opens the name of a column that may
 * be empty says the rows have nothing there yet (IS NULL). The word is the name's first part, a form of it, or the
 * part its consonants shorten to; one column only (the date one of several), and no word another filter took.
 */
export function unsetFilters(analysis: QuestionAnalysis, schemas: readonly TableSchema[], used: ReadonlySet<number>, mentions: readonly Mention[] = []): RowFilter[] {
  const filters: RowFilter[] = doneFilters(analysis, schemas, used, mentions);
  const done = new Set(filters.flatMap((f) => f.words));
  for (const word of analysis.words) {
    if (used.has(word.index) || done.has(word.index)) continue;
    const undone = /^un[a-z]{4,}$/.test(word.text) ? word.text.slice(2) : notYetDone(analysis.words, word.index) ? word.text : undefined;
    if (undone === undefined) continue;
    const rest = undone;
    const forms = new Set([rest, stemWord(rest), ...inflectionBases(rest)]);
    const nullable = schemas.flatMap((table) => table.columns.filter((column) => column.nullable && !isKeyColumn(column)).map((column) => ({ table: table.name, column })));
    const named = nullable.filter(({ column }) => {
      const first = splitIdentifier(column.name)[0]?.toLowerCase() ?? '';
      return forms.has(first) || forms.has(stemWord(first)) || shortens(first, rest, { consonants: true, keepsLast: true });
    });
    // "jobs not yet finished" over completed_on, "still waiting to be picked up" over collected_on: a date named by a
    // synonym of the verb (WordNet), asked only when no name says the verb itself, and only of the negated deed.
    const columns =
      named.length > 0 || undone !== word.text
        ? named
        : nullable.filter(({ column }) => isDateColumn(column) && namesDeed(analysis.words, word.index, splitIdentifier(column.name)[0]?.toLowerCase() ?? '')).concat(
            // "orders waiting to be dispatched" over dsp_dt commented 'Date dispatched or collected': the comment says the deed.
            nullable.filter(({ column }) => isDateColumn(column) && commentSaysDeed(column.comment, forms)),
          ).filter((c, k, all) => all.indexOf(c) === k);
    // pd_dt and pd_amt: the date says whether the deed was done.
    const dated = columns.length > 1 ? columns.filter((c) => isDateColumn(c.column)) : columns;
    if (dated.length !== 1) continue;
    const { table, column } = dated[0]!;
    filters.push({ table, column: column.name, sql: `${ref(table, column.name)} IS NULL`, words: [word.index] });
  }
  // Last: a deed the question does not deny or put off ("still waiting to be paid" is read above).
  return [...filters, ...deedFilters(analysis, schemas, new Set([...used, ...filters.flatMap((f) => f.words)]), mentions)];
}

/** Whether a date column's comment, before its first stop, says the deed in one of the word's forms ("Date dispatched or collected"). */
function commentSaysDeed(comment: string | undefined, forms: ReadonlySet<string>): boolean {
  const opening = /^[^;:.()]*/.exec(comment ?? '')?.[0].toLowerCase().split(/[^a-z]+/).filter(Boolean) ?? [];
  return opening.some((word) => forms.has(word) || forms.has(stemWord(word)) || inflectionBases(word).some((base) => forms.has(base)));
}

/** Words that may stand between a negation and the deed it denies: "hasn't been paid yet", "not yet paid". */
const BETWEEN: ReadonlySet<string> = wordSet(pick(BE_FORMS, 'be', 'been', 'being'), pick(GET_FORMS, 'got', 'gotten'), pick(ASPECT_ADVERBS, 'yet'));
const NEGATION: ReadonlySet<string> = wordSet(pick(NEGATORS, 'not'));
/** Most words between the negation (or "to") and the deed. */
const MAX_BETWEEN = 2;

/**
 * "repairs that haven't been finished yet", "settlements not yet paid", "still waiting to be picked up", "yet to be
 * paid": a participle denied by a negation (a negated auxiliary: "haven't", "isnt") or put off by "still/yet ... to
 * be": the deed has not happened for those rows.
 */
function notYetDone(words: readonly QuestionWord[], at: number): boolean {
  if (!isParticiple(words[at]!.text)) return false;
  let k = at - 1;
  while (k >= 0 && at - k <= MAX_BETWEEN && BETWEEN.has(words[k]!.text) && !(words[k]!.text === 'be' && words[k - 1]?.text === 'to')) k--;
  const before = words[k];
  if (!before || before.clauseEnd) return false;
  if (NEGATION.has(before.text) || /^[a-z]+(?:n't|nt)$/.test(before.text) && NEGATED_AUXILIARY.test(before.text)) return true;
  // "still waiting to be picked up", "yet to be paid", "orders waiting to be dispatched": waiting for a deed says it is not done.
  if (before.text === 'be' && words[k - 1]?.text === 'to') return words.slice(Math.max(0, k - 4), k - 1).some((w) => w.text === 'still' || w.text === 'yet') || WAITING.has(words[k - 2]?.text ?? '');
  return false;
}

/** "waiting to be paid", "wait to be collected": the verb of waiting for a deed. */
const WAITING: ReadonlySet<string> = new Set(['wait', 'waits', 'waiting', 'waited', 'awaiting']);

/** An auxiliary with its negation run on: "haven't", "hasnt", "isn't", "weren't", "didn't". */
const NEGATED_AUXILIARY = new RegExp(`^(?:${[...BE_FORMS, ...HAVE_FORMS, ...DO_FORMS].join('|')})(?:n't|nt)$`);

/** Particles that make a phrasal verb: "picked up", "paid off", "sent out". */
const PARTICLES: ReadonlySet<string> = wordSet(pick(PREPOSITIONS, 'up', 'out', 'off', 'in', 'back', 'down'));

/** Whether the column's first name part is a WordNet synonym of the verb at `at`, or of it with its particle ("pick up"). */
function namesDeed(words: readonly QuestionWord[], at: number, first: string): boolean {
  if (first.length < 4) return false;
  const verb = words[at]!.text;
  const particle = words[at + 1]?.text;
  if (particle && PARTICLES.has(particle)) return inflectionBases(verb).some((base) => sharesSynset(`${base}_${particle}`, first));
  return sharesSynset(verb, first);
}

/**
 * "finished jobs" over jobs.completed_on, "paid invoices" over invoices.paid_on: a participle right before a word
 * naming the rows, that names (or, in WordNet, is a synonym of) the first word of one nullable date column of those
 * rows, keeps the rows where the deed is done (IS NOT NULL). Not a word another filter took ("completed orders" where
 * a status stores 'completed').
 */
function doneFilters(analysis: QuestionAnalysis, schemas: readonly TableSchema[], used: ReadonlySet<number>, mentions: readonly Mention[]): RowFilter[] {
  const filters: RowFilter[] = [];
  for (const word of analysis.words) {
    if (used.has(word.index) || word.clauseEnd || analysis.negated.has(word.index) || !isParticiple(word.text)) continue;
    const rows = mentions.filter((m) => m.column === undefined && m.start === word.index + 1);
    const forms = new Set([word.text, stemWord(word.text), ...inflectionBases(word.text)]);
    const columns = rows.flatMap((m) => {
      const table = schemas.find((t) => t.name === m.table);
      const dates = (table?.columns ?? []).filter((column) => column.nullable && !isKeyColumn(column) && isDateColumn(column));
      const first = (column: (typeof dates)[number]) => splitIdentifier(column.name)[0]?.toLowerCase() ?? '';
      const named = dates.filter((column) => forms.has(first(column)) || forms.has(stemWord(first(column))));
      return (named.length > 0 ? named : dates.filter((column) => first(column).length >= 4 && sharesSynset(word.text, first(column)))).map((column) => ({ table: m.table, column }));
    });
    if (columns.length !== 1) continue;
    const { table, column } = columns[0]!;
    filters.push({ table, column: column.name, sql: `${ref(table, column.name)} IS NOT NULL`, words: [word.index] });
  }
  return filters;
}

/**
 * "How many members have let their membership lapse?", "members who have lapsed" over members.lapsed_on: a verb of the
 * question, in any form, whose base is the base of the participle a nullable date column of a table the question names
 * is named for (lapsed_on, closed_at), says the deed happened to those rows (IS NOT NULL). Not a negated word, not one
 * right before a word naming a table (doneFilters reads "lapsed members"), nor one right before a date word.
 */
function deedFilters(analysis: QuestionAnalysis, schemas: readonly TableSchema[], used: ReadonlySet<number>, mentions: readonly Mention[]): RowFilter[] {
  // "Which members have left?" asks when as well (the date the deed is dated by), which the listing does not show yet:
  // left to the rows' own reading rather than answered without it.
  if (/^(which|who)$/.test(analysis.words[0]?.text ?? '')) return [];
  const named = new Set(mentions.filter((m) => m.column === undefined).map((m) => m.table));
  const filters: RowFilter[] = [];
  for (const word of analysis.words) {
    if (used.has(word.index) || analysis.negated.has(word.index) || word.text.length < 4 || notYetDone(analysis.words, word.index)) continue;
    if (mentions.some((m) => m.column === undefined && m.start === word.index + 1)) continue;
    // "the walks of Rex": a word that names a table, or follows an article or a possessive, is a noun, not the deed.
    if (mentions.some((m) => m.column === undefined && m.start === word.index)) continue;
    if (NOUN_OPENERS.has(analysis.words[word.index - 1]?.text ?? '')) continue;
    const next = analysis.words[word.index + 1]?.text ?? '';
    if (/^(date|day|dates|days|time|on|at)$/.test(next)) continue;
    const bases = new Set([word.text, ...inflectionBases(word.text)]);
    const columns = schemas
      .filter((table) => named.has(table.name))
      .flatMap((table) =>
        table.columns
          .filter((column) => column.nullable && !isKeyColumn(column) && isDateColumn(column))
          .filter((column) => {
            const first = splitIdentifier(column.name)[0]?.toLowerCase() ?? '';
            return isParticiple(first) && inflectionBases(first).some((base) => base !== first && bases.has(base));
          })
          .map((column) => ({ table: table.name, column: column.name })),
      );
    if (columns.length !== 1) continue;
    const { table, column } = columns[0]!;
    filters.push({ table, column, sql: `${ref(table, column)} IS NOT NULL`, words: [word.index] });
  }
  return filters;
}
