import { describe, expect, it } from 'vitest';
import { unreadScript } from '../src/trust/unread-script.js';
import { runCli } from './helpers/run-cli.js';

/** A question in a script the offline model cannot read is declined as such, not answered with a guess. */
describe('questions the offline model cannot read', () => {
  it('names the script of a question mostly outside the Latin alphabet', () => {
    expect(unreadScript('顧客は何人いますか？')).toBe('Chinese, Japanese or Korean');
    expect(unreadScript('Сколько у нас клиентов?')).toBe('Cyrillic');
    expect(unreadScript('How many customers ordered a café crème?')).toBeUndefined();
    expect(unreadScript('How many customers are in Zürich or in Москва?')).toBeUndefined();
    expect(unreadScript('2024?')).toBeUndefined();
  });

  it('a Japanese question on the demo ends unanswerable (exit 4) saying why, with no SQL run', async () => {
    const { code, stdout, stderr } = await runCli(['run', '--format', 'json', '--task', '顧客は何人いますか？']);
    expect(code, stderr).toBe(4);
    const summary = JSON.parse(stdout) as { status: string; sql: string | null; reason: string };
    expect(summary.status).toBe('unanswerable');
    expect(summary.sql).toBeNull();
    expect(summary.reason).toMatch(/Chinese, Japanese or Korean script.*reads questions written in English/);
  });
});
