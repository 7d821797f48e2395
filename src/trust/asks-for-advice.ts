/**
 * The words with which a question asks for advice or a judgment rather than a fact ("Should we raise …", "Is it
 * worth …", "Would it be better to …", "the best way to …"): data records what happened, it does not decide what to do. Undefined otherwise.
 */
export function asksForAdvice(question: string): string | undefined {
  return (ADVICE.exec(question) ?? COURSE_OF_ACTION.exec(question) ?? BEST_PLACE_OR_TIME.exec(question))?.[0].trim();
}

/**
 * "the best place to work", "the ideal time to visit", "the worst day to fly": a judgment of where or when to act, which
 * weighs what the one asking wants; the data records where and when things happened, not which suits someone best.
 */
const BEST_PLACE_OR_TIME = /\b(?:best|worst|ideal|perfect|nicest|right)\s+(?:places?|times?|days?|months?|seasons?|moments?|spots?|locations?)\s+to\s+[a-z]+/i;

/**
 * "the best way to win back customers", "the smartest way to fill …", "the cheapest approach to …": a superlative
 * ranks ways of acting, and a way of acting is no row: the data records what was done, not what would work best.
 */
const COURSE_OF_ACTION = /\b(?:best|worst|[a-z]{2,}est)\s+(?:ways?|methods?|approach(?:es)?|strateg(?:y|ies))\s+to\s+[a-z]+/i;

const ADVICE = /^\s*(?:should|shall)\s+(?:we|i|our|the\s+company)\b|^\s*(?:which|what|where|when|who|how)\b[^?]*?\b(?:should|shall|ought)\s+(?:we|i|our|the\s+company)\b|^\s*(?:would|will)\s+it\s+be\s+(?:better|wise|worth)\b|^\s*is\s+it\s+(?:worth|wise|a\s+good\s+idea|a\s+bad\s+idea|better)\b/i;
