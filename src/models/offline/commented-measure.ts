import { splitIdentifier } from '../../catalog/split-identifier.js';
import type { TableSchema } from '../../context/context-schema.js';
import type { QuestionWord } from './question-words.js';
import { FILLER_WORDS } from './question-vocabulary.js';
import type { Mention } from './schema-mentions.js';
import { findTable, isMeasureColumn } from './schema-lookup.js';
import { wordRoot } from './word-root.js';
import { phraseAfter } from './phrase-after.js';
import { ARTICLES } from '../../lexicon/determiners.js';
import { PREPOSITIONS } from '../../lexicon/prepositions.js';
import { wordSet } from '../../lexicon/word-set.js';

const ARTICLE_WORDS: ReadonlySet<string> = wordSet(ARTICLES);
const PREPOSITION_WORDS: ReadonlySet<string> = wordSet(PREPOSITIONS);

/** Ranking words that count the noun after them rather than size it. */
const QUANTIFYING = new Set(['most', 'least', 'fewest', 'top', 'bottom']);

/**
 * "Which telescope has the largest mirror?" over telescopes.aperture_m, commented 'Diameter of the primary mirror in
 * metres': the head noun of the phrase after a superlative adjective (not "most", which counts), when no name in the
 * schema says it, ranks by the one number column whose comment uses it (on the table asked about, else anywhere).
 */
export function commentedMeasure(words: readonly QuestionWord[], mentions: readonly Mention[], schemas: readonly TableSchema[], rankingAt: number, entity: string | undefined): Mention | undefined {
  // "the most passengers": "most" quantifies the noun, a number of them, not a size a column holds.
  if (QUANTIFYING.has(words[rankingAt]?.text ?? '')) return undefined;
  let at = rankingAt + 1;
  while (FILLER_WORDS.has(words[at]?.text ?? '')) at++;
  // The head of the phrase: "the largest fish hold" is a hold, whatever a comment says of fish.
  const phrase = phraseAfter(words, at);
  at = phrase.at(-1)?.index ?? at;
  const word = words[at];
  if (!word || word.text.length < 3 || /\d/.test(word.text) || mentions.some((m) => m.start <= at && m.end > at)) return undefined;
  const root = wordRoot(word.text);
  const using = (table: TableSchema) => table.columns.filter((c) => isMeasureColumn(c) && c.comment !== undefined && splitIdentifier(c.comment).some((part) => wordRoot(part) === root));
  const own = entity ? findTable(schemas, entity) : undefined;
  const owned = own ? using(own) : [];
  const found = owned.length > 0 ? owned.map((column) => ({ table: own!, column })) : schemas.flatMap((table) => using(table).map((column) => ({ table, column })));
  return found.length === 1 ? { table: found[0]!.table.name, column: found[0]!.column.name, start: at, end: at + 1, full: true } : undefined;
}

/**
 * "Average time on site for each survey type" over svy.dur_min, commented 'Time on site in minutes': the words after
 * an aggregate word that repeat, word for word, the opening of one number column's comment (two content words or
 * more) name that column, though no name in the schema says them.
 */
export function commentOpeningMeasure(words: readonly QuestionWord[], schemas: readonly TableSchema[], aggregateAt: number): Mention | undefined {
  let at = aggregateAt + 1;
  while (ARTICLE_WORDS.has(words[at]?.text ?? '')) at++;
  let best: { table: string; column: string; length: number }[] = [];
  let bestLength = 0;
  for (const table of schemas) {
    for (const column of table.columns) {
      if (!isMeasureColumn(column) || !column.comment) continue;
      const opening = column.comment.toLowerCase().split(/[^a-z]+/).filter(Boolean);
      let length = 0;
      while (length < opening.length && words[at + length]?.text === opening[length]) length++;
      const content = words.slice(at, at + length).filter((w) => !ARTICLE_WORDS.has(w.text) && !PREPOSITION_WORDS.has(w.text) && w.text.length > 2).length;
      if (content < 2) continue;
      if (length > bestLength) [best, bestLength] = [[{ table: table.name, column: column.name, length }], length];
      else if (length === bestLength) best.push({ table: table.name, column: column.name, length });
    }
  }
  return best.length === 1 ? { table: best[0]!.table, column: best[0]!.column, start: at, end: at + bestLength, full: true } : undefined;
}
