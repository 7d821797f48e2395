import { splitIdentifier } from '../../catalog/split-identifier.js';
import { stemWord } from '../../catalog/stem-word.js';
import type { TableSchema } from '../../context/context-schema.js';
import { commentPhrase } from './comment-head-mentions.js';
import type { QuestionWord } from './question-words.js';
import type { Mention } from './schema-mentions.js';
import { isTextColumn } from './schema-lookup.js';

/** Heads too general to name one column ("Date the contract was signed", "Name of the installer"). */
const GENERIC_HEADS = new Set(['name', 'id', 'code', 'number', 'date', 'day', 'time', 'year', 'type', 'kind', 'value', 'flag', 'count', 'total', 'amount']);

/**
 * "passengers" for pax commented 'pax = passengers on the booking', "advertised weekly rent" for list_wk commented
 * 'Advertised weekly rent in GBP': the noun phrase a number, date or yes/no column's comment opens with names the
 * column when the question spells all of it. Not a text column's: its comment lists values more often than it names it
 * ('tile, asphalt shingle, flat or metal').
 */
export function columnCommentMentions(words: readonly QuestionWord[], tables: readonly TableSchema[], covered: ReadonlySet<number>): Mention[] {
  const mentions: Mention[] = [];
  for (const { stems, table, column } of columnPhrases(tables)) {
    for (let start = 0; start + stems.length <= words.length; start++) {
      const run = words.slice(start, start + stems.length);
      if (run.every((w, k) => w.stem === stems[k] && !covered.has(w.index) && !w.capitalized)) mentions.push({ table, column, start, end: start + stems.length, full: true });
    }
  }
  return mentions;
}

export interface ColumnPhrase {
  stems: string[];
  table: string;
  column: string;
}

const remembered = new WeakMap<readonly TableSchema[], ColumnPhrase[]>();

/** The opening phrases of the column comments, each said of one column only. */
export function columnPhrases(tables: readonly TableSchema[]): ColumnPhrase[] {
  let phrases = remembered.get(tables);
  if (phrases) return phrases;
  const found: ColumnPhrase[] = [];
  for (const table of tables) {
    for (const column of table.columns) {
      if (!column.comment || isTextColumn(column)) continue;
      const stems = commentPhrase(ownComment(column.comment, column.name));
      const own = splitIdentifier(column.name).map((part) => stemWord(part.toLowerCase()));
      if (!stems || GENERIC_HEADS.has(stems.at(-1)!) || stems.every((stem) => own.includes(stem))) continue;
      found.push({ stems, table: table.name, column: column.name });
    }
  }
  const key = (p: ColumnPhrase): string => p.stems.join(' ');
  phrases = found.filter((p) => found.filter((o) => key(o) === key(p)).length === 1);
  remembered.set(tables, phrases);
  return phrases;
}

/** The comment without the column's name it restates ("pax = passengers on the booking"); none when it opens on a code ("DD direct debit"). */
function ownComment(comment: string, name: string): string | undefined {
  const text = comment.trim();
  const lower = text.toLowerCase();
  const at = lower.startsWith(name.toLowerCase()) ? name.length : 0;
  const rest = at > 0 ? text.slice(at).replace(/^\s*[=:]\s*/, '') : text;
  if (at > 0 && rest.length === text.length - at) return undefined;
  const first = rest.split(/\s+/)[0] ?? '';
  if (/^[A-Z0-9]+$/.test(first) || /^[^;:,.()\-–—\n]*=/.test(rest)) return undefined;
  // "Tonnes of chip taken away", "Number of panels": a head with an "of" after it says how the column measures, not what.
  const phrase = commentPhrase(rest);
  const words = rest.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  const last = phrase ? words.findIndex((word) => stemWord(word) === phrase.at(-1)) : -1;
  if (last >= 0 && words[last + 1] === 'of') return undefined;
  return rest;
}
