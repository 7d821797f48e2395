import { pertainedNouns } from '../lexicon/pertained-nouns.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import { saysPresentMoment } from '../lexicon/present-moment.js';
import { nearlySameWord } from '../models/offline/nearly-same-word.js';
import { wordTable } from '../own-entry.js';
import { questionWords, type QuestionWord } from '../models/offline/question-words.js';
import { unaddressedPhrases } from '../models/offline/unaddressed-phrases.js';
import type { AnswerCheckRule, AnswerFacts } from './answer-facts.js';
import { AUXILIARIES } from './auxiliaries.js';
import { ROW_NOUNS } from './row-nouns.js';
import { sqlReadsSynonym } from './sql-reads-synonym.js';
import { sqlReadsWord } from './sql-reads-word.js';
import { namesReadColumnComment } from './comment-heads.js';
import { readsColumn } from './reads-column.js';
import { ARTICLES, DEMONSTRATIVES as ENGLISH_DEMONSTRATIVES, IDENTITY_WORDS, POSSESSIVE_DETERMINERS, QUANTIFIERS } from '../lexicon/determiners.js';
import { pick, wordSet } from '../lexicon/word-set.js';
import { PREPOSITIONS as ENGLISH_PREPOSITIONS } from '../lexicon/prepositions.js';
import { PRO_ADVERBS } from '../lexicon/function-adverbs.js';
import { PERSONAL_PRONOUNS, RELATIVE_PRONOUNS } from '../lexicon/pronouns.js';
import { FINITE_DO, MODALS } from '../lexicon/auxiliaries.js';
import { NEGATORS } from '../lexicon/negators.js';
import { ORDER_WORDS } from '../lexicon/order-words.js';

const COMPARATIVES = /^(greater|less|more|fewer|older|younger|higher|lower|larger|smaller|bigger|heavier|lighter|longer|shorter|earlier|later|cheaper|costlier|above|below|over|under)$/;
const PREPOSITIONS: ReadonlySet<string> = wordSet(
  pick(ENGLISH_PREPOSITIONS, 'from', 'to', 'with', 'into', 'onto', 'at', 'in', 'on', 'by', 'for', 'as', 'under', 'over'),
  pick(PRO_ADVERBS, 'there'),
);
/** Endings English nouns take and verbs do not: "growth in 2024" stays a content word. */
const NOUN_ENDING = /(tion|sion|ment|ness|ity|ance|ence|th|ship|age|ure|ism|ist|ics)$/;
/** Words after which the next word is a verb: "who teach", "they serve", "did not lose", "to visit". */
const BEFORE_VERB: ReadonlySet<string> = wordSet(
  pick(RELATIVE_PRONOUNS, 'who', 'that', 'which'),
  pick(PERSONAL_PRONOUNS, 'they', 'we'),
  pick(ENGLISH_PREPOSITIONS, 'to'),
  FINITE_DO,
  pick(NEGATORS, 'not', 'never'),
  pick(MODALS, 'can', 'will', 'would'),
);
/** Words that open a noun phrase, so the word before them is a verb: "serves the most", "contain any". */
const DETERMINERS: ReadonlySet<string> = wordSet(ARTICLES, pick(QUANTIFIERS, 'any', 'each', 'every', 'all', 'some', 'no'));
const NUMBER_WORDS: Readonly<Record<string, number>> = wordTable({ one: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, twenty: 20, hundred: 100 });
/** Words before which "one" stands for a thing already named ("the one whose", "her current one"), not a number. */
const BEFORE_PRONOUN_ONE: ReadonlySet<string> = wordSet(
  pick(ARTICLES, 'the'),
  pick(ENGLISH_DEMONSTRATIVES, 'this', 'that'),
  pick(RELATIVE_PRONOUNS, 'which'),
  pick(QUANTIFIERS, 'each', 'every'),
  pick(IDENTITY_WORDS, 'other', 'same', 'another'),
  ['current'],
);
/** Demonstratives: after a preposition, "that country" points back at what the question already named. */
const DEMONSTRATIVES: ReadonlySet<string> = wordSet(ENGLISH_DEMONSTRATIVES, pick(IDENTITY_WORDS, 'such'));
/** Words that describe a text pattern ("the letter 'w'", "the word 'Hey'"), which LIKE carries. */
const PATTERN_WORDS = /^(letters?|words?|substrings?|strings?|characters?|phrases?|contains?|containing)$/;

