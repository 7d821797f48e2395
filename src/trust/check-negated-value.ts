import { questionWords, type QuestionWord } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import { stringConstant } from '../sql-tree/string-constants.js';
import type { TreeNode } from '../sql-tree/statement-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { NEGATORS as ENGLISH_NEGATORS } from '../lexicon/negators.js';
import { PREPOSITIONS } from '../lexicon/prepositions.js';
import { pick, wordSet } from '../lexicon/word-set.js';

/** Words that deny the noun phrase after them: "but no hazmat incidents", "not in Leeds", "without a lead wall". */
const NEGATORS: ReadonlySet<string> = wordSet(
  pick(ENGLISH_NEGATORS, 'no', 'not', 'never', 'nor', 'none'),
  pick(PREPOSITIONS, 'without', 'except', 'excluding'),
);

/**
 * "Which districts have had brush fires but no hazmat incidents?" answered by `IncidentType IN ('Brush fire',
 * 'Hazmat')`: an IN list (or an OR of equalities) accepts a row holding any of its values, so a value the question
 * denies ("no hazmat") is let in rather than kept out.
 */
export const checkNegatedValue: AnswerCheckRule = ({ question, tree, context }) => {
  if (!tree?.where) return undefined;
  const words = questionWords(question);
  const accepted = acceptedAlternatives(tree.where);
  for (const value of accepted) {
    const spellings = [value, ...context.matched_values.filter((match) => match.value === value).map((match) => match.matched_text)];
    for (const spelling of spellings) {
      const at = spelledAt(words, spelling);
      const before = at === undefined ? undefined : words[at - 1];
      if (before && NEGATORS.has(before.text)) {
        return { name: 'negated_value', passed: false, detail: `the question says "${before.text} ${spelling.toLowerCase()}", but the SQL accepts rows holding '${value}' among others (IN or OR)` };
      }
    }
  }
  return undefined;
};

/** The string values of IN lists and ORs of equalities in a condition: each accepts a row on its own. */
function acceptedAlternatives(condition: TreeNode): string[] {
  if (condition.type === 'CONJUNCTION_AND') return ((condition.children as TreeNode[]) ?? []).flatMap(acceptedAlternatives);
  if (condition.type === 'COMPARE_IN') return ((condition.children as TreeNode[]) ?? []).slice(1).flatMap((child) => stringConstant(child) ?? []);
  if (condition.type === 'CONJUNCTION_OR') {
    const values = ((condition.children as TreeNode[]) ?? []).flatMap((child) =>
      child.type === 'COMPARE_EQUAL' ? [stringConstant(child.left) ?? stringConstant(child.right)].filter((v): v is string => v !== undefined) : [],
    );
    return values.length > 1 ? values : [];
  }
  return [];
}

/** Where the question spells a value word for word (plurals and other forms meet by their root). */
function spelledAt(words: QuestionWord[], value: string): number | undefined {
  const parts = value.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).map(wordRoot);
  if (parts.length === 0) return undefined;
  for (let i = 0; i + parts.length <= words.length; i++) {
    if (parts.every((part, k) => wordRoot(words[i + k]!.text) === part)) return i;
  }
  return undefined;
}
