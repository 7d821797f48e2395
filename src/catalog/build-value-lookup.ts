import { ownEntry } from '../own-entry.js';
import { normalizeValueText } from './normalize-value-text.js';
import { stemWord } from './stem-word.js';
import { stateCodeOf, US_STATES } from './us-states.js';
import { storesCodes } from './truncated-codes.js';
import { columnValueAliases } from './value-aliases.js';
import { addGlossWords, rowNounStems, schemaWordSources } from './gloss-words.js';
import type { CatalogTable } from '../connectors/connector.js';

/** The distinct values of one low-cardinality text column. */
export interface ColumnValues {
  table: string;
  column: string;
  values: string[];
  /** What each code means, where a code table of the database spells its values out (describe-coded-values.ts). */
  descriptions?: Record<string, string>;
  /** The words the column's comment glosses each stored code with (gloss-coded-values.ts). */
  glosses?: Record<string, string[]>;
}

export interface ValueTarget {
  table: string;
  column: string;
  value: string;
  /** "table\0column\0value", made once: a common value is a target in thousands of tables. */
  key: string;
}

export interface ValueLookup {
  /** Normalised alias ("california", "home and garden") → the stored values it names. */
  aliases: Map<string, ValueTarget[]>;
  /**
   * Aliases of two characters or fewer ("CA"), which match only with the same case so "in" never means Indiana, and
   * codes a value was given as an alias ("GBR" for a stored GB), which match only in capitals so "can" is never Canada.
   */
  exactCase: Map<string, ValueTarget[]>;
  /** Stem of one-word aliases → aliases, for "electronic" ~ "electronics". */
  stems: Map<string, string[]>;
  /** One-word aliases by length, for edit-distance matches. */
  wordsByLength: Map<number, string[]>;
  maxWords: number;
  /** "alias\0table\0column\0value" of every target added, so adding is constant time however often a value repeats. */
  added: Set<string>;
  /**
   * Targets an everyday name reaches ("Netherlands" for NL), as "alias\0table\0column\0value" (the alias normalised,
   * or as written when it matches only in capitals): words some column stores as they are name that column's value instead.
   */
  everyday: Set<string>;
  /** Lower-cased stored value of a code-like column (truncated-codes.ts) → its targets, for "bungalows" ~ 'BUNG'. */
  codes: Map<string, ValueTarget[]>;
  /** The keys of `codes` by their first two letters, in the order added: a word shortens or inflects only codes that start as it does. */
  codesByStart: Map<string, string[]>;
  /** The words a column's comment glosses a code of `codes` with, by target key ("CMP" → "completed"). */
  codeGlosses: Map<string, string[]>;
  /** Stem of a word that one code's gloss alone holds in its column → that code (gloss-words.ts). */
  glossWords: Map<string, ValueTarget[]>;
  /** Stem of each word of the schema's names and comments → where it is used (gloss-words.ts); empty without tables. */
  schemaWords: Map<string, Set<string>>;
  /** Stems of the nouns the tables' comments call their rows by (gloss-words.ts); empty without tables. */
  rowNouns: Set<string>;
}

const MAX_VALUE_LENGTH = 60;
const MAX_VALUE_WORDS = 6;
const STATE_CODES = new Set(Object.values(US_STATES));

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function isStateColumn(set: ColumnValues): boolean {
  const codes = set.values.filter((value) => STATE_CODES.has(value.trim())).length;
  if (codes === 0) return false;
  return /state|province|region/i.test(set.column) || codes >= Math.max(3, 0.8 * set.values.length);
}

export function buildValueLookup(sets: readonly ColumnValues[], tables: readonly CatalogTable[] = []): ValueLookup {
  const lookup: ValueLookup = { aliases: new Map(), exactCase: new Map(), stems: new Map(), wordsByLength: new Map(), maxWords: 1, added: new Set(), everyday: new Set(), codes: new Map(), codesByStart: new Map(), codeGlosses: new Map(), glossWords: new Map(), schemaWords: schemaWordSources(tables), rowNouns: rowNounStems(tables) };
  addColumnValues(lookup, sets);
  return lookup;
}

