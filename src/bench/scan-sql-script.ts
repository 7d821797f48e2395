export interface Statement {
  start: number;
  end: number;
  startLine: number;
  endLine: number;
}

export interface LineComment {
  text: string;
  offset: number;
  line: number;
  /** Code before it on its line. */
  trailing: boolean;
}

/** Past a comment at `at`, or `at` itself when none starts there. */
export function skipNonCode(script: string, at: number): number {
  if (script.startsWith('--', at)) {
    const end = script.indexOf('\n', at);
    return end < 0 ? script.length : end;
  }
  if (script.startsWith('/*', at)) {
    const end = script.indexOf('*/', at + 2);
    return end < 0 ? script.length : end + 2;
  }
  return at;
}

export function skipQuoted(script: string, at: number): number {
  const end = script.indexOf(script[at]!, at + 1);
  return end < 0 ? script.length : end + 1;
}

/** The statements (from their first code to their `;`) and `--` comments of a script, with their lines. */
export function scanSqlScript(script: string): { statements: Statement[]; comments: LineComment[] } {
  const statements: Statement[] = [];
  const comments: LineComment[] = [];
  let line = 1;
  let lineHasCode = false;
  let current: Statement | undefined;
  let i = 0;
  while (i < script.length) {
    const char = script[i]!;
    if (char === '\n') {
      line++;
      lineHasCode = false;
      i++;
    } else if (script.startsWith('--', i)) {
      const end = skipNonCode(script, i);
      comments.push({ text: script.slice(i + 2, end).trim(), offset: i, line, trailing: lineHasCode });
      i = end;
    } else if (script.startsWith('/*', i)) {
      const end = skipNonCode(script, i);
      line += script.slice(i, end).split('\n').length - 1;
      i = end;
    } else if (/\s/.test(char)) {
      i++;
    } else {
      lineHasCode = true;
      current ??= { start: i, end: script.length, startLine: line, endLine: line };
      if (char === ';') {
        current.end = i + 1;
        current.endLine = line;
        statements.push(current);
        current = undefined;
        i++;
      } else if (char === "'" || char === '"' || char === '`') {
        const end = skipQuoted(script, i);
        line += script.slice(i, end).split('\n').length - 1;
        i = end;
      } else i++;
    }
  }
  if (current) {
    current.endLine = line;
    statements.push(current);
  }
  return { statements, comments };
}
