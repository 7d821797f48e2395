import { formatValue } from './format-value.js';

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderMarkdown(columns: string[], rows: unknown[][]): string {
  const header = `| ${columns.map(escapeCell).join(' | ')} |`;
  const rule = `| ${columns.map(() => '---').join(' | ')} |`;
  const body = rows.map((row) => `| ${row.map((v) => escapeCell(formatValue(v))).join(' | ')} |`);
  return [header, rule, ...body].join('\n') + '\n';
}
