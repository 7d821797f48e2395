import { derivedForms } from '../lexicon/derived-forms.js';
import { IRREGULAR_VERBS } from '../lexicon/irregular-verbs.js';
import { questionWords, type QuestionWord } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { sqlReadsWord } from './sql-reads-word.js';

/** Verbs that only say a row came to be ("made", "placed", "recorded"): any date of the row dates them. */
const GENERIC_EVENTS = /^(made|placed|created|recorded|registered|logged|entered|added|happened|occurred|done|held|taken|given|had|got|was|were)$/;
const DATE_PREPOSITIONS = /^(in|during|on|since|before|after|until|by)$/;
const YEAR = /^(19|20)\d\d$/;

/**
 * "How many items debuted in 2026?": a year after a verb dates that event, so the SQL's date filter must read a
 * column about it (debut, launch) rather than another date of a joined table (the order date). Verbs that only say
 * a row was made or recorded are dated by any of its dates.
 */
export const checkEventDate: AnswerCheckRule = ({ question, sql }) => {
  if (!/\bdate\s*'|\d{4}-\d\d-\d\d|\byear\s*\(|\bextract\s*\(|\bstrftime\s*\(/.test(sql.text)) return undefined;
  const words = questionWords(question);
  const dated = words.filter((word, k) => isPastVerb(word) && DATE_PREPOSITIONS.test(words[k + 1]?.text ?? '') && YEAR.test(words[k + 2]?.text ?? ''));
  if (dated.length === 0) return undefined;
  const unread = dated.filter((word) => !GENERIC_EVENTS.test(word.text) && !readsEvent(word.text, sql.roots));
  if (unread.length === 0) return { name: 'event_date', passed: true, detail: `the SQL dates ${dated.map((w) => `"${w.text}"`).join(', ')} by a column about it` };
  return {
    name: 'event_date',
    passed: false,
    detail: `the question dates when rows ${unread.map((w) => `"${w.text}"`).join(', ')}, but the SQL filters on a date that is about something else`,
  };
};

function isPastVerb(word: QuestionWord): boolean {
  const base = IRREGULAR_VERBS[word.text];
  if (base !== undefined) return base !== 'be' && base !== 'have' && base !== 'do';
  return /ed$/.test(word.text) && word.text.length > 4;
}

/** "launched" read as launched_on, "born" as birth_year: the verb, its dictionary form or a word derived from it. */
function readsEvent(verb: string, roots: ReadonlySet<string>): boolean {
  if (sqlReadsWord(verb, roots)) return true;
  return [...derivedForms(verb)].some((form) => !form.includes('_') && (roots.has(form) || roots.has(wordRoot(form))));
}