/** Adds more columns' values to a lookup, as when values are collected for a question's tables after the catalog loaded. */
export function addColumnValues(lookup: ValueLookup, sets: readonly ColumnValues[]): void {
  const normalizedTexts = new Map<string, string>();
  const normalize = (text: string): string => {
    let normalized = normalizedTexts.get(text);
    if (normalized === undefined) {
      normalized = normalizeValueText(text);
      normalizedTexts.set(text, normalized);
    }
    return normalized;
  };
  const addAlias = (alias: string, target: ValueTarget, sameCase = false, everyday = false): void => {
    if (alias.length <= 2 || sameCase) {
      const key = `${alias}\u0001${target.key}`;
      if (everyday) lookup.everyday.add(`${alias}\u0000${target.key}`);
      if (lookup.added.has(key)) return;
      lookup.added.add(key);
      push(lookup.exactCase, alias, target);
      return;
    }
    const normalized = normalize(alias);
    if (normalized.length === 0) return;
    const key = `${normalized}\u0000${target.key}`;
    if (everyday && normalized !== normalize(target.value)) lookup.everyday.add(key);
    if (lookup.added.has(key)) return;
    lookup.added.add(key);
    const known = lookup.aliases.get(normalized);
    push(lookup.aliases, normalized, target);
    const words = normalized.split(' ').length;
    lookup.maxWords = Math.max(lookup.maxWords, words);
    if (words === 1 && !known) {
      push(lookup.stems, stemWord(normalized), normalized);
      push(lookup.wordsByLength, normalized.length, normalized);
    }
  };

  for (const set of sets) {
    const stateColumn = isStateColumn(set);
    const aliasesOf = stateColumn ? undefined : columnValueAliases(set);
    const coded = !stateColumn && storesCodes(set);
    for (const raw of set.values) {
      const value = raw.trim();
      const aliases = aliasesOf?.(raw) ?? [];
      // A number is no word a question names, unless it is a flag's 1 or 0, which the flag's name names ("vegetarian").
      if (value.length === 0 || value.length > MAX_VALUE_LENGTH || (/^[\d.,\s-]+$/.test(value) && aliases.length === 0)) continue;
      if (value.split(/\s+/).length > MAX_VALUE_WORDS) continue;
      const target = { table: set.table, column: set.column, value: raw, key: `${set.table}\u0000${set.column}\u0000${raw}` };
      // A flag's true is named by the flag ("refunded"); the word "true" names no column's value.
      if (!(aliases.length > 0 && /^(true|false|1|0)$/i.test(value))) addAlias(value, target);
      // "the virtual office plan" for a stored 'Virtual office (mail and address only)': the name before a bracketed
      // gloss, which says more of it than a question does. A value stored as the name alone comes first (everyday).
      const glossed = /^(.*[A-Za-z]{3,}.*?)\s*\([^()]+\)$/.exec(value)?.[1];
      if (glossed !== undefined) addAlias(glossed, target, false, true);
      // "North Carolina" for a stored NorthCarolina: words run together, a capital starting each.
      const spaced = /^[\p{L}]+$/u.test(value) ? value.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2') : value;
      if (spaced !== value) addAlias(spaced, target);
      const stateCode = stateCodeOf(normalize(spaced));
      if (stateCode) addAlias(stateCode, target);
      if (stateColumn && STATE_CODES.has(value)) {
        for (const [name, code] of Object.entries(US_STATES)) if (code === value) addAlias(name, target);
      }
      for (const alias of aliases) addAlias(alias.text, target, alias.sameCase, true);
      if (coded && !lookup.added.has(`\u0002${target.key}`)) {
        lookup.added.add(`\u0002${target.key}`);
        const code = value.toLowerCase();
        if (!lookup.codes.has(code)) push(lookup.codesByStart, code.slice(0, 2), code);
        push(lookup.codes, code, target);
        const glossed = set.glosses ? ownEntry(set.glosses, raw) : undefined;
        if (glossed && glossed.length > 0) lookup.codeGlosses.set(target.key, glossed);
      }
    }
    if (coded) addGlossWords(lookup, set, (raw) => ({ table: set.table, column: set.column, value: raw, key: `${set.table}\u0000${set.column}\u0000${raw}` }));
  }
}
