import type { Context } from '../context/context-schema.js';
import { hasSense } from '../lexicon/has-sense.js';
import { NOUN_OPENERS } from '../lexicon/determiners.js';
import { PREPOSITIONS } from '../lexicon/prepositions.js';
import { wordSet } from '../lexicon/word-set.js';
import { nounAncestors } from '../lexicon/noun-ancestors.js';
import { firstSenseAncestors } from '../lexicon/first-sense-ancestors.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import { isPluralNoun } from '../lexicon/is-plural-noun.js';
import { isNounMadeAdjective } from '../lexicon/noun-made-adjective.js';
import { namesMeasure } from '../lexicon/names-measure.js';
import { namesDuration } from '../models/offline/duration-column.js';
import { afterPerfect, beforePresentParticiple } from '../models/offline/tenure-column.js';
import { questionWords, type QuestionWord } from '../models/offline/question-words.js';
import { MEASURE_WORDS } from '../models/offline/question-vocabulary.js';
import { askedAttributes } from './asked-attributes.js';
import { timedBy } from './ground-attributes.js';
import { partnerColumns, partnerGroundsHead } from './partner-grounds-head.js';
import { askedItems, measuredThing } from './asked-words.js';
import { type GroundedWord } from './ground-question.js';
import { evidenceOf, namesRoots } from './evidence-roots.js';
import { FREQUENCY_WORDS, GENERIC_HEADS, isFormWord, isNamingWord } from './is-naming-word.js';
import { isUnknownWord } from './is-unknown-word.js';
import { isWeakEvidence } from './is-weak-evidence.js';
import { ranksByName } from './ranks-by-name.js';
import { ungroundedFocus } from './ungrounded-focus.js';
import { ungroundedPhrases } from './ungrounded-phrases.js';
import { nearLinkedColumn, objectNearColumn } from './object-near-column.js';
import { isClosedCompound } from './closed-compound.js';
import { heldHead, heldObject } from './held-object.js';

/**
 * What the grounding says about a question whose kind the data may answer, each a sign (not a verdict) that the data
 * lacks what it asks for; the scored decision (score-grounding.ts) weighs them.
 */
export interface GroundingSignals {
  /** Grounding's words, attributes a table of their thing holds counted as columns. */
  words: GroundedWord[];
  /** Words that name something and link to nothing. */
  named: GroundedWord[];
  /** Of those, the ones strong enough to decline on (not a verb or a plain adjective). */
  open: GroundedWord[];
  /** The asked-for words (each asked item's head) that link to nothing. */
  askedOpenWords: GroundedWord[];
  /** Each asked item's head as grounding linked it (or not). */
  askedHeads: GroundedWord[];
  /** An attribute asked of a stored thing that none of its tables holds: the phrase and the tables. */
  missingAttribute?: { phrase: string; tables: string[] };
  /** What the question asks for in a shape ("phone number", "spend on shipping") that links to nothing. */
  focus?: string;
  /** The doer or time of a deed done to something nothing in the data names. */
  topic?: string[];
  /** The quality the question ranks by when nothing but a table name or a comment holds it, or nothing does. */
  rankedBy?: { word: string; grounded: boolean };
  /** Every asked item's head names something and links to nothing. */
  askedOpen: boolean;
  /** What is asked belongs to something nothing in the data names ("Amazon's revenue"). */
  ownerOpen: boolean;
  /** What the rows must have or hold links to nothing ("Which instructors hold a personal training qualification?"). */
  heldOpen: boolean;
  /** That held thing, as the question writes it ("step-free access"). */
  held?: string;
  /** A kind of person the question says the rows are that links to nothing ("how many players … are women"). */
  classOpen?: string;
  /** Some word links to a column or metric. */
  anyColumn: boolean;
  /** Every open word only narrows an asked item whose head links ("air carriers based in the USA"). */
  modifiersOnly: boolean;
}

