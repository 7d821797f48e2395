import { unaddressedPhrases } from '../models/offline/unaddressed-phrases.js';
import type { AnswerCheckRule } from './answer-facts.js';

/** Content phrases that nothing linked accounts for and the SQL does not reflect ("growth", "seasonally adjusted"). */
export const checkUnaddressed: AnswerCheckRule = ({ context, attempt }) => {
  const open = unaddressedPhrases(context, attempt.sql).map((p) => p.phrase);
  return open.length === 0
    ? { name: 'unaddressed', passed: true, detail: 'every content word of the question is accounted for' }
    : { name: 'unaddressed', passed: false, detail: `the SQL does not address ${open.map((p) => `"${p}"`).join(', ')}` };
};
