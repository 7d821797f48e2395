import { splitIdentifier } from '../catalog/split-identifier.js';
import { phraseUntil } from '../models/offline/phrase-after.js';
import { questionWords, type QuestionWord } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import { aggregateOf, columnOf } from '../sql-tree/outer-select-tree.js';
import { conjuncts, stringConstant } from '../sql-tree/string-constants.js';
import type { TreeNode } from '../sql-tree/statement-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { PREPOSITIONS } from '../lexicon/prepositions.js';
import { RELATIVE_PRONOUNS } from '../lexicon/pronouns.js';
import { COORDINATORS } from '../lexicon/conjunctions.js';
import { DO_FORMS, FINITE_BE, FINITE_HAVE } from '../lexicon/auxiliaries.js';
import { pick, wordSet } from '../lexicon/word-set.js';

/** Words that end the noun phrase after "average": a preposition, a relative pronoun, a verb's auxiliary. */
const PHRASE_END: ReadonlySet<string> = wordSet(
  pick(PREPOSITIONS, 'of', 'in', 'on', 'at', 'for', 'per', 'by', 'from', 'to', 'across', 'among', 'with'),
  pick(RELATIVE_PRONOUNS, 'who', 'that', 'which'),
  pick(COORDINATORS, 'and', 'or'),
  FINITE_BE,
  FINITE_HAVE,
  pick(DO_FORMS, 'did', 'does'),
);

/**
 * "How many structure fires caused more property loss than the average structure fire?" compares with the average of
 * structure fires: a word between "average" and its noun that the outer WHERE tests (`IncidentType = 'Structure
 * fire'`, a flag `organic`) narrows the average too, and a subquery averaging every row (`SELECT AVG(loss) FROM
 * Incident`, no WHERE) compares with another average.
 */
export const checkAverageSubset: AnswerCheckRule = ({ question, tree }) => {
  if (!tree?.where) return undefined;
  const parts = conjuncts(tree.where);
  const compared = parts.find((part) => [part.left, part.right].some((side) => averagesEveryRow(side as TreeNode | undefined)));
  if (!compared) return undefined;
  const phrase = averagePhrase(questionWords(question));
  if (phrase.length < 2) return undefined;
  const modifiers = new Set(phrase.slice(0, -1).map((word) => wordRoot(word.text)));
  for (const part of parts) {
    if (part === compared) continue;
    const tested = testedTerms(part);
    const term = tested.find((words) => words.length > 0 && words.some((word) => modifiers.has(word)));
    if (term) {
      return {
        name: 'average_subset',
        passed: false,
        detail: `the question compares with "the average ${phrase.map((w) => w.text).join(' ')}", but the SQL's subquery averages every row, without the condition the outer WHERE puts on "${term.join(' ')}"`,
      };
    }
  }
  return undefined;
};

/** A scalar subquery of one AVG with no WHERE: the average of every row of its table. */
function averagesEveryRow(node: TreeNode | undefined): boolean {
  if (node?.class !== 'SUBQUERY' || node.subquery_type !== 'SCALAR') return false;
  const select = (node.subquery as TreeNode | undefined)?.node as TreeNode | undefined;
  if (select?.type !== 'SELECT_NODE' || select.where_clause) return false;
  const list = (select.select_list as TreeNode[] | undefined) ?? [];
  return list.length === 1 && aggregateOf(list[0])?.name === 'avg';
}

/** The words after "average" (or "mean") up to the end of its noun phrase: "structure fire", "organic farm". */
function averagePhrase(words: QuestionWord[]): QuestionWord[] {
  const at = words.findIndex((word) => word.text === 'average' || word.text === 'mean');
  return at < 0 ? [] : phraseUntil(words.slice(at + 1), (text) => PHRASE_END.has(text));
}

/** The word roots a condition tests: a string constant's words, or the name of a flag it tests (`organic`, `organic = true`). */
function testedTerms(condition: TreeNode): string[][] {
  const roots = (text: string) => text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).map(wordRoot);
  const flag = (node: TreeNode | undefined) => {
    const column = columnOf(node);
    return column ? splitIdentifier(column.column).map((part) => wordRoot(part.toLowerCase())) : [];
  };
  if (condition.class === 'COLUMN_REF') return [flag(condition)];
  if (condition.class !== 'COMPARISON' && condition.type !== 'COMPARE_IN') return [];
  const sides = condition.class === 'COMPARISON' ? [condition.left, condition.right] : ((condition.children as TreeNode[]) ?? []);
  const texts = sides.flatMap((side) => stringConstant(side) ?? []);
  const constant = sides.find((side) => (side as TreeNode)?.class === 'CONSTANT' && typeof ((side as TreeNode).value as { value?: unknown })?.value === 'boolean');
  const terms = texts.map(roots);
  if (constant || texts.some((text) => /^(true|false|t|f|yes|no|y|n|1|0)$/i.test(text))) terms.push(flag(sides[0] as TreeNode));
  return terms;
}
