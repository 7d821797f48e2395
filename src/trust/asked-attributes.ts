import { inflectionBases } from '../lexicon/derived-forms.js';
import { IRREGULAR_VERBS } from '../lexicon/irregular-verbs.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import { senseOffsets } from '../lexicon/wordnet-records.js';
import { FILLER_WORDS } from '../models/offline/question-vocabulary.js';
import { questionWords, type QuestionWord } from '../models/offline/question-words.js';
import { hadAttribute } from './had-attribute.js';
import { NOUN_PHRASE_END } from './noun-phrase-end.js';
import { requestedItems } from './requested-items.js';
import { PARTICLES as ENGLISH_PARTICLES, PREPOSITIONS } from '../lexicon/prepositions.js';
import { pick, wordSet } from '../lexicon/word-set.js';
import { FINITE_AUXILIARIES, FINITE_BE, FINITE_DO, GET_FORMS } from '../lexicon/auxiliaries.js';
import { PHRASE_DETERMINERS } from '../lexicon/determiners.js';

/** An attribute the question asks of a thing: "the name of each pet", "What breed is the heaviest dog?", "Who sponsored each concert?". */
export interface AskedAttribute {
  /** The attribute's words, head last ("shipping cost"); for `verb`, the verb whose doer is asked for. */
  words: QuestionWord[];
  /** The words that name what it is an attribute of: "each pet" → pet, "the heaviest dog" → heaviest, dog. */
  of: QuestionWord[];
  verb: boolean;
  /** "Which country hosted the Winter Olympics?": a verb relates the attribute to the thing, as a deed done to it. */
  relation?: boolean;
  /** "When was the report last edited?": the time of the verb, which only a date or time of the thing's own table holds. */
  time?: boolean;
  /** "List the vessels with their home port": shown beside the listed things, asked only as a check that they hold it. */
  alongside?: boolean;
  /** "Which applications had a site visit?": one of something the thing had (hadAttribute). */
  had?: boolean;
}

const DETERMINERS: ReadonlySet<string> = wordSet(PHRASE_DETERMINERS);
const AUXILIARIES: ReadonlySet<string> = wordSet(
  FINITE_AUXILIARIES,
);
/** "What breed is …", "What grade did …"; not "Which airline has the most …", which asks for a row, not an attribute. */
const COPULAS: ReadonlySet<string> = wordSet(FINITE_BE, FINITE_DO);
const FINITE_BE_SET: ReadonlySet<string> = wordSet(FINITE_BE);
const FINITE_DO_SET: ReadonlySet<string> = wordSet(FINITE_DO);
/** Verbs whose object is the price of their subject: "How much does it cost", "What do they charge". */
const MONEY_VERBS = new Set(['cost', 'charge']);
const ADVERBS = new Set(['last', 'first', 'originally', 'recently', 'ever', 'actually', 'really', 'personally', 'initially', 'most']);
const PARTICLES: ReadonlySet<string> = wordSet(ENGLISH_PARTICLES);
/** Words that end the phrase naming the thing: a relative pronoun, a preposition, a conjunction or a verb form. */
const PHRASE_END: ReadonlySet<string> = wordSet(NOUN_PHRASE_END, pick(GET_FORMS, 'get', 'got'));

/**
 * The attributes the question asks of a named thing, read from the shapes English asks them in: "<attribute> of
 * <thing>" for a requested item, "What <attribute> is/does <thing> …", "<thing>'s <attribute>", "What does <thing>
 * <sense> like" and "Who <verb> <thing>".
 * Empty when it asks in another shape: a count, a listing, a ranking.
 */
