import { splitIdentifier } from '../catalog/split-identifier.js';
import { catalogVocabulary, type NameVocabulary } from '../catalog/name-vocabulary.js';
import type { CatalogTable } from '../connectors/connector.js';
import type { Context } from '../context/context-schema.js';
import type { QuestionWord } from '../models/offline/question-words.js';
import { MEASURE_WORDS } from '../models/offline/question-vocabulary.js';
import { askedAttributes } from './asked-attributes.js';
import { askedItems } from './asked-words.js';
import { asksAboutTable } from './asks-about-table.js';
import { asksForAdvice } from './asks-for-advice.js';
import { futurePeriod } from './future-period.js';
import { groundQuestion, type Grounding } from './ground-question.js';
import { FREQUENCY_WORDS, GENERIC_HEADS, isNamingWord } from './is-naming-word.js';
import { nounAncestors } from '../lexicon/noun-ancestors.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import { isWeakEvidence } from './is-weak-evidence.js';
import { recordsReason } from './records-reason.js';
import { ungroundedFocus } from './ungrounded-focus.js';
import { listPhrases, ungroundedPhrases } from './ungrounded-phrases.js';
import { groundAttributes, withHeldAttributes } from './ground-attributes.js';

export { groundQuestion, type Grounding } from './ground-question.js';

type GroundedWord = Grounding['words'][number];

/**
 * Why the data cannot answer the question, or undefined when it may. It cannot when:
 * - the question asks about the future: a period that has not begun (after the run's current date), a verb in the
 *   future tense, or a forecast;
 * - it asks for advice ("Should we …"), or why something happened where no column records a reason;
 * - a word that names something (a noun, a name, an adjective; not a verb, a literal or filler) links to nothing, and
 *   either what the question asks for ("the salary", "how many Oscars") is such a word, or no word links to a column
 *   or metric: table names, values and comment words alone cannot hold an attribute nobody stored.
 * A question whose asked-for part links to a column but whose other parts do not (a breakdown "by weather") is left
 * to run: the answer checks then name the part the SQL does not address, so it ends unsure.
 */
