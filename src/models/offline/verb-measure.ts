import { splitIdentifier } from '../../catalog/split-identifier.js';
import { stemWord } from '../../catalog/stem-word.js';
import type { TableSchema } from '../../context/context-schema.js';
import { wordVector } from '../../lexicon/word-vectors.js';
import type { Ranking } from './analyze-question.js';
import { nameSimilarity } from './name-vectors.js';
import type { QuestionWord } from './question-words.js';
import { findTable, isMeasureColumn } from './schema-lookup.js';
import { VECTOR_LINK_MARGIN, VECTOR_LINK_THRESHOLD } from './vector-mentions.js';

/**
 * "Which dish costs the most?", "the singer who is worth the most": a bare "the most" ending the question ranks by
 * what the word before it names, a measure column of the ranked table spelled the same ("worth" / Net_Worth_Millions)
 * or nearest to it in the word vectors ("costs" / price_usd), clearly ahead of the table's other measure columns.
 */
export function measureNamedBefore(words: readonly QuestionWord[], ranking: Ranking, schemas: readonly TableSchema[], entity: string | undefined): { table: string; column: string } | undefined {
  const at = ranking.at;
  if (!/^(most|least)$/.test(words[at]?.text ?? '') || !(at === words.length - 1 || words[at]!.clauseEnd)) return undefined;
  const before = words[at - 1]?.text === 'the' ? words[at - 2] : words[at - 1];
  const table = entity ? findTable(schemas, entity) : undefined;
  if (!before || !table) return undefined;
  const measures = table.columns.filter(isMeasureColumn);
  const spelled = measures.filter((column) => splitIdentifier(column.name).some((part) => stemWord(part) === before.stem));
  if (spelled.length === 1) return { table: table.name, column: spelled[0]!.name };
  const vector = wordVector(before.text);
  if (!vector || spelled.length > 1) return undefined;
  const [best, next] = measures.map((column) => ({ column, score: nameSimilarity(vector, column.name) })).sort((a, b) => b.score - a.score);
  if (!best || best.score < VECTOR_LINK_THRESHOLD || (next && next.score > best.score - VECTOR_LINK_MARGIN)) return undefined;
  return { table: table.name, column: best.column.name };
}
