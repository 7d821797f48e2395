import { rememberedByText } from '../catalog/remembered-by-text.js';
import { splitIdentifier } from '../catalog/split-identifier.js';
import { CATALOG_SYNONYMS } from '../catalog/term-synonyms.js';
import type { Context } from '../context/context-schema.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import { relatedNouns } from '../lexicon/related-nouns.js';
import { senseOffsets } from '../lexicon/wordnet-records.js';
import { FILLER_WORDS } from '../models/offline/question-vocabulary.js';
import { questionWords, type QuestionWord } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import { isClosedCompound } from './closed-compound.js';
import { namesKindOf } from '../lexicon/compound-kind.js';
import { isPhoneWord, namesTelephone } from './kind-named-word.js';
import type { GroundedWord } from './ground-question.js';
import { askedItems } from './asked-words.js';
import { GENERIC_HEADS, isNamingWord } from './is-naming-word.js';
import { requestedItems } from './requested-items.js';
import { shortenedName } from './skeleton-name-kind.js';
import { FORM_HEADS } from './form-heads.js';
import { FINITE_AUXILIARIES } from '../lexicon/auxiliaries.js';
import { wordSet } from '../lexicon/word-set.js';
import { hasSense } from '../lexicon/has-sense.js';
import { isUnknownWord } from './is-unknown-word.js';
import { spelledNames } from './spelled-names.js';
import { wordsAndRoots } from '../models/offline/name-words-and-roots.js';

const AUXILIARIES: ReadonlySet<string> = wordSet(
  FINITE_AUXILIARIES,
);

/**
 * What the question asks for, as it wrote it, when that does not link to the data while other words of the question may:
 * - an attribute named by a noun before a word of form ("phone number", "due date", "delivery time"), where that noun
 *   links to no column, table or metric (a stored value such as the booking channel 'phone' is a row's, not an
 *   attribute), nor does the pair as one dictionary word ("due date", "zip code" as a postcode column);
 * - what money was spent on ("How much did we spend on shipping?", "… pay its players in wages"), where that is no
 *   name of the data nor a stored value: a word only docs or comments use, or a dictionary relative of a name, names no
 *   amount.
 * Undefined when the question asks in neither shape, or what it asks for links.
 */
export function ungroundedFocus(question: string, context: Context, words: readonly GroundedWord[]): string | undefined {
  const names = nameParts(context);
  const columns = context.table_schemas.flatMap((table) => table.columns.map((column) => splitIdentifier(column.name)));
  for (const [modifier, head, others] of formCompounds(question)) {
    // "mobile phone number" where a cell_mobile_number column is.
    if (others.some((word) => names.has(word.text) || names.has(wordRoot(word.text)))) continue;
    // "first name" where an Fname column is: the head, after the modifier's first letters.
    if (columns.some((parts) => abbreviatedPair(parts, modifier.text, singular(head.text)))) continue;
    const lemma = `${modifier.text}_${singular(head.text)}`;
    const compound = senseOffsets('noun', lemma).length > 0;
    if (FILLER_WORDS.has(modifier.text) && !compound) continue;
    if (!compound && primaryPartOfSpeech(modifier.text) !== 'noun') continue;
    const entry = words.find((candidate) => candidate.word.offset === modifier.offset);
    if (entry && (entry.evidence === 'column' || entry.evidence === 'table')) continue;
    if (names.has(modifier.text) || names.has(wordRoot(modifier.text))) continue;
    // "zip code" where a postcode column is, "last name" where a surname is.
    const synonyms = compound ? [...relatedNouns(lemma)].filter(([synonym, closeness]) => closeness === 'same' && synonym !== singular(head.text)).map(([synonym]) => synonym) : [];
    if (synonyms.some((lemma) => lemma.split('_').every((part) => names.has(part)) || names.has(lemma.replace(/_/g, '')))) continue;
    return question.slice(modifier.offset, head.offset + head.text.length);
  }
  const narrowed = unnamedModifiers(question, context, words);
  if (narrowed) return narrowed;
  const wanted = openingNoun(question, words);
  if (wanted) return wanted;
  // "spend on shipping", "pay its players in wages": what the money went on.
  const spent = /\b(?:spen[dt]|spending|pa(?:y|ys|id))\s+(?:[A-Za-z]+\s+){0,2}?(?:on|for|in)\s+(?:the\s+|our\s+|its\s+|their\s+)?([A-Za-z]+)/i.exec(question);
  if (spent) {
    const offset = spent.index + spent[0].length - spent[1]!.length;
    const entry = words.find((candidate) => candidate.word.offset === offset);
    const loose = entry && entry.evidence !== 'value' && (entry.evidence === undefined || entry.evidence === 'text' || !namedDirectly(entry.word, names));
    // "how many hours did the gangs spend on site" where lab_hrs is 'Labour hours on site': a comment that says the
    // phrase as the question does (its preposition and noun) records what was spent there.
    if (entry && loose && isNoun(entry.word.text) && !describedAs(spent[0], context)) return entry.word.text;
  }
  return undefined;
}

