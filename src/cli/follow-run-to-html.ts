import { Writable } from 'node:stream';
import type { RunHandle } from '../engine/run-handle.js';
import { answerRowsFields } from '../output/declined-after-running.js';
import { followRun, type FollowOptions } from './follow-run.js';

/** --format html (run or resume): progress on stderr as usual, then one standalone page on stdout instead of the table. */
export async function followRunToHtml(handle: RunHandle, options: Omit<FollowOptions, 'format' | 'stdout' | 'chart'>): Promise<number> {
  const { renderHtmlPage } = await import('../output/render-html-page.js');
  const discard = new Writable({ write: (_chunk, _encoding, done) => done() });
  const code = await followRun(handle, { ...options, format: 'table', resumeFlags: { ...options.resumeFlags, html: true }, stdout: discard });
  const result = await handle.done;
  if (result.status === 'cancelled') return code;
  const attempt = result.context.sql_attempts.at(-1);
  const shown = answerRowsFields(result.context, result.status);
  const declined = 'not_an_answer' in shown ? shown.not_an_answer.note : undefined;
  const reason = result.status === 'unanswerable' ? result.context.failure : undefined;
  process.stdout.write(
    renderHtmlPage({
      question: result.context.task.text,
      status: result.status,
      sql: attempt?.sql,
      columns: shown.columns,
      column_types: declined ? [] : (attempt?.column_types ?? []),
      rows: shown.rows,
      row_count: shown.row_count,
      truncated: shown.truncated,
      error: attempt?.error,
      ...(declined || reason ? { note: [declined, reason ? `Unanswerable: ${reason}` : ''].filter(Boolean).join(' ') } : {}),
    }),
  );
  return code;
}
