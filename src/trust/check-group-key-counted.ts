import type { AnswerCheckRule } from './answer-facts.js';

/**
 * COUNT(DISTINCT col) in a query grouped by col: every group counts one value, so the count says nothing; nor does
 * AVG, SUM, MIN or MAX of a column the query groups by (the sum is the key times the group's rows, the rest the key).
 */
export const checkGroupKeyCounted: AnswerCheckRule = ({ sql }) => {
  if (!sql.grouped) return undefined;
  const keys = groupKeys(sql.code);
  for (const match of sql.code.matchAll(/\bcount\s*\(\s*distinct\s+([a-z_"][a-z0-9_."]*)\s*\)/g)) {
    const counted = bare(match[1]!);
    if (keys.has(counted)) return { name: 'group_key_counted', passed: false, detail: `the SQL counts the distinct ${counted} within each ${counted}, which is always 1` };
  }
  // "avg price per MWh by offtaker" grouped by price_mwh too: each group's average is its own key.
  for (const match of sql.code.matchAll(/\b(avg|sum|min|max)\s*\(\s*([a-z_"][a-z0-9_."]*)\s*\)/g)) {
    const measured = bare(match[2]!);
    if (keys.has(measured)) {
      const says = match[1] === 'sum' ? "the key times the group's rows" : 'the key itself';
      return { name: 'group_key_counted', passed: false, detail: `the SQL groups by ${measured} and takes the ${AGGREGATE_NAMES[match[1]!]} of ${measured} within each group, which is ${says}` };
    }
  }
  return undefined;
};

const AGGREGATE_NAMES: Readonly<Record<string, string>> = { avg: 'average', sum: 'sum', min: 'minimum', max: 'maximum' };

const bare = (name: string): string => name.replace(/"/g, '').split('.').pop()!;

/** The columns the outer GROUP BY names, directly or by the position of a select item. */
function groupKeys(code: string): Set<string> {
  const keys = new Set<string>();
  const clause = /\bgroup\s+by\b([\s\S]*?)(?=\bhaving\b|\border\s+by\b|\blimit\b|\bqualify\b|\bunion\b|\)|$)/.exec(code)?.[1] ?? '';
  const select = /\bselect\b([\s\S]*?)\bfrom\b/.exec(code)?.[1] ?? '';
  const items = splitTopLevel(select);
  for (const part of clause.split(',').map((p) => p.trim())) {
    const item = /^\d+$/.test(part) ? items[Number(part) - 1] : part;
    const column = item?.trim().replace(/\s+as\s+.*$/, '');
    if (column && /^[a-z_"][a-z0-9_."]*$/.test(column)) keys.add(bare(column));
  }
  return keys;
}

function splitTopLevel(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of list) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}
