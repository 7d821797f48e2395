import type { EventLoopUtilization } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { Admission } from '../src/batch/admission.js';
import { LoopMeter } from '../src/batch/loop-meter.js';

/** A thread whose event loop reads as busy as `busy.share` says (0–1), read through the same meter the batch uses. */
function thread(busy: { share: number }): LoopMeter {
  let active = 0;
  let idle = 0;
  return new LoopMeter((since?: EventLoopUtilization) => {
    active += busy.share * 100;
    idle += (1 - busy.share) * 100;
    if (!since) return { active, idle, utilization: active / (active + idle) };
    const a = active - since.active;
    const i = idle - since.idle;
    return { active: a, idle: i, utilization: a / (a + i) };
  });
}

/** Enters n questions; returns how many got in at once and the promises of all of them. */
function enterMany(admission: Admission, n: number): { entered: () => number; all: Promise<void>[] } {
  let count = 0;
  const all = Array.from({ length: n }, () => admission.enter().then(() => void count++));
  return { entered: () => count, all };
}

describe('admission of questions on a batch thread', () => {
  it('lets every question in at once while the thread has time for them', async () => {
    const admission = new Admission(thread({ share: 0.2 }));
    await sleep(120);
    const { entered, all } = enterMany(admission, 20);
    await Promise.all(all);
    expect(entered()).toBe(20);
    expect(admission.held).toBe(20);
  });

  it('holds questions back while the thread is saturated, but never fewer than two at once', async () => {
    const busy = { share: 1 };
    const admission = new Admission(thread(busy));
    await sleep(120);
    const { entered, all } = enterMany(admission, 10);
    await sleep(80);
    expect(entered()).toBe(2);
    // A finished question's place is not refilled while saturated, except to keep two running.
    admission.leave();
    await sleep(30);
    expect(entered()).toBe(3);
    expect(admission.held).toBe(2);
    // The loop frees up: the waiting questions come in, one at a time, without anyone leaving.
    busy.share = 0.1;
    await sleep(150);
    await Promise.all(all);
    expect(entered()).toBe(10);
    expect(admission.held).toBe(9);
  });

  it('lets every waiting question through at once when the batch is cancelled', async () => {
    const admission = new Admission(thread({ share: 1 }));
    await sleep(120);
    const { entered, all } = enterMany(admission, 6);
    await sleep(20);
    expect(entered()).toBe(2);
    admission.openAll();
    await Promise.all(all);
    expect(entered()).toBe(6);
  });
});
