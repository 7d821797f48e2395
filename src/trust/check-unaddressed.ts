import { questionWords, type QuestionWord } from '../models/offline/question-words.js';
import { unaddressedPhrases } from '../models/offline/unaddressed-phrases.js';
import type { AnswerCheckRule } from './answer-facts.js';

const COMPARATIVES = /^(greater|less|more|fewer|older|younger|higher|lower|larger|smaller|bigger|heavier|lighter|longer|shorter|earlier|later|cheaper|costlier|above|below|over|under)$/;
const PREPOSITIONS = new Set(['from', 'to', 'with', 'there', 'into', 'onto', 'at', 'in', 'on', 'by', 'for', 'as', 'under', 'over']);
/** Endings English nouns take and verbs do not: "growth in 2024" stays a content word. */
const NOUN_ENDING = /(tion|sion|ment|ness|ity|ance|ence|th|ship|age|ure|ism|ist|ics)$/;

/**
 * Content phrases that nothing linked accounts for and the SQL does not reflect ("growth", "seasonally
 * adjusted"). Verbs that only relate things the SQL joins ("departing from", "belongs to") and comparatives
 * a comparison in the SQL carries ("heavier than 10") are not content.
 */
export const checkUnaddressed: AnswerCheckRule = ({ context, attempt, sql }) => {
  const words = questionWords(context.task.text);
  const compares = /[<>]|\bbetween\b/.test(sql.code);
  const open = unaddressedPhrases(context, attempt.sql)
    .map((p) => p.phrase)
    .filter((phrase) => !phrase.split(' ').every((text) => relational(words, text, compares)));
  return open.length === 0
    ? { name: 'unaddressed', passed: true, detail: 'every content word of the question is accounted for' }
    : { name: 'unaddressed', passed: false, detail: `the SQL does not address ${open.map((p) => `"${p}"`).join(', ')}` };
};

function relational(words: readonly QuestionWord[], text: string, compares: boolean): boolean {
  const at = words.findIndex((w) => w.text === text);
  if (at < 0) return false;
  const next = words[at + 1]?.text ?? '';
  if (compares && (COMPARATIVES.test(text) || (/er$/.test(text) && next === 'than'))) return true;
  if (NOUN_ENDING.test(text)) return false;
  return /(ing|ed)$/.test(text) && text.length > 4 ? true : PREPOSITIONS.has(next);
}
