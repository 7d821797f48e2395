import { rememberedByText } from '../../catalog/remembered-by-text.js';
import { stemWord } from '../../catalog/stem-word.js';
import { tablesTextKey } from '../../catalog/tables-text-key.js';
import type { TableSchema } from '../../context/context-schema.js';
import { oneWordSynonyms } from '../../lexicon/related-nouns.js';
import { commentPhrase } from './comment-head-mentions.js';
import { FILLER_WORDS } from './question-vocabulary.js';
import type { QuestionWord } from './question-words.js';
import type { Mention } from './schema-mentions.js';

/**
 * "hourly wage" for hrly_gbp commented 'Hourly pay in pounds': a question word nothing else names, one of whose
 * WordNet synonyms (a common sense's own lemmas, one word) is the head of the noun phrase a column's comment opens
 * with, names that column, as the comment defines it. Only a synonym ("wage", "salary" for pay), not a kind or a
 * relative ("bonus", "pension"), and only when one column name is so named. Asked last, of uncovered words only.
 */
export function commentSynonymMentions(words: readonly QuestionWord[], tables: readonly TableSchema[], covered: ReadonlySet<number>): Mention[] {
  const heads = columnHeads(tables);
  if (heads.size === 0) return [];
  const mentions: Mention[] = [];
  for (const word of words) {
    if (covered.has(word.index) || word.capitalized || word.text.length < 3 || !/^[a-z]+$/.test(word.text) || FILLER_WORDS.has(word.text) || FILLER_WORDS.has(word.stem)) continue;
    if (heads.has(word.stem)) continue;
    const targets = new Map<string, { table: string; column: string; full: boolean }[]>();
    for (const lemma of oneWordSynonyms(word.text)) {
      for (const target of heads.get(stemWord(lemma)) ?? []) targets.set(target.column.toLowerCase(), [...(targets.get(target.column.toLowerCase()) ?? []), target]);
    }
    if (targets.size !== 1) continue;
    for (const target of [...targets.values()][0]!) mentions.push({ table: target.table, column: target.column, start: word.index, end: word.index + 1, full: target.full });
  }
  return mentions;
}

const remembered = new Map<string, Map<string, { table: string; column: string; full: boolean }[]>>();

/** The head (stem) of each column comment's opening noun phrase → the columns it heads: read once per linked tables' text. */
function columnHeads(tables: readonly TableSchema[]): Map<string, { table: string; column: string; full: boolean }[]> {
  return rememberedByText(remembered, tablesTextKey(tables), () => readColumnHeads(tables));
}

function readColumnHeads(tables: readonly TableSchema[]): Map<string, { table: string; column: string; full: boolean }[]> {
  const heads = new Map<string, { table: string; column: string; full: boolean }[]>();
  for (const table of tables) {
    for (const column of table.columns) {
      const stems = commentPhrase(column.comment);
      if (!stems) continue;
      const head = stems.at(-1)!;
      heads.set(head, [...(heads.get(head) ?? []), { table: table.name, column: column.name, full: stems.length === 1 }]);
    }
  }
  return heads;
}
