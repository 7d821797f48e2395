import { wordRoot } from '../models/offline/word-root.js';
import { SPELLED_MARK, spelledNameTexts } from './comment-spelled-parts.js';
import { schemaTerseness } from './schema-terseness.js';
import { expandedWords, splitIdentifier, writtenWords } from './split-identifier.js';

/** What a name word of the data is: part of a column's name, of a table's (or a key column's) name, or of a comment. */
export type NameKind = 'column' | 'table' | 'text';

/**
 * The words of a catalog's names and comments, each with its root, by kind; `expanded` holds those only a reading of
 * legacy shorthand gave ("member" of mbr_nm where no name spells it out), which grounding takes at their word only.
 */
export interface NameVocabulary extends Record<NameKind, Set<string>> {
  expanded: Set<string>;
}

/** The names and comments a vocabulary is made of, by kind, before they are split into words. */
export type NameTexts = Record<NameKind, string[]>;

export interface NamedTable {
  name: string;
  comment?: string | null;
  columns: readonly { name: string; comment?: string | null }[];
}

export const NAME_KINDS: readonly NameKind[] = ['column', 'table', 'text'];

export const emptyNameTexts = (): NameTexts => ({ column: [], table: [], text: [] });

export function addNamedTables(texts: NameTexts, tables: readonly NamedTable[], terse = false): NameTexts {
  for (const table of tables) {
    texts.table.push(table.name);
    texts.text.push(table.comment ?? '');
    // "pcn", 'Penalty charge notice (parking ticket)': in a terse schema the words a comment spells a name with name it too.
    if (terse) {
      const spelled = spelledNameTexts(table);
      texts.table.push(...spelled.table);
      texts.column.push(...spelled.column);
    }
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
  return vocabularyOf(texts, textWords);
}

/**
 * nameVocabulary of texts that come back question after question of a batch (a run's linked tables, metrics and doc
 * passages): each text's words and roots are taken once per process and remembered.
 */
export function recurringNameVocabulary(texts: NameTexts): NameVocabulary {
  return vocabularyOf(texts, rememberedTextWords);
}

/** A text's words and roots, and those of them only its shorthand's reading gave. */
interface TextWords {
  words: readonly string[];
  expanded: readonly string[];
}

function vocabularyOf(texts: NameTexts, wordsOf: (text: string) => TextWords): NameVocabulary {
  const vocabulary: NameVocabulary = { column: new Set(), table: new Set(), text: new Set(), expanded: new Set() };
  const written = new Set<string>();
  for (const kind of NAME_KINDS) {
    const words = vocabulary[kind];
    for (const text of new Set(texts[kind])) {
      const found = wordsOf(text);
      const expanded = new Set(found.expanded);
      for (const word of found.words) {
        words.add(word);
        (expanded.has(word) ? vocabulary.expanded : written).add(word);
      }
    }
  }
  for (const word of written) vocabulary.expanded.delete(word);
  return vocabulary;
}

const withRoots = (words: readonly string[]): string[] => words.flatMap((word) => [word, wordRoot(word)]);

/** A text's words as read ("number" of flight_no) and as written ("no"): a question may use either. */
function textWords(text: string): TextWords {
  // A name as its comment spells it out (comment-spelled-parts.ts): every word a reading, met as written.
  if (text.startsWith(SPELLED_MARK)) {
    // As written and singular, not by root: "learners" is no "learning".
    const words = [...new Set(text.slice(SPELLED_MARK.length).split(' ').filter((word) => word !== '').flatMap((word) => [word, word.replace(/s$/, '')]))];
    return { words, expanded: words };
  }
  const written = new Set(withRoots([...writtenWords(text), ...writtenWords(text.toLowerCase())]));
  const all = new Set([...withRoots([...splitIdentifier(text), ...splitIdentifier(text.toLowerCase())]), ...written]);
  const expanded = withRoots([...expandedWords(text), ...expandedWords(text.toLowerCase())]).filter((word) => !written.has(word));
  return { words: [...all], expanded };
}

function rememberedTextWords(text: string): TextWords {
  let words = wordsByText.get(text);
  if (!words) {
    words = textWords(text);
    if (wordsByText.size >= MAX_REMEMBERED_TEXTS) wordsByText.delete(wordsByText.keys().next().value!);
    wordsByText.set(text, words);
  }
  return words;
}

const MAX_REMEMBERED_TEXTS = 5_000;
const wordsByText = new Map<string, TextWords>();

const byTables = new WeakMap<readonly NamedTable[], NameVocabulary>();

/** A catalog's vocabulary, made once per tables array: a namespace's catalog is the same for every question of a batch. */
export function catalogVocabulary(tables: readonly NamedTable[]): NameVocabulary {
  let vocabulary = byTables.get(tables);
  if (!vocabulary) byTables.set(tables, (vocabulary = nameVocabulary(addNamedTables(emptyNameTexts(), tables, schemaTerseness(tables).terse))));
  return vocabulary;
}
