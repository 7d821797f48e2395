import { splitIdentifier } from '../catalog/split-identifier.js';
import { STOP_WORDS } from '../catalog/stop-words.js';
import { NEGATORS } from '../lexicon/negators.js';
import { wordSet } from '../lexicon/word-set.js';
import { questionWords } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import { stringConstantsUnder } from '../sql-tree/string-constants.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { columnCodeGlosses } from './code-glosses.js';
import { commentCodeGlosses } from '../catalog/code-glosses.js';

/** Words that carry no meaning of their own: a gloss's content is what is left without them. */
const FUNCTION_WORDS: ReadonlySet<string> = wordSet(STOP_WORDS, NEGATORS);
/** A negation denies what follows it; a code spelled like one ('NOT', 'NO') is not what it says. */
const NEGATION: ReadonlySet<string> = wordSet(NEGATORS);

/**
 * "How many sessions were held, not counting cancelled ones?" answered with `outcome_cd = 'NOT'` (glossed "could not be
 * fixed"), "the total spent on spare parts" with `outcome_cd = 'PART'` (glossed "partly fixed"): the question spells the
 * code's letters only as a negation or as a word another column is named by, and says none of the words its
 * comment glosses it with, so the word was read as a value it does not mean. A question that says the gloss ("items
 * that could not be fixed") or writes the code as stored ("QNS results") does ask for it.
 */
export const checkCodeByLetters: AnswerCheckRule = ({ question, tree, context, sql }) => {
  if (!tree) return undefined;
  const tested = new Set(tree.clauses.flatMap(stringConstantsUnder));
  if (tested.size === 0) return undefined;
  const words = questionWords(question).map((word) => word.text);
  const roots = new Set(words.map(wordRoot));
  for (const { table, column, code } of columnCodeGlosses(context.table_schemas)) {
    if (code.length < 2 || !tested.has(code) || !new RegExp(`\\b${column.name.toLowerCase()}\\b`).test(sql.code)) continue;
    if (new RegExp(`\\b${code}\\b`).test(question)) continue;
    const spelled = words.find((word) => word === code.toLowerCase() || wordRoot(word) === wordRoot(code.toLowerCase()));
    if (!spelled) continue;
    // The gloss's words other than the code's own letters ("PART partly fixed": fixed) are what would say it.
    const glossed = glossRoots(column.comment ?? '', code).filter((root) => root !== wordRoot(spelled));
    if (glossed.length === 0 || glossed.some((root) => roots.has(root))) continue;
    const otherColumn = context.table_schemas.some((schema) =>
      schema.columns.some((other) => other !== column && splitIdentifier(other.name).some((part) => wordRoot(part.toLowerCase()) === wordRoot(spelled))),
    );
    if (!NEGATION.has(spelled) && !otherColumn) continue;
    return {
      name: 'code_by_letters',
      passed: false,
      detail: `the SQL tests ${table.name}.${column.name} = '${code}' because the question says "${spelled}", but its comment glosses '${code}' as something the question never says`,
    };
  }
  return undefined;
};

/** The roots of the content words a comment glosses one code with (asides included), function words left out. */
function glossRoots(comment: string, code: string): string[] {
  const item = commentCodeGlosses(comment).find((gloss) => gloss.code === code);
  if (!item) return [];
  const said = [item.gloss, ...item.asides].join(' ').toLowerCase().match(/[a-z]+/g) ?? [];
  return said.filter((word) => word.length >= 3 && !FUNCTION_WORDS.has(word)).map(wordRoot);
}
