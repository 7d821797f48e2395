/** Pronouns: the closed class of words that stand for a noun phrase. */

/** Personal pronouns, subject and object forms: "we", "us", "they", "them" ("her" is also a possessive determiner). */
export const PERSONAL_PRONOUNS = ['i', 'me', 'we', 'us', 'you', 'he', 'him', 'she', 'her', 'it', 'they', 'them'] as const;

/** Possessive pronouns, standing alone: "ours", "theirs". */
export const POSSESSIVE_PRONOUNS = ['mine', 'yours', 'his', 'hers', 'ours', 'theirs'] as const;

/** Reflexive pronouns: "we deliver ourselves", "themselves". */
export const REFLEXIVE_PRONOUNS = ['myself', 'yourself', 'yourselves', 'himself', 'herself', 'itself', 'ourselves', 'themselves'] as const;

/** Indefinite pronouns: "anyone", "everything", "none", "the cheaper one". */
export const INDEFINITE_PRONOUNS = [
  'anybody', 'anyone', 'anything', 'everybody', 'everyone', 'everything', 'nobody', 'none', 'nothing', 'somebody', 'someone', 'something', 'one', 'ones',
] as const;

/** Relative pronouns, which open a relative clause: "collections that were rejected", "members whose fees". */
export const RELATIVE_PRONOUNS = ['that', 'which', 'who', 'whom', 'whose'] as const;

/** Interrogative words, which open a question or an indirect one: "what", "where", "how". */
export const WH_WORDS = ['what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how'] as const;

/** Free-choice forms of the wh-words: "whatever", "whichever". */
export const WH_EVER_WORDS = ['whatever', 'whichever', 'whoever', 'whenever', 'wherever', 'however'] as const;
