import type { GroundedWord } from './ground-question.js';

/**
 * The words with which a question asks what a rule, a body or a profession requires or recommends, undefined otherwise:
 * "What does PCI DSS require when …", "What relative humidity do conservators recommend …", "How often does NICE
 * recommend …". A requirement or a recommendation in the present tense is a standing rule or advice, which the rows
 * do not record; only a column or table the verb names ("Which jobs require a permit?" where a permit_required column
 * is) says the data holds it. A word only a comment or doc uses explains the data, it stores no rule.
 */
export function asksForRule(question: string, words: readonly GroundedWord[]): string | undefined {
  for (const match of question.matchAll(RULE_VERBS)) {
    const entry = words.find((candidate) => candidate.word.offset === match.index);
    if (entry && entry.evidence !== undefined && entry.evidence !== 'text') continue;
    const subject = /\b(?:do|does)\s+((?:[A-Za-z]+\s+){1,4})$/i.exec(question.slice(0, match.index))?.[1];
    return `${subject ?? ''}${match[0]}`.trim();
  }
  return undefined;
}

/** "require", "recommends", "advise", "stipulate", "mandates": a rule or advice, in the present tense. */
const RULE_VERBS = /\b(?:requires?|recommends?|advises?|stipulates?|mandates?)\b/gi;
