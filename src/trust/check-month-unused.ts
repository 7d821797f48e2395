import type { TreeNode } from '../sql-tree/statement-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { monthNamed } from '../dates/month-names.js';


const DATE_LITERAL = /^\d{4}-\d{2}(-\d{2})?/;
const DATE_TYPES = new Set(['DATE', 'TIMESTAMP', 'TIMESTAMP WITH TIME ZONE', 'TIMESTAMP_TZ']);
const DATE_FUNCTIONS = new Set(['month', 'date_part', 'datepart', 'extract', 'strftime', 'date_trunc', 'monthname', 'date_format', 'to_char', 'last_day']);

/**
 * "avg mins per pool visit, Oct" answered by an SQL that holds no date, reads no month and names no month value:
 * the month the question asks about was dropped, so the answer covers every month.
 */
export const checkMonthUnused: AnswerCheckRule = ({ tree, question, analysis }) => {
  if (!tree) return undefined;
  const named = analysis.words.find((word, k) => {
    const written = question.slice(word.offset, word.offset + word.text.length);
    if (!/^[A-Z]/.test(written) || !monthNamed(word.text)) return false;
    // "May I …" opens a question; a month opening one is followed by its day or year.
    return k > 0 || /^\d/.test(analysis.words[k + 1]?.text ?? '');
  });
  if (!named) return undefined;
  const month = monthNamed(named.text)!;
  if (holdsDate(tree.clauses, month)) return undefined;
  return { name: 'month_unused', passed: false, detail: `the question names ${month[0]!.toUpperCase()}${month.slice(1)}, but the SQL holds no date, month or month value` };
};

function holdsDate(node: unknown, month: string): boolean {
  if (Array.isArray(node)) return node.some((child) => holdsDate(child, month));
  if (!node || typeof node !== 'object') return false;
  const tree = node as TreeNode;
  if (tree.class === 'CAST' && DATE_TYPES.has(String((tree.cast_type as { id?: string } | undefined)?.id))) return true;
  if (tree.class === 'FUNCTION' && DATE_FUNCTIONS.has(String(tree.function_name).toLowerCase())) return true;
  if (tree.class === 'CONSTANT') {
    const value = (tree.value as { value?: unknown } | undefined)?.value;
    if (typeof value === 'string' && (DATE_LITERAL.test(value) || value.toLowerCase().includes(month.slice(0, 3)))) return true;
  }
  if (tree.class === 'COLUMN_REF' && ((tree.column_names as string[]) ?? []).some((name) => /mon|mth/i.test(name))) return true;
  return Object.values(tree).some((child) => holdsDate(child, month));
}
