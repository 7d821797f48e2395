import { RunStore } from '../persistence/run-store.js';
import { createInitialContext } from './create-initial-context.js';
import { launchRun } from './launch-run.js';
import type { RunHandle, RunRequest } from './run-handle.js';
import type { Sluice } from './sluice.js';

/** Starts a new run of a plan; with a save dir, its state is saved from the start and after every node. */
export function startRun(sluice: Sluice, request: RunRequest): RunHandle {
  const context = createInitialContext(sluice, request);
  const store = request.saveDir ? RunStore.create(request.saveDir, context.run_id, { deferFolder: true }) : undefined;
  // A fresh folder (made just now, or by the writer's first write) needs no lock file: its states name their owner.
  if (store && !store.fresh) store.acquireLock();
  return launchRun(sluice, context, { store, nodesRun: [], resumed: false, onTrace: request.onTrace });
}
