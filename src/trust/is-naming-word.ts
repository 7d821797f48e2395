import { hasSense } from '../lexicon/has-sense.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import type { QuestionWord } from '../models/offline/question-words.js';
import { FILLER_WORDS } from '../models/offline/question-vocabulary.js';
import { endsWithObject } from './ends-with-object.js';
import { isPossessedNoun } from './possessed-noun.js';
import { PREPOSITIONS as ENGLISH_PREPOSITIONS } from '../lexicon/prepositions.js';
import { pick, wordSet } from '../lexicon/word-set.js';
import { AUXILIARY_LEMMAS, BE_FORMS, DO_FORMS, HAVE_FORMS, MODALS } from '../lexicon/auxiliaries.js';
import { PERSONAL_PRONOUNS, RELATIVE_PRONOUNS } from '../lexicon/pronouns.js';
import { NEGATORS } from '../lexicon/negators.js';
import { ARTICLES, POSSESSIVE_DETERMINERS, QUANTIFIERS } from '../lexicon/determiners.js';
import { ORDER_WORDS } from '../lexicon/order-words.js';

const SUBJECTS_AND_AUXILIARIES: ReadonlySet<string> = wordSet(
  AUXILIARY_LEMMAS,
  pick(RELATIVE_PRONOUNS, 'who', 'that', 'which'),
  pick(PERSONAL_PRONOUNS, 'they', 'we'),
  pick(ENGLISH_PREPOSITIONS, 'to'),
  pick(DO_FORMS, 'does', 'did'),
  pick(NEGATORS, 'not', 'never'),
  pick(MODALS, 'can', 'will', 'would'),
  pick(HAVE_FORMS, 'has', 'had'),
  pick(BE_FORMS, 'was', 'were', 'is', 'are', 'been'),
);
const DETERMINERS: ReadonlySet<string> = wordSet(ARTICLES, POSSESSIVE_DETERMINERS, pick(QUANTIFIERS, 'any', 'each', 'every', 'all', 'some', 'no'));
/** Prepositions a verb takes more often than a noun does: "depart from", "belong to", "sold by". */
const VERB_PREPOSITIONS: ReadonlySet<string> = wordSet(pick(ENGLISH_PREPOSITIONS, 'from', 'to', 'into', 'at', 'by'));
/** Words before a measure: "the average GPA" asks for a GPA, where "flights from APG" names a value. */
const MEASURE_WORDS = /^(average|avg|mean|total|sum|max|min|maximum|minimum|highest|lowest|median)$/;
/** Words of the query's form, which SQL carries without the data holding them: order, counts in words, "else". */
const FORM_WORDS: ReadonlySet<string> = wordSet(
  ORDER_WORDS,
  'one two three four five six seven eight nine ten single double twice once else times hundred hundreds thousand thousands million millions billion billions dozen dozens'.split(' '),
);
/** Ratios the SQL computes from counts ("the no-show rate", "the share of …"): a form of the answer, not a stored thing. */
const RATIO_WORDS = /^(rate|rates|ratio|ratios|proportion|proportions|percentage|percentages|fraction)$/;
export const FREQUENCY_WORDS = /^(common|frequent|popular|usual|typical|recent|often|used|visited|ordered|busy|busier|busiest|quieter|quietest)$/;
/** Nouns that only stand for whoever or whatever the rest of the clause describes: "people who were wounded", "the ones sold". */
export const GENERIC_HEADS = /^(people|persons|person|ones|things|folks|anyone|anybody|someone|somebody|everyone|everybody)$/;

/** A word of the answer's form ("percentage", "twice", "descending"), which the SQL computes or orders by, not a thing stored. */
export const isFormWord = (text: string): boolean => FORM_WORDS.has(text) || RATIO_WORDS.test(text);

/**
 * Whether a word nothing links to names something the data would have to hold, read without a tagger: a word written
 * with a capital inside the sentence is a name; a literal the user typed in capitals ("flights from APG") or in quotes
 * is a value to look for, not a thing; a word ending in -ed or -ing, after a subject or auxiliary ("who live", "do we
 * have"), or between a noun and a preposition or determiner ("flights depart from", "airline serves the") is a verb.
 */
