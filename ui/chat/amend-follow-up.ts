import { parseDateRanges } from '../../src/dates/parse-date-ranges.js';
import { FOCUS_ADVERBS } from '../../src/lexicon/function-adverbs.js';
import { wordSet } from '../../src/lexicon/word-set.js';
import { followUpFragment } from '../../src/trust/follow-up-fragment.js';

const FOCUS = wordSet(FOCUS_ADVERBS);

/**
 * A chat line read with the question before it: a fragment ("and by status?", "what about 2024?", "only the shipped
 * ones") is that question amended by the fragment's words; anything else, or a fragment with nothing before it, is
 * read alone. A fragment that names a period asks for it instead of the earlier question's own ("what about last
 * year?" after "… in 2024"), not for both.
 */
export function amendFollowUp(line: string, previous: string | undefined): string {
  const fragment = previous ? followUpFragment(line) : undefined;
  if (!previous || fragment === undefined) return line;
  // A bare year or figure names a period or value of the same question: "what about 2024?" asks it "in 2024".
  const phrase = /^\d[\d\s-]*$/.test(fragment) ? `in ${fragment}` : fragment;
  const asked = withoutPeriods(previous.trim().replace(/[?.!\s]+$/, ''), phrase);
  const mark = /\?\s*$/.test(previous) || /\?\s*$/.test(line) ? '?' : '';
  // "only the shipped ones" narrows the whole question, set off as an afterthought is.
  const joint = FOCUS.has(phrase.split(/\s+/)[0]!.toLowerCase()) ? ', ' : ' ';
  return `${asked}${joint}${phrase}${mark}`;
}

/** The question without the time phrases it names, when the fragment names a period of its own. */
function withoutPeriods(question: string, fragment: string): string {
  const today = new Date().toISOString().slice(0, 10);
  if (parseDateRanges(fragment, today).length === 0) return question;
  let kept = question;
  for (const range of parseDateRanges(question, today)) kept = kept.replace(range.phrase, ' ');
  return kept.replace(/\s+([,;:])/g, '$1').replace(/\s{2,}/g, ' ').replace(/[\s,;:]+$/, '').trim() || question;
}
