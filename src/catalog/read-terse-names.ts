import { wordTable } from '../own-entry.js';
import { identifierParts } from './identifier-parts.js';
import { readShorthand } from './read-shorthand.js';
import { PART_MARK } from './split-identifier.js';
import { spellsOpening } from './comment-spelled-parts.js';
import { isEnglishWord } from '../lexicon/is-english-word.js';
import { STOP_WORDS } from './stop-words.js';
import { stemWord } from './stem-word.js';
import { schemaTerseness, type NamedColumns, type SchemaTerseness } from './schema-terseness.js';

export interface TerseNames {
  terseness: SchemaTerseness;
  /** Each table's and column's name (and its lower-case form) and each given value whose reading differs from its parts as written. */
  readings: Readonly<Record<string, string[]>>;
}

/**
 * The English of a schema's names and of some of its values (a code list's "MBR_STAT") where the schema as a whole is
 * terse (schema-terseness.ts): "mbr_nm" → member, name. A readable schema's are read as written, even a name that
 * looks like shorthand ("amt" among English names).
 */
export function readTerseNames(
  tables: readonly (NamedColumns & { comment?: string | null })[],
  values: readonly string[] = [],
  terseness: SchemaTerseness = schemaTerseness(tables),
): TerseNames {
  // Keyed by names and values, which may be any word ("__proto__" would set an object's prototype, not a key).
  const readings = new Map<string, string[]>();
  if (!terseness.terse) return { terseness, readings: wordTable({}) };
  const named = misreadTableNames(tables);
  for (const text of catalogTexts(tables, values)) {
    const parts = identifierParts(text);
    // cst_nm of a table cst commented 'Customer account': customer, name.
    const read = parts.some((part) => named.has(part)) ? readShorthand(parts.map((part) => named.get(part) ?? part).join('_')) : readShorthand(text);
    if (read.join(' ') !== identifierParts(text).join(' ')) readings.set(text, [...read]);
  }
  for (const [part, word] of named) readings.set(PART_MARK + part, [word]);
  return { terseness, readings: wordTable(Object.fromEntries(readings)) };
}

/** A schema's table and column names, their lower-case forms and the given values: the texts a catalog reads. */
export function catalogTexts(tables: readonly NamedColumns[], values: readonly string[] = []): Set<string> {
  const names = tables.flatMap((table) => [table.name, ...table.columns.map((column) => column.name)]);
  return new Set([...names, ...names.map((name) => name.toLowerCase()), ...values]);
}

/**
 * The table names tableNamesSpelled reads that the shorthand reading of the schema's names reads as another word
 * (cst_nm → "cost", name): there the comment corrects a guess; one that agrees in another number (cust_nm → customer,
 * 'Customers …') is left as read. A part the names leave as written (rdr_nm → rdr, name)
 * stays so: read anew it would name its table twice over, in name and comment, and outweigh the others in linking.
 */
function misreadTableNames(tables: readonly (NamedColumns & { comment?: string | null })[]): Map<string, string> {
  const spelled = tableNamesSpelled(tables);
  if (spelled.size === 0) return spelled;
  const names = tables.flatMap((table) => [table.name, ...table.columns.map((column) => column.name)]);
  return new Map(
    [...spelled].filter(([part, word]) =>
      names.some((name) => {
        const parts = identifierParts(name);
        if (parts.length < 2 || !parts.includes(part)) return false;
        const read = readShorthand(name).map((each) => stemWord(each));
        return !read.includes(stemWord(part)) && !read.includes(stemWord(word));
      }),
    ),
  );
}

/** The words a comment opens with before its first stop: ';', ':', ',', '.', a bracket or a dash. */
const OPENING = /^[^;:,.()=\-–—\n]*/;
const MAX_OPENING_WORDS = 3;

/**
 * "cst" of a table commented 'Customer account', "spc" of one commented 'Timber species': a table's name of one
 * part, no English word (a dictionary's "CST" has no vowel: no word either), that writes every consonant of the opening of one word of the few its comment opens with
 * (commentSpelledParts' spelling) is that word, wherever the schema's names use the part (cst_nm, cst_typ): the
 * comment is the schema's author saying what the table holds, so it reads the table's own short form better than a
 * list of short forms or a dictionary guess ("cst" is no "cost" there). A part two tables' comments read two ways is
 * left alone.
 */
export function tableNamesSpelled(tables: readonly (NamedColumns & { comment?: string | null })[]): Map<string, string> {
  const found = new Map<string, string | null>();
  for (const table of tables) {
    const parts = identifierParts(table.name.split('.').at(-1) ?? table.name);
    const part = parts[0];
    if (parts.length !== 1 || !part || part.length < 3 || part.length > 5 || !/^[a-z]+$/.test(part) || !table.comment || (/[aeiouy]/.test(part) && isEnglishWord(part))) continue;
    const opening = (OPENING.exec(table.comment.trim())?.[0] ?? '').toLowerCase().split(/[^a-z]+/).filter((word) => word && !STOP_WORDS.has(word)).slice(0, MAX_OPENING_WORDS);
    const words = [...new Set(opening.filter((word) => spellsOpening(part, word)))];
    if (words.length !== 1) continue;
    const before = found.get(part);
    found.set(part, before === undefined || before === words[0] ? words[0]! : null);
  }
  return new Map([...found].filter((entry): entry is [string, string] => entry[1] !== null));
}
