/** Auxiliary verbs: the closed class of verbs that carry tense, aspect, voice, mood or polarity for a main verb. */
import { pick } from './word-set.js';

/** The forms of "be": copula, progressive and passive auxiliary ("is", "were taken", "being"). */
export const BE_FORMS = ['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being'] as const;

/** The forms of "have": the perfect's auxiliary ("has churned") and the verb of possession. */
export const HAVE_FORMS = ['have', 'has', 'had', 'having'] as const;

/** The forms of "do": the auxiliary of questions and negation ("did they", "does not") and the main verb. */
export const DO_FORMS = ['do', 'does', 'did', 'done', 'doing'] as const;

/** The forms of "get", the passive's other auxiliary ("got cancelled"). */
export const GET_FORMS = ['get', 'gets', 'got', 'gotten', 'getting'] as const;

/** The modal auxiliaries: "will", "could", "should". */
export const MODALS = ['can', 'could', 'may', 'might', 'must', 'shall', 'should', 'will', 'would'] as const;

/** The dictionary forms of the primary auxiliaries, as WordNet and a lemmatiser give them. */
export const AUXILIARY_LEMMAS = ['be', 'have', 'do'] as const;

/** Finite "be" of the third person and "you"/"we", the copula a question about things uses: "is", "were". */
export const FINITE_BE = pick(BE_FORMS, 'is', 'are', 'was', 'were');

/** Finite "have": "has", "have", "had". */
export const FINITE_HAVE = pick(HAVE_FORMS, 'has', 'have', 'had');

/** Finite "do", the auxiliary of a question or a negation: "do", "does", "did". */
export const FINITE_DO = pick(DO_FORMS, 'do', 'does', 'did');

/** The finite forms of the primary auxiliaries, which open a question or carry a clause's tense: "is", "did", "has". */
export const FINITE_AUXILIARIES = [...FINITE_BE, ...FINITE_DO, ...FINITE_HAVE] as const;
