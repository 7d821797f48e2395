import type { Context, PlanStep } from '../context/context-schema.js';
import { sumUsage, usageSince } from '../context/usage-arithmetic.js';
import { ownEntry } from '../own-entry.js';

const LIST_KEYS = [
  'table_schemas',
  'matched_values',
  'metrics',
  'date_ranges',
  'doc_passages',
  'sql_attempts',
  'reflections',
  'comparisons',
  'validations',
  'notes',
] as const satisfies ReadonlyArray<keyof Context>;

/**
 * Merges what each branch of a parallel group added to the base context: list items appended
 * after the base's items, usage summed, steps a branch inserted kept in branch order.
 */
export function mergeContexts(base: Context, branches: Context[]): Context {
  let merged: Context = { ...base };
  for (const branch of branches) {
    for (const key of LIST_KEYS) {
      const baseList = base[key] as unknown[];
      const branchList = branch[key] as unknown[];
      const added = branchList.slice(baseList.length);
      if (added.length > 0) (merged as Record<string, unknown>)[key] = [...(merged[key] as unknown[]), ...added];
    }
    merged.usage = sumUsage(merged.usage, usageSince(branch.usage, base.usage));
    const usageByNode = { ...merged.usage_by_node };
    for (const [node, usage] of Object.entries(branch.usage_by_node)) {
      const before = ownEntry(base.usage_by_node, node);
      const delta = before ? usageSince(usage, before) : usage;
      const sofar = ownEntry(usageByNode, node);
      usageByNode[node] = sofar ? sumUsage(sofar, delta) : delta;
    }
    merged.usage_by_node = usageByNode;
    merged.relink_count = Math.max(merged.relink_count, branch.relink_count);
    merged.iteration = Math.max(merged.iteration, branch.iteration);
    if (branch.output) merged.output = branch.output;
  }
  merged = { ...merged, plan: mergePlans(base, branches) };
  return merged;
}

function mergePlans(base: Context, branches: Context[]): Context['plan'] {
  const baseIds = new Set(base.plan.pending.map((step) => step.id));
  const inserted: PlanStep[] = [];
  let nextId = base.plan.next_step_id;
  for (const branch of branches) {
    // Each branch ran with its own step as pending[0]; what follows it and is new was inserted by the branch.
    for (const step of branch.plan.pending.slice(1)) {
      if (!baseIds.has(step.id)) inserted.push(renumber(step, () => nextId++));
    }
  }
  const [current, ...rest] = base.plan.pending;
  const pending = current ? [current, ...inserted, ...rest] : [...inserted, ...rest];
  return { ...base.plan, pending, next_step_id: nextId };
}

function renumber(step: PlanStep, nextId: () => number): PlanStep {
  if (step.kind === 'node') return { ...step, id: `${nextId()}:${step.node}` };
  return { ...step, steps: step.steps.map((s) => ({ ...s, id: `${nextId()}:${s.node}` })), id: `${nextId()}:parallel` };
}