export function judgeGrounding(context: Context, catalog: readonly CatalogTable[] | NameVocabulary = [], options: { onlyWhenNothingLinks?: boolean } = {}): string | undefined {
  // Without a linked schema there is nothing to judge against (a plan without schema_linking).
  if (context.table_schemas.length === 0 && context.metrics.length === 0) return undefined;
  const question = context.task.text;
  const future = futurePeriod(question, context.task.current_date);
  if (future) {
    const when = future.kind === 'tense' ? 'asks what has not happened yet' : `is after ${context.task.current_date}`;
    return `"${future.phrase}" ${when}: ${context.task.namespace} records what has happened, not what will, so the data cannot answer this question`;
  }
  const advice = asksForAdvice(question);
  if (advice) {
    return `"${advice}" asks for advice or a judgment: ${context.task.namespace} records what happened, not what should be done, so the data cannot answer this question`;
  }
  // "Why …" asks for a reason: answerable only where a column records one (a return's reason), not from the facts alone.
  if (/^\s*why\b/i.test(question) && !recordsReason(context.table_schemas, Array.isArray(catalog) ? catalogVocabulary(catalog) : (catalog as NameVocabulary))) {
    return `"why" asks for a reason or cause, and nothing in ${context.task.namespace} records one, so the data cannot answer this question`;
  }
  const grounded = (context.grounding ?? groundQuestion(context, catalog)).words;
  // A model that judges answerability itself knows synonyms no word list does: it gets every question that links to
  // the data at all, and decides itself ("How many SKUs per category?"); one that links to nothing never costs a call.
  if (options.onlyWhenNothingLinks && grounded.some((entry) => entry.evidence !== undefined)) return undefined;
  const { held, missing } = groundAttributes(context);
  const verbElsewhere = missing?.verb !== undefined && grounded.some((entry) => entry.word.offset === missing.verb!.offset && entry.evidence === 'column');
  if (missing && !verbElsewhere) {
    return `nothing in ${listPhrases(missing.tables)} or the tables it links to matches '${missing.phrase}', so the data cannot answer this question`;
  }
  // An attribute a table of its thing holds, however loosely it links ("nationality" of a singer, as Citizenship), is grounded.
  const words = withHeldAttributes(grounded, held);
  // The grounding before held attributes: a verb a column seems to hold ("edited" by an editor) is not the table's own.
  const table = asksAboutTable(question, grounded, context.table_schemas.map((schema) => schema.name));
  if (table) {
    const asked = words.filter((entry) => entry.evidence === undefined);
    const what = asked.length > 0 ? `; nothing in it matches ${listPhrases(ungroundedPhrases(question, asked))}` : '';
    return `"${table}" is asked about as a table of ${context.task.namespace}, and its rows do not record who changed, owns or can read it, or when${what}, so the data cannot answer this question`;
  }
  const focus = ungroundedFocus(question, context, words);
  if (focus) {
    return `nothing in ${context.task.namespace} (tables, columns or metrics) records '${focus}', which the question asks for, so the data cannot answer this question`;
  }
  const topic = unknownTopic(question, words);
  if (topic) {
    return `nothing in ${context.task.namespace} (tables, columns, values, metrics or docs) matches ${listPhrases(topic)}, what the question asks about, so the data cannot answer this question`;
  }
  // Every ungrounded naming word is named in the reason; only the strong ones ("animal", not "national") decide.
  const valued = new Set(words.filter((entry) => entry.evidence === 'value').map((entry) => entry.word.index));
  const dated = context.table_schemas.some(holdsTime);
  // Worked out only for a word that asks how long: it reads WordNet, which a plain question never needs.
  let timed: boolean | undefined;
  const measuresDuration = () => (timed ??= context.table_schemas.some(holdsDuration));
  const named = words.filter(
    (entry) =>
      entry.evidence === undefined &&
      isNamingWord(question, entry.word) &&
      // "grass courts" where a surface column holds 'Grass': the noun after a stored value says what kind of thing the value is.
      !valued.has(entry.word.index - 1) &&
      // "born in the nineties", "at the moment": a period, which a date column holds.
      // "the longest match" where a minutes column is: how long is a duration.
      !(/^(long|longer|longest|short|shorter|shortest)$/.test(entry.word.text) && measuresDuration()) &&
      !(dated && /\b(?:in|at|on|every|during|since|over|before|after|from|until)\s+(?:the\s+|this\s+|that\s+)?$/i.test(question.slice(0, entry.word.offset)) && nounAncestors(entry.word.text).has('time_period')),
  );
  const open = named.filter((entry) => !isWeakEvidence(question, entry.word));
  // "Which template looks the most professional?": the question ranks by a quality nothing stores; a table's name is no
  // such quality either ("professional" as a kind of person).
  const ranking = words.find(
    (entry) => (entry.evidence === undefined ? open.includes(entry) : entry.evidence === 'table' || entry.evidence === 'text') && ranksBy(question, entry.word),
  );
  const rankOpen = ranking !== undefined;
  if (ranking && ranking.evidence !== undefined) {
    return `nothing in ${context.task.namespace} (columns, values or metrics) records '${ranking.word.text}', which the question ranks by, so the data cannot answer this question`;
  }
  if (open.length === 0) return undefined;
  const openTexts = new Set(open.map((entry) => entry.word.text));
  const namedTexts = new Set(named.map((entry) => entry.word.text));
  // "the age of the people who buy": a generic head stands for what its clause describes, and asks nothing itself.
  const asked = askedItems(question).filter((item) => !GENERIC_HEADS.test(item.at(-1)!));
  // What is asked is open when the head of every asked item ("carriers" of "air carriers") links to nothing, and no
  // word of it names a column ("mobile phone" where a cell_mobile_number column is; a measure such as the "sales" of
  // "sales reps" names none).
  const columnTexts = new Set(words.filter((entry) => entry.evidence === 'column' && !MEASURE_WORDS.has(entry.word.text)).map((entry) => entry.word.text));
  const itemOpen = (item: string[]) => namedTexts.has(item.at(-1)!) && !item.some((text) => columnTexts.has(text));
  const askedOpen = asked.length > 0 && asked.every(itemOpen) && asked.some((item) => openTexts.has(item.at(-1)!));
  // "Amazon's revenue": what is asked belongs to something nothing in the data names.
  const askedTexts = new Set(asked.flat());
  const ownerOpen = open.some((entry) => askedTexts.has(ownedWord(question, entry.word) ?? ''));
  const anyColumn = words.some((entry) => entry.evidence === 'column');
  // "Which template looks the most professional?": the question ranks by a quality nothing stores.
  if (anyColumn && !askedOpen && !ownerOpen && !rankOpen) return undefined;
  // "How many air carriers are based in the USA?": what is asked links (carriers), and only words narrowing it do not.
  const modifiers = new Set(asked.flatMap((item) => item.slice(0, -1)));
  const headsLink = asked.length > 0 && asked.every((item) => words.some((entry) => entry.word.text === item.at(-1) && entry.evidence !== undefined));
  if (!ownerOpen && !rankOpen && headsLink && open.every((entry) => modifiers.has(entry.word.text))) return undefined;
  return `nothing in ${context.task.namespace} (tables, columns, values, metrics or docs) matches ${listPhrases(ungroundedPhrases(question, named))}, so the data cannot answer this question`;
}

