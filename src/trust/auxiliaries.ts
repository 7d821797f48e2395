import { BE_FORMS, FINITE_HAVE, GET_FORMS } from '../lexicon/auxiliaries.js';
import { RELATIVE_PRONOUNS } from '../lexicon/pronouns.js';
import { pick, wordSet } from '../lexicon/word-set.js';

/** Forms of "be" and "get" before a participle: "were taken", "was sold", "got cancelled" (a passive). */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = wordSet(
  pick(BE_FORMS, 'is', 'are', 'was', 'were', 'be', 'been', 'being'),
  pick(GET_FORMS, 'get', 'got', 'gets'),
);
/** The passive's auxiliaries and the perfect's ("has churned"). */
export const AUXILIARIES: ReadonlySet<string> = wordSet(PASSIVE_AUXILIARIES, FINITE_HAVE);
/** The relative pronouns that open a relative clause after a noun: "collections that were rejected". */
export const CLAUSE_RELATIVES: ReadonlySet<string> = wordSet(pick(RELATIVE_PRONOUNS, 'that', 'which', 'who'));
