/**
 * "never bought", "havent been harvested", "aren't planted in any", "has nobody ordered", "without any orders": the
 * question asks for rows that lack related rows, which live in a table that points at them and may go unnamed.
 */
const NEGATED_VERB =
  /\b(?:never|nobody|no one|not yet|without)\b|\b(?:have|has|had|did|do|does|is|are|was|were)(?:n['’]t|nt)\b|\b(?:have|has|had|did|do|does)\s+(?:not|no|nothing)\b/i;

export function negatesAVerb(question: string): boolean {
  return NEGATED_VERB.test(question);
}