/**
 * The thing a question asks who did something to, or when, when no word of it links to the data ("Who created the Linux
 * kernel?", "When was the Eiffel Tower built?"): the doer or time of a deed done to something the namespace does not hold.
 */
function unknownTopic(question: string, words: readonly GroundedWord[]): string[] | undefined {
  // Only the doer or time of a verb: "the names of all stations" may name a table loosely, where names are stored.
  for (const attribute of askedAttributes(question).filter((attribute) => attribute.verb)) {
    const entries = attribute.of.flatMap((word) => words.filter((entry) => entry.word.offset === word.offset));
    if (entries.length === 0 || entries.some((entry) => entry.evidence !== undefined)) continue;
    const open = entries.filter((entry) => isNamingWord(question, entry.word) && !isWeakEvidence(question, entry.word));
    if (open.length > 0) return ungroundedPhrases(question, entries);
  }
  return undefined;
}

/** The word a possessive owns: "revenue" for "Amazon" in "Amazon's revenue". */
function ownedWord(question: string, word: QuestionWord): string | undefined {
  return /^['’]s\s+([A-Za-z]+)/.exec(question.slice(word.offset + word.text.length))?.[1]?.toLowerCase();
}

/**
 * Whether the word is the quality a question ranks by: a superlative adjective ("the nicest"), an adjective after
 * "most"/"least" ("the most professional"), or a noun after a comparative or superlative ("the better strategist").
 * "the most players" counts players, and is not one.
 */
function ranksBy(question: string, word: QuestionWord): boolean {
  const before = /([A-Za-z]+)\W*$/.exec(question.slice(0, word.offset))?.[1]?.toLowerCase();
  // The part of speech last: it reads WordNet, which only a comparative or superlative needs.
  if (before && /^(better|best|worse|worst|greatest|finest)$/.test(before)) return primaryPartOfSpeech(word.text) === 'noun';
  // "the most common", "the most popular": how often, which the SQL counts.
  if (FREQUENCY_WORDS.test(word.text)) return false;
  if (before && /^(most|least)$/.test(before)) return primaryPartOfSpeech(word.text) === 'adj';
  return /est$/.test(word.text) && word.text.length > 5 && primaryPartOfSpeech(word.text) === 'adj';
}

/** Whether a table has a column that records when: a date or time type, or a name saying so. */
function holdsTime(table: { columns: readonly { name: string; type?: string }[] }): boolean {
  return table.columns.some((column) => /date|time|year/i.test(column.type ?? '') || /(^|_)(date|time|year|dob|born|birth)/i.test(column.name) || /(Date|Time|Year)/.test(column.name));
}

/** Whether a table has a column that measures how long: one named by a unit of time or a duration ("minutes", "length"). */
function holdsDuration(table: { columns: readonly { name: string }[] }): boolean {
  return table.columns.some((column) =>
    splitIdentifier(column.name.toLowerCase()).some((part) => part.length > 2 && (nounAncestors(part).has('time_unit') || nounAncestors(part).has('duration'))),
  );
}
