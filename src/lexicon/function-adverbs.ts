/** Closed-class adverbs: the few adverbs that work as function words rather than describe how. */

/** Pro-forms of place and time, pointing at a place or time already known: "here", "there", "now", "then". */
export const PRO_ADVERBS = ['here', 'there', 'now', 'then'] as const;

/** Adverbs of degree: "very", "too high", "so many". */
export const DEGREE_ADVERBS = ['very', 'too', 'so', 'quite', 'rather'] as const;

/** Focusing adverbs, which single out or add: "only", "also", "just", "even". */
export const FOCUS_ADVERBS = ['also', 'just', 'only', 'even'] as const;

/** Aspect adverbs, which say whether a state goes on or has begun: "still open", "already paid", "not yet sent". */
export const ASPECT_ADVERBS = ['still', 'already', 'yet'] as const;
