import { z } from 'zod';
import { ContextSchema, PlanStepSchema, TaskSchema, type Context } from '../context/context-schema.js';
import { parseCurrentDate } from '../dates/current-date-schema.js';
import { UsageError } from '../errors.js';
import { newRunId } from '../persistence/run-store.js';
import { copyContext } from './copy-context.js';
import { createSteps, stepNodeNames, type StepSpec } from './plan-steps.js';
import type { RunRequest } from './run-handle.js';
import type { Sluice } from './sluice.js';
import { nearestNodeHint } from './unknown-node-message.js';
import type { WorkflowTemplates } from './workflow-templates.js';
import { ownEntry } from '../own-entry.js';

export const MAX_TASK_CHARS = 10_000;

export function validateTaskText(task: string): string {
  const text = task.trim();
  if (!text) throw new UsageError('the task is empty; pass a question with --task "..."');
  if (text.length > MAX_TASK_CHARS) {
    throw new UsageError(`the task is ${text.length} characters long; the limit is ${MAX_TASK_CHARS}`);
  }
  // Binary input read as text shows up as control characters and U+FFFD; a question has words.
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/u.test(text)) {
    throw new UsageError('the task contains control characters or bytes that are not UTF-8 text; is the input a file of questions?');
  }
  if (!/\p{L}/u.test(text)) throw new UsageError('the task has no words; ask a question in plain language');
  return text;
}

export function assertPlanExists(workflows: WorkflowTemplates, plan: string): StepSpec[] {
  const template = ownEntry(workflows, plan);
  if (!template) throw new UsageError(`unknown plan "${plan}"; known plans: ${Object.keys(workflows).sort().join(', ')}`);
  return template;
}

export function createInitialContext(sluice: Sluice, request: RunRequest): Context {
  const text = validateTaskText(request.task);
  const currentDate = parseCurrentDate(request.currentDate);
  sluice.runtime.namespace(request.namespace);
  const template = assertPlanExists(sluice.workflows, request.plan);
  const counter = { next_step_id: 0 };
  const pending = createSteps(template, counter);
  for (const step of pending) {
    for (const name of stepNodeNames(step)) {
      if (!sluice.registry.has(name)) {
        const known = sluice.registry.names();
        throw new UsageError(`plan "${request.plan}" names unknown node "${name}"; known nodes: ${known.join(', ')}${nearestNodeHint(name, known)}`);
      }
    }
  }
  if (!checkedTemplates.has(template)) {
    PlanStepsSchema.parse(pending);
    checkedTemplates.add(template);
  }
  const context = blankContext();
  context.run_id = ContextSchema.shape.run_id.parse(request.runId ?? newRunId());
  context.task = TaskSchema.parse({
    text,
    namespace: request.namespace,
    plan: request.plan,
    current_date: currentDate,
    max_iterations: request.maxIterations,
    format: request.format,
  });
  context.plan = { done: [], pending, next_step_id: counter.next_step_id };
  return context;
}

const PlanStepsSchema = z.array(PlanStepSchema);
/** Plan templates whose steps passed the schema once: the steps of later runs differ only in ids. */
const checkedTemplates = new WeakSet<StepSpec[]>();
let defaults: Context | undefined;

/**
 * A context holding every field's default, as parsing a bare one would give, without parsing the whole context
 * per run: the defaults are parsed once and each run gets its own copies of the lists and records.
 */
function blankContext(): Context {
  defaults ??= ContextSchema.parse({
    run_id: 'defaults',
    task: { text: 'defaults', namespace: 'defaults', plan: 'defaults', current_date: '2000-01-01', max_iterations: 0 },
    plan: {},
  });
  const context = copyContext(defaults);
  for (const key of Object.keys(context) as Array<keyof Context>) {
    const value = context[key];
    if (Array.isArray(value)) (context as Record<string, unknown>)[key] = [];
    else if (typeof value === 'object' && value !== null) (context as Record<string, unknown>)[key] = { ...value };
  }
  return context;
}
