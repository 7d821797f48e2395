import { firstSenseAncestors } from './first-sense-ancestors.js';

/**
 * The compound WordNet knows as a kind of the noun that a modifier written apart from it makes with it, if any: "cell
 * phone" (cellphone, a phone), "sea bass" (sea_bass, a bass). The modifier then says which kind, not what else the
 * data must hold. "satellite phone", "fax number" and "marketing emails" make no such compound.
 */
export function namesKindOf(modifier: string, noun: string): string | undefined {
  if (!/^[a-z]{3,}$/.test(modifier) || !/^[a-z]{3,}$/.test(noun)) return undefined;
  for (const head of new Set([noun, noun.replace(/s$/, '')])) {
    for (const compound of [`${modifier}${head}`, `${modifier}_${head}`]) if (firstSenseAncestors(compound).has(head)) return compound;
  }
  return undefined;
}
