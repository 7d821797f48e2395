import { UsageError } from '../errors.js';
import { RunStore, listRuns } from '../persistence/run-store.js';
import { launchRun } from './launch-run.js';
import type { ResumeRequest, RunHandle } from './run-handle.js';
import type { Sluice } from './sluice.js';

/** Continues a saved run from its first unfinished node (default: the latest unfinished run in the save dir). */
export function resumeRun(sluice: Sluice, request: ResumeRequest): RunHandle {
  const runs = listRuns(request.saveDir);
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
  store.acquireLock();
  let context = state.context;
  if (request.format) context = { ...context, task: { ...context.task, format: request.format } };
  try {
    sluice.runtime.namespace(context.task.namespace);
  } catch (error) {
    store.releaseLock();
    throw error;
  }
  return launchRun(sluice, context, { store, nodesRun: [...state.nodes_run], resumed: true, onTrace: request.onTrace });
}
