import type { PlannedQuery } from '../plan-query.js';
import type { SelectItem } from '../query-spec.js';

/** The select item that holds the planned measure. */
export function measureSelect(planned: PlannedQuery): SelectItem | undefined {
  if (!planned.measureAlias) return undefined;
  return planned.spec.select.find((item) => item.alias === planned.measureAlias);
}

/** What an additive aggregate adds up per row: COUNT(*) → 1, SUM(x) → x; undefined for others. */
export function summedValue(expr: string): string | undefined {
  if (/^COUNT\(\*\)$/i.test(expr.trim())) return '1';
  const sum = /^SUM\((.*)\)$/is.exec(expr.trim());
  return sum && balanced(sum[1]!) ? sum[1]! : undefined;
}

function balanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')' && --depth < 0) return false;
  }
  return depth === 0;
}
