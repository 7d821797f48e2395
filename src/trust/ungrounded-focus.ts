import { splitIdentifier } from '../catalog/split-identifier.js';
import type { Context } from '../context/context-schema.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import { relatedNouns } from '../lexicon/related-nouns.js';
import { senseOffsets } from '../lexicon/wordnet-records.js';
import { FILLER_WORDS } from '../models/offline/question-vocabulary.js';
import { questionWords, type QuestionWord } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import type { GroundedWord } from './ground-question.js';
import { requestedItems } from './requested-items.js';

/**
 * Nouns that say only what form an attribute takes, so the word before them names which attribute: "phone number",
 * "due date", "delivery time", "discount code".
 */
const FORM_HEADS = new Set(['number', 'numbers', 'date', 'dates', 'time', 'times', 'name', 'names', 'code', 'codes', 'address', 'addresses', 'id', 'ids']);
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'do', 'does', 'did', 'has', 'have', 'had']);

/**
 * What the question asks for, as it wrote it, when that does not link to the data while other words of the question may:
 * - an attribute named by a noun before a word of form ("phone number", "due date", "delivery time"), where that noun
 *   links to no column, table or metric (a stored value such as the booking channel 'phone' is a row's, not an
 *   attribute), nor does the pair as one dictionary word ("due date", "zip code" as a postcode column);
 * - what money was spent on ("How much did we spend on shipping?"), where that links to no column, table, value or
 *   metric: a word only docs or comments use names no amount.
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
  const spent = /\bspen[dt]\s+on\s+(?:the\s+|our\s+)?([A-Za-z]+)/i.exec(question);
  if (spent) {
    const offset = spent.index + spent[0].length - spent[1]!.length;
    const entry = words.find((candidate) => candidate.word.offset === offset);
    if (entry && (entry.evidence === undefined || entry.evidence === 'text')) return entry.word.text;
  }
  return undefined;
}

/** The pairs of a noun and a word of form the question asks for: requested ("the due date of …") or opening it ("What phone number did …"). */
function formCompounds(question: string): [QuestionWord, QuestionWord, QuestionWord[]][] {
  const pairs: [QuestionWord, QuestionWord, QuestionWord[]][] = [];
  const words = questionWords(question);
  for (const item of requestedItems(question)) {
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

/** The words of the linked tables' and columns' names and of the metrics' names and synonyms. */
function nameParts(context: Context): Set<string> {
  const names = [
    ...context.table_schemas.flatMap((table) => [table.name, ...table.columns.map((column) => column.name)]),
    ...context.metrics.flatMap((metric) => [metric.name, ...metric.synonyms]),
  ];
  const parts = names.flatMap((name) => splitIdentifier(name.split('.').at(-1)!));
  return new Set(parts.flatMap((part) => [part, wordRoot(part)]));
}

const singular = (text: string): string => (text.endsWith('sses') ? text.slice(0, -2) : text.endsWith('s') && !text.endsWith('ss') ? text.slice(0, -1) : text);

/** Whether a column's name is the head after the first letters of the modifier: Fname, l_name, LName for "first/last name". */
function abbreviatedPair(parts: readonly string[], modifier: string, head: string): boolean {
  const compact = parts.join('');
  if (!compact.endsWith(head) || compact.length === head.length) return false;
  return modifier.startsWith(compact.slice(0, -head.length));
}
