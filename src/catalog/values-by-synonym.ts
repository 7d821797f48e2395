import type { MatchedValue } from '../context/context-schema.js';
import { derivedForms, inflectionBases } from '../lexicon/derived-forms.js';
import { sharesSynset } from '../lexicon/shares-synset.js';
import { senseOffsets } from '../lexicon/wordnet-records.js';
import { wordSimilarity } from '../lexicon/word-vectors.js';
import type { ValueLookup, ValueTarget } from './build-value-lookup.js';
import { splitIdentifier } from './split-identifier.js';
import { stemWord } from './stem-word.js';
import { QUERY_STOP_WORDS, STOP_WORDS } from './stop-words.js';
import { PARTICLES as ENGLISH_PARTICLES } from '../lexicon/prepositions.js';
import { wordSet } from '../lexicon/word-set.js';

/**
 * How near (cosine) a synonym must also be in the word vectors: a rare sense two words share ("state" and "country"
 * as nations) is not what an everyday question means.
 */
const COMMON_SENSE_NEARNESS = 0.5;
/** How much nearer a stored synonym must be than the names of the linked tables and columns, so a word naming a column stays a name. */
const MARGIN = 0.05;
/** Below a near spelling's score: a synonym is not the same word, so any spelled value wins over it. */
export const VALUE_SYNONYM_SCORE = 0.65;

export interface LinkedTable {
  name: string;
  columns: ReadonlyArray<{ name: string }>;
}

/** One-word stored values per table (lower-cased name), built once per lookup and number of values added. */
const byTableMemo = new WeakMap<ValueLookup, { size: number; tables: Map<string, Array<{ word: string; target: ValueTarget }>> }>();

function oneWordValues(lookup: ValueLookup): Map<string, Array<{ word: string; target: ValueTarget }>> {
  const known = byTableMemo.get(lookup);
  if (known && known.size === lookup.added.size) return known.tables;
  const tables = new Map<string, Array<{ word: string; target: ValueTarget }>>();
  for (const [alias, targets] of lookup.aliases) {
    if (!/^[a-z]{3,}$/.test(alias)) continue;
    for (const target of targets) {
      // Only values stored as they are: an alias ("Dutch" for NL) is already an everyday name.
      if (target.value.trim().toLowerCase() !== alias) continue;
      const key = target.table.toLowerCase();
      const list = tables.get(key) ?? [];
      list.push({ word: alias, target });
      tables.set(key, list);
    }
  }
  byTableMemo.set(lookup, { size: lookup.added.size, tables });
  return tables;
}

/**
 * "bookings made over the telephone" where booked_via stores phone, "subscribers on a yearly plan" where plan stores
 * annual: a question word no stored value spells names the one-word value of a linked table that WordNet gives as its
 * synonym (one synonym set), when the word vectors agree they are near and the word is no nearer to a table's or
 * column's name. Related words that are no synonyms (dish and dessert, closed and open) link nothing. Scored below any
 * spelled match.
 */
export function valuesBySynonym(lookup: ValueLookup, question: string, linked: readonly LinkedTable[], spelled: readonly MatchedValue[]): MatchedValue[] {
  const { candidates, names, nameStems, outcomes: remembered } = linkedReading(lookup, linked);
  if (candidates.length === 0) return [];
  const taken = new Set(spelled.flatMap((match) => match.matched_text.toLowerCase().split(/[^a-z0-9]+/)));
  const found: MatchedValue[] = [];
  const record = (text: string, targets: ReadonlyArray<{ target: ValueTarget }>) => {
    for (const { target } of targets) found.push({ table: target.table, column: target.column, value: target.value, matched_text: text, score: VALUE_SYNONYM_SCORE });
  };
  const words = [...question.matchAll(/[A-Za-z]+(?:-[A-Za-z]+)*/g)];
  for (const [at, match] of words.entries()) {
    const text = match[0];
    const word = text.toLowerCase();
    if (word.length < 4 || text !== word || STOP_WORDS.has(word) || QUERY_STOP_WORDS.has(word) || taken.has(word) || nameStems.has(stemWord(word))) continue;
    // "orders called off" where status stores cancelled: a verb and its particle are one WordNet verb.
    const phrasal = phrasalVerb(word, words[at + 1]?.[0]);
    if (phrasal) {
      const stored = rememberedPhrasal(remembered, phrasal, candidates);
      if (stored) {
        record(`${text} ${words[at + 1]![0]}`, stored);
        continue;
      }
    }
    const known = remembered.get(word);
    if (known !== undefined) {
      if (known) record(text, known);
      continue;
    }
    const synonyms = storedSynonym(word, candidates, names);
    if (remembered.size >= MAX_REMEMBERED_WORDS) remembered.clear();
    remembered.set(word, synonyms);
    if (synonyms) record(text, synonyms);
  }
  return found;
}

type Candidate = { word: string; target: ValueTarget };

