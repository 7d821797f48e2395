import { questionWords } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import { stringConstantsUnder } from '../sql-tree/string-constants.js';
import type { AnswerCheckRule } from './answer-facts.js';

const COORDINATOR = /^(and|or)$/;

/**
 * "Who has rung in the most peals and quarter peals?" answered with `kind = 'quarter peal'`: the question coordinates a
 * kind ("peals") with a narrower kind of it ("quarter peals", the same head after a modifier), so it asks for both, and
 * an SQL that keeps only the value spelling the narrower one drops the wider. An SQL that also tests the wider value
 * ('peal') passes.
 */
export const checkCoordinatedKind: AnswerCheckRule = ({ question, tree, sql }) => {
  if (!tree?.where) return undefined;
  const words = questionWords(question).map((word) => word.text);
  const roots = words.map(wordRoot);
  const literals = new Set(sql.literals);
  for (const value of new Set(stringConstantsUnder(tree.where))) {
    const parts = value.toLowerCase().split(/\s+/).filter(Boolean);
    if (parts.length < 2 || !parts.every((part) => /^[a-z]+$/.test(part))) continue;
    const head = wordRoot(parts.at(-1)!);
    if (literals.has(parts.at(-1)!) || literals.has(head)) continue;
    for (let at = 0; at + parts.length <= words.length; at++) {
      const spelled = parts.every((part, k) => (k === parts.length - 1 ? roots[at + k] === head : words[at + k] === part));
      if (!spelled) continue;
      const end = at + parts.length;
      const before = COORDINATOR.test(words[at - 1] ?? '') && roots[at - 2] === head;
      const after = COORDINATOR.test(words[end] ?? '') && roots[end + 1] === head;
      if (!before && !after) continue;
      return {
        name: 'coordinated_kind',
        passed: false,
        detail: `the question asks for ${parts.at(-1)} beside '${value}', a narrower kind of it, but the SQL keeps only '${value}'`,
      };
    }
  }
  return undefined;
};
