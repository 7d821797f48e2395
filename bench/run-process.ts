import { spawn } from 'node:child_process';
import fs from 'node:fs';

export interface ProcessRun {
  code: number | null;
  wallMs: number;
  /** Peak resident set size (VmHWM from /proc), when the platform has it. */
  peakRssBytes?: number;
  stdout: string;
  stderr: string;
}

function peakRss(pid: number): number | undefined {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Runs a command as a whole process, feeding it `input`, and times it from spawn to exit. */
export function runProcess(command: string, args: string[], options: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { env: options.env, cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peak: number | undefined;
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    const sampler = setInterval(() => {
      const sample = child.pid === undefined ? undefined : peakRss(child.pid);
      if (sample !== undefined) peak = Math.max(peak ?? 0, sample);
    }, 25);
    child.on('error', (error) => {
      clearInterval(sampler);
      reject(error);
    });
    child.on('exit', () => {
      const sample = child.pid === undefined ? undefined : peakRss(child.pid);
      if (sample !== undefined) peak = Math.max(peak ?? 0, sample);
    });
    child.on('close', (code) => {
      clearInterval(sampler);
      resolve({ code, wallMs: Number(process.hrtime.bigint() - started) / 1e6, peakRssBytes: peak, stdout, stderr });
    });
    child.stdin.on('error', () => {});
    child.stdin.end(options.input ?? '');
  });
}