/**
 * "marketing emails" where an email column is, "customer acquisition cost" where a price is: when every item the
 * question asks for ends in a word that links to a column or metric, but a noun before it, which says which of them is
 * meant, is no name of the data (a dictionary relative of one is too loose a link to narrow by) nor beside the head in
 * a comment or doc. Only when every item is narrowed so:
 * one item of several that is not ("capacity and ticket revenue") is a partly answerable question, which runs.
 */
function unnamedModifiers(question: string, context: Context, words: readonly GroundedWord[]): string | undefined {
  const opening = openingItem(question);
  const items = [...askedItems(asked(question)), ...(opening ? [opening] : [])];
  if (items.length === 0) return undefined;
  // Read only for an item whose head links to a column and whose modifiers are named nowhere else.
  let names: ReadonlySet<string> | undefined;
  let prose: string | undefined;
  const entryOf = (text: string) => words.find((entry) => entry.word.text === text);
  const phrases: string[] = [];
  for (const item of items) {
    const head = entryOf(item.at(-1)!);
    if (item.length < 2 || head?.evidence !== 'column') return undefined;
    const open = item.slice(0, -1).find((text) => {
      const entry = entryOf(text);
      if (!entry || !isNamingWord(question, entry.word) || /^[A-Z]/.test(question.slice(entry.word.offset, entry.word.offset + 1))) return false;
      if (!isNoun(text) || entry.evidence === 'value' || namedDirectly(entry.word, (names ??= nameParts(context)))) return false;
      // "cell phone number" where mob_no is: "cell phone" is a kind of phone the column holds (ground-question.ts).
      const next = item[item.indexOf(text) + 1];
      const compound = next === undefined || !isPhoneWord(next) ? undefined : namesKindOf(text, next);
      if (compound !== undefined && namesTelephone(compound) && entry.evidence === 'column') return false;
      prose ??= describingText(context);
      return !prose.includes(`${text} ${item.at(-1)}`) && !prose.includes(`${wordRoot(text)} ${wordRoot(item.at(-1)!)}`);
    });
    if (open === undefined) return undefined;
    phrases.push(item.slice(item.indexOf(open)).join(' '));
  }
  return phrases.join("', '");
}

