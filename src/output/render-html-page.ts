import { chartShape } from '../../ui/chart-shape.js';
import { formatTypedValue } from './format-typed-value.js';
import { renderSvgChart } from './render-svg-chart.js';

export interface HtmlAnswer {
  question: string;
  status: string;
  sql?: string;
  columns: string[];
  column_types: string[];
  rows: unknown[][];
  row_count: number;
  truncated: boolean;
  error?: string;
  /** Said under the status: why the answer is unsure or unanswerable, and that a query's rows are no answer. */
  note?: string;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const NUMERIC = /^(TINYINT|SMALLINT|INTEGER|INT|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|REAL|DOUBLE|DECIMAL|NUMERIC)/i;

/** One standalone page (inline CSS and SVG, nothing fetched) with the question, the SQL, the result and a chart when it has one. */
export function renderHtmlPage(answer: HtmlAnswer): string {
  const shape = answer.error ? undefined : chartShape(answer);
  const head = answer.columns.map((column, i) => `<th${NUMERIC.test(answer.column_types[i] ?? '') ? ' class="n"' : ''}>${escape(column)}</th>`).join('');
  const body = answer.rows
    .map((row) => `<tr>${row.map((value, i) => `<td${NUMERIC.test(answer.column_types[i] ?? '') ? ' class="n"' : ''}>${escape(formatTypedValue(value, answer.column_types[i], { grouping: true }))}</td>`).join('')}</tr>`)
    .join('\n');
  const count = `${answer.row_count} row${answer.row_count === 1 ? '' : 's'}${answer.truncated ? ' (truncated at the row limit)' : ''}`;
  // A run with no rows to show as its answer (declined, or failed before a query ran) has no table, only its note.
  const shown = answer.columns.length > 0;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escape(answer.question)}</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 2em; color: #222; }
pre { background: #f5f5f7; padding: 1em; overflow-x: auto; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border-bottom: 1px solid #ddd; padding: 4px 10px; text-align: left; white-space: pre-wrap; }
.n { text-align: right; font-variant-numeric: tabular-nums; }
.status { color: #666; }
</style>
</head>
<body>
<h1>${escape(answer.question)}</h1>
<p class="status">${escape(answer.status)}${shown ? ` · ${escape(count)}` : ''}</p>
${answer.note ? `<p class="note">${escape(answer.note)}</p>\n` : ''}${answer.sql ? `<pre><code>${escape(answer.sql)}</code></pre>` : ''}
${answer.error ? `<p><strong>Error:</strong> ${escape(answer.error)}</p>` : ''}
${shape ? `<figure>${renderSvgChart(shape)}</figure>` : ''}
${shown ? `<table>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>` : ''}
</body>
</html>
`;
}