/**
 * Content phrases that nothing linked accounts for and the SQL does not reflect ("growth", "seasonally
 * adjusted"). Verbs that only relate things the SQL joins ("departing from", "belongs to", "who teach"),
 * comparatives a comparison in the SQL carries ("heavier than 10"), number words the SQL states, ordering
 * words an ORDER BY carries and words the SQL's identifiers abbreviate are not content.
 */
export const checkUnaddressed: AnswerCheckRule = (facts) => {
  const { context, attempt } = facts;
  const words = questionWords(context.task.text);
  const open = unaddressedPhrases(context, attempt.sql)
    .map((p) => p.phrase)
    .filter((phrase) => !phrase.split(' ').every((text) => accountedFor(facts, words, text)));
  return open.length === 0
    ? { name: 'unaddressed', passed: true, detail: 'every content word of the question is accounted for' }
    : { name: 'unaddressed', passed: false, detail: `the SQL does not address ${open.map((p) => `"${p}"`).join(', ')}` };
};

/** Words that place a state at the present moment: "now", "currently", "right now", "at the moment", "at present". */
function saysNow(words: readonly QuestionWord[], at: number): boolean {
  const text = words[at]!.text;
  if (text === 'current' || saysPresentMoment(words, at)) return true;
  return text === 'right' && words[at + 1]?.text === 'now';
}