/** "What's the …" asks as "What is the …" does. */
const asked = (question: string): string => question.replace(/^(\s*)what['’]s\b/i, '$1what is');

/** "What star rating did …", "Which discount code is …": the content words between the opening and its auxiliary. */
function openingItem(question: string): string[] | undefined {
  const words = questionWords(question);
  if (!words[0] || !/^(what|which)$/.test(words[0].text)) return undefined;
  const aux = words.findIndex((word, i) => i >= 2 && i <= 4 && AUXILIARIES.has(word.text));
  if (aux < 0 || words.slice(0, aux).some((word) => word.clauseEnd)) return undefined;
  const item = words.slice(1, aux).map((word) => word.text).filter((text) => !FILLER_WORDS.has(text) && text.length > 2);
  return item.length > 0 ? item : undefined;
}

/**
 * "What colour is Biscuit's coat?", "Which breed was …": the noun between the opening "what" / "which" and its
 * auxiliary is what the answer must be, a noun there whatever English mostly uses the word as ("colour" is mostly an
 * adjective by WordNet's tagged senses). When it links to nothing at all (no name, value, comment or doc) while other
 * words of the question do, the data holds the thing it is asked of but not what is asked. A word of form ("number",
 * "time"), a generic head, a capitalised name and a word no dictionary knows (a short column name) are left alone.
 */
function openingNoun(question: string, words: readonly GroundedWord[]): string | undefined {
  const all = questionWords(question);
  const [opener, noun, auxiliary] = all;
  if (!opener || !noun || !auxiliary || !/^(what|which)$/.test(opener.text) || !AUXILIARIES.has(auxiliary.text) || noun.clauseEnd) return undefined;
  if (/^[A-Z]/.test(question.slice(noun.offset, noun.offset + 1)) || FORM_HEADS.has(noun.text) || GENERIC_HEADS.test(noun.text) || isUnknownWord(noun.text)) return undefined;
  const entry = words.find((candidate) => candidate.word.offset === noun.offset);
  if (!entry || entry.evidence !== undefined || !hasSense('noun', noun.text)) return undefined;
  if (!words.some((candidate) => candidate.evidence !== undefined && candidate.evidence !== 'text')) return undefined;
  return noun.text;
}

/** Whether the linked comments, metrics or docs say the spending's closing phrase as the question does: "on site" of 'Labour hours on site'. */
function describedAs(spending: string, context: Context): boolean {
  const phrase = /\b(?:on|for|in)\s+(?:(?:the|our|its|their)\s+)?[a-z]+$/i.exec(spending)?.[0];
  return phrase !== undefined && new RegExp(`\\b${phrase.toLowerCase().replace(/\s+/g, '\\s+')}\\b`).test(describingText(context));
}

/** The comments of the linked tables and columns, the metrics' descriptions and the doc passages, lower-cased. */
function describingText(context: Context): string {
  return [
    ...context.table_schemas.flatMap((table) => [table.comment ?? '', ...table.columns.map((column) => column.comment ?? '')]),
    ...context.metrics.map((metric) => metric.description),
    ...context.doc_passages.map((passage) => `${passage.heading} ${passage.text}`),
  ]
    .join(' \n ')
    .toLowerCase();
}

/** The pairs of a noun and a word of form the question asks for: requested ("the due date of …") or opening it ("What phone number did …"). */
function formCompounds(question: string): [QuestionWord, QuestionWord, QuestionWord[]][] {
  const pairs: [QuestionWord, QuestionWord, QuestionWord[]][] = [];
  const words = questionWords(question);
  for (const item of requestedItems(asked(question))) {
    // The item's words are counted from where the request's opening ends: find the pair among the question's own.
    const [modifier, head] = item.slice(-2);
    if (!modifier || !head || !FORM_HEADS.has(head.text) || modifier.index !== head.index - 1) continue;
    const at = words.findIndex((word, i) => word.text === modifier.text && words[i + 1]?.text === head.text);
    if (at >= 0) pairs.push([words[at]!, words[at + 1]!, item.slice(0, -2)]);
  }
  if (words[0] && /^(what|which)$/.test(words[0].text)) {
    const aux = words.findIndex((word, i) => i >= 2 && i <= 3 && AUXILIARIES.has(word.text));
    const head = words[aux - 1];
    const modifier = words[aux - 2];
    if (aux > 0 && head && modifier && modifier.index > 0 && FORM_HEADS.has(head.text) && !modifier.clauseEnd) pairs.push([modifier, head, words.slice(1, modifier.index)]);
  }
  return pairs;
}

const namePartsByNames = new Map<string, ReadonlySet<string>>();

/** The words of the linked tables' and columns' names and of the metrics' names and synonyms (and their roots), once per set of names. */
function nameParts(context: Context): ReadonlySet<string> {
  const names = [
    ...context.table_schemas.flatMap((table) => [table.name, ...table.columns.map((column) => column.name)]),
    ...context.metrics.flatMap((metric) => [metric.name, ...metric.synonyms]),
  ];
  // "penalty charges" where pcn's comment spells it 'Penalty charge notice', in a terse schema (spelled-names.ts).
  names.push(...spelledNames(context.table_schemas).flatMap((spelled) => [...spelled.tableNames, ...spelled.columnNames]));
  return rememberedByText(namePartsByNames, names.join('\u0000'), () => {
    const parts = names.flatMap((name) => splitIdentifier(name.split('.').at(-1)!));
    return wordsAndRoots(parts);
  });
}

const singular = (text: string): string => (text.endsWith('sses') ? text.slice(0, -2) : text.endsWith('s') && !text.endsWith('ss') ? text.slice(0, -1) : text);

/** Whether a column's name is the head after the first letters of the modifier: Fname, l_name, LName for "first/last name". */
function abbreviatedPair(parts: readonly string[], modifier: string, head: string): boolean {
  const compact = parts.join('');
  if (!compact.endsWith(head) || compact.length === head.length) return false;
  return modifier.startsWith(compact.slice(0, -head.length));
}

/** Whether a name of the data is the word, its root, a catalog synonym of it, or shares most of a long stem with it. */
function namedDirectly(word: QuestionWord, names: ReadonlySet<string>): boolean {
  const forms = [word.text, word.stem, wordRoot(word.text), ...(CATALOG_SYNONYMS[word.stem] ?? [])];
  if (forms.some((form) => names.has(form))) return true;
  // "invoice" where an inv table is, "amount" of amt_eur.
  if (shortenedName(word, (name) => names.has(name)) !== undefined) return true;
  const root = wordRoot(word.text);
  return root.length >= 5 && [...names].some((name) => name.length >= 5 && (name.startsWith(root) || root.startsWith(name)));
}

/**
 * A noun by WordNet's tagged senses, a word it knows only untagged senses of that include a noun's ("harbour"), or a
 * compound it does not list whose second word is a noun ("snowmaking").
 */
function isNoun(text: string): boolean {
  const part = primaryPartOfSpeech(text);
  return part === 'noun' || (part === undefined && (senseOffsets('noun', text).length > 0 || isClosedCompound(text)));
}
