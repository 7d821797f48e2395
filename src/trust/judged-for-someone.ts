import { nounAncestors } from '../lexicon/noun-ancestors.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import type { GroundedWord } from './ground-question.js';
import { YES_NO_COPULA } from './yes-no-copula.js';
import { INDEFINITE_PRONOUNS, PERSONAL_PRONOUNS } from '../lexicon/pronouns.js';
import { pick, wordSet } from '../lexicon/word-set.js';

/**
 * A yes/no question that judges its subject for someone, undefined otherwise: a copula, then an adjective that links to
 * nothing, then "to" or "for" and the people it is judged for ("Was the October price rise fair to members?", "Is the
 * Gamsbahn suitable for beginners?", "Are the new tariffs good for us?"). Whether something is fair, suitable or good
 * for someone weighs what they want, which no row records. The people are a pronoun or a noun WordNet files under
 * *person* or *people* in a common sense; "equal to 39", "close to the station" and "open to the public" (an adjective
 * the data may hold) are not judged for anyone.
 */
export function judgedForSomeone(question: string, words: readonly GroundedWord[]): string | undefined {
  if (!YES_NO_COPULA.test(question)) return undefined;
  for (const judged of question.matchAll(FOR_SOMEONE)) {
    const adjective = words.find((entry) => entry.word.offset === judged.index + 1);
    if (!adjective || adjective.evidence !== undefined || /ed$/.test(adjective.word.text) || primaryPartOfSpeech(adjective.word.text) !== 'adj') continue;
    const who = judged[2]!.toLowerCase();
    if (PRONOUNS.has(who) || ['person', 'people'].some((kind) => nounAncestors(who).has(kind))) return `${adjective.word.text} ${judged[1]!.toLowerCase()} ${who}`;
  }
  return undefined;
}

/** " fair to members", " good for us": an adjective (its place the match's start + 1), "to"/"for", a determiner, the people. */
const FOR_SOMEONE = /\s[a-z]+\s+(to|for)\s+(?:the\s+|our\s+|their\s+|its\s+|all\s+|most\s+|some\s+)?([A-Za-z]+)\b/gi;

const PRONOUNS: ReadonlySet<string> = wordSet(
  pick(PERSONAL_PRONOUNS, 'us', 'me', 'them', 'you', 'him', 'her'),
  pick(INDEFINITE_PRONOUNS, 'everyone', 'anyone', 'everybody', 'anybody'),
);
