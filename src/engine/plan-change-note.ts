import { isDeepStrictEqual } from 'node:util';
import type { PlanStep } from '../context/context-schema.js';
import { ownEntry } from '../own-entry.js';
import { createSteps, stepLabel } from './plan-steps.js';
import type { WorkflowTemplates } from './workflow-templates.js';

/** A step as workflow.yml gives it: node, options and grouping, without the ids and iteration a run adds. */
function shape(step: PlanStep): unknown {
  return step.kind === 'node' ? { node: step.node, options: step.options } : { parallel: step.steps.map(shape) };
}

/**
 * A resumed run goes on with the steps it saved, never with workflow.yml as it reads now (finished nodes never run
 * twice, and a plan's later steps may rest on the earlier ones). When the plan it started from has since changed or
 * gone, this says so, naming the steps still to run, so an edit to workflow.yml is not taken for applied. Undefined
 * when the plan reads as it did.
 */
export function planChangeNote(workflows: WorkflowTemplates, plan: string, started: readonly PlanStep[], pending: readonly PlanStep[]): string | undefined {
  const template = ownEntry(workflows, plan);
  const next = pending.map(stepLabel).join(', ') || 'none';
  const goesOn = `the run goes on with the steps it saved (next: ${next}); to use the plan as it reads now, ask the question again with sluice run`;
  if (!template) return `plan "${plan}" is no longer in the workflow files loaded here; ${goesOn}`;
  const now = createSteps(template, { next_step_id: 0 });
  if (isDeepStrictEqual(now.map(shape), started.map(shape))) return undefined;
  return `plan "${plan}" has changed in workflow.yml since the run started; ${goesOn}`;
}
