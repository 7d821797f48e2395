import { distance } from 'fastest-levenshtein';

/** The candidate closest to `name` by edit distance (a candidate that contains the name, or is contained, counts as close); undefined when none is plausibly meant. */
export function nearestName(name: string, candidates: readonly string[]): string | undefined {
  const wanted = name.toLowerCase();
  let best: { candidate: string; score: number } | undefined;
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase();
    if (lower === wanted) continue;
    let score = distance(wanted, lower);
    if (lower.includes(wanted) || wanted.includes(lower)) score = Math.min(score, 1 + Math.abs(lower.length - wanted.length) / 4);
    if (!best || score < best.score) best = { candidate, score };
  }
  if (!best) return undefined;
  return best.score <= Math.max(2, Math.ceil(wanted.length / 2)) ? best.candidate : undefined;
}
