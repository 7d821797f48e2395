import { RunStore } from '../persistence/run-store.js';
import { createInitialContext } from './create-initial-context.js';
import { launchRun } from './launch-run.js';
import type { RunHandle, RunRequest } from './run-handle.js';
import type { Sluice } from './sluice.js';

/** Starts a new run of a plan; with a save dir, its state is saved from the start and after every node. */
export function startRun(sluice: Sluice, request: RunRequest): RunHandle {
  const context = createInitialContext(sluice, request);
  const store = request.saveDir ? RunStore.create(request.saveDir, context.run_id) : undefined;
  // A folder made just now is locked by the run's writer, off the event loop, before its first state is saved.
  if (store && !store.fresh) store.acquireLock();
  return launchRun(sluice, context, { store, nodesRun: [], resumed: false, onTrace: request.onTrace });
}
