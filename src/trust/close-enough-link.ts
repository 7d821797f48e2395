import type { RelatedLink } from '../lexicon/related-nouns.js';

/**
 * Whether a name WordNet relates to a question word through these links is close enough to ground the word. Not through
 * a hypernym of a sense other than the word's most common ("address" as a computer address, a kind of code), nor, for a
 * word derived from the question's ("addressee" of address, "inventor" of invented), through a sibling, a nephew or a
 * sense other than its most common: two loose steps link nearly any word to some name ("inventor" → modeler).
 */
export function closeEnough(links: readonly RelatedLink[] | undefined, derived: boolean): boolean {
  return (links ?? []).some((link) => !(link.sense > 0 && link.relation.startsWith('hypernym')) && !(derived && (link.sense > 0 || /^(sibling|nephew)/.test(link.relation))));
}