export function isNamingWord(question: string, word: QuestionWord): boolean {
  const original = question.slice(word.offset, word.offset + word.text.length);
  if (FORM_WORDS.has(word.text) || RATIO_WORDS.test(word.text) || GENERIC_HEADS.test(word.text)) return false;
  if (insideQuotes(question, word.offset)) return false;
  // "How many tractors does the company have?": "the company", "our business" is whoever keeps the data, as "we" is.
  if (OWN_ORGANISATION.test(word.text) && /\b(?:the|our)\s+$/i.test(question.slice(0, word.offset)) && !/^['’]s\b/.test(question.slice(word.offset + word.text.length))) return false;
  // "right now", "right away": an adverb of time.
  if (word.text === 'right' && /^\s+(?:now|away)\b/i.test(question.slice(word.offset + word.text.length))) return false;
  // "at the moment", "at this minute": now, an adverb of time like "currently", which asks for the rows' present state.
  if (/^(?:moment|minute|instant)$/.test(word.text) && /\bat\s+(?:the|this)\s+$/i.test(question.slice(0, word.offset))) return false;
  const before = wordBefore(question, word.offset);
  // "flights from APG", "How many LRVs …": capitals, plural or not.
  // An acronym of letters that links to nothing, not even a stored value, names a body, a tax or an event the data
  // does not hold ("How much did MIT receive?", "the VAT rate"), unless it is a value looked for after a preposition
  // ("flights from APG") or a unit counted ("How many SKUs"); roman numerals name no thing.
  if (/^[A-Z0-9]{2,6}s?$/.test(original) && /[A-Z0-9]{2}/.test(original) && !(before && (DETERMINERS.has(before) || MEASURE_WORDS.test(before)))) return ACRONYM.test(original) && !NOT_A_NAME.test(original) && !LOOKED_FOR.test(question.slice(0, word.offset));
  if (word.index > 0 && /^[A-Z]/.test(original)) return true;
  // "the most common level": how often, which the SQL counts, not a quality stored.
  if (before && /^(most|least)$/.test(before) && FREQUENCY_WORDS.test(word.text)) return false;
  // "Which day are classes busiest?": how much goes on, which the SQL counts, as "the most popular" is.
  if (/(?:er|est)$/.test(word.text) && FREQUENCY_WORDS.test(word.text)) return false;
  // "the most talented": after a degree word an -ed word describes; "the most genuinely charming": an adverb may come between.
  if (before && /^(most|least|more|less|very)$/.test(before)) return true;
  if (/\b(?:most|least)\s+[a-z]+ly\s+$/i.test(question.slice(0, word.offset))) return true;
  if (/(ed|ing)$/.test(word.text) && word.text.length > 4 && !headOfRankedNoun(question, word)) return false;
  const after = question.slice(word.offset + original.length);
  if (/er$/.test(word.text) && /^\s*than\b/i.test(after)) return false;
  // "Which vaccines …" opens with a noun; "… students who live" puts a verb after the pronoun.
  const opening = /^\s*(?:which|what)\s+$/i.test(question.slice(0, word.offset));
  // "allergic to penicillin": "to" before a word English has no verb for is a preposition, not an infinitive's mark.
  if (before && SUBJECTS_AND_AUXILIARIES.has(before) && !opening && !(before === 'to' && !hasSense('verb', word.text)) && !isPossessedNoun(question, word)) return false;
  const next = /^\W*([A-Za-z]+)/.exec(after)?.[1]?.toLowerCase();
  // "How many degrees does the department offer?": the last word of a do-question is its verb; not after a
  // preposition ("How does a tiebreak work in tennis?"), nor after a verb ("Do any dishes contain nuts?").
  if (next === undefined && /\b(?:do|does|did)\b/i.test(question.slice(0, word.offset)) && !(before && PREPOSITIONS.has(before)) && !endsWithObject(question, word)) return false;
  const afterNoun = before !== undefined && !DETERMINERS.has(before) && !VERB_PREPOSITIONS.has(before) && !['of', 'in', 'on', 'for', 'with'].includes(before);
  if (afterNoun && next && (DETERMINERS.has(next) || VERB_PREPOSITIONS.has(next))) return false;
  // "how many clients live in …": the word after the counted noun is its verb.
  const counted = /\bhow\s+many\s+([A-Za-z]+)\s+$/i.exec(question.slice(0, word.offset))?.[1]?.toLowerCase();
  return counted === undefined || FILLER_WORDS.has(counted) || /(ing)$/.test(counted) || !(next && (DETERMINERS.has(next) || VERB_PREPOSITIONS.has(next) || ['in', 'on', 'with'].includes(next)));
}

/**
 * "Which customers have the lowest food hygiene rating?": the noun in -ing that ends what something has at its most
 * (after "have/with the <superlative>" and any nouns narrowing it) is that noun, not a verb's form.
 */
function headOfRankedNoun(question: string, word: QuestionWord): boolean {
  const after = question.slice(word.offset + word.text.length);
  if (!/^\s*(?:[?.!,]|$|\b(?:in|on|at|for|of|by|during|among|this|last)\b)/i.test(after)) return false;
  const phrase = /\b(?:have|has|had|having|with)\s+the\s+([a-z]+est)\s+((?:[a-z]+\s+){0,3})$/i.exec(question.slice(0, word.offset));
  if (!phrase || primaryPartOfSpeech(phrase[1]!.toLowerCase()) !== 'adj') return false;
  const noun = (text: string) => primaryPartOfSpeech(text) === 'noun' || (primaryPartOfSpeech(text) === undefined && hasSense('noun', text));
  return noun(word.text) && phrase[2]!.split(/\s+/).filter(Boolean).every((text) => noun(text.toLowerCase()));
}

const ACRONYM = /^[A-Z]{3,6}s?$/;
/** Words for an organisation in general, which "the" or "our" makes the one whose data it is. */
const OWN_ORGANISATION = /^(company|business|firm|organisation|organization)$/;
const NOT_A_NAME = /^(IDS|IDs|[IVXLC]+)$/;
/** Before a value looked for or a unit counted: a preposition or "how many", and any values listed with it ("from both APG and CVO"). */
const LOOKED_FOR = /\b(?:in|on|of|for|with|about|at|from|into|to|by|during|under|over|among|between|without|many)\s+(?:(?:both|either|neither|and|or|nor|[A-Z0-9]{2,6}s?)[\s,]+)*$/i;

const PREPOSITIONS: ReadonlySet<string> = wordSet(
  pick(ENGLISH_PREPOSITIONS, 'in', 'on', 'of', 'for', 'with', 'about', 'at', 'from', 'into', 'during', 'under', 'over', 'among', 'between', 'without'),
);

function wordBefore(question: string, offset: number): string | undefined {
  return /([A-Za-z]+)\W*$/.exec(question.slice(0, offset))?.[1]?.toLowerCase();
}

function insideQuotes(question: string, offset: number): boolean {
  const before = question.slice(0, offset);
  return ((before.match(/(?:^|[\s(])['"‘“]/g) ?? []).length - (before.match(/['"’”](?=[\s,.?!)]|$)/g) ?? []).length) > 0;
}
