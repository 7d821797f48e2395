import { runtimeSettings } from '../src/engine/runtime-settings.js';
import { ConfigSchema } from '../src/config/config-schema.js';
import type { Context } from '../src/context/context-schema.js';
import { defineNode, type NodeDefinition } from '../src/engine/node-definition.js';
import { NodeRegistry } from '../src/engine/node-registry.js';
import type { Runtime } from '../src/engine/runtime.js';
import type { Sluice } from '../src/engine/sluice.js';
import { createInitialContext } from '../src/engine/create-initial-context.js';
import type { RunRequest } from '../src/engine/run-handle.js';

export const NOOP_NODES = 10;
export const NOOP_PLAN = 'noop';
/** A longer plan, where states queued faster than the disk can collapse into fewer writes. */
export const LONG_NOOP_NODES = 50;
export const LONG_NOOP_PLAN = 'noop-50';

const nodeNames = (count: number) => Array.from({ length: count }, (_, i) => `noop_${i}`);
export const noopNodeNames = nodeNames(NOOP_NODES);

/** Nodes that hand the context back untouched: what remains is the engine's own cost. */
function noopNodes(): NodeDefinition[] {
  return nodeNames(LONG_NOOP_NODES).map((name) =>
    defineNode({ name, description: 'does nothing', run: async (context: Context) => ({ context, summary: 'no-op' }) }),
  );
}

/** A runtime with no database and no model: the no-op nodes never ask for either. */
function bareRuntime(): Runtime {
  const memos = new Map<string, Promise<unknown>>();
  return {
    config: ConfigSchema.parse({}),
    settings: runtimeSettings(ConfigSchema.parse({}).defaults, { defaultModel: 'none', cacheDir: '/nonexistent', noCache: true }),
    unsetVariables: {},
    namespace: (name) => ({ name, type: 'duckdb', database: ':memory:', config: { type: 'duckdb', path: ':memory:' } }),
    connector: () => Promise.reject(new Error('the no-op workflow has no database')),
    model: () => {
      throw new Error('the no-op workflow has no model');
    },
    modelNameFor: () => 'none',
    memo: <T>(key: string, create: () => Promise<T>) => {
      if (!memos.has(key)) memos.set(key, create());
      return memos.get(key) as Promise<T>;
    },
    close: async () => {},
  };
}

/** Ten no-op nodes in a row as the plan `noop`, fifty as `noop-50`. */
export function noopSluice(): Sluice {
  const registry = new NodeRegistry();
  for (const node of noopNodes()) registry.register(node);
  return { runtime: bareRuntime(), registry, workflows: { [NOOP_PLAN]: noopNodeNames, [LONG_NOOP_PLAN]: nodeNames(LONG_NOOP_NODES) } };
}

export function noopRequest(runId: string, saveDir?: string, plan = NOOP_PLAN): RunRequest {
  return { task: 'benchmark the engine', namespace: 'bench', plan, currentDate: '2025-01-01', maxIterations: 0, format: 'json', runId, saveDir };
}

/** The state every contender carries through its ten nodes: sluice's initial context. */
export function noopState(sluice: Sluice): Context {
  return createInitialContext(sluice, noopRequest('state'));
}
