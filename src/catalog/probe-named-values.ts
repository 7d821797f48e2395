import { dialectFor } from '../dialects/dialect-for.js';
import { monthNamed } from '../dates/month-names.js';
import { SqlError, type CatalogTable, type Connector } from '../connectors/connector.js';
import type { MatchedValue } from '../context/context-schema.js';
import { valueColumns } from './collect-column-values.js';
import type { ColumnValues } from './build-value-lookup.js';
import type { LinkedTable } from './link-schema.js';
import { quoteIdentifier } from './quote-identifier.js';
import { QUERY_STOP_WORDS, STOP_WORDS } from './stop-words.js';
import { BE_FORMS, DO_FORMS, HAVE_FORMS, MODALS } from '../lexicon/auxiliaries.js';
import { COORDINATORS } from '../lexicon/conjunctions.js';
import { ARTICLES, DEMONSTRATIVES, IDENTITY_WORDS, POSSESSIVE_DETERMINERS, QUANTIFIERS } from '../lexicon/determiners.js';
import { DEGREE_ADVERBS, FOCUS_ADVERBS, PRO_ADVERBS } from '../lexicon/function-adverbs.js';
import { NEGATORS } from '../lexicon/negators.js';
import { INDEFINITE_PRONOUNS, PERSONAL_PRONOUNS, POSSESSIVE_PRONOUNS, RELATIVE_PRONOUNS, WH_EVER_WORDS, WH_WORDS } from '../lexicon/pronouns.js';
import { isWeekday } from '../lexicon/weekdays.js';
import { wordSet } from '../lexicon/word-set.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import { withoutLegalForm } from '../lexicon/legal-forms.js';

/**
 * Named things a question writes that the catalog cannot know: the catalog keeps the values of text columns with few
 * distinct values, so "How many calls did Harbour View Surgery make?" finds nothing where the practices' names run to
 * thousands. This looks such a name up in the linked tables' many-valued text columns, one bounded, parameterised
 * equality query per column, and a hit grounds it as a stored value, as a catalog value would.
 */

/** Spans a question may name a stored thing by, at most this many; each is a value bound to the probe, never SQL. */
const MAX_SPANS = 3;
/** Many-valued text columns probed per question, best-linked tables first. */
const MAX_COLUMNS = 4;
/** Wall time all of one question's probes of big tables may take; a probe still running then is cancelled. */
const BUDGET_MS = 1_000;
/**
 * A table of at most this many rows (as the catalog counted them) is cheap to scan whatever the machine's load, so its
 * columns are probed whatever is left of the budget, each under a generous cap of its own: a question about a small
 * table must not lose its name to a busy machine. An empty count (an estimate never taken) is not known to be small.
 */
const SMALL_TABLE_ROWS = 50_000;
const SMALL_TABLE_TIMEOUT_MS = 10_000;
const MAX_SPAN_LENGTH = 100;

/** Weekdays and the pronoun "I": capitalised for what they are, not because they name a row (months: monthNamed). */
const isCalendarWord = (word: string): boolean => monthNamed(word) !== undefined || isWeekday(word) || word.toLowerCase() === 'i';
/**
 * Closed-class words a run of capitals may begin with ("Did Old Mill Bakery …", "Which Ealing …", "Only Kestrel
 * Blue …"): the stop words, and the whole of the determiners, pronouns, forms of "be", "have" and "do", modals,
 * coordinators, negators and function adverbs, and "yes".
 */
const CLOSED_CLASS: ReadonlySet<string> = wordSet(
  STOP_WORDS,
  QUERY_STOP_WORDS,
  ARTICLES,
  DEMONSTRATIVES,
  POSSESSIVE_DETERMINERS,
  QUANTIFIERS,
  IDENTITY_WORDS,
  PERSONAL_PRONOUNS,
  POSSESSIVE_PRONOUNS,
  INDEFINITE_PRONOUNS,
  RELATIVE_PRONOUNS,
  WH_WORDS,
  WH_EVER_WORDS,
  BE_FORMS,
  HAVE_FORMS,
  DO_FORMS,
  MODALS,
  COORDINATORS,
  NEGATORS,
  PRO_ADVERBS,
  DEGREE_ADVERBS,
  FOCUS_ADVERBS,
  ['yes'],
);
const closedClass = (word: string): boolean => {
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  return CLOSED_CLASS.has(lower) || isCalendarWord(lower);
};

