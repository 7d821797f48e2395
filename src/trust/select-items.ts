/** The top-level items of a statement's first select list, lower-case: "select a, count(*) as n from t" → ["a", "count(*) as n"]. */
export function selectItems(code: string): string[] {
  const start = /\bselect\s+(?:distinct\s+)?/.exec(code);
  if (!start) return [];
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = start.index + start[0].length; i < code.length; i++) {
    const char = code[i]!;
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (depth === 0 && /^\s*from\b/.test(code.slice(i)) && /\s/.test(char)) break;
    if (depth === 0 && char === ',') {
      items.push(current.trim());
      current = '';
      continue;
    }
    current += char;
  }
  if (current.trim()) items.push(current.trim());
  return items;
}
