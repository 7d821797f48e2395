/** The outer query of a statement's code (lower case, string literals blanked): its select list and FROM clause. */
export interface OuterSelect {
  /** The expressions between the last top-level SELECT and its FROM. */
  list: string;
  /** From the top-level FROM to the end of the statement, subqueries included. */
  rest: string;
}

/**
 * Reads the outer query at parenthesis depth 0: after a WITH clause that is the last top-level SELECT (a CTE's
 * queries sit in parentheses). Undefined when the code has no top-level SELECT ... FROM.
 */
export function outerSelect(code: string): OuterSelect | undefined {
  const tokens = [...code.matchAll(/[()]|\b(?:select|from)\b/g)];
  let depth = 0;
  let start = -1;
  for (const token of tokens) {
    const text = token[0];
    if (text === '(') depth++;
    else if (text === ')') depth--;
    else if (depth === 0 && text === 'select') start = token.index! + text.length;
    else if (depth === 0 && text === 'from' && start >= 0) {
      const end = token.index!;
      const rest = code.slice(end);
      const next = tokens.find((later) => later.index! > end && later[0] === 'select' && depthAt(code, later.index!) === 0);
      if (!next) return { list: code.slice(start, end), rest };
      start = -1;
    }
  }
  return undefined;
}

function depthAt(code: string, at: number): number {
  let depth = 0;
  for (let k = 0; k < at; k++) {
    if (code[k] === '(') depth++;
    else if (code[k] === ')') depth--;
  }
  return depth;
}