/** The signals of a question, from its grounded words (held attributes counted) and the attribute grounding. */
export function groundingSignals(context: Context, words: GroundedWord[], missingAttribute: GroundingSignals['missingAttribute']): GroundingSignals {
  const question = context.task.text;
  const focus = ungroundedFocus(question, context, words);
  const topic = unknownTopic(question, words);
  // "Carmen Whitfield's email": after a possessive owner comes what it owns, not the kind of thing the value is.
  const valued = new Set(words.filter((entry) => entry.evidence === 'value' && !possessive(question, entry.word)).map((entry) => entry.word.index));
  const dated = context.table_schemas.some(holdsTime);
  const all = questionWords(question);
  // Worked out only for a word that asks how long: it reads WordNet, which a plain question never needs.
  let timed: boolean | undefined;
  const measuresDuration = () => (timed ??= context.table_schemas.some((table) => table.columns.some((column) => namesDuration(column.name))));
  const named = words.filter(
    (entry) =>
      entry.evidence === undefined &&
      isNamingWord(question, entry.word) &&
      // "grass courts" where a surface column holds 'Grass': the noun after a stored value says what kind of thing the value
      // is, also past a gerund that narrows it ("a Portuguese driving licence"); a measure ("queue length") is asked of it.
      !((valued.has(entry.word.index - 1) || (valued.has(entry.word.index - 2) && /ing$/.test(all[entry.word.index - 1]?.text ?? ''))) && !namesMeasure(entry.word.text)) &&
      // "Which waiter has worked here the longest?", "our longest serving waiter" where a date column is: the longest since that date, a duration.
      !(dated && asksHowLongSince(all, entry.word.index)) &&
      // "the longest match" where a minutes column is: how long is a duration.
      !(/^(long|longer|longest|short|shorter|shortest)$/.test(entry.word.text) && measuresDuration()) &&
      // "avg appt length" where appts.dur_min is: a noun WordNet files under duration, after a word naming a table that
      // keeps a duration column, is what that column measures ("chain length per bike" is no time of a chain).
      !timedThing(context, all, entry.word) &&
      // "How many training nights were held?" where a dated training_sessions table is: a period after a word naming a
      // table whose rows each have a date is those rows, told by when they happen ("quiz nights", "open days").
      !occasionOf(context, all, entry.word) &&
      // "born in the nineties", "at the moment": a period, which a date column holds.
      !(dated && /\b(?:in|at|on|every|during|since|over|before|after|from|until)\s+(?:the\s+|this\s+|that\s+)?$/i.test(question.slice(0, entry.word.offset)) && nounAncestors(entry.word.text).has('time_period')) &&
      // "Do any boats allow dogs?" where a pets_ok column is: an object near in meaning to a column's word.
      !objectNearColumn(context, question, entry.word),
  );
  const open = named.filter((entry) => !isWeakEvidence(question, entry.word));
  const ranking = words.find(
    (entry) =>
      ((entry.evidence === undefined ? open.includes(entry) : (entry.evidence === 'table' || entry.evidence === 'text') && !(dated && asksHowLongSince(all, entry.word.index))) && ranksBy(question, entry.word)) ||
      // "the best host" where `host` holds names: a name column is no quality to rank by.
      (entry.evidence === 'column' && ranksByName(context, question, entry.word)),
  );
  const openTexts = new Set(open.map((entry) => entry.word.text));
  const namedTexts = new Set(named.map((entry) => entry.word.text));
  // "the age of the people who buy": a generic head stands for what its clause describes, and asks nothing itself.
  // "How many litres of shampoo …" where a column is measured in litres: the amount asked is of shampoo, so shampoo is
  // what must link; a unit nothing measures is itself what is open ("litres of fuel" where no volume is stored).
  const measured = measuredThing(question);
  const asked = askedItems(question)
    .map((item) => (measured && item.length === 1 && item[0] === measured.unit && !namedTexts.has(measured.unit) ? measured.thing : item))
    .filter((item) => !GENERIC_HEADS.test(item.at(-1)!));
  // An item is open when its head links to nothing, and no word of it names a column ("mobile phone" where a
  // cell_mobile_number column is; a measure such as the "sales" of "sales reps" names none).
  const columnTexts = new Set(words.filter((entry) => entry.evidence === 'column' && !MEASURE_WORDS.has(entry.word.text)).map((entry) => entry.word.text));
  // "the state sales tax rate": a ratio is of the thing its modifier names, so "tax" is what is asked; and a column
  // word ("state") grounds such a head only as its compound partner, right before it ("mobile phone").
  const itemOpen = (item: string[]) => {
    const core = coreOf(item);
    if (!namedTexts.has(core.at(-1)!)) return false;
    // The column word written right before the head must fit it as one thing ("mobile phone", not "van mileage").
    const before = core.at(-2) ?? '';
    const adjacent = all.some((word) => word.text === core.at(-1) && all[word.index - 1]?.text === before);
    const grounds = (text: string) =>
      columnTexts.has(text) &&
      (!adjacent ||
        text !== before ||
        partnerGroundsHead(context, all, text, core.at(-1)!));
    return core === item ? !item.some(grounds) : !grounds(before);
  };
  // "List the properties with their roof area": what the listed things are shown with is what the question asks for,
  // so a head of it that links to nothing leaves the listing answering only that the things exist.
  const alongsideOpen = askedAttributes(question).some((attribute) => attribute.alongside === true && open.some((entry) => entry.word.offset === attribute.words.at(-1)!.offset));
  const askedOpen = (asked.length > 0 && asked.every(itemOpen) && asked.some((item) => openTexts.has(coreOf(item).at(-1)!))) || alongsideOpen;
  const askedTexts = new Set(asked.flat());
  const ownerOpen = open.some((entry) => askedTexts.has(ownedWord(question, entry.word) ?? '') || (entry.word.index > 0 && /^[A-Z]/.test(question.slice(entry.word.offset, entry.word.offset + 1)) && ownedWord(question, entry.word) !== undefined));
  const held = heldObjectOpen(
    question,
    words,
    columnTexts,
    (word, besides) => nearLinkedColumn(context, word, besides === undefined ? [] : partnerColumns(context, all, besides)),
    (partner, head) => partnerGroundsHead(context, all, partner, head),
  );
  const kind = personKindOpen(question, words);
  const modifiers = new Set(asked.flatMap((item) => item.slice(0, -1)));
  const headsLink = asked.length > 0 && asked.every((item) => words.some((entry) => entry.word.text === item.at(-1) && entry.evidence !== undefined));
  const heads = new Set(asked.filter(itemOpen).map((item) => coreOf(item).at(-1)!));
  return {
    words,
    named,
    open,
    askedOpenWords: named.filter((entry) => heads.has(entry.word.text)),
    askedHeads: words.filter((entry) => asked.some((item) => item.at(-1) === entry.word.text)),
    ...(missingAttribute ? { missingAttribute } : {}),
    ...(focus ? { focus } : {}),
    ...(topic ? { topic } : {}),
    ...(ranking ? { rankedBy: { word: ranking.word.text, grounded: ranking.evidence !== undefined } } : {}),
    askedOpen,
    ownerOpen,
    heldOpen: held !== undefined,
    ...(held ? { held } : {}),
    ...(kind ? { classOpen: kind } : {}),
    anyColumn: words.some((entry) => entry.evidence === 'column'),
    modifiersOnly: headsLink && open.length > 0 && open.every((entry) => modifiers.has(entry.word.text) && !narrowsMeasure(question, all, entry.word)),
  };
}

