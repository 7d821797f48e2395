import { writtenWords } from '../catalog/split-identifier.js';
import { memoByWord } from '../lexicon/memo-by-word.js';
import { baseForms } from '../lexicon/related-nouns.js';
import { sharesSynset } from '../lexicon/shares-synset.js';
import { wordnetFiles } from '../lexicon/wordnet-files.js';
import { senseOffsets } from '../lexicon/wordnet-records.js';
import type { QuestionWord } from '../models/offline/question-words.js';
import { neighbourhood } from './ground-attributes.js';
import type { GroundedWord } from './ground-question.js';

type Table = Parameters<typeof neighbourhood>[0][number];

/** The senses of a column's word whose definitions are read: the commonest few, as elsewhere. */
const SENSES = 3;

/** The words of the definition of each of a noun's common senses (cash: 'money in the form of bills or coins', …). */
const definitions = memoByWord((word): string[][] => {
  const found: string[][] = [];
  for (const form of baseForms(word)) {
    for (const offset of senseOffsets('noun', form).slice(0, SENSES)) {
      const gloss = wordnetFiles().dataLine('noun', offset).split(' | ')[1]?.split(';')[0]?.toLowerCase() ?? '';
      found.push(gloss.match(/[a-z]{3,}/g) ?? []);
    }
  }
  return found;
});

/**
 * "take in notes and coins" where shifts.takingsCash is (a column of a linked table or of one its keys join): two
 * nouns joined by "and" or "or", each a word (or a WordNet synonym of a word) of one definition of a word of a column's
 * name (cash, 'money in the form of bills or coins'), together name what that column holds. "cheques and coins" is no such pair:
 * cash's other sense, 'payment … in currency or by check', gives cheques but not coins.
 */
export function definedPair(question: string, grounded: GroundedWord[], linked: readonly Table[], catalog: readonly Table[] = []): void {
  const open = grounded.filter((entry) => entry.evidence === undefined && /^[a-z]{3,}$/.test(entry.word.text));
  if (open.length < 2) return;
  // The linked tables and those their keys join, linked or not (shifts joins the linked vans).
  const own = (table: Table) => linked.some((other) => other.name.toLowerCase() === table.name.toLowerCase());
  const tables = [...linked, ...neighbourhood(catalog, catalog.filter(own)).filter((table) => !own(table))];
  for (const first of open) {
    const second = open.find((other) => other.word.index > first.word.index && /^\s+(?:and|or)\s+$/i.test(question.slice(first.word.offset + first.word.text.length, other.word.offset)));
    if (second === undefined) continue;
    const named = columnDefinedBy(first.word, second.word, tables);
    if (!named) continue;
    for (const entry of [first, second]) grounded[grounded.indexOf(entry)] = { ...entry, evidence: 'column', how: 'wordnet_relative' };
  }
}

function columnDefinedBy(a: QuestionWord, b: QuestionWord, tables: readonly Table[]): boolean {
  const parts = new Set(tables.flatMap((table) => table.columns.flatMap((column) => writtenWords(column.name).map((part) => part.toLowerCase()))).filter((part) => /^[a-z]{3,}$/.test(part)));
  const defines = (word: QuestionWord, definition: readonly string[]) => definition.some((said) => baseForms(word.text).includes(said) || said === word.text || sharesSynset(word.text, said));
  return [...parts].some((part) => definitions(part).some((definition) => defines(a, definition) && defines(b, definition)));
}
