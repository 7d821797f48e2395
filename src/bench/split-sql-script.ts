/** The statements of a SQL script: split at semicolons outside quotes and comments; empty statements dropped. */
export function splitSqlScript(script: string): string[] {
  const statements: string[] = [];
  let start = 0;
  let i = 0;
  const skipTo = (end: string, from: number): number => {
    const at = script.indexOf(end, from);
    return at < 0 ? script.length : at + end.length;
  };
  while (i < script.length) {
    const char = script[i]!;
    const pair = script.slice(i, i + 2);
    if (pair === '--') i = skipTo('\n', i + 2);
    else if (pair === '/*') i = skipTo('*/', i + 2);
    else if (char === "'" || char === '"' || char === '`') {
      // A doubled quote inside the literal ends one literal and opens the next: same text either way.
      i = skipTo(char, i + 1);
    } else if (char === ';') {
      statements.push(script.slice(start, i));
      start = ++i;
    } else i++;
  }
  statements.push(script.slice(start));
  return statements.map((statement) => statement.trim()).filter((statement) => statement.replace(/--[^\n]*/g, '').trim() !== '');
}