/** A word opening with a capital (any script) or a digit-bearing code, joined to the next by a space, "&", "of", "de" or a hyphen. */
const WORD = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}'’.&]*`;
const RUN = new RegExp(String.raw`(?<![\p{L}\p{N}'’])${WORD}(?:(?:(?:\s+(?:&|\+|of|de|the|and)){1,2}\s+|\s+|-)${WORD})*`, 'gu');
/** Letters and digits in one token, "SJ5230", "L26-00412", "BK26010": a reference a row is filed under. */
const CODE = /(?=[^\s]*\p{L})(?=[^\s]*\p{N})^[\p{L}\p{N}]+(?:[-/][\p{L}\p{N}]+)*$/u;
/** "3rd", "10kg", "1990s", "5pm": a number with a unit or ordinal, not a code; "Q3", "H1", "FY2025": a period. */
const NOT_A_CODE = /^\d+[\p{Ll}]+$|^(?:Q[1-4]|H[12]|FY\d{2,4})$/u;

/**
 * The question's spans that may name a stored thing: runs of capitalised words inside a sentence ("Harbour View
 * Surgery", "Kestrel Blue"), and codes of letters and digits ("SJ5230"). Closed-class words a run opens with are left
 * off at a sentence's start ("Did Old Mill Bakery …" is "Old Mill Bakery"); a run of one word that starts a sentence is
 * capitalised for that alone, a longer one may be a name ("Chloe Varley's funeral").
 * Quoted text is probeQuotedValues'; numbers, months, weekdays and periods ("Q3") are the date and number readers'.
 */
