import { splitIdentifier } from '../catalog/split-identifier.js';
import type { TableSchema } from '../context/context-schema.js';
import { derivedForms, verbSynonyms } from '../lexicon/derived-forms.js';
import { relatedNouns } from '../lexicon/related-nouns.js';
import type { QuestionWord } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';

/**
 * A word of the linked tables' names, a form derived from one, or a WordNet synonym of one (a verb's too: "own" for
 * Has_Pet's have). Looser relatives (hypernyms, siblings) are left out: "benefit" reaches rent as a kind of payment,
 * which says nothing about which tenants claim one.
 */
export function namesClosely(word: QuestionWord, tables: readonly TableSchema[]): boolean {
  const parts = tables.flatMap((table) => [table.name, ...table.columns.map((column) => column.name)]).flatMap((name) => splitIdentifier(name.toLowerCase()));
  return meetsNames(word, new Set(parts.filter((part) => part.length > 2).flatMap((part) => [part, wordRoot(part), ...derivedForms(part)])));
}

/** The word, a form derived from it, a verb synonym or a WordNet synonym of it is one of the names. */
export function meetsNames(word: QuestionWord, names: ReadonlySet<string>): boolean {
  const forms = [word.text, word.stem, wordRoot(word.text), ...derivedForms(word.text)];
  if (forms.some((form) => names.has(form))) return true;
  if ([...verbSynonyms(word.text)].some((synonym) => names.has(synonym))) return true;
  return forms.some((form) => [...relatedNouns(form)].some(([lemma, closeness]) => closeness === 'same' && names.has(lemma)));
}