/**
 * The thing a question asks who did something to, or when, when no word of it links to the data ("Who created the Linux
 * kernel?", "When was the Eiffel Tower built?", "Which country hosted the 2026 Winter Olympics?"): the doer or time of a
 * deed done to something the namespace does not hold, or that only a comment or doc speaks of. A modifier only a comment or doc uses ("winter" in "2025-26
 * winter") does not hold the thing when the head it narrows is open.
 */
function unknownTopic(question: string, words: readonly GroundedWord[]): string[] | undefined {
  // Only the doer or time of a verb: "the names of all stations" may name a table loosely, where names are stored.
  for (const attribute of askedAttributes(question).filter((attribute) => attribute.verb || attribute.relation)) {
    const entries = attribute.of.flatMap((word) => words.filter((entry) => entry.word.offset === word.offset));
    if (entries.length === 0) continue;
    const strong = (entry: GroundedWord) => entry.evidence === undefined && isNamingWord(question, entry.word) && !isWeakEvidence(question, entry.word);
    const headOpen = strong(entries.at(-1)!);
    // "Who founded the university?" where only a comment speaks of the university and nothing links to the deed: the
    // rows do not hold the thing, only prose about the data mentions it.
    const deedOpen = attribute.verb && attribute.words.every((word) => words.some((entry) => entry.word.offset === word.offset && entry.evidence === undefined));
    if (deedOpen && entries.every((entry) => entry.evidence === 'text')) return ungroundedPhrases(question, entries);
    // "In which year was the English Chess Federation founded?" where only a comment names the federation (a rating it
    // awards): a name of several capitalised words that only prose mentions is no row of the data, so when or by whom
    // its deed was done is not stored, whatever column the verb names (clubs.founded_year dates the clubs).
    if (attribute.verb && entries.length >= 2 && entries.every((entry) => entry.evidence === 'text' && entry.word.index > 0 && /^[A-Z]/.test(question.slice(entry.word.offset, entry.word.offset + 1)))) return ungroundedPhrases(question, entries);
    if (entries.some((entry) => entry.evidence !== undefined && !(headOpen && entry.evidence === 'text'))) continue;
    if (entries.some(strong)) return ungroundedPhrases(question, entries);
  }
  return undefined;
}

