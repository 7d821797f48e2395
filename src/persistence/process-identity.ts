import fs from 'node:fs';

/** What a lock file records about its holder: the pid, and when that process started, so a reused pid is not it. */
export interface ProcessIdentity {
  pid: number;
  /** Field 22 of /proc/<pid>/stat (clock ticks after boot); absent where /proc is not available. */
  start?: string;
}

interface ProcStat {
  state: string;
  start: string;
}

/** /proc/<pid>/stat, or undefined when the process does not exist or /proc is not there. */
function procStat(pid: number): ProcStat | undefined {
  let text: string;
  try {
    text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) is in parentheses and may hold spaces and parentheses itself.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const state = fields[0];
  const start = fields[19];
  return state && start ? { state, start } : undefined;
}

let own: ProcessIdentity | undefined;

/** This process's identity; its start time never changes, so /proc is read once. */
export function currentProcessIdentity(): ProcessIdentity {
  if (own?.pid === process.pid) return own;
  const start = procStat(process.pid)?.start;
  own = start ? { pid: process.pid, start } : { pid: process.pid };
  return own;
}

/** Reads a lock's text: JSON written by this version, or a bare pid from older ones; anything else is stale. */
export function parseProcessIdentity(text: string): ProcessIdentity | undefined {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return validPid(Number(trimmed)) ? { pid: Number(trimmed) } : undefined;
  try {
    const value = JSON.parse(trimmed) as { pid?: unknown; start?: unknown };
    if (typeof value.pid !== 'number' || !validPid(value.pid)) return undefined;
    return typeof value.start === 'string' ? { pid: value.pid, start: value.start } : { pid: value.pid };
  } catch {
    return undefined;
  }
}

/** True when the recorded process still runs: not gone, not a zombie, and not a newer process that got its pid. */
export function isRunning(holder: ProcessIdentity): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const stat = procStat(holder.pid);
  if (!stat) return true;
  if (stat.state === 'Z' || stat.state === 'X') return false;
  return holder.start === undefined || holder.start === stat.start;
}

function validPid(pid: number): boolean {
  return Number.isSafeInteger(pid) && pid > 0;
}
