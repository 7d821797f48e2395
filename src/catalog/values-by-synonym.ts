import type { MatchedValue } from '../context/context-schema.js';
import { sharesSynset } from '../lexicon/shares-synset.js';
import { wordSimilarity } from '../lexicon/word-vectors.js';
import type { ValueLookup, ValueTarget } from './build-value-lookup.js';
import { splitIdentifier } from './split-identifier.js';
import { stemWord } from './stem-word.js';
import { QUERY_STOP_WORDS, STOP_WORDS } from './stop-words.js';

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
  const values = oneWordValues(lookup);
  const candidates = linked.flatMap((table) => values.get(table.name.toLowerCase()) ?? []);
  if (candidates.length === 0) return [];
  const names = [...new Set(linked.flatMap((table) => [table.name.split('.').pop()!, ...table.columns.map((column) => column.name)]).flatMap((name) => splitIdentifier(name)))].filter((part) => /^[a-z]{3,}$/.test(part));
  const nameStems = new Set(names.map(stemWord));
  const taken = new Set(spelled.flatMap((match) => match.matched_text.toLowerCase().split(/[^a-z0-9]+/)));
  const found: MatchedValue[] = [];
  for (const match of question.matchAll(/[A-Za-z]+(?:-[A-Za-z]+)*/g)) {
    const text = match[0];
    const word = text.toLowerCase();
    if (word.length < 4 || text !== word || STOP_WORDS.has(word) || QUERY_STOP_WORDS.has(word) || taken.has(word) || nameStems.has(stemWord(word))) continue;
    const synonyms = candidates
      .filter((candidate) => candidate.word !== word && (wordSimilarity(word, candidate.word) ?? -1) >= COMMON_SENSE_NEARNESS && sharesSynset(word, candidate.word));
    const stored = [...new Set(synonyms.map((candidate) => candidate.word))];
    // Two stored synonyms of one word make the reading ambiguous.
    if (stored.length !== 1) continue;
    const nearness = wordSimilarity(word, stored[0]!)!;
    const nearestName = Math.max(-1, ...names.map((name) => wordSimilarity(word, name) ?? -1));
    if (nearestName > nearness - MARGIN) continue;
    for (const { target } of synonyms) {
      found.push({ table: target.table, column: target.column, value: target.value, matched_text: text, score: VALUE_SYNONYM_SCORE });
    }
  }
  return found;
}
