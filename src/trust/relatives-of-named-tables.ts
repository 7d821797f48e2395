import type { Context } from '../context/context-schema.js';
import { relatedNouns } from '../lexicon/related-nouns.js';
import { wordRoot } from '../models/offline/word-root.js';
import { type GroundedWord } from './ground-question.js';
import { namesRoots } from './evidence-roots.js';

/**
 * The words that link to a table only through WordNet (a hyponym, hypernym or sibling of its name) while another word
 * of the question names that table itself: "Which trips were commutes?", "Which products are out of stock?". The
 * relative then sorts or qualifies the table's rows (a commute is a kind of trip), which the table does not record by
 * being named; it grounds only where no word names the table ("Which vessels sank?" over ship).
 */
export function relativesOfNamedTables(context: Context, words: readonly GroundedWord[]): Set<number> {
  const relatives = new Set<number>();
  const tableRoots = namesRoots({ table: context.table_schemas.map((table) => table.name) }).byKind.table;
  if (tableRoots.size === 0) return relatives;
  const names = (form: string) => tableRoots.has(form) || tableRoots.has(wordRoot(form));
  const ownForms = (entry: GroundedWord) => [entry.word.text, entry.word.stem, wordRoot(entry.word.text), entry.word.text.replace(/s$/, '')];
  const named = words.filter((entry) => entry.evidence === 'table' && ownForms(entry).some(names));
  for (const entry of words) {
    if (entry.evidence !== 'table' || named.includes(entry)) continue;
    const tables = [...relatedNouns(entry.word.text).keys()].filter(names).map(wordRoot);
    const namedByOther = named.some((other) => other.word.stem !== entry.word.stem && ownForms(other).some((form) => tables.includes(wordRoot(form))));
    if (tables.length > 0 && namedByOther) relatives.add(entry.word.offset);
  }
  return relatives;
}
