import type { AnswerCheckRule } from './answer-facts.js';
import { followUpFragment } from './follow-up-fragment.js';

/**
 * A question that reads as a fragment continuing an earlier one ("and by status?", "what about 2024?") asked with no
 * question before it (`sluice run`, a batch line): what it amends is unknown, so no answer to it is known to be right.
 */
export const checkFollowUpFragment: AnswerCheckRule = ({ question }) =>
  followUpFragment(question) === undefined
    ? undefined
    : {
        name: 'follow_up',
        passed: false,
        detail: `"${question.trim()}" reads as a follow-up to an earlier question, and there is none to follow; ask the whole question`,
      };
