import { splitIdentifier } from '../catalog/split-identifier.js';
import type { ColumnSchema } from '../context/context-schema.js';
import { bareName } from '../models/offline/bare-name.js';
import { isSkeletonOf } from '../models/offline/is-skeleton-of.js';
import { questionWords } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { treeColumnSchema } from './tree-column-schema.js';
import { wordTable } from '../own-entry.js';

/** Prepositions that name the end of a movement a column's name may mark ("translated from German" / src_lang_cd). */
const DIRECTION_WORDS: Readonly<Record<string, readonly string[]>> = wordTable({
  from: ['source', 'src', 'origin', 'orig', 'from', 'departure', 'dep', 'sender'],
  into: ['target', 'tgt', 'destination', 'dest', 'to', 'arrival', 'arr', 'recipient'],
  to: ['target', 'tgt', 'destination', 'dest', 'to', 'arrival', 'arr', 'recipient'],
});

/**
 * "How many jobs were translated into Japanese?" over jobs with src_lang_cd and tgt_lang_cd, both referring to the
 * languages: joined on src_lang_cd, the SQL picked one of the two roles a language plays in a job, and the question
 * names the other one ("into" marks the target) and not this one.
 */
export const checkRoleChosen: AnswerCheckRule = ({ question, tree, context }) => {
  if (!tree) return undefined;
  const words = questionWords(question).map((word) => word.text);
  const roots = new Set(words.map(wordRoot));
  const names = (part: string) =>
    roots.has(wordRoot(part)) || words.some((word) => (part.length >= 3 && word.startsWith(part)) || isSkeletonOf(part, word)) || marksDirection(part);
  // The other role counts as named only by a preposition of direction: a noun naming it ("how many friends") is
  // often what the rows relate, counted from this side.
  const marksDirection = (part: string) => words.some((word) => DIRECTION_WORDS[word]?.includes(part) ?? false);
  for (const join of tree.joins) {
    for (const ref of [join.left, join.right]) {
      const resolved = treeColumnSchema(tree, context.table_schemas, ref);
      const target = resolved?.column.references ? referencedTable(resolved.column) : undefined;
      if (!resolved || !target) continue;
      const siblings = resolved.table.columns.filter((column) => column !== resolved.column && column.references !== undefined && referencedTable(column) === target);
      for (const sibling of siblings) {
        const [own, other] = distinctParts(resolved.column, sibling);
        // A role neither named is left to the verbs the SQL writer read ("flights arriving in Aberdeen").
        if (own.length === 0 || other.length === 0 || own.some(names) || !other.some(marksDirection)) continue;
        return {
          name: 'role_chosen',
          passed: false,
          detail: `${bareName(resolved.table.name)} refers to ${target} twice (${resolved.column.name}, ${sibling.name}) and the SQL joins on ${resolved.column.name}, while the question names ${sibling.name}`,
        };
      }
    }
  }
  return undefined;
};

function referencedTable(column: ColumnSchema): string {
  return bareName(column.references!.split('.').slice(0, -1).join('.') || column.references!).toLowerCase();
}

/** The name parts each of two columns has and the other lacks: src vs tgt of src_lang_cd and tgt_lang_cd. */
function distinctParts(a: ColumnSchema, b: ColumnSchema): [string[], string[]] {
  const partsA = splitIdentifier(a.name).map((part) => part.toLowerCase());
  const partsB = splitIdentifier(b.name).map((part) => part.toLowerCase());
  return [partsA.filter((part) => !partsB.includes(part)), partsB.filter((part) => !partsA.includes(part))];
}
