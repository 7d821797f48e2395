/**
 * DuckDB's message without the "LINE 1: ... ^" caret block, keeping the first line and hints
 * such as "Did you mean ..." and "Candidate bindings: ...".
 */
export function cleanDuckDbMessage(raw: string): string {
  const lines = raw.replace(/^Failed to extract statements: /, '').split('\n');
  const caret = lines.findIndex((line) => /^LINE \d+:/.test(line));
  const kept = (caret === -1 ? lines : lines.slice(0, caret)).map((line) => line.trimEnd()).filter((line) => line !== '');
  return kept.join('\n');
}
