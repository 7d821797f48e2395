import { ARTICLES } from './determiners.js';
import { PREPOSITIONS } from './prepositions.js';
import { COORDINATORS } from './conjunctions.js';
import { pick, wordSet } from './word-set.js';

/** Words every initialism leaves out: "United States of America" is USA, "Heating Equipment Testing and Approvals Scheme" HETAS. */
export const INITIALISM_ALWAYS_SKIPPED: ReadonlySet<string> = wordSet(ARTICLES, pick(PREPOSITIONS, 'of', 'for'), pick(COORDINATORS, 'and'), ['&']);

/**
 * Words an initialism may leave out: those above and the small prepositions some drop ("Houses in Multiple Occupation"
 * is HMO) where others keep them ("Cash on Delivery" is COD). A reader that tries both ways, or checks the initials
 * against stored values, uses these; one that makes a value's initials unchecked uses INITIALISM_ALWAYS_SKIPPED.
 */
export const INITIALISM_SKIPPED: ReadonlySet<string> = wordSet(INITIALISM_ALWAYS_SKIPPED, pick(PREPOSITIONS, 'in', 'on', 'at', 'to'));
