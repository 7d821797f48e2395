import { memberKinds } from '../lexicon/member-kinds.js';
import { baseForms } from '../lexicon/related-nouns.js';
import type { QuestionWord } from '../models/offline/question-words.js';
import type { Evidence } from './ground-question.js';

interface KindRoots {
  byKind: Record<Evidence, Set<string>>;
  expanded: Set<string>;
}

/** Per set of roots, the kinds the members of each group its table names are ("staff" → worker …), met by a question word. */
const membersByRoots = new WeakMap<KindRoots, Set<string>>();

function tableMemberKinds(roots: KindRoots): Set<string> {
  let kinds = membersByRoots.get(roots);
  if (!kinds) {
    kinds = new Set();
    for (const root of roots.byKind.table) if (!roots.expanded.has(root)) for (const kind of memberKinds(root)) kinds.add(kind);
    membersByRoots.set(roots, kinds);
  }
  return kinds;
}

/**
 * A table named by the group a question word's things make up, or by the kind of thing a group word's members are
 * (member-kinds.ts): "workers" where a staff table is, "member of staff" where a workers table is, "the fleet" where a
 * vehicles table is. A table only: what a group's members are says nothing of their attributes.
 */
export function groupMemberKind(word: QuestionWord, roots: KindRoots): Evidence | undefined {
  const table = (lemma: string) => roots.byKind.table.has(lemma) && !roots.expanded.has(lemma);
  if ([...memberKinds(word.text)].some(table)) return 'table';
  const members = tableMemberKinds(roots);
  return baseForms(word.text).some((form) => members.has(form)) ? 'table' : undefined;
}
