import { wordRoot } from '../models/offline/word-root.js';
import { splitIdentifier } from './split-identifier.js';

/** What a name word of the data is: part of a column's name, of a table's (or a key column's) name, or of a comment. */
export type NameKind = 'column' | 'table' | 'text';

/** The words of a catalog's names and comments, each with its root, by kind. */
export type NameVocabulary = Record<NameKind, Set<string>>;

/** The names and comments a vocabulary is made of, by kind, before they are split into words. */
export type NameTexts = Record<NameKind, string[]>;

export interface NamedTable {
  name: string;
  comment?: string | null;
  columns: readonly { name: string; comment?: string | null }[];
}

export const NAME_KINDS: readonly NameKind[] = ['column', 'table', 'text'];

export const emptyNameTexts = (): NameTexts => ({ column: [], table: [], text: [] });

export function addNamedTables(texts: NameTexts, tables: readonly NamedTable[]): NameTexts {
  for (const table of tables) {
    texts.table.push(table.name);
    texts.text.push(table.comment ?? '');
    for (const column of table.columns) {
      // A key column (customer_id, StuID) names the table it points to, not an attribute.
      (/(?:^|[_a-z])id$/i.test(column.name) ? texts.table : texts.column).push(column.name);
      texts.text.push(column.comment ?? '');
    }
  }
  return texts;
}

/** Every word of the texts and its root. A warehouse repeats the same column names thousands of times: each distinct text is split once. */
export function nameVocabulary(texts: NameTexts): NameVocabulary {
  const vocabulary: NameVocabulary = { column: new Set(), table: new Set(), text: new Set() };
  for (const kind of NAME_KINDS) {
    const words = vocabulary[kind];
    for (const text of new Set(texts[kind])) addTextWords(words, text);
  }
  return vocabulary;
}

/**
 * nameVocabulary of texts that come back question after question of a batch (a run's linked tables, metrics and doc
 * passages): each text's words and roots are taken once per process and remembered.
 */
export function recurringNameVocabulary(texts: NameTexts): NameVocabulary {
  const vocabulary: NameVocabulary = { column: new Set(), table: new Set(), text: new Set() };
  for (const kind of NAME_KINDS) {
    const words = vocabulary[kind];
    for (const text of new Set(texts[kind])) for (const word of rememberedTextWords(text)) words.add(word);
  }
  return vocabulary;
}

function addTextWords(words: Set<string>, text: string): void {
  for (const word of [...splitIdentifier(text), ...splitIdentifier(text.toLowerCase())]) {
    words.add(word);
    words.add(wordRoot(word));
  }
}

function rememberedTextWords(text: string): readonly string[] {
  let words = wordsByText.get(text);
  if (!words) {
    const found = new Set<string>();
    addTextWords(found, text);
    words = [...found];
    if (wordsByText.size >= MAX_REMEMBERED_TEXTS) wordsByText.delete(wordsByText.keys().next().value!);
    wordsByText.set(text, words);
  }
  return words;
}

const MAX_REMEMBERED_TEXTS = 5_000;
const wordsByText = new Map<string, readonly string[]>();

const byTables = new WeakMap<readonly NamedTable[], NameVocabulary>();

/** A catalog's vocabulary, made once per tables array: a namespace's catalog is the same for every question of a batch. */
export function catalogVocabulary(tables: readonly NamedTable[]): NameVocabulary {
  let vocabulary = byTables.get(tables);
  if (!vocabulary) byTables.set(tables, (vocabulary = nameVocabulary(addNamedTables(emptyNameTexts(), tables))));
  return vocabulary;
}
