import { splitIdentifier } from '../catalog/split-identifier.js';
import { relatedNouns } from '../lexicon/related-nouns.js';
import { wordRoot } from '../models/offline/word-root.js';
import type { AnswerCheckRule } from './answer-facts.js';

const HOW_ADJECTIVE = /\bhow\s+(?!many\b|much\b|often\b|come\b|about\b|to\b)([a-z]+)\b/gi;

/**
 * "how old are they", "how tall is …": the answer shows the attribute the adjective measures (WordNet: old → age,
 * tall → height), when the schema holds a column of that name.
 */
export const checkAskedAttribute: AnswerCheckRule = ({ question, attempt, context }) => {
  const columnParts = new Set(context.table_schemas.flatMap((table) => table.columns.flatMap((column) => splitIdentifier(column.name).map(wordRoot))));
  const shown = new Set(attempt.columns.flatMap((column) => splitIdentifier(column).map(wordRoot)));
  for (const match of question.matchAll(HOW_ADJECTIVE)) {
    const adjective = match[1]!.toLowerCase();
    const attributes = [...relatedNouns(adjective)].filter(([lemma, closeness]) => closeness === 'same' && lemma !== adjective && !lemma.includes('_')).map(([lemma]) => wordRoot(lemma));
    const stored = attributes.filter((root) => columnParts.has(root));
    if (stored.length === 0) continue;
    return stored.some((root) => shown.has(root))
      ? { name: 'asked_attribute', passed: true, detail: `the answer shows the ${stored[0]} that "how ${adjective}" asks` }
      : { name: 'asked_attribute', passed: false, detail: `the question asks how ${adjective}, but the answer's columns (${attempt.columns.join(', ')}) show no ${stored[0]}` };
  }
  return undefined;
};