function accountedFor({ sql, question, context }: AnswerFacts, words: readonly QuestionWord[], text: string): boolean {
  const at = words.findIndex((w) => w.text === text);
  if (at < 0) return false;
  const previous = words[at - 1]?.text ?? '';
  const next = words[at + 1]?.text ?? '';
  if (sqlReadsWord(text, sql.roots)) return true;
  // "in-person purchases": a row noun glued into a modifier describes the rows, it does not name them.
  if (ROW_NOUNS.test(text) && !hyphenated(question, words[at]!)) return true;
  // "high school student" read as Highschooler: two words written as one.
  if ([previous + text, text + next].some((compound) => compound.length >= 6 && [...sql.roots].some((root) => root.startsWith(compound.replace(/s$/, ''))))) return true;
  // "left handed" as hand = 'L', "female" as sex = 'F': a code that is the word's initial.
  if (sql.literals.includes(text[0]!)) return true;
  // "full names" shown as first and last name.
  if (text === 'full' && /^names?$/.test(next) && new Set(sql.code.match(/\b\w*name\w*\b/g) ?? []).size >= 2) return true;
  if (text === 'else' && /^(some|any|every|no)(one|body)$/.test(previous)) return true;
  if (text === 'one' && BEFORE_PRONOUN_ONE.has(previous)) return true;
  // "right now", "at the moment", "currently": a state that has not ended, which an empty end (IS NULL) carries.
  if (saysNow(words, at) && /\bis\s+null\b/i.test(sql.code)) return true;
  if (DEMONSTRATIVES.has(previous) && PREPOSITIONS.has(words[at - 2]?.text ?? '')) return true;
  if (sqlReadsSynonym(text, sql.roots)) return true;
  // "cost" of pur_amt, 'Purchase price in GBP': the word names what a read column's comment defines it as.
  if (namesReadColumnComment(text, context.table_schemas, sql.code, readsColumn)) return true;
  // "French" met by country = 'France'.
  if (sql.literals.length > 0 && pertainedNouns(text).some((noun) => sql.literals.includes(noun))) return true;
  const number = NUMBER_WORDS[text];
  if (number !== undefined) return new RegExp(`(?<![\\w.])${number}(?![\\w.])`).test(sql.code) || (number === 1 && /\bcount\s*\(|\bcount_star\s*\(/.test(sql.code));
  if (sql.ordered && ORDER_WORDS.some((order) => nearlySameWord(order, text))) return true;
  if (PATTERN_WORDS.test(text) && /\b(i?like|regexp|glob|similar\s+to|strpos|instr|position|contains)\b/.test(sql.code)) return true;
  // "the most common / frequent / popular X" is answered by counting and ranking.
  if (/^(most|least)$/.test(previous) && sql.ordered && (sql.aggregates.has('count') || sql.aggregates.has('sum'))) return true;
  if (/[<>]|\bbetween\b/.test(sql.code) && (COMPARATIVES.test(text) || (/er$/.test(text) && next === 'than'))) return true;
  if (NOUN_ENDING.test(text)) return false;
  // "departments offer degrees", "the department offers?": a verb English mostly uses as one relates what the SQL reads on either side.
  // After a degree word or a determiner ("the most frequent", "a release") the word is no verb.
  if (!/^(most|least|more|less|very|so|too)$/.test(previous) && !DETERMINERS.has(previous) && primaryPartOfSpeech(text) === 'verb' && relatesReadWords(words, at, sql.roots)) return true;
  // "by the netters in October", "our netters", "visits were to verticals": a plural after a determiner or after "to"
  // (an infinitive is never inflected) names the rows the question restricts to, not a verb relating what the SQL reads.
  if ((BEFORE_PLURAL_NOUN.has(previous) || previous === 'to') && pluralNoun(text)) return false;
  const relates = /\bjoin\b|\bwhere\b|\(\s*select\b|\bexcept\b|\bintersect\b|\bhaving\b/.test(sql.code);
  if (relates && (BEFORE_VERB.has(previous) || DETERMINERS.has(next))) return true;
  // "flights leaving from", "located in" relate; "marketing email", "housing costs": an -ing noun before a noun names a kind, and stays content.
  if (/ing$/.test(text) && !words[at]!.clauseEnd && primaryPartOfSpeech(text) === 'noun' && /^[a-z]{3,}$/.test(next) && !PREPOSITIONS.has(next) && !DETERMINERS.has(next) && primaryPartOfSpeech(next) !== 'verb') return false;
  return /(ing|ed)$/.test(text) && text.length > 4 ? !onlyTimeAfterVerb(words, at) : PREPOSITIONS.has(next);
}

/** Determiners before which a plural is a noun ("the netters", "our netters", "those netters"); "her" may be a pronoun. */
const BEFORE_PLURAL_NOUN: ReadonlySet<string> = wordSet(ARTICLES, pick(POSSESSIVE_DETERMINERS, 'my', 'your', 'his', 'its', 'our', 'their'), pick(ENGLISH_DEMONSTRATIVES, 'these', 'those'));

/** A plural -s form English mostly uses as no verb ("verticals", "netters"); "-ss" and "-us" words are no plurals. */
function pluralNoun(text: string): boolean {
  return /[^su]s$/.test(text) && text.length > 3 && primaryPartOfSpeech(text) !== 'verb';
}

/** Words that only place a clause in time ("last month", "in 2024"), which the date filters carry. */
const TIME_WORDS = /^(last|this|next|past|previous|recent|recently|ago|today|yesterday|tomorrow|day|days|week|weeks|month|months|quarter|quarters|year|years|weekend|\d+)$/;

/**
 * "customers churned last month": a verb in the past with no auxiliary, followed in its clause by nothing but a time,
 * is what the question restricts the rows by, not a word that relates things the SQL reads ("flights leaving from
 * Denver", "matches were played in each year").
 */
function onlyTimeAfterVerb(words: readonly QuestionWord[], at: number): boolean {
  if (AUXILIARIES.has(words[at - 1]?.text ?? '') || words[at]!.clauseEnd) return false;
  const end = words.findIndex((w, k) => k > at && w.clauseEnd);
  const content = words.slice(at + 1, end < 0 ? words.length : end + 1).filter((w) => !DETERMINERS.has(w.text) && !PREPOSITIONS.has(w.text));
  return content.length > 0 && content.every((w) => TIME_WORDS.test(w.text));
}

function hyphenated(question: string, word: QuestionWord): boolean {
  return question[word.offset - 1] === '-' || question[word.offset + word.text.length] === '-';
}

/** The verb at `at` has a subject the SQL reads before it, and an object the SQL reads after it unless the clause ends with the verb. */
function relatesReadWords(words: readonly QuestionWord[], at: number, roots: ReadonlySet<string>): boolean {
  const reads = (w: QuestionWord) => w.text.length >= 3 && !DETERMINERS.has(w.text) && sqlReadsWord(w.text, roots);
  const end = words.findIndex((w, k) => k >= at && w.clauseEnd);
  const after = words.slice(at + 1, end < 0 ? words.length : end + 1).filter((w) => w.text.length >= 3 && !DETERMINERS.has(w.text));
  return words.slice(0, at).some(reads) && (after.length === 0 || after.some(reads));
}
