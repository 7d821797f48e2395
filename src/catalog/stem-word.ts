/** A light English stemmer for plurals only ("categories" → "category", "orders" → "order"), so "status" and "address" survive. */
export function stemWord(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length <= 3) return lower;
  if (lower.endsWith('ies') && lower.length > 4) return `${lower.slice(0, -3)}y`;
  if (/(sses|shes|ches|xes)$/.test(lower)) return lower.slice(0, -2);
  if (lower.endsWith('s') && !/(ss|us|is|ys)$/.test(lower)) return lower.slice(0, -1);
  return lower;
}
