import type { CatalogTable } from '../connectors/connector.js';
import { wordTable } from '../own-entry.js';
import type { ColumnValues } from './build-value-lookup.js';
import { commentCodeGlosses } from './code-glosses.js';
import { normalizeValueText } from './normalize-value-text.js';
import { splitIdentifier } from './split-identifier.js';
import { stemWord } from './stem-word.js';
import { STOP_WORDS } from './stop-words.js';

/**
 * The words a column's comment glosses its stored codes with ("PROS proscenium arch, STU studio (black box)" on a
 * column storing PROS and STU): each code's gloss and the words in its brackets, as phrases. Only codes the column
 * stores (any case), and no one-word gloss that names a table or column of the schema: "Which keeper looks after ..."
 * asks for a keeper, not for the keepers of grade 'K keeper'.
 */
export function glossCodedValues(tables: readonly CatalogTable[], values: readonly ColumnValues[]): void {
  const names = new Set(tables.flatMap((table) => [table.name, ...table.columns.map((column) => column.name)]).map((name) => stemWord(splitIdentifier(name).join(' '))));
  const comments = new Map(tables.flatMap((table) => table.columns.filter((column) => column.comment).map((column) => [`${table.name}\u0000${column.name}`, column.comment!] as const)));
  for (const set of values) {
    const comment = comments.get(`${set.table}\u0000${set.column}`);
    if (!comment) continue;
    const stored = new Map(set.values.map((value) => [value.trim().toLowerCase(), value]));
    const keeps = (phrase: string, value: string): boolean => {
      const normalized = normalizeValueText(phrase);
      if (normalized.length < 3 || normalized === value.trim().toLowerCase()) return false;
      return normalized.includes(' ') || !(STOP_WORDS.has(normalized) || names.has(stemWord(normalized)));
    };
    // Keyed by stored values, which may be any word: "constructor" or "__proto__" is a code like another.
    const glosses = new Map<string, string[]>();
    const add = (value: string, phrases: string[]) => glosses.set(value, [...(glosses.get(value) ?? []), ...phrases]);
    for (const { code, gloss, asides } of commentCodeGlosses(comment)) {
      const value = stored.get(code.toLowerCase());
      if (value === undefined) continue;
      const phrases = [gloss, ...slashedAlternatives(gloss), ...asides.filter((aside) => !/\d/.test(aside))].filter((phrase) => keeps(phrase, value));
      if (phrases.length > 0) add(value, phrases);
    }
    for (const [value, phrases] of flagGlosses(comment, set, tableWords(set.table))) {
      const kept = phrases.filter((phrase) => keeps(phrase, value));
      if (kept.length > 0) add(value, kept);
    }
    for (const [value, asides] of bracketedAsides(comment, set.values)) {
      const phrases = asides.filter((aside) => !/\d/.test(aside) && keeps(aside, value) && !glosses.get(value)?.includes(aside));
      if (phrases.length > 0) add(value, phrases);
    }
    if (glosses.size > 0) set.glosses = wordTable(Object.fromEntries(glosses));
  }
}

/**
 * "corporate / team building", "mystery / detective": a gloss of words either side of a slash names the code by
 * either; none when a side has no letters ("24/7").
 */
function slashedAlternatives(gloss: string): string[] {
  const sides = gloss.split(/\s*\/\s*/).map((side) => side.trim());
  return sides.length > 1 && sides.every((side) => /^\p{L}/u.test(side)) ? sides : [];
}

/** Most words a flag's comment may name its rows with: "Climate-controlled unit", "Open access". */
const MAX_FLAG_WORDS = 2;
/** The stored forms of a yes/no column's yes value. */
const YES = new Set(['true', 't', '1', 'y', 'yes']);

/** A table name's words, stemmed ("units" → unit), that a flag's comment may end its phrase with. */
function tableWords(table: string): ReadonlySet<string> {
  return new Set(splitIdentifier(table).map(stemWord));
}

/**
 * "Climate-controlled (heated) unit", "Drive-up unit: a van can park at its door", "Open access": a yes/no column
 * whose comment opens with a short phrase that is no sentence names its yes rows with that phrase, less a last word
 * that names its table ("climate-controlled units"), and with the words in its brackets ("heated"). A comment that
 * says more ("Whether the centre has a pool", "Signed a declaration") glosses nothing.
 */
function flagGlosses(comment: string, set: ColumnValues, table: ReadonlySet<string>): [string, string[]][] {
  const yes = set.values.filter((value) => YES.has(value.trim().toLowerCase()));
  if (yes.length !== 1 || set.values.length > 2 || !set.values.every((value) => YES.has(value.trim().toLowerCase()) || /^(false|f|0|n|no)$/i.test(value.trim()))) return [];
  const head = /^[^:;,.(]*/.exec(comment.trim())![0]!.trim();
  const asides = [...comment.slice(head.length).matchAll(/^\s*\(([^()]+)\)/g)].flatMap((match) => match[1]!.split(',').map((aside) => aside.trim()));
  const words = head.split(/\s+/).filter(Boolean);
  if (words.length > 1 && table.has(stemWord(words.at(-1)!.toLowerCase()))) words.pop();
  if (words.length === 0 || words.length > MAX_FLAG_WORDS || words.some((word) => STOP_WORDS.has(word.toLowerCase()) || !/^\p{L}[\p{L}-]*$/u.test(word))) return [];
  const phrases = [words.join(' '), ...asides.filter((aside) => /^\p{L}[\p{L}-]*$/u.test(aside))];
  return [[yes[0]!, phrases]];
}

/**
 * "Sales channel: web, mobile (app) or store": a stored value written in any case with words in brackets right after
 * it, which a list in lower case glosses it with. Only the column's own stored values count, so prose that brackets
 * an aside after some other word glosses nothing.
 */
function bracketedAsides(comment: string, values: readonly string[]): [string, string[]][] {
  return values.flatMap((value) => {
    const escaped = value.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (escaped.length < 2) return [];
    const match = new RegExp(String.raw`(?:^|[\s,;:])${escaped}\s*\(([^()]+)\)`, 'i').exec(comment);
    return match ? [[value, match[1]!.split(',').map((aside) => aside.trim()).filter(Boolean)] as [string, string[]]] : [];
  });
}