/**
 * Whether what "have" or "hold" says the rows possess links to nothing: the head of its noun phrase (the word a word of
 * form narrows, "seal number") is a noun that links to nothing, and no word of the phrase names a column ("Do any boats
 * have a washing machine?" where a washing_machine column is; a column word right before the head only as one thing with
 * it: "have a flue diameter" where flue_type is leaves "diameter" open, partner-grounds-head.ts). The rows are then picked by a condition the data does
 * not store, whatever other words of the question link to ("instructors" to classes.instructor). After "have" and a
 * determiner the head is a noun whatever English mostly uses the word as ("a custody seal number", "dietary
 * requirements at weddings"), so the verb and adjective readings that keep other open words from deciding do not apply;
 * a word no dictionary knows ("a VAT no.") may still be a short name, and a noun right after a stored value says what
 * kind of thing the value is ("have blood group O negative"), unless a hyphen ties that value's word to one that links
 * to nothing ("step-free access": free of steps, not the stored 'FREE').
 */
function heldObjectOpen(
  question: string,
  words: readonly GroundedWord[],
  columnTexts: ReadonlySet<string>,
  near: (word: QuestionWord, besides?: string) => boolean,
  partner: (partner: string, head: string) => boolean,
): string | undefined {
  const all = questionWords(question);
  const phrase = heldObject(all);
  if (!phrase) return undefined;
  const head = heldHead(phrase);
  const at = (offset: number) => words.find((entry) => entry.word.offset === offset);
  const valued = (word: QuestionWord | undefined) => word !== undefined && at(word.offset)?.evidence === 'value';
  const entry = at(head.offset);
  // A column word right before the head grounds it only as one thing with it ("flue diameter" where flue_type is does not).
  const partnerWord = phrase.find((word) => word.index === head.index - 1 && columnTexts.has(word.text));
  const unfit = partnerWord !== undefined && !partner(partnerWord.text, head.text);
  const grounds = (word: QuestionWord) => columnTexts.has(word.text) && !(unfit && word === partnerWord);
  if (!entry || entry.evidence !== undefined || phrase.some(grounds)) return undefined;
  if (isUnknownWord(head.text) || !hasSense('noun', head.text) || isFormWord(head.text) || GENERIC_HEADS.test(head.text)) return undefined;
  // "a Portuguese driving licence": the noun after a stored value, also past a gerund, says what kind of thing it is.
  const before = all[head.index - 1];
  const value = before && /ing$/.test(before.text) && phrase.includes(before) ? all[head.index - 2] : before;
  if (value && phrase.includes(value) && valued(value) && !/-\s*$/.test(question.slice(0, value.offset))) return undefined;
  const last = phrase.at(-1)!;
  // "have departures from CVO": a held thing narrowed by a stored value is found through the value.
  let after = last.clauseEnd ? undefined : all[last.index + 1];
  if (after && /^(from|to|at|in|on|for|with|of|by)$/.test(after.text)) {
    after = all[after.index + 1];
    while (after && /^(the|a|an|our|their|its)$/.test(after.text)) after = all[after.index + 1];
    if (valued(after)) return undefined;
  }
  // The columns an unfit partner names hold another of its attributes ("flue diameter" where flue_length_m is): a head
  // near in meaning to theirs ("diameter" ~ length) is that other attribute's neighbour, not it.
  if (near(head, unfit ? partnerWord.text : undefined)) return undefined;
  return question.slice(phrase[0]!.offset, last.offset + last.text.length);
}

/**
 * "how many players in the league are women", "Which of our members are pensioners?": a count or choice of people (a
 * noun whose first WordNet sense is a person) whose clause ends in "are"/"were" and a plural noun whose first WordNet
 * sense is a kind of person (a woman, a pensioner, a
 * left-hander) says which rows by a trait of theirs, and when that noun links to nothing (no column, value, table,
 * comment) no column records the trait: the rows are picked by a condition the data does not store. "Which of the
 * singers are women?" where a sex column links the word, and "How many of our clients are landlords?" where a stored
 * client type does, are answered. The noun is read with WordNet's -men → -man plural ("women", "fishermen").
 */
