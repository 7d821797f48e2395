import { spawn } from 'node:child_process';
import fs from 'node:fs';

export interface ProcessRun {
  code: number | null;
  wallMs: number;
  /** Peak resident set size (VmHWM from /proc), when the platform has it. */
  peakRssBytes?: number;
  /** User + system CPU time of the process (from /proc, sampled until it exits; clock-tick resolution), when the platform has it. */
  cpuMs?: number;
  stdout: string;
  stderr: string;
}

/** utime + stime of a live process, in ms (USER_HZ is 100 on Linux). */
function cpuTime(pid: number): number | undefined {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
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
    let cpu: number | undefined;
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    const sampler = setInterval(() => {
      const sample = child.pid === undefined ? undefined : peakRss(child.pid);
      if (sample !== undefined) peak = Math.max(peak ?? 0, sample);
      const used = child.pid === undefined ? undefined : cpuTime(child.pid);
      if (used !== undefined) cpu = Math.max(cpu ?? 0, used);
    }, 25);
    child.on('error', (error) => {
      clearInterval(sampler);
      reject(error);
    });
    child.on('exit', () => {
      const sample = child.pid === undefined ? undefined : peakRss(child.pid);
      if (sample !== undefined) peak = Math.max(peak ?? 0, sample);
      const used = child.pid === undefined ? undefined : cpuTime(child.pid);
      if (used !== undefined) cpu = Math.max(cpu ?? 0, used);
    });
    child.on('close', (code) => {
      clearInterval(sampler);
      resolve({ code, wallMs: Number(process.hrtime.bigint() - started) / 1e6, peakRssBytes: peak, cpuMs: cpu, stdout, stderr });
    });
    child.stdin.on('error', () => {});
    child.stdin.end(options.input ?? '');
  });
}