/**
 * The candidates a phrasal verb ("sign_up") names when they are all one stored word, else null; remembered among the
 * words' outcomes under a key no question word can be (it has an underscore and a leading control character).
 */
function rememberedPhrasal(remembered: Map<string, Candidate[] | null>, phrasal: string, candidates: readonly Candidate[]): Candidate[] | null {
  const key = `\u0003${phrasal}`;
  const known = remembered.get(key);
  if (known !== undefined) return known;
  const stored = candidates.filter((candidate) => sharesSynset(phrasal, candidate.word));
  const outcome = new Set(stored.map((candidate) => candidate.word)).size === 1 ? stored : null;
  if (remembered.size >= MAX_REMEMBERED_WORDS) remembered.clear();
  remembered.set(key, outcome);
  return outcome;
}

/**
 * A set of linked tables as valuesBySynonym reads it: the one-word values they store, the words of their names
 * (three letters or more) and those words' stems, and each question word's stored synonyms (or null) found so far.
 */
interface LinkedReading {
  candidates: readonly Candidate[];
  names: readonly string[];
  nameStems: ReadonlySet<string>;
  outcomes: Map<string, Candidate[] | null>;
}

/** Per lookup (and its number of values): per set of linked tables, its reading. */
const readings = new WeakMap<ValueLookup, { size: number; byLinked: Map<string, LinkedReading> }>();
const MAX_LINKED_SETS = 64;
const MAX_REMEMBERED_WORDS = 5_000;

/**
 * The linked tables' reading, remembered: a batch links the same tables for the same words question after question,
 * and the values and names depend on nothing else.
 */
function linkedReading(lookup: ValueLookup, linked: readonly LinkedTable[]): LinkedReading {
  let byLookup = readings.get(lookup);
  if (!byLookup || byLookup.size !== lookup.added.size) readings.set(lookup, (byLookup = { size: lookup.added.size, byLinked: new Map() }));
  const key = linked.map((table) => [table.name, ...table.columns.map((column) => column.name)].join('\u0001')).join('\u0002');
  let reading = byLookup.byLinked.get(key);
  if (!reading) {
    const values = oneWordValues(lookup);
    const candidates = linked.flatMap((table) => values.get(table.name.toLowerCase()) ?? []);
    const names = [...new Set(linked.flatMap((table) => [table.name.split('.').pop()!, ...table.columns.map((column) => column.name)]).flatMap((name) => splitIdentifier(name)))].filter((part) => /^[a-z]{3,}$/.test(part));
    reading = { candidates, names, nameStems: new Set(names.map(stemWord)), outcomes: new Map() };
    if (byLookup.byLinked.size >= MAX_LINKED_SETS) byLookup.byLinked.delete(byLookup.byLinked.keys().next().value!);
    byLookup.byLinked.set(key, reading);
  }
  return reading;
}

/** The candidates a question word names as their one stored synonym (WordNet and the word vectors agreeing), or null. */
function storedSynonym(word: string, candidates: readonly Candidate[], names: readonly string[]): Candidate[] | null {
  // Once per stored word: several tables store the same one, and both filters below ask.
  const nearByWord = new Map<string, boolean>();
  const near = (candidate: { word: string }): boolean => {
    let isNear = nearByWord.get(candidate.word);
    if (isNear === undefined) {
      isNear = candidate.word !== word && (wordSimilarity(word, candidate.word) ?? -1) >= COMMON_SENSE_NEARNESS;
      nearByWord.set(candidate.word, isNear);
    }
    return isNear;
  };
  // "patients who got vaccinated" where reason stores Vaccination: the noun WordNet derives from the verb.
  const nouns = derivedForms(word);
  const derived = candidates.filter((candidate) => nouns.has(candidate.word) && near(candidate) && senseOffsets('noun', candidate.word).length > 0);
  const synonyms = derived.length > 0 ? derived : candidates.filter((candidate) => near(candidate) && sharesSynset(word, candidate.word));
  const stored = [...new Set(synonyms.map((candidate) => candidate.word))];
  // Two stored synonyms of one word make the reading ambiguous.
  if (stored.length !== 1) return null;
  const nearness = wordSimilarity(word, stored[0]!)!;
  const nearestName = Math.max(-1, ...names.map((name) => wordSimilarity(word, name) ?? -1));
  if (nearestName > nearness - MARGIN) return null;
  return synonyms;
}

/** Particles that make a verb before them a phrasal verb ("call off", "send back"). */
const PARTICLES: ReadonlySet<string> = wordSet(ENGLISH_PARTICLES);

/** The WordNet verb a verb form and the particle after it make ("called", "off" → call_off), if WordNet has it. */
function phrasalVerb(word: string, next: string | undefined): string | undefined {
  const particle = next?.toLowerCase();
  if (!particle || !PARTICLES.has(particle)) return undefined;
  return inflectionBases(word)
    .map((base) => `${base}_${particle}`)
    .find((lemma) => senseOffsets('verb', lemma).length > 0);
}