function personKindOpen(question: string, words: readonly GroundedWord[]): string | undefined {
  const match = CLASS_COMPLEMENT.exec(question);
  if (!match) return undefined;
  const offset = match.indices![2]![0];
  const entry = words.find((candidate) => candidate.word.offset === offset);
  const text = match[2]!.toLowerCase();
  if ((entry !== undefined && entry.evidence !== undefined) || GENERIC_HEADS.test(text)) return undefined;
  const person = (word: string) => [word, word.replace(/men$/, 'man')].some((form) => firstSenseAncestors(form).has('person'));
  // The rows must be people too: "How many bookings were no-shows?" says what became of bookings, not who they are.
  return person(match[1]!.toLowerCase()) && person(text) ? match[2] : undefined;
}

/**
 * "how many players … are women", "Which of our members are pensioners?": the rows counted or chosen (captured) and the
 * plural noun (captured, with its place) ending the question after "are"/"were".
 */
const CLASS_COMPLEMENT = /^\s*(?:how\s+many|which)\s+(?:of\s+(?:the|our|their|these|those)\s+)?([A-Za-z]+)\b.*\s(?:are|were)\s+(?:all\s+)?([A-Za-z][a-z]*(?:-[a-z]+)?)\s*[?.!]?\s*$/di;

/**
 * "popcorn sales", "merchandise revenue": a noun right before a measure says what was sold, and when nothing links to it
 * the data's measure is of other things; not a period ("evening sales"), which a date or time narrows.
 */
function narrowsMeasure(question: string, all: readonly QuestionWord[], word: QuestionWord): boolean {
  const next = all[word.index + 1];
  if (!next || word.clauseEnd || !MEASURE_WORDS.has(next.text) || /^[A-Z]/.test(question.slice(word.offset, word.offset + 1))) return false;
  const part = primaryPartOfSpeech(word.text);
  // "popcorn": a noun WordNet's tagged corpus never saw has no primary part of speech.
  const noun = part === 'noun' || (part === undefined && hasSense('noun', word.text) && !hasSense('adj', word.text));
  return noun && !nounAncestors(word.text).has('time_period');
}

/** Whether the word is a duration of the thing the word before it names: a table of those things keeps a column of time units. */
function timedThing(context: Context, all: readonly QuestionWord[], word: QuestionWord): boolean {
  const before = all[word.index - 1];
  if (!before || before.clauseEnd) return false;
  const tables = context.table_schemas.filter((table) => evidenceOf(before, namesRoots({ table: [table.name] })) === 'table');
  return tables.length > 0 && timedBy(word, tables);
}

/**
 * Whether the word is a period (its first noun sense a time period: night, day, evening, weekend) right after a word
 * that names a table with a date column, so that it names that table's rows by when each happens ("training nights"
 * over training_sessions.held_on); "rope nights" where ropes records no date names nothing.
 */
function occasionOf(context: Context, all: readonly QuestionWord[], word: QuestionWord): boolean {
  const before = all[word.index - 1];
  if (!before || before.clauseEnd || !firstSenseAncestors(word.text).has('time_period')) return false;
  return context.table_schemas.some((table) => holdsTime(table) && evidenceOf(before, namesRoots({ table: [table.name] })) === 'table');
}

/** Ratios the SQL computes ("rate", "share"): a ratio names no thing itself, and asks for the thing its modifier names. */
const RATIOS = /^(rate|rates|ratio|ratios|proportion|proportions|percentage|percentages|fraction)$/;

/** An asked item less a ratio that ends it after a modifier: "tax rate" asks for a rate of tax, so "tax" is its head. */
const coreOf = (item: string[]): string[] => (item.length > 1 && RATIOS.test(item.at(-1)!) ? item.slice(0, -1) : item);

