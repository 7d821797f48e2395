import { setFlagsFromString } from 'node:v8';

/**
 * How much bytecode a function runs before V8 considers optimising it: ~4.4× V8's default (67,584). In a batch of
 * offline questions, hundreds of lukewarm functions cross the default one after another (still ~1 optimising compile
 * per question after 500 questions, each a few ms of CPU on V8's threads) and their code never repays its compiling
 * within the batch. With this budget the optimising compiler's threads cost ~2.3 instead of ~5.6 ms per question
 * at 1,000 questions and the main thread is no slower; 1,000,000 left the main thread ~2–3 ms per question slower,
 * `--no-opt` more (docs/benchmarks.md, perf15). Hot loops, a catalog's over thousands of tables, are still optimised.
 */
export const BATCH_INTERRUPT_BUDGET = 300_000;

/**
 * Asks V8 to optimise later, for the rest of this process (worker threads included: V8's flags are process-wide).
 * A batch sets it before its work starts; other commands keep V8's default. Node calls flags changed after start-up
 * unsupported in general; this one is read afresh whenever a function's budget is reset (`--trace-opt` shows it
 * honoured, tests/batch-tier-up-later.test.ts). SLUICE_V8_TIERING=default leaves V8 as it is.
 */
export function tierUpLater(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.SLUICE_V8_TIERING === 'default') return false;
  setFlagsFromString(`--interrupt-budget=${BATCH_INTERRUPT_BUDGET}`);
  return true;
}
