import { KIND_NAME_PARTS } from '../catalog/kind-name-parts.js';
import { writtenWords } from '../catalog/split-identifier.js';
import type { ColumnSchema } from '../context/context-schema.js';
import type { QuestionWord } from '../models/offline/question-words.js';
import { CLASSIFIERS } from '../models/offline/phrase-after.js';

interface Table {
  columns: readonly Pick<ColumnSchema, 'name' | 'type'>[];
}

/**
 * "What kind of identification did customer 40001 show?" where tblCustomer.idDocType is: after "kind/type/sort of" the
 * noun names the thing whose kind a text column records, and such a column's name (ending in a kind word, type, typ,
 * cat …) opens with a short form the noun starts with ("id" of identification). The column holds the kind asked.
 * "What kind of insurance did customer 40001 show?", where no kind column's name starts the word, names nothing stored.
 */
export function kindColumn(words: readonly QuestionWord[], word: QuestionWord, tables: readonly Table[]): boolean {
  const of = words[word.index - 1];
  const kind = words[word.index - 2];
  if (of?.text !== 'of' || kind === undefined || !CLASSIFIERS.has(kind.text) || of.clauseEnd || kind.clauseEnd) return false;
  if (!/^[a-z]{4,}$/.test(word.text)) return false;
  return tables.some((table) =>
    table.columns.some((column) => {
      if (!/char|text|string/i.test(column.type)) return false;
      const parts = writtenWords(column.name).map((part) => part.toLowerCase());
      if (parts.length < 2 || !KIND_NAME_PARTS.has(parts.at(-1)!)) return false;
      const first = parts[0]!;
      return first.length >= 2 && first.length < word.text.length && word.text.startsWith(first);
    }),
  );
}
