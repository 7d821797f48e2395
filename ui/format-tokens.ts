/** Empty for none, "950 tok", "12.3k tok". */
export function formatTokens(tokens: number): string {
  if (!tokens) return '';
  if (tokens < 1_000) return `${tokens} tok`;
  return `${(tokens / 1_000).toFixed(tokens < 10_000 ? 1 : 0)}k tok`;
}
