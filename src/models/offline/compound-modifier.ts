import { splitIdentifier } from '../../catalog/split-identifier.js';
import { stemWord } from '../../catalog/stem-word.js';
import { bareName } from './bare-name.js';
import { isParticiple } from './participle.js';
import { PHRASE_STOP } from './phrase-after.js';
import type { QuestionWord } from './question-words.js';
import type { Mention } from './schema-mentions.js';

/**
 * "reader visits", "meter readings": a table's name right before another table's name is the first noun of a compound,
 * which only says whose; the last noun is the head, the rows the phrase is about. Not when one table's name holds the
 * other's word ("template type" over Ref_Template_Types is one name), nor across a function word ("singers in"), nor before a verb ("members visited").
 */
export function isCompoundModifier(mention: Mention, mentions: readonly Mention[], words: readonly QuestionWord[]): boolean {
  if (mention.column !== undefined || words[mention.end - 1]?.clauseEnd) return false;
  const head = words[mention.end];
  // "members visited", "games bowled": a verb after the noun is no head of a compound.
  if (!head || PHRASE_STOP.has(head.text) || head.text.length < 3 || isParticiple(head.text) || head.text.endsWith('ing')) return false;
  const stems = (table: string): Set<string> => new Set(splitIdentifier(table).map(stemWord));
  return mentions.some((next) => {
    if (next.column !== undefined || next.start !== mention.end || bareName(next.table) === bareName(mention.table)) return false;
    const own = stems(mention.table);
    const other = stems(next.table);
    return !words.slice(mention.start, mention.end).some((w) => other.has(w.stem)) && !words.slice(next.start, next.end).some((w) => own.has(w.stem));
  });
}
