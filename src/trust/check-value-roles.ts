import type { AnswerCheckRule } from './answer-facts.js';
import { escapeRegExp } from '../models/offline/escape-reg-exp.js';

const IN_LIST = /\bin\s*\(\s*('(?:[^']|'')*'(?:\s*,\s*'(?:[^']|'')*')+)\s*\)/gi;
/** What may stand between two values of one list: "A and B", "A or B", "A, B", "A/B", quotes. */
const LIST_JOINER = /^[\s,'"“”‘’`]*(?:and|or|nor|and\/or|&|\/)?[\s,'"“”‘’`]*$/i;

/**
 * Values the question names in phrases of their own, so with different roles ("from Aberdeen to Ashley", "departing from 'A' and arriving at 'B'")
 * cannot share one IN list, which accepts a row with either of them in one column; values the question lists
 * together ("Aberdeen or Ashley", "cats and dogs") can.
 */
export const checkValueRoles: AnswerCheckRule = ({ question, attempt }) => {
  for (const match of attempt.sql.matchAll(IN_LIST)) {
    const values = [...match[1]!.matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1]!.replace(/''/g, "'"));
    const found = values.map((value) => ({ value, at: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(value)}(?![\\p{L}\\p{N}])`, 'iu').exec(question) }));
    if (found.some((f) => f.at === null)) continue;
    const placed = found.map((f) => ({ value: f.value, start: f.at!.index, end: f.at!.index + f.at![0].length })).sort((a, b) => a.start - b.start);
    for (let k = 1; k < placed.length; k++) {
      const between = question.slice(placed[k - 1]!.end, placed[k]!.start);
      if (!LIST_JOINER.test(between)) {
        return { name: 'value_roles', passed: false, detail: `the question names '${placed[k - 1]!.value}' and '${placed[k]!.value}' in phrases of their own ("${between.replace(/^[\s'"“”‘’`]+|[\s'"“”‘’`]+$/g, '')}"), but the SQL accepts either one in a single IN list` };
      }
    }
    return { name: 'value_roles', passed: true, detail: `the question lists ${values.map((v) => `'${v}'`).join(', ')} together` };
  }
  return undefined;
};
