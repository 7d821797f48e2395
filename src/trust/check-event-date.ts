import { derivedForms } from '../lexicon/derived-forms.js';
import { IRREGULAR_VERBS } from '../lexicon/irregular-verbs.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import { questionWords, type QuestionWord } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { sqlReadsWord } from './sql-reads-word.js';
import { FINITE_DO } from '../lexicon/auxiliaries.js';
import { PREPOSITIONS } from '../lexicon/prepositions.js';
import { pick, wordSet } from '../lexicon/word-set.js';
import { wordsAndRoots } from '../models/offline/name-words-and-roots.js';
import { tableNameWords } from '../models/offline/table-name-words.js';

/** Verbs that only say a row came to be ("made", "placed", "recorded"): any date of the row dates them. */
const GENERIC_EVENTS = /^(made|placed|created|recorded|registered|logged|entered|added|happened|occurred|done|held|taken|given|had|got|was|were|make|place|create|record|register|log|enter|add|happen|occur|do|hold|take|give|have|get)$/;
const DATE_PREPOSITIONS: ReadonlySet<string> = wordSet(pick(PREPOSITIONS, 'in', 'during', 'on', 'since', 'before', 'after', 'until', 'by'));
const YEAR = /^(19|20)\d\d$/;
const DO_SUPPORT: ReadonlySet<string> = wordSet(FINITE_DO);
/** English verbs whose event noun changes its vowel, which WordNet's derivation links miss: sell → sale ("sale_dt"). */
const EVENT_NOUNS: Readonly<Record<string, string>> = { sell: 'sale', lose: 'loss', die: 'death', bear: 'birth', fly: 'flight', give: 'gift', choose: 'choice', see: 'sight', think: 'thought', serve: 'service', deceive: 'deceit' };

/**
 * "How many items debuted in 2026?": a year after a verb dates that event, so the SQL's date filter must read a
 * column about it (debut, launch) rather than another date of a joined table (the order date). Verbs that only say
 * a row was made or recorded are dated by any of its dates. A verb in its dictionary form after "did" ("How many
 * bottles did we sell in 2025?") is dated the same way.
 */
export const checkEventDate: AnswerCheckRule = ({ question, sql, context }) => {
  if (!/\bdate\s*'|\d{4}-\d\d-\d\d|\byear\s*\(|\bextract\s*\(|\bstrftime\s*\(/.test(sql.text)) return undefined;
  const words = questionWords(question);
  const datedAt = (k: number) => DATE_PREPOSITIONS.has(words[k + 1]?.text ?? '') && YEAR.test(words[k + 2]?.text ?? '');
  const past = words.filter((word, k) => isPastVerb(word) && datedAt(k));
  // A dictionary form after "did" is doubted only where the schema records the event by a name of its own (a sale
  // table for "sell"): "How many visitor nights did we sell in 2026?" over agreements that only start is dated by the start.
  // The schema's name parts, read only when a verb after "did" is dated (most questions have none).
  let recorded: ReadonlySet<string> | undefined;
  const recordedParts = () =>
    (recorded ??= wordsAndRoots(context.table_schemas.flatMap((table) => [table.name, ...table.columns.map((column) => column.name)]).flatMap((name) => tableNameWords(name))));
  const supported = words.filter((word, k) => isSupportedVerb(words, k) && datedAt(k) && !GENERIC_EVENTS.test(word.text) && namesEvent(word.text, recordedParts()));
  const dated = [...past, ...supported];
  if (dated.length === 0) return undefined;
  const unread = dated.filter((word) => !GENERIC_EVENTS.test(word.text) && !readsEvent(word.text, sql.roots));
  if (unread.length === 0) return { name: 'event_date', passed: true, detail: `the SQL dates ${dated.map((w) => `"${w.text}"`).join(', ')} by a column about it` };
  return {
    name: 'event_date',
    passed: false,
    detail: `the question dates when rows ${unread.map((w) => `"${w.text}"`).join(', ')}, but the SQL filters on a date that is about something else`,
  };
};

/** "How many bottles did we sell in 2025?": a verb's dictionary form after "did / do / does" and its subject. */
function isSupportedVerb(words: readonly QuestionWord[], k: number): boolean {
  const word = words[k]!.text;
  if (!words.slice(Math.max(0, k - 3), k).some((before) => DO_SUPPORT.has(before.text))) return false;
  if (IRREGULAR_VERBS[word] !== undefined || /(ed|ing|s)$/.test(word) || word.length < 3) return false;
  return primaryPartOfSpeech(word) === 'verb';
}

function isPastVerb(word: QuestionWord): boolean {
  const base = IRREGULAR_VERBS[word.text];
  if (base !== undefined) return base !== 'be' && base !== 'have' && base !== 'do';
  return /ed$/.test(word.text) && word.text.length > 4;
}

/** A name part that is the verb itself, its regular past, a form WordNet derives from it or its event noun (sell → sale): no short forms. */
function namesEvent(verb: string, parts: ReadonlySet<string>): boolean {
  const forms = [verb, `${verb}d`, `${verb}ed`, ...derivedForms(verb), EVENT_NOUNS[verb] ?? ''].filter((form) => form.length >= 3 && !form.includes('_'));
  return forms.some((form) => parts.has(form) || parts.has(wordRoot(form)));
}

/** "launched" read as launched_on, "born" as birth_year: the verb, its dictionary form or a word derived from it. */
function readsEvent(verb: string, roots: ReadonlySet<string>): boolean {
  if (sqlReadsWord(verb, roots)) return true;
  // "hire" read as hired_dt: the verb's regular past.
  if (!/ed$/.test(verb) && [`${verb}d`, `${verb}ed`].some((past) => roots.has(past) || roots.has(wordRoot(past)))) return true;
  const noun = EVENT_NOUNS[IRREGULAR_VERBS[verb] ?? verb];
  if (noun && (roots.has(noun) || roots.has(wordRoot(noun)))) return true;
  return [...derivedForms(verb)].some((form) => !form.includes('_') && (roots.has(form) || roots.has(wordRoot(form))));
}
