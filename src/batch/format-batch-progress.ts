import type { BatchSnapshot } from './batch-tracker.js';

export function batchRate(snapshot: BatchSnapshot, now: number): number {
  const seconds = ((snapshot.finishedAt ?? now) - snapshot.startedAt) / 1_000;
  return seconds > 0 ? snapshot.done / seconds : 0;
}

/** The number of questions, once known: counted ahead in a file, or read to the end of a pipe. */
export function batchTotal(snapshot: BatchSnapshot): number | undefined {
  if (snapshot.inputDone) return snapshot.read;
  return snapshot.expected === undefined ? undefined : Math.max(snapshot.expected, snapshot.read);
}

/** Seconds left, once the total and a rate are known. */
export function batchEta(snapshot: BatchSnapshot, now: number): number | undefined {
  const rate = batchRate(snapshot, now);
  const total = batchTotal(snapshot);
  if (total === undefined || rate <= 0) return undefined;
  return Math.max(0, total - snapshot.done) / rate;
}

const secs = (s: number) => (s < 60 ? `${s.toFixed(1)}s` : `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s`);

/** The plain progress line for a stderr that is not a terminal. */
export function formatBatchProgress(snapshot: BatchSnapshot, now: number): string {
  const known = batchTotal(snapshot);
  const total = known === undefined ? `${snapshot.read}+` : String(known);
  const eta = batchEta(snapshot, now);
  const parts = [
    `${snapshot.done}/${total} done`,
    `${snapshot.answered} answered, ${snapshot.notAnswered} not${notAnsweredKinds(snapshot)}`,
    `${batchRate(snapshot, now).toFixed(1)}/s`,
    `elapsed ${secs(((snapshot.finishedAt ?? now) - snapshot.startedAt) / 1_000)}`,
  ];
  if (snapshot.notStarted) parts.splice(2, 0, `${snapshot.notStarted} not started`);
  if (eta !== undefined && !snapshot.finishedAt) parts.push(`eta ${secs(eta)}`);
  return `sluice batch: ${parts.join(' · ')}`;
}

/** " (1 unanswerable from the data, 2 cancelled in flight)" when some lines were. */
function notAnsweredKinds(snapshot: BatchSnapshot): string {
  const parts = [
    snapshot.unanswerable ? `${snapshot.unanswerable} unanswerable from the data` : '',
    snapshot.cancelled ? `${snapshot.cancelled} cancelled in flight` : '',
  ].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}
