import fs from 'node:fs';
import { PlanStepSchema, type PlanStep } from '../context/context-schema.js';
import { UsageError } from '../errors.js';
import { RunStore, listRuns } from '../persistence/run-store.js';
import { launchRun } from './launch-run.js';
import { planChangeNote } from './plan-change-note.js';
import { stepNodeNames } from './plan-steps.js';
import type { ResumeRequest, RunHandle } from './run-handle.js';
import type { Sluice } from './sluice.js';

/** Continues a saved run from its first unfinished node (default: the latest unfinished run in the save dir). */
export function resumeRun(sluice: Sluice, request: ResumeRequest): RunHandle {
  const runs = readSaveDir(request.saveDir);
  let runId = request.runId;
  if (!runId) {
    const unfinished = runs.find((run) => run.state?.context.status === 'running');
    if (!unfinished) {
      const unreadable = runs.find((run) => run.error !== undefined);
      if (unreadable) {
        throw new UsageError(`no unfinished run in ${request.saveDir} that can be read; run ${unreadable.runId} cannot: ${unreadable.error}`);
      }
      throw new UsageError(
        runs.length === 0 ? `no runs in ${request.saveDir}` : `no unfinished run in ${request.saveDir}; name one with --run ID`,
      );
    }
    runId = unfinished.runId;
  } else if (!/^[\w.-]+$/.test(runId) || !runs.some((run) => run.runId === runId)) {
    throw new UsageError(`no run "${runId}" in ${request.saveDir}`);
  }
  const store = new RunStore(request.saveDir, runId);
  const state = store.loadState();
  if (state.context.status !== 'running') {
    throw new UsageError(`run ${runId} already finished (${state.context.status}); nothing to resume`);
  }
  const start = readRunStart(store);
  const missing = state.context.plan.pending.flatMap(stepNodeNames).find((name) => !sluice.registry.has(name));
  if (missing !== undefined) throw new UsageError(missingNodeText(runId, missing, start.plugins));
  store.acquireLock();
  let context = state.context;
  if (request.format) context = { ...context, task: { ...context.task, format: request.format } };
  try {
    sluice.runtime.namespace(context.task.namespace);
  } catch (error) {
    store.releaseLock();
    throw error;
  }
  const changed = start.pending && planChangeNote(sluice.workflows, context.task.plan, start.pending, context.plan.pending);
  if (changed) request.onNote?.(`run ${runId}: ${changed}`);
  return launchRun(sluice, context, { store, nodesRun: [...state.nodes_run], resumed: true, onTrace: request.onTrace });
}

/** The runs in a save dir; a save dir that is a file or cannot be read is the user's to fix (exit 2), not a crash. */
function readSaveDir(saveDir: string): ReturnType<typeof listRuns> {
  try {
    return listRuns(saveDir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOTDIR' ? 'it is a file, not a folder' : `it cannot be read (${code ?? (error as Error).message})`;
    throw new UsageError(`no runs in ${saveDir}: ${why}; name the folder the run was saved in with --save_dir`);
  }
}

/** What the run's first event says: the plugins its first process loaded and the plan's steps as it started. */
function readRunStart(store: RunStore): { plugins: string[]; pending?: PlanStep[] } {
  try {
    const head = Buffer.alloc(256 * 1024);
    const fd = fs.openSync(store.eventsPath, 'r');
    const read = fs.readSync(fd, head, 0, head.length, 0);
    fs.closeSync(fd);
    const first = JSON.parse(head.subarray(0, read).toString('utf8').split('\n', 1)[0]!) as { type?: string; plugins?: unknown; pending?: unknown };
    if (first.type !== 'run_start') return { plugins: [] };
    const plugins = Array.isArray(first.plugins) ? first.plugins.filter((plugin): plugin is string => typeof plugin === 'string') : [];
    const pending = PlanStepSchema.array().safeParse(first.pending);
    return { plugins, pending: pending.success ? pending.data : undefined };
  } catch {
    // No readable log: the messages that use it still say what they know.
    return { plugins: [] };
  }
}

/** A node the run still has to run that nothing loaded here defines: name the plugins its first process loaded. */
function missingNodeText(runId: string, node: string, plugins: string[]): string {
  const loaded = plugins.length > 0 ? `; the run was started with plugins ${plugins.join(', ')}` : '';
  return `run ${runId} still has to run node "${node}", which is not built in and no plugin loaded here defines${loaded}. Resume it with the --config (and --workflow) it was started with`;
}
