/**
 * The words with which a question asks for advice or a judgment rather than a fact ("Should we raise …", "Is it
 * worth …", "Would it be better to …"): data records what happened, it does not decide what to do. Undefined otherwise.
 */
export function asksForAdvice(question: string): string | undefined {
  return ADVICE.exec(question)?.[0].trim();
}

const ADVICE = /^\s*(?:should|shall)\s+(?:we|i|our|the\s+company)\b|^\s*(?:which|what|where|when|who|how)\b[^?]*?\b(?:should|shall|ought)\s+(?:we|i|our|the\s+company)\b|^\s*(?:would|will)\s+it\s+be\s+(?:better|wise|worth)\b|^\s*is\s+it\s+(?:worth|wise|a\s+good\s+idea|a\s+bad\s+idea|better)\b/i;
