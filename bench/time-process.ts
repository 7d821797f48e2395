import { spawn } from 'node:child_process';

export interface ProcessTimes {
  code: number | null;
  wallMs: number;
  /** User + system CPU of the process and its children, from the kernel's accounting (millisecond resolution). */
  cpuMs: number;
}

/** Wall and CPU time of one whole process, as bash's `time` reports them; its own output is discarded. */
export function timeProcess(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<ProcessTimes> {
  return new Promise((resolve, reject) => {
    const script = 'TIMEFORMAT="%3R %3U %3S"; { time "$@" >/dev/null 2>&1 </dev/null; } 2>&1';
    const child = spawn('bash', ['-c', script, 'bash', command, ...args], { env: options.env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (out += text));
    child.on('error', reject);
    child.on('close', (code) => {
      const times = /(\d+\.\d+) (\d+\.\d+) (\d+\.\d+)\s*$/.exec(out);
      if (!times) return reject(new Error(`no timing from bash for ${command} ${args.join(' ')}: ${out.slice(-500)}`));
      resolve({ code, wallMs: Number(times[1]) * 1000, cpuMs: (Number(times[2]) + Number(times[3])) * 1000 });
    });
  });
}