export function namedSpans(question: string, known: readonly MatchedValue[] = []): string[] {
  const spans: string[] = [];
  const withKind: string[] = [];
  const add = (span: string): void => {
    const text = span.replace(/['’]s$/u, '').replace(/[.'’&-]+$/u, '').trim();
    if (text.length < 2 || text.length > MAX_SPAN_LENGTH || /^[\d.,\s-]+$/.test(text)) return;
    if (!spans.some((known) => known.toLowerCase() === text.toLowerCase())) spans.push(text);
  };
  const quoted = [...question.matchAll(/'[^'\n]{1,100}'|"[^"\n]{1,100}"/g)].map((match) => [match.index, match.index + match[0].length] as const);
  for (const match of question.matchAll(RUN)) {
    const start = match.index;
    if (quoted.some(([from, to]) => start >= from && start < to)) continue;
    const before = question.slice(0, start);
    const initial = /^\s*$/.test(before) || /[.?!:]\s*$/.test(before);
    let words = match[0].split(/\s+/);
    if (initial && words.length === 1) continue;
    // At a sentence's start a capital says nothing: "Did Old Mill Bakery …" drops "Did"; "Chloe Varley's …" is kept.
    // Inside a sentence it is the name's own ("does The Drovers Arms charge").
    if (initial) while (words.length > 0 && closedClass(words[0]!)) words = words.slice(1);
    // "in October 2026": a date, whatever its capitals.
    while (words.length > 0 && isCalendarWord(words[0]!)) words = words.slice(1);
    while (words.length > 0 && (/^(?:&|of|de|the|and)$/i.test(words.at(-1)!) || isCalendarWord(words.at(-1)!))) words = words.slice(0, -1);
    if (words.length === 0) continue;
    const text = words.join(' ');
    // "SKUs": an acronym in the plural names a kind of thing, not one.
    if (words.length === 1 && /^\p{Lu}{2,}s$/u.test(text)) continue;
    if (words.length === 1 && /\p{N}/u.test(text) && (!CODE.test(text) || NOT_A_CODE.test(text))) continue;
    if (words.length === 1 && closedClass(text)) continue;
    add(text);
    // "Florence and the Machine" may be one name or two ("Leeds and the Ashford depot"): the whole, then its parts.
    const parts = text.split(/\s+(?:&|\+|of|de|the|and)\s+(?:the\s+)?/i);
    if (/\s(?:&|\+|of|de|and)\s+the\s/i.test(text)) for (const part of parts) if (part.split(/\s+/).length > 1 || !closedClass(part)) add(part);
    // "at St Cuthberts church" for 'St Cuthbert's Church': a noun in lower case right after a name may be the last
    // word of it, the kind of thing it names, which the sentence did not capitalise.
    // Only a noun that ends its phrase (punctuation, the end, or a preposition after it): "Did Old Mill Bakery order
    // anything" has a verb there, and after a possessive ("Chloe Varley's funeral") the noun is owned, not named.
    const kind = /^\s+([a-z]{3,})(?=\s*(?:[?.!,;:]|$)|\s+(?:in|on|at|of|for|with|near|from)\b)/.exec(question.slice(start + match[0].length))?.[1];
    if (kind !== undefined && match[0].endsWith(words.at(-1)!) && !/['’]s$/.test(match[0]) && !closedClass(kind) && primaryPartOfSpeech(kind) === 'noun') withKind.push(`${text} ${kind}`);
  }
  // A code written in lower case ("job sj5230") is still a code.
  for (const match of question.matchAll(/(?<![\p{L}\p{N}'’])[\p{L}\p{N}]+(?:[-/][\p{L}\p{N}]+)*/gu)) {
    const token = match[0];
    if (CODE.test(token) && !NOT_A_CODE.test(token) && /^\p{L}/u.test(token)) add(token);
  }
  // After the names as written and the codes: a name with the noun after it is a second guess at the same name.
  for (const span of withKind) add(span);
  return spans.filter((span) => !grounded(span, known)).slice(0, MAX_SPANS);
}

/** The linked tables' text columns whose values the catalog did not keep because they are too many, best-linked first. */
export function manyValuedColumns(
  tables: readonly Pick<LinkedTable, 'table'>[],
  probed: ReadonlySet<string>,
  known: readonly ColumnValues[],
  max = MAX_COLUMNS,
): { table: CatalogTable; column: string }[] {
  const kept = new Set(known.map((set) => `${set.table}\u0000${set.column}`));
  const columns: { table: CatalogTable; column: string }[] = [];
  for (const { table } of tables) {
    if (!probed.has(table.name)) continue;
    const text = valueColumns(table).filter((name) => {
      const column = table.columns.find((candidate) => candidate.name === name)!;
      return /char|text|string/i.test(column.type) && !kept.has(`${table.name}\u0000${name}`);
    });
    // A primary key first: a code or name a row is filed under.
    text.sort((a, b) => Number(isKey(table, b)) - Number(isKey(table, a)));
    for (const column of text) columns.push({ table, column });
  }
  return columns.slice(0, max);
}

const isKey = (table: CatalogTable, column: string): boolean => table.columns.some((candidate) => candidate.name === column && candidate.primary_key);

/**
 * "table\0column\0span" (the span in lower case) → the value stored for it in that column, or null when the column does
 * not hold it; "table\0column\1" marks a column too big to scan within a question's budget.
 */
export type NamedValueCache = Map<string, Promise<string | null>>;

/**
 * Looks the spans nothing grounded yet up in the columns, one query per column for all the spans it is still asked
 * for: `SELECT col FROM t WHERE lower(col) IN (lower(?), …) LIMIT n`, the spans bound as parameters. The look-ups of
 * big tables share BUDGET_MS; a column that fails or runs out of time is skipped, as if it held nothing.
 */
export async function probeNamedValues(
  connector: Connector,
  columns: readonly { table: CatalogTable; column: string }[],
  spans: readonly string[],
  known: readonly MatchedValue[],
  cache: NamedValueCache,
  signal?: AbortSignal,
): Promise<MatchedValue[]> {
  const open = spans.filter((span) => !grounded(span, known));
  const found: MatchedValue[] = [];
  if (open.length === 0 || columns.length === 0) return found;
  const deadline = performance.now() + BUDGET_MS;
  const dialect = dialectFor(connector.dialect);
  for (const { table, column } of columns) {
    const wanted = open.filter((span) => !found.some((match) => match.matched_text === span));
    if (wanted.length === 0) break;
    const keyOf = (span: string): string => `${table.name}\u0000${column}\u0000${span.toLowerCase()}`;
    const slow = `${table.name}\u0000${column}\u0001`;
    if (cache.has(slow)) continue;
    const asked = wanted.filter((span) => !cache.has(keyOf(span)));
    if (asked.length > 0) {
      const small = table.row_count > 0 && table.row_count <= SMALL_TABLE_ROWS;
      const left = deadline - performance.now();
      if (left <= 0 && !small) continue;
      const timeoutMs = small ? SMALL_TABLE_TIMEOUT_MS : Math.max(1, Math.floor(left));
      const lookup = runProbe(connector, dialect.parameter.bind(dialect), table.name, column, asked, timeoutMs, signal);
      for (const span of asked) {
        const forms = new Set(spellings(span).map((form) => unapostrophed(form.toLowerCase())));
        const stored = lookup.then((values) => values.find((value) => forms.has(unapostrophed(value.toLowerCase()))) ?? null);
        // Awaited below unless the question is cancelled first; a rejection nobody awaits must not end the process.
        stored.catch(() => undefined);
        cache.set(keyOf(span), stored);
      }
      lookup.catch((error: unknown) => {
        // A failed or cut-short probe is no answer: forget it, so a later question may ask again...
        for (const span of asked) cache.delete(keyOf(span));
        // ...unless the column is too big to scan within most of a question's budget: later questions skip it.
        if (error instanceof SqlError && error.kind === 'timeout' && !signal?.aborted && !small && timeoutMs >= BUDGET_MS / 2) cache.set(slow, Promise.resolve(null));
      });
    }
    // Read now: a failed probe takes its spans out of the cache while they are awaited.
    const pending = wanted.map((span) => [span, cache.get(keyOf(span))] as const);
    for (const [span, answer] of pending) {
      let stored: string | null | undefined;
      try {
        stored = await answer;
      } catch (error) {
        if (signal?.aborted) throw error;
        continue;
      }
      if (typeof stored === 'string') found.push({ table: table.name, column, value: stored, matched_text: span, score: 1 });
    }
  }
  return found;
}

async function runProbe(
  connector: Connector,
  parameter: (position: number) => string,
  table: string,
  column: string,
  spans: readonly string[],
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<string[]> {
  const name = quoteIdentifier(column, connector.dialect);
  const forms = [...new Set(spans.flatMap(spellings))];
  // "St Cuthberts" for 'St Cuthbert's Church': apostrophes are left out on both sides, as a keyboard often leaves them.
  const unquoted = (text: string): string => `replace(replace(lower(${text}), '''', ''), '’', '')`;
  const placeholders = forms.map((_, index) => unquoted(parameter(index + 1))).join(', ');
  const stored = unquoted(name);
  const sql = `SELECT DISTINCT ${name} FROM ${quoteIdentifier(table, connector.dialect)} WHERE ${stored} IN (${placeholders}) LIMIT ${forms.length}`;
  const result = await connector.execute(sql, { timeoutMs, maxRows: forms.length, signal, params: forms });
  return result.rows.map((row) => row[0]).filter((value): value is string => typeof value === 'string');
}

/**
 * The ways a name may be stored that its words as written do not spell: with the article the sentence gave it in lower
 * case ("has the Drovers Arms placed" for 'The Drovers Arms'), and with "and" written as a sign ("Florence and the
 * Machine" for 'Florence + The Machine', "Kettle and Crumb" for 'Kettle & Crumb') or a sign written out, and without
 * a legal form it ends with. Each is
 * still compared whole, so a name's words must all be the value's, in its order.
 */
export function spellings(span: string): string[] {
  const forms = [span];
  const conjoined = /\s(?:and|&|\+)\s/i.test(span) ? ['and', '&', '+'].map((sign) => span.replace(/\s(?:and|&|\+)\s/gi, ` ${sign} `)) : [];
  for (const form of conjoined) if (!forms.includes(form)) forms.push(form);
  if (/\s/.test(span) && !/^the\s/i.test(span)) for (const form of [...forms]) forms.push(`The ${form}`);
  // "Moorside Lettings Ltd" for 'Moorside Lettings': a company's legal form, which a record may leave off.
  const bare = withoutLegalForm(span);
  if (bare !== undefined) for (const form of spellings(bare)) if (!forms.includes(form)) forms.push(form);
  return forms;
}

/** A name without its apostrophes ("St Cuthbert's" → "St Cuthberts"), as the probe compares stored names. */
const unapostrophed = (text: string): string => text.replace(/['’]/g, '');

/**
 * A span a value the linker or another probe matched as it stands. A value matched to part of it ('Burnside', an estate,
 * in "2 Burnside Road") leaves the whole to be looked up.
 */
function grounded(span: string, known: readonly MatchedValue[]): boolean {
  const lower = span.toLowerCase();
  return known.some((match) => match.value.toLowerCase() === lower || match.matched_text.toLowerCase() === lower);
}

/**
 * The matches a looked-up name swallows: a stored value matched to a piece of a longer name the data holds whole
 * ('Burnside', an estate, inside "2 Burnside Road", a stored address) is a piece of that name, not a second thing
 * the question names.
 */
export function piecesOfNames(matches: readonly MatchedValue[], names: readonly MatchedValue[]): Set<MatchedValue> {
  const pieces = new Set<MatchedValue>();
  for (const name of names) {
    const whole = ` ${name.matched_text.toLowerCase()} `;
    for (const match of matches) {
      if (names.includes(match)) continue;
      const piece = match.matched_text.toLowerCase();
      if (piece.length < name.matched_text.length && whole.includes(` ${piece} `)) pieces.add(match);
    }
  }
  return pieces;
}
