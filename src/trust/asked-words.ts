import { hasSense } from '../lexicon/has-sense.js';
import { IRREGULAR_VERBS } from '../lexicon/irregular-verbs.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import { FILLER_WORDS, MEASURE_WORDS } from '../models/offline/question-vocabulary.js';
import { questionWords, type QuestionWord } from '../models/offline/question-words.js';
import { PERIOD_ADJECTIVES } from '../models/offline/time-grain.js';
import { requestedItems } from './requested-items.js';
import { AUXILIARY_LEMMAS } from '../lexicon/auxiliaries.js';
import { wordSet, pick } from '../lexicon/word-set.js';
import { unitKind } from '../lexicon/unit-kind.js';
import { ARTICLES, DEMONSTRATIVES, POSSESSIVE_DETERMINERS, QUANTIFIERS } from '../lexicon/determiners.js';

/**
 * What the question asks to see, as the content words of each requested item, head last: "the average salary of …" →
 * [salary], "how many sales reps …" → [reps], "which of our competitors …" → [competitors]. Filler ("number",
 * "total") and verbs ("shared", "used") are not part of it.
 */
export function askedItems(question: string): string[][] {
  const items = requestedItems(question).map((item) => beforeClause(item.map((word) => word.text)).filter(isContent));
  const counted = /\bhow\s+(?:many|much)\s+((?:[A-Za-z]+(?:['’][A-Za-z]+)?\s*)+)/i.exec(question);
  if (counted) {
    const item = withCompounds(/\bhow\s+(?:many|much)\s+((?:[A-Za-z]+(?:['’-][A-Za-z]+)*\s*)+)/i.exec(question)?.[1], countedPhrase) ?? countedPhrase(counted[1]!);
    if (item) items.push(item.map((word) => word.text));
  }
  // "What did the scaffolding cost us?": the cost of the thing is what is asked.
  if (/^\s*what\s+(?:do|does|did|will|would)\s+(?:[A-Za-z'’-]+\s+){1,4}cost\b/i.test(question)) items.push(['cost']);
  const which = /^\s*which\s+of\s+(?:the|our|their|your|these|those)?\s*([A-Za-z]+)/i.exec(question);
  if (which) items.push([questionWords(which[1]!)[0]!.text]);
  // "Which washing machine processed the most loads?": the noun phrase after an opening "which", up to its verb, is
  // the kind of thing the answer names, as the counted phrase of "how many" is.
  const picked = which ? undefined : /^\s*which\s+((?:[A-Za-z]+(?:['’][A-Za-z]+)?\s*)+)/i.exec(question);
  if (picked) {
    const item = withCompounds(/^\s*which\s+((?:[A-Za-z]+(?:['’-][A-Za-z]+)*\s*)+)/i.exec(question)?.[1], pickedPhrase) ?? pickedPhrase(picked[1]!);
    if (item) items.push(item.map((word) => word.text));
  }
  if (items.length === 0 && !counted && !which) {
    const fragment = leadingPhrase(question);
    if (fragment) items.push(fragment);
  }
  return items.filter((item) => item.length > 0);
}

/** "how many air carriers are …": the counted noun phrase, its head last; undefined when it has no content word. */
function countedPhrase(phrase: string, joined: (word: QuestionWord) => boolean = () => false): QuestionWord[] | undefined {
  const words = questionWords(phrase);
  // "how much of each is left": a pronoun after "of" stands for what was asked already, and names nothing new.
  const pronoun = words[0]?.text === 'of' && /^(each|it|them|these|those|which|that|this|all)$/.test(words[1]?.text ?? '') && !isContent(words[2]?.text ?? '');
  const start = pronoun ? -1 : words.findIndex((word) => isContent(word.text));
  // It ends before a verb ("how many employees work in …"), which WordNet's tagged senses say a word mostly is.
  const end = words.findIndex((word, i) => i > start && !joined(word) && (!isContent(word.text) || words[i - 1]!.clauseEnd || primaryPartOfSpeech(word.text) === 'verb'));
  return start >= 0 ? words.slice(start, end < 0 ? undefined : end) : undefined;
}

/** "Which washing machine processed …": the noun phrase after an opening "which", up to its verb; undefined when empty. */
function pickedPhrase(phrase: string, joined: (word: QuestionWord) => boolean = () => false): QuestionWord[] | undefined {
  const words = questionWords(phrase);
  // A gerund before the head is part of the phrase where English mostly uses it as a noun ("washing machine").
  const inPhrase = (text: string) => isContent(text) || (/ing$/.test(text) && !FILLER_WORDS.has(text) && primaryPartOfSpeech(text) === 'noun');
  const end = words.findIndex((word, i) => !joined(word) && (!inPhrase(word.text) || (i > 0 && (words[i - 1]!.clauseEnd || primaryPartOfSpeech(word.text) === 'verb'))));
  return end !== 0 ? words.slice(0, end < 0 ? undefined : end) : undefined;
}

/**
 * "How many self-charging hybrids …", "pre-owned items": a hyphenated compound before the head is one modifier, though
 * its parts read as a verb ("charging", "owned") that would end the phrase at its first part. The phrase read with
 * such compounds kept whole, when its head is a word of its own; a compound that is itself the head ("call-outs",
 * "no-shows") leaves the phrase as it was read without them (undefined).
 */
function withCompounds(phrase: string | undefined, read: (phrase: string, joined: (word: QuestionWord) => boolean) => QuestionWord[] | undefined): QuestionWord[] | undefined {
  if (phrase === undefined || !phrase.includes('-')) return undefined;
  const joined = (word: QuestionWord): boolean => word.offset > 0 && phrase[word.offset - 1] === '-';
  const item = read(phrase, joined);
  const head = item?.at(-1);
  if (item === undefined || head === undefined || joined(head) || phrase[head.offset + head.text.length] === '-' || !item.some(joined)) return undefined;
  // "How much was Pen-y-Bryn paid": a compound written with capitals is a name, read as before.
  if (item.some((word) => word.capitalized && (joined(word) || phrase[word.offset + word.text.length] === '-'))) return undefined;
  return item;
}

/**
 * "How many litres of shampoo …": a unit of measurement counted, and the thing after "of" it measures (its content
 * words up to a verb or another phrase), which is what the question asks an amount of; undefined in another shape, or
 * when the thing ends in a word of form ("minutes of needle time": time is what minutes measure).
 */
export function measuredThing(question: string): { unit: string; thing: string[] } | undefined {
  const counted = /\bhow\s+(?:many|much)\s+([A-Za-z]+)\s+of\s+((?:[A-Za-z]+(?:['’][A-Za-z]+)?\s*)+)/i.exec(question);
  if (!counted || unitKind(counted[1]!.toLowerCase()) === undefined) return undefined;
  const words = questionWords(counted[2]!);
  const start = words.findIndex((word) => isContent(word.text));
  if (start < 0 || words.slice(0, start).some((word) => word.clauseEnd)) return undefined;
  const end = words.findIndex((word, i) => i > start && (!isContent(word.text) || words[i - 1]!.clauseEnd || primaryPartOfSpeech(word.text) === 'verb'));
  const next = words[end < 0 ? words.length : end];
  // "needle time", "shelf space": the phrase ends in a word of form, which is the amount the unit measures.
  if (next && FILLER_WORDS.has(next.text) && !words[end - 1]!.clauseEnd && !/^(of|in|on|at|for|from|by|to|with|did|do|does|was|were|is|are|has|have|had)$/.test(next.text)) return undefined;
  return { unit: counted[1]!.toLowerCase(), thing: words.slice(start, end < 0 ? undefined : end).map((word) => word.text) };
}

/** Words that open a question or a request, or link a clause: a fragment opens with none of them. */
const OPENERS = /^(how|what|which|who|whom|whose|when|where|why|is|are|was|were|do|does|did|can|could|has|have|had|should|will|would|may|might|shall|please|i|we|you|they|there|it|this|that|these|those|if|in|on|at|for|from|by|of|to|with|during|between|among|since|until|till|unless|whether|before|after|and|or|not|no)$/;
/** Words that end the noun phrase a fragment opens with ("w/" is with). */
const PHRASE_END = /^(w|of|for|from|in|on|at|by|to|with|per|whose|who|that|which|where|when|than|over|under|among|between|during|since|before|after|across|is|are|was|were|has|have|had|and|or|vs|versus)$/;

/**
 * What a terse fragment with no question word or verb asks for: the noun phrase it opens with ("mileage on each van
 * in October 2026" → [mileage], "average travel time per visit by depot" → [travel]).
 */
function leadingPhrase(question: string): string[] | undefined {
  const words = questionWords(question);
  const first = words[0];
  // "monthly rent per studio": an adjective of a period opens a noun phrase, as another -ly word does not.
  if (!first || OPENERS.test(first.text) || /\d/.test(first.text) || /(ed|ing)$/.test(first.text) || (/ly$/.test(first.text) && !PERIOD_ADJECTIVES.has(first.text))) return undefined;
  // "List …", "Rank the …": a command opens with its verb, which a determiner may follow.
  if (primaryPartOfSpeech(first.text) !== 'noun' && (primaryPartOfSpeech(first.text) === 'verb' || /^(the|a|an|each|every|all)$/.test(words[1]?.text ?? ''))) return undefined;
  const phrase: string[] = [];
  for (const word of words) {
    // The phrase ends where a clause or another phrase begins: "handed back to …", "driven per rental", "this month".
    if (PHRASE_END.test(word.text) || NEW_PHRASE.has(word.text)) break;
    if (phrase.some(isContent) && (/(ed|ing)$/.test(word.text) || IRREGULAR_VERBS[word.text] !== undefined)) break;
    phrase.push(word.text);
    if (word.clauseEnd) break;
  }
  const item = phrase.filter(isContent);
  // "cancellation rate by channel": a ratio counts rows in a state, which a stored value (status 'cancelled') may hold
  // where no name does; left to the other rules.
  return item.length > 0 && !/^(rate|rates|ratio|ratios|share|proportion|percentage|fraction)$/.test(item.at(-1)!) ? item : undefined;
}

/** Determiners and pronouns that open another phrase: "revenue this month", "my nan uses …". */
const NEW_PHRASE: ReadonlySet<string> = wordSet(ARTICLES, DEMONSTRATIVES, pick(QUANTIFIERS, 'each', 'every', 'all'), ['last', 'next'], POSSESSIVE_DETERMINERS);

const isContent = (text: string): boolean => (!FILLER_WORDS.has(text) || MEASURE_WORDS.has(text)) && !/\d/.test(text) && text.length > 2 && !/(ed|ing)$/.test(text);

/**
 * An item less a relative clause written without its pronoun: "the most common reasons patients gave for …" asks for
 * reasons, and "patients gave" says whose. Read where a verb's simple past that is no participle ("gave", not "given",
 * which may follow its noun: "the reasons given") comes after the noun that is its subject.
 */
function beforeClause(item: readonly string[]): string[] {
  const verb = item.findIndex((text, i) => i >= 2 && IRREGULAR_VERBS[text] !== undefined && pastOnly().has(text));
  return verb < 0 ? [...item] : item.slice(0, verb - 1);
}

const AUXILIARY_BASES: ReadonlySet<string> = wordSet(AUXILIARY_LEMMAS);

/**
 * Irregular simple pasts whose verb has another form for its participle: gave (given), took (taken), wrote (written);
 * not one that is also a noun ("saw", "rose", "bit").
 */
function pastOnly(): ReadonlySet<string> {
  pastForms ??= new Set(
    Object.entries(IRREGULAR_VERBS)
      .filter(([form, base]) => form !== base && !AUXILIARY_BASES.has(base) && !/e?n$/.test(form) && !hasSense('noun', form) && Object.entries(IRREGULAR_VERBS).some(([other, otherBase]) => otherBase === base && other !== form && /e?n$/.test(other)))
      .map(([form]) => form),
  );
  return pastForms;
}
let pastForms: ReadonlySet<string> | undefined;