/** Whether the word is written as an owner: "Whitfield's". */
const possessive = (question: string, word: QuestionWord): boolean => /^['’]s\b/.test(question.slice(word.offset + word.text.length));

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
  // "the most artistically ambitious": an adverb in -ly between the degree word and its adjective still ranks by the adjective.
  const before = (/\b(most|least)\s+[a-z]+ly\s+$/i.exec(question.slice(0, word.offset)) ?? /([A-Za-z]+)\W*$/.exec(question.slice(0, word.offset)))?.[1]?.toLowerCase();
  // The part of speech last: it reads WordNet, which only a comparative or superlative needs.
  // "the best linework": a closed compound WordNet does not list is a noun as its last word is.
  if (before && /^(better|best|worse|worst|greatest|finest)$/.test(before)) {
    if (primaryPartOfSpeech(word.text) === 'noun' || (primaryPartOfSpeech(word.text) === undefined && isClosedCompound(word.text))) return true;
    // "Is Sian Tudor our best pilot?": after a determiner and the superlative, a word ending its noun phrase is a noun
    // whatever English mostly uses it as ("pilot" is mostly a verb to WordNet's tagged corpus); "our best selling
    // product" goes on to its noun.
    return determinedSuperlative(question, word) && !/ing$/.test(word.text) && hasSense('noun', word.text);
  }
  // "the most common", "the most popular": how often, which the SQL counts.
  if (FREQUENCY_WORDS.test(word.text)) return false;
  // "the most finals" counts finals: an adjective takes no plural, so a plural whose singular is a noun is one.
  // "the most talented": an adjective made from a noun, which WordNet's tagged corpus may not have seen, ranks too.
  // "the most satisfying", "the least rewarding": a present participle WordNet also lists as an adjective ranks by the
  // quality it names, as an adjective does; "the most visited" (a past participle) counts visits and is a frequency,
  // and a gerund ("did the most surveying", "the most flying hours": an -ing form with a noun sense) an amount of doing.
  if (before && /^(most|least)$/.test(before)) return (primaryPartOfSpeech(word.text) === 'adj' || isNounMadeAdjective(word.text) || (/ing$/.test(word.text) && hasSense('adj', word.text) && !hasSense('noun', word.text))) && !isPluralNoun(word.text);
  // "Are host-read ads more effective than pre-recorded ones?": a comparison by the quality the adjective names.
  if (before && /^(more|less)$/.test(before) && /^\s+than\b/i.test(question.slice(word.offset + word.text.length))) return primaryPartOfSpeech(word.text) === 'adj';
  return /est$/.test(word.text) && word.text.length > 5 && primaryPartOfSpeech(word.text) === 'adj';
}

/**
 * Whether the word comes right after a determiner and a superlative ("our best pilot", "the worst driver") and ends its
 * noun phrase: the question's end, a clause's, or a preposition or "than" next.
 */
function determinedSuperlative(question: string, word: QuestionWord): boolean {
  const all = questionWords(question);
  const opener = all[word.index - 2];
  if (!opener || !NOUN_OPENERS.has(opener.text)) return false;
  const next = all[word.index + 1];
  return word.clauseEnd || next === undefined || NOUN_PHRASE_AFTER.has(next.text);
}

const NOUN_PHRASE_AFTER: ReadonlySet<string> = wordSet(PREPOSITIONS);

/**
 * "Which waiter has worked here the longest?", "Who has been on the team longest?", "our longest-serving officer": the
 * superlative asks how long a state has lasted, not the length of a thing, when it is an adverb (after "the", or after a
 * perfect in its clause, where no noun can follow it) ending its clause or before a preposition, or comes before a
 * present participle ("longest serving", hyphenated or not). "the longest river" and "has the longest name" ask a length.
 */
function asksHowLongSince(words: readonly QuestionWord[], index: number): boolean {
  if (!/^(longest|shortest)$/.test(words[index]!.text)) return false;
  return beforePresentParticiple(words[index + 1]) || ((words[index - 1]?.text === 'the' || afterPerfect(words, index)) && endsPhrase(words, index));
}

/** A superlative used as an adverb: the last word of its clause, or before a preposition ("the longest in …"), not before a noun. */
function endsPhrase(words: readonly QuestionWord[], index: number): boolean {
  const word = words[index]!;
  const next = words[index + 1];
  return word.clauseEnd || next === undefined || /^(in|on|at|of|for|with|among|so|here|there|overall|ever)$/.test(next.text);
}

/** Whether a table has a column that records when: a date or time type, or a name saying so. */
function holdsTime(table: { columns: readonly { name: string; type?: string }[] }): boolean {
  return table.columns.some((column) => /date|time|year/i.test(column.type ?? '') || /(^|_)(date|time|year|dob|born|birth)/i.test(column.name) || /(Date|Time|Year)/.test(column.name));
}

