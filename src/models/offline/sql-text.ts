import { escapeRegExp } from './escape-reg-exp.js';

/** Applies `edit` to the parts of the SQL outside string literals and comments. */
export function outsideLiterals(sql: string, edit: (code: string) => string): string {
  return sql
    .split(/('(?:[^']|'')*'|--[^\n]*)/)
    .map((part, i) => (i % 2 === 1 ? part : edit(part)))
    .join('');
}

/** Renames an identifier (bare, double-quoted or backticked, optionally only after `qualifier.`) outside literals. */
export function replaceIdentifier(sql: string, from: string, to: string, qualifier?: string): string {
  const quotedForms = (text: string): string => `(?:"${escapeRegExp(text)}"|\u0060${escapeRegExp(text)}\u0060|${escapeRegExp(text)})`;
  const name = quotedForms(from);
  const prefix = qualifier ? `(${quotedForms(qualifier)}\\.)` : '()';
  const pattern = new RegExp(`(?<![\\w."\u0060])${prefix}${name}(?![\\w"\u0060])`, 'gi');
  return outsideLiterals(sql, (code) => code.replace(pattern, (_, q: string) => `${q}${to}`));
}

/** Character positions of a keyword at parenthesis depth 0, outside literals. */
export function topLevelKeyword(sql: string, keyword: RegExp): number[] {
  const positions: number[] = [];
  let depth = 0;
  let inString = false;
  for (let i = 0; i < sql.length; i++) {
    const ch = sql[i]!;
    if (ch === "'") inString = !inString;
    if (inString) continue;
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (depth === 0 && (i === 0 || /\W/.test(sql[i - 1]!))) {
      const match = keyword.exec(sql.slice(i));
      if (match && match.index === 0) positions.push(i);
    }
  }
  return positions;
}

/** The table an alias stands for in `FROM t a` / `JOIN t AS a`, or the name itself. */
export function resolveAlias(sql: string, alias: string): string {
  const pattern = new RegExp(`\\b(?:from|join)\\s+("?[\\w.]+"?)\\s+(?:as\\s+)?"?${escapeRegExp(alias)}"?(?![\\w.])`, 'i');
  return pattern.exec(sql)?.[1]?.replace(/"/g, '') ?? alias;
}
