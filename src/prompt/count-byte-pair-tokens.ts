import { o200kBytePairs, type RankLookup } from './o200k-byte-pairs.js';

const ASCII = /^[\x00-\x7f]*$/;

/**
 * Tokens of `text` in o200k_base, exactly as js-tiktoken's `encode(text, [], []).length` counts them (special-token
 * markers are plain text): its pre-tokenizer, then the same byte-pair merging of each piece, on latin1 strings
 * instead of comma-joined byte lists.
 */
export function countBytePairTokens(text: string): number {
  const { ranks, pieces } = o200kBytePairs();
  let count = 0;
  for (const match of text.matchAll(pieces)) {
    const piece = match[0];
    const bytes = ASCII.test(piece) ? piece : Buffer.from(piece, 'utf8').toString('latin1');
    count += ranks.has(bytes) || bytes.length === 1 ? 1 : mergedParts(bytes, ranks);
  }
  return count;
}

/** Merges the lowest-ranked adjacent pair (the first of equals) until none has a rank; the parts that have one. */
function mergedParts(bytes: string, ranks: RankLookup): number {
  // Part i is bytes[bounds[i], bounds[i + 1]).
  const bounds = Array.from({ length: bytes.length + 1 }, (_, i) => i);
  while (bounds.length > 2) {
    let best = -1;
    let bestRank = Infinity;
    for (let i = 0; i < bounds.length - 2; i++) {
      const rank = ranks.get(bytes.slice(bounds[i], bounds[i + 2]));
      if (rank !== undefined && rank < bestRank) {
        bestRank = rank;
        best = i;
      }
    }
    if (best < 0) break;
    bounds.splice(best + 1, 1);
  }
  let ranked = 0;
  for (let i = 0; i < bounds.length - 1; i++) if (ranks.has(bytes.slice(bounds[i], bounds[i + 1]))) ranked++;
  return ranked;
}
