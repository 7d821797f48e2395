import type { z } from 'zod';
import type { Context, NodeStep, StepOptions } from '../context/context-schema.js';
import type { SqlModel } from '../models/sql-model.js';
import type { Runtime } from './runtime.js';

/** Everything a node may use while it runs. Nodes know nothing of the UI, the CLI or the save dir. */
export interface NodeCall {
  runtime: Runtime;
  step: NodeStep;
  options: StepOptions;
  /** Aborted when the run is cancelled or the node times out: pass it to every slow call. */
  signal: AbortSignal;
  progress(message: string, data?: Record<string, unknown>): void;
  /** The model this node should use: the step's option, else the node's config, else the default. */
  model(): SqlModel;
  /** With --debug: a record for the run's trace file (no-op otherwise). */
  trace(record: Record<string, unknown>): void;
  /** The run's folder in the save dir, when persistence is on (the output node writes result files there). */
  runDir?: string;
}

export interface NodeOutcome {
  context: Context;
  /** One line for humans: "4 tables linked", "12 rows", "reflect: fix, column not found". */
  summary: string;
}

export interface NodeDefinition {
  name: string;
  description: string;
  defaults?: { timeout_ms?: number; retries?: number };
  /** What `parameters:` in workflow.yml may hold; checked when the workflow loads. Without it, anything goes. */
  parameters?: z.ZodType;
  run(context: Context, call: NodeCall): Promise<NodeOutcome>;
}

export function defineNode(definition: NodeDefinition): NodeDefinition {
  return definition;
}
