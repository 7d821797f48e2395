import type { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './run-cli.js';

/** The example plugin's slow plan: each node waits, so a test can stop the CLI while a run is in flight. */
export const SLOW_FILES = ['--config', path.join(REPO_ROOT, 'examples/slow/sluice.yml'), '--workflow', path.join(REPO_ROOT, 'examples/slow/workflow.yml')];
export const SLOW = [...SLOW_FILES, '--plan', 'slow'];

/** Resolves once the runs in the save dir have started `node` `count` times in all. */
export async function untilNodeStarts(saveDir: string, node: string, count: number, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const starts = fs.existsSync(saveDir)
      ? fs.readdirSync(saveDir).reduce((sum, run) => {
          const file = path.join(saveDir, run, 'events.jsonl');
          if (!fs.existsSync(file)) return sum;
          return sum + (fs.readFileSync(file, 'utf8').match(new RegExp(`"type":"node_start"[^\\n]*"node":"${node}"`, 'g'))?.length ?? 0);
        }, 0)
      : 0;
    if (starts >= count) return;
    if (Date.now() > deadline) throw new Error(`${node} did not start ${count} times in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The child's exit code and everything it printed, once it closes. */
export function finished(child: ReturnType<typeof spawn>): Promise<{ code: number | null; stderr: string; stdout: string }> {
  let stderr = '';
  let stdout = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  child.stdout?.on('data', (chunk) => (stdout += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr, stdout })));
}
