import { rememberedByText } from '../../catalog/remembered-by-text.js';
import { splitIdentifier } from '../../catalog/split-identifier.js';
import { QUERY_STOP_WORDS, STOP_WORDS } from '../../catalog/stop-words.js';
import { tablesTextKey } from '../../catalog/tables-text-key.js';
import type { TableSchema } from '../../context/context-schema.js';
import { wordVector } from '../../lexicon/word-vectors.js';
import { GENERIC_PARTS, isNoun, nameSimilarity } from './name-vectors.js';
import { FILLER_WORDS } from './question-vocabulary.js';
import type { QuestionWord } from './question-words.js';
import type { Mention } from './schema-mentions.js';

/**
 * How near (cosine) a question word's vector must be to a table's or column's name for the word to name it: fitted on
 * the development sets, and chosen leave-one-set-out for five of six (docs/benchmarks.md, "Word vectors (issue 14)").
 */
export const VECTOR_LINK_THRESHOLD = 0.55;
/** ...and how far ahead of the next table or column it must be, so that a word near two names links neither. */
export const VECTOR_LINK_MARGIN = 0.05;

function isContentWord(word: QuestionWord): boolean {
  const { text } = word;
  return !word.capitalized && text.length >= 3 && /^[a-z]+$/.test(text) && !FILLER_WORDS.has(text) && !FILLER_WORDS.has(word.stem) && !STOP_WORDS.has(text) && !QUERY_STOP_WORDS.has(text) && !GENERIC_PARTS.has(word.stem);
}

/**
 * "carriers" for the airlines table, "showings" for screenings: a question word no name, synonym or value links to
 * names the table or column whose name's vector is nearest to its own, when that is near enough and clearly nearer
 * than any other name. A head-word mention (not full): related is not the same, so exact names always win.
 */
export function vectorMentions(words: readonly QuestionWord[], tables: readonly TableSchema[], covered: ReadonlySet<number>): Mention[] {
  const links = rememberedByText(remembered, tablesTextKey(tables), () => new Map<string, Target[]>());
  const mentions: Mention[] = [];
  for (const word of words) {
    if (covered.has(word.index) || !isContentWord(word)) continue;
    let targets = links.get(word.text);
    if (targets === undefined) {
      if (links.size >= MAX_WORDS) links.clear();
      links.set(word.text, (targets = nearestNames(word.text, tables)));
    }
    for (const target of targets) mentions.push({ ...target, start: word.index, end: word.index + 1, full: false });
  }
  return mentions;
}

/**
 * A question's words are linked several times over (one planner, several question kinds), and a batch's questions
 * link the same tables again: once per word and linked tables' text.
 */
const remembered = new Map<string, Map<string, Target[]>>();
const MAX_WORDS = 5_000;

interface Target {
  table: string;
  column?: string;
}

/** The tables or columns sharing the one name near enough to the word and clearly nearest; none when there is no such name. */
function nearestNames(text: string, tables: readonly TableSchema[]): Target[] {
  const vector = wordVector(text);
  if (!vector) return [];
  // Same-named columns of several tables score alike: the name is judged once, and each of its tables is named.
  const byName = new Map<string, { score: number; targets: Target[]; name: string; table: boolean }>();
  const consider = (key: string, name: string, target: Target): void => {
    const known = byName.get(key) ?? { score: nameSimilarity(vector, name, VECTOR_LINK_THRESHOLD), targets: [], name, table: target.column === undefined };
    known.targets.push(target);
    byName.set(key, known);
  };
  for (const table of tables) {
    const bare = table.name.split('.').pop()!;
    consider(`table ${bare.toLowerCase()}`, bare, { table: table.name });
    for (const column of table.columns) consider(`column ${column.name.toLowerCase()}`, column.name, { table: table.name, column: column.name });
  }
  const ranked = [...byName.values()].sort((a, b) => b.score - a.score);
  const [best, next] = ranked;
  if (!best || best.score < VECTOR_LINK_THRESHOLD || !isNoun(text)) return [];
  if (next && next.score > best.score - VECTOR_LINK_MARGIN) return tableNamedInRivals(ranked.filter((name) => name.score > best.score - VECTOR_LINK_MARGIN))?.targets ?? [];
  return best.targets;
}

/**
 * "vessels" as near to the ship table as to its disposition_of_ship and caused_by_ship_id columns: the columns are near
 * only through the table's name they carry, so the word names the table.
 */
function tableNamedInRivals<Name extends { name: string; table: boolean }>(rivals: readonly Name[]): Name | undefined {
  const tables = rivals.filter((rival) => rival.table);
  if (tables.length !== 1) return undefined;
  const table = tables[0]!.name.toLowerCase();
  return rivals.every((rival) => rival.table || splitIdentifier(rival.name).includes(table)) ? tables[0] : undefined;
}
