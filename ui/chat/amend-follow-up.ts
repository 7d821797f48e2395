import { FOCUS_ADVERBS } from '../../src/lexicon/function-adverbs.js';
import { wordSet } from '../../src/lexicon/word-set.js';
import { followUpFragment } from '../../src/trust/follow-up-fragment.js';

const FOCUS = wordSet(FOCUS_ADVERBS);

/**
 * A chat line read with the question before it: a fragment ("and by status?", "what about 2024?", "only the shipped
 * ones") is that question amended by the fragment's words; anything else, or a fragment with nothing before it, is
 * read alone.
 */
export function amendFollowUp(line: string, previous: string | undefined): string {
  const fragment = previous ? followUpFragment(line) : undefined;
  if (!previous || fragment === undefined) return line;
  const asked = previous.trim().replace(/[?.!\s]+$/, '');
  // A bare year or figure names a period or value of the same question: "what about 2024?" asks it "in 2024".
  const phrase = /^\d[\d\s-]*$/.test(fragment) ? `in ${fragment}` : fragment;
  const mark = /\?\s*$/.test(previous) || /\?\s*$/.test(line) ? '?' : '';
  // "only the shipped ones" narrows the whole question, set off as an afterthought is.
  const joint = FOCUS.has(phrase.split(/\s+/)[0]!.toLowerCase()) ? ', ' : ' ';
  return `${asked}${joint}${phrase}${mark}`;
}