export function askedAttributes(question: string): AskedAttribute[] {
  const words = questionWords(question);
  const found: AskedAttribute[] = [];
  const heads = new Set(requestedItems(question.replace(/^(\s*)what['’]s\b/i, '$1what is')).map((item) => item.at(-1)?.text));
  for (const [i, word] of words.entries()) {
    // "the name of each pet": the requested item's head before "of"; "a member of staff" is one of them, no attribute.
    if (word.text === 'of' && i > 0 && heads.has(words[i - 1]!.text) && !words[i - 1]!.clauseEnd && !/^members?$/.test(words[i - 1]!.text)) {
      found.push({ words: attributeWords(words, i - 1), of: thingWords(words, i + 1), verb: false });
    }
    // "the site area in hectares of each application": the unit it is measured in comes between them.
    if (word.text === 'of' && i > 2 && words[i - 2]!.text === 'in' && heads.has(words[i - 3]!.text) && words.slice(i - 3, i).every((before) => !before.clauseEnd)) {
      found.push({ words: attributeWords(words, i - 3), of: thingWords(words, i + 1), verb: false });
    }
    // "each concert's stadium", "the singer's nationality".
    const original = question.slice(word.offset, word.offset + word.text.length + 2);
    const next = words[i + 1];
    // "each doctor's number of appointments" counts the appointments: no attribute of the doctor.
    const counts = next !== undefined && COUNT_HEADS.has(next.text) && words[i + 2]?.text === 'of';
    if (/['’]s$/.test(original) && next && heads.has(next.text) && !word.clauseEnd && !counts) {
      found.push({ words: [next], of: [word], verb: false });
    } else if (/['’]s$/.test(original) && next && !word.clauseEnd && /^(what|when|where|which)$/.test(words[0]!.text)) {
      // "When is Cassandra's birthday?", "What's Carmen Whitfield's email address?": the phrase the question ends with.
      const rest = words.slice(i + 1);
      if (rest.length <= 3 && rest.every(isContent) && rest.every((later) => later === rest.at(-1) || !later.clauseEnd)) found.push({ words: rest, of: [word], verb: false });
    }
  }
  // "List the vessels with their home port": what the listed things are shown with is asked of them.
  const along = words.findIndex((word, i) => word.text === 'with' && i > 1 && /^(their|its|his|her)$/.test(words[i + 1]?.text ?? '') && !words[i - 1]!.clauseEnd);
  const listed = along > 0 ? words.slice(0, along).findLast((word) => heads.has(word.text) && !word.clauseEnd) : undefined;
  if (listed && words.slice(listed.index, along).every((word) => !word.clauseEnd)) {
    let end = along + 2;
    while (end + 1 < words.length && !words[end]!.clauseEnd && !PHRASE_END.has(words[end + 1]!.text)) end++;
    // "their dates of birth": a word of form before "of" asks for what follows it ("their number of firings" counts rows).
    if (!isContent(words[end]!) && !COUNT_HEADS.has(words[end]!.text) && !words[end]!.clauseEnd && words[end + 1]?.text === 'of' && end + 2 < words.length) {
      end += 2;
      while (end + 1 < words.length && !words[end]!.clauseEnd && !PHRASE_END.has(words[end + 1]!.text)) end++;
    }
    // "their last dry-dock date": a word of form ends it, and the content word before it names the attribute.
    while (end > along + 2 && !isContent(words[end]!)) end--;
    if (end < words.length && !PHRASE_END.has(words[end]!.text)) found.push({ words: attributeWords(words, end), of: [listed], verb: false, alongside: true });
  }
  // "In which city is …" asks as "Which city is …" does.
  const opening = words[0] && /^(in|at|on|from|for|to|by|with|during)$/.test(words[0].text) ? words.slice(1) : words;
  const [first, second, third] = opening;
  const progressive = third && FINITE_BE_SET.has(third.text) && opening[3] !== undefined && isProgressive(opening[3].text);
  if (first && second && third && /^(what|which)$/.test(first.text) && isContent(second) && progressive) {
    // "Which partner is leading the most matters?": the doer of the verb, as "Which partner leads …" asks.
    found.push({ words: [second], of: thingWords(words, opening[3]!.index + 1), verb: false, relation: true });
  } else if (first && second && third && /^(what|which)$/.test(first.text) && isContent(second) && COPULAS.has(third.text) && !predicative(question, opening)) {
    // "What breed is the heaviest dog?", "What grade did each student get …".
    found.push({ words: [second], of: thingWords(words, third.index + 1), verb: false });
  }
  if (first && second && third && opening[3] && /^(what|which)$/.test(first.text) && isContent(second) && isContent(third) && !AUXILIARIES.has(third.text) && isVerbForm(third.text) && DETERMINERS.has(opening[3].text)) {
    // "Which building houses the Physics department?": what stands in the verb's relation to the thing is its attribute.
    found.push({ words: [second], of: thingWords(words, opening[3].index), verb: false, relation: true });
  }
  if (first && /^(what|which)$/.test(first.text) && second && /^(time|date|day|year)$/.test(second.text) && third && COPULAS.has(third.text) && opening.length > 4) {
    // "What time does flight 28 take off?", "In which year was the club founded?": when, as "When does flight 28 take
    // off?" asks.
    const phrase = thingWords(words, third.index + 1);
    const at = phrase.findIndex((word, i) => i > 0 && primaryPartOfSpeech(word.text) === 'verb');
    // "… does the Puffin get refuelled": the verb after the phrase the thing ends.
    const later = phrase.length > 0 ? words.slice(phrase.at(-1)!.index + 1).find((word) => isContent(word) && !/^(get|got|gets|been|being)$/.test(word.text)) : undefined;
    const verb = at > 0 ? phrase[at] : (later ?? (phrase.length > 1 ? phrase.at(-1) : undefined));
    if (verb) found.push({ words: [verb], of: phrase.filter((word) => word.index < verb.index), verb: true, time: true });
  }
  const money = /^\s*(?:how\s+much|what)\s+(?:does|do|did)\b/i.exec(question);
  const cost = money ? words.findIndex((word, i) => i > 2 && MONEY_VERBS.has(word.text)) : -1;
  if (money && cost > 0) {
    // "How much does a monthly pass cost?", "What does a refit cost?": the price of the thing.
    const from = /^\s*what/i.test(money[0]) ? 2 : 3;
    found.push({ words: [words[cost]!], of: thingWords(words, from).filter((word) => word.index < cost), verb: false });
  }
  const like = words.findIndex((word, i) => i > 3 && word.text === 'like');
  if (first?.text === 'what' && second && FINITE_DO_SET.has(second.text) && like > 0) {
    // "What do the products smell like?": the quality the verb before "like" perceives.
    const thing = thingWords(words, 2).filter((word) => word.index < like - 1);
    found.push({ words: [words[like - 1]!], of: thing, verb: false });
  }
  const named = (word: QuestionWord) => /^[A-Z]/.test(question.slice(word.offset, word.offset + 1));
  // "Who last edited …": an adverb of time before the verb.
  const [verb, object] = second && ADVERBS.has(second.text) ? [third, opening[3]] : [second, third];
  if (first?.text === 'who' && verb && isContent(verb) && !AUXILIARIES.has(verb.text) && object && (DETERMINERS.has(object.text) || named(object))) {
    // "Who sponsored each concert?", "Who coached Ann Lee?": the doer of the verb.
    found.push({ words: [verb], of: thingWords(words, object.index), verb: true });
  }
  // "When was the table backed up?": the verb before its particle.
  const ending = words.at(-1) && PARTICLES.has(words.at(-1)!.text) ? words.at(-2) : words.at(-1);
  // "When was William Shakespeare born?", "When were free school meals introduced in England?": a participle, irregular
  // or before the phrase that places it, is the verb too.
  const last = first?.text === 'when' && second && COPULAS.has(second.text) && ending && !(/ed$/.test(ending.text) || primaryPartOfSpeech(ending.text) === 'verb') ? (placedParticiple(words) ?? ending) : ending;
  if (first?.text === 'when' && second && COPULAS.has(second.text) && last && last.index > 2 && isContent(last) && (/ed$/.test(last.text) || primaryPartOfSpeech(last.text) === 'verb' || isIrregularParticiple(last.text))) {
    // "When was the Learning French document last edited?": when the thing underwent the verb.
    const thing = thingWords(words, 2).filter((word) => word.index < last.index && !/^(last|first|ever|recently|originally)$/.test(word.text));
    found.push({ words: [last], of: thing, verb: true, time: true });
  }
  const had = hadAttribute(words);
  if (had) found.push(had);
  return found.filter((attribute) => attribute.words.length > 0 && attribute.of.length > 0);
}

/** "born", "built", "written": a past participle English forms irregularly (not of be, have or do). */
function isIrregularParticiple(text: string): boolean {
  const base = IRREGULAR_VERBS[text];
  return base !== undefined && base !== text && !/^(be|have|do)$/.test(base);
}

/** Prepositions that open the phrase placing a deed: "introduced in England", "added to toothpaste", "built by Brunel". */
const PLACING: ReadonlySet<string> = wordSet(pick(PREPOSITIONS, 'in', 'into', 'to', 'by', 'at', 'on', 'for', 'from', 'during'));

/**
 * The participle of "When was <thing> <participle> …" that a phrase of its own follows ("When were free school meals
 * introduced in England?"): the first word after the thing, past its adverbs, that is a past form ending in -ed or an
 * irregular participle, right before a preposition.
 */
function placedParticiple(words: readonly QuestionWord[]): QuestionWord | undefined {
  for (let i = 3; i < words.length - 1; i++) {
    const word = words[i]!;
    if (word.clauseEnd) return undefined;
    const past = (/^[a-z]{3,}ed$/.test(word.text) && inflectionBases(word.text).some((base) => base !== word.text && senseOffsets('verb', base).length > 0)) || isIrregularParticiple(word.text);
    if (past && PLACING.has(words[i + 1]!.text)) return word;
  }
  return undefined;
}

/** "number of X", "count of X": a count of rows, which the other rules read, not an attribute X. */
const COUNT_HEADS = new Set(['number', 'numbers', 'count', 'counts', 'total', 'totals']);

const isContent = (word: QuestionWord): boolean => !FILLER_WORDS.has(word.text) && !FILLER_WORDS.has(word.stem) && !/\d/.test(word.text) && word.text.length > 2;

/** The attribute's head and the content words right before it: "shipping cost", "first name" → name. */
function attributeWords(words: readonly QuestionWord[], head: number): QuestionWord[] {
  if (!isContent(words[head]!)) return [];
  let start = head;
  while (start > 0 && isContent(words[start - 1]!) && !words[start - 1]!.clauseEnd && !DETERMINERS.has(words[start - 1]!.text)) start--;
  return words.slice(start, head + 1);
}

/** The words of the noun phrase starting at `from`, after its determiners and before the phrase ends ("order" is one too). */
function thingWords(words: readonly QuestionWord[], from: number): QuestionWord[] {
  const thing: QuestionWord[] = [];
  for (let i = from; i < words.length; i++) {
    const word = words[i]!;
    if (PHRASE_END.has(word.text)) break;
    if (!DETERMINERS.has(word.text) && !/\d/.test(word.text)) thing.push(word);
    if (word.clauseEnd) break;
  }
  return thing;
}

/** A verb's -ing form after "is" ("leading", "handling"): a form whose base WordNet knows as a verb. */
function isProgressive(text: string): boolean {
  if (!/^[a-z]{3,}ing$/.test(text)) return false;
  const stem = text.slice(0, -3);
  return [stem, `${stem}e`, stem.slice(0, -1)].some((base) => base.length > 2 && senseOffsets('verb', base).length > 0);
}

/** A word in -s or -ed whose base WordNet knows as a verb ("houses", "hosted"): between a noun and a determiner, the verb. */
function isVerbForm(text: string): boolean {
  if (!/(?:[^s]s|ed)$/.test(text)) return false;
  return [text.slice(0, -1), text.slice(0, -2)].some((base) => base.length > 2 && senseOffsets('verb', base).length > 0);
}

/**
 * "Which lollies are vegan?", "Which rooms are free?": a lone lower-case word after the copula, with no determiner, is
 * said of the rows (a quality that picks them), not a thing whose attribute the first noun names, as "What breed is the
 * heaviest dog?" and "What breed is Rex?" are.
 */
function predicative(question: string, opening: readonly QuestionWord[]): boolean {
  const complement = opening[3];
  return opening.length === 4 && complement !== undefined && isContent(complement) && /^[a-z]/.test(question.slice(complement.offset));
}
