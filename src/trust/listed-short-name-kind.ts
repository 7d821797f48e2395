import { listedShortForms } from '../lexicon/listed-short-forms.js';
import type { QuestionWord } from '../models/offline/question-words.js';
import type { Evidence } from './ground-question.js';

interface KindRoots {
  byKind: Record<Evidence, Set<string>>;
  expanded: Set<string>;
}

/**
 * The kind of table or column name that is a listed short form of the question word ("appointment" where an appts
 * table is, name-abbreviations.ts), for a schema not read as shorthand: a name is stronger evidence than a comment that
 * spells the word out. Keyed lookups only.
 */
export function listedShortNameKind(word: QuestionWord, roots: KindRoots): Evidence | undefined {
  const singular = /[^s]s$/.test(word.text) ? word.text.slice(0, -1) : word.text;
  for (const short of new Set([...listedShortForms(singular), ...listedShortForms(word.stem)])) {
    for (const kind of ['table', 'column'] as const) {
      for (const name of [short, `${short}s`]) if (roots.byKind[kind].has(name) && !roots.expanded.has(name)) return kind;
    }
  }
  return undefined;
}
