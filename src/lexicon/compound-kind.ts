import { firstSenseAncestors } from './first-sense-ancestors.js';

/**
 * Whether a modifier written apart from its noun makes with it a compound WordNet knows as a kind of that noun: "cell
 * phone" (cellphone, a phone), "sea bass" (sea_bass, a bass). The modifier then says which kind, not what else the
 * data must hold. "satellite phone", "fax number" and "marketing emails" make no such compound.
 */
export function namesKindOf(modifier: string, noun: string): boolean {
  if (!/^[a-z]{3,}$/.test(modifier) || !/^[a-z]{3,}$/.test(noun)) return false;
  const heads = [...new Set([noun, noun.replace(/s$/, '')])];
  return heads.some((head) => [`${modifier}${head}`, `${modifier}_${head}`].some((compound) => firstSenseAncestors(compound).has(head)));
}
