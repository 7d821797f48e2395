import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { StepOptionsSchema } from '../context/context-schema.js';
import type { StepSpec } from '../engine/plan-steps.js';
import type { WorkflowTemplates } from '../engine/workflow-templates.js';
import { unknownNodeMessage } from '../engine/unknown-node-message.js';
import { UsageError } from '../errors.js';
import { packageRoot } from '../package-root.js';
import { describeZodError } from './describe-zod-issue.js';
import { formatPath, locate, parseYamlFile, readYamlFile } from './yaml-document.js';

const NodeNameSchema = z.string().regex(/^[a-z][a-z0-9_]*$/, 'a node name is snake_case (a-z, 0-9, _)');

/** `- generate_sql` or `- generate_sql: {timeout_ms: 5000, retries: 1}` */
const NodeEntrySchema = z.union([
  NodeNameSchema,
  z
    .record(NodeNameSchema, StepOptionsSchema.nullable())
    .refine((value) => Object.keys(value).length === 1, 'a step with options has exactly one key: the node name'),
]);

const StepEntrySchema = z.union([
  NodeEntrySchema,
  z.object({ parallel: z.array(NodeEntrySchema).min(2, 'a parallel group needs at least two nodes') }).strict(),
]);

export const WorkflowFileSchema = z
  .object({
    workflow: z.record(
      z.string().regex(/^[A-Za-z][\w-]*$/, 'a plan name is letters, digits, _ and -'),
      z.array(StepEntrySchema, { error: 'a plan is a list of steps' }).min(1, 'a plan needs at least one step'),
      { error: (issue) => `${issue.input === undefined ? 'missing' : 'not a mapping'}: a workflow file holds workflow: with plans by name, each a list of steps (see README, "Workflows")` },
    ),
  })
  .strict();
export type WorkflowFile = z.infer<typeof WorkflowFileSchema>;
type NodeEntry = z.infer<typeof NodeEntrySchema>;
type StepEntry = z.infer<typeof StepEntrySchema>;

function isParallel(entry: StepEntry): entry is { parallel: NodeEntry[] } {
  return typeof entry === 'object' && Array.isArray((entry as { parallel?: unknown }).parallel);
}

function toNodeSpec(entry: NodeEntry): string | { node: string; options: z.infer<typeof StepOptionsSchema> } {
  if (typeof entry === 'string') return entry;
  const [node, options] = Object.entries(entry)[0]!;
  return { node, options: options ?? {} };
}

/** A node's declared parameters schema (NodeDefinition.parameters), if it has one. */
export type ParametersOf = (node: string) => z.ZodType | undefined;

/** Whether a model name is configured; unset, a step's `model:` is not checked when the file loads. */
export type KnownModels = (name: string) => string | undefined;

/**
 * Reads one workflow.yml; refuses bad YAML, bad shapes, unknown nodes, bad node parameters and (with unknownModel, which
 * returns the message for a model that is not configured) a step naming an unknown model, with file:line and the key.
 */
export function loadWorkflowFile(
  file: string,
  /** The registered node names, listed (with the nearest) when a step names another. */
  knownNodes: readonly string[],
  parametersOf: ParametersOf = () => undefined,
  unknownModel?: KnownModels,
  /** Plans defined before this file (the built-in ones), so a step naming one is told plans do not nest. */
  otherPlans: readonly string[] = [],
): WorkflowTemplates {
  let text: string;
  try {
    text = readYamlFile(file);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`workflow file not found: ${file}`);
  }
  const yaml = parseYamlFile(text, file, { cache: true });
  const nested = nestedParallelGroup(yaml.value);
  if (nested) throw new UsageError(`${locate(yaml, nested)}: ${formatPath(nested)}: a parallel group holds nodes, not another group (groups do not nest)`);
  const parsed = WorkflowFileSchema.safeParse(yaml.value ?? {});
  if (!parsed.success) {
    const issue = describeZodError(parsed.error);
    throw new UsageError(`${locate(yaml, issue.path)}: ${formatPath(issue.path) || 'top level'}: ${issue.message}`);
  }
  const templates: WorkflowTemplates = {};
  for (const [plan, steps] of Object.entries(parsed.data.workflow)) {
    templates[plan] = steps.map((entry, index): StepSpec => {
      const names = isParallel(entry) ? entry.parallel.map(toNodeSpec) : [toNodeSpec(entry as NodeEntry)];
      names.forEach((spec, childIndex) => {
        const name = typeof spec === 'string' ? spec : spec.node;
        if (!knownNodes.includes(name)) {
          const pathToStep = isParallel(entry) ? ['workflow', plan, index, 'parallel', childIndex] : ['workflow', plan, index];
          const isPlan = Object.hasOwn(parsed.data.workflow, name) || otherPlans.includes(name);
          const problem = isPlan
            ? `unknown node "${name}": "${name}" is a plan, and a plan's steps are nodes (plans do not nest; list its steps instead)`
            : unknownNodeMessage(name, knownNodes);
          throw new UsageError(`${locate(yaml, pathToStep)}: ${formatPath(pathToStep)}: ${problem}`);
        }
        const model = typeof spec === 'string' ? undefined : spec.options.model;
        const modelProblem = model === undefined ? undefined : unknownModel?.(model);
        if (modelProblem) {
          const stepPath = isParallel(entry) ? ['workflow', plan, index, 'parallel', childIndex] : ['workflow', plan, index];
          const keyPath = [...stepPath, name, 'model'];
          throw new UsageError(`${locate(yaml, keyPath)}: ${formatPath(keyPath)}: ${modelProblem}`);
        }
        const schema = parametersOf(name);
        if (typeof spec !== 'string' && spec.options.parameters !== undefined && schema) {
          const checked = schema.safeParse(spec.options.parameters);
          if (!checked.success) {
            const stepPath = isParallel(entry) ? ['workflow', plan, index, 'parallel', childIndex] : ['workflow', plan, index];
            const issue = describeZodError(checked.error);
            const keyPath = [...stepPath, name, 'parameters', ...issue.path];
            throw new UsageError(`${locate(yaml, keyPath)}: ${formatPath(keyPath)}: ${issue.message}`);
          }
        }
      });
      return isParallel(entry) ? { parallel: names } : names[0]!;
    });
  }
  return templates;
}

/** The path of a `parallel:` group inside another one, which the schema alone reports as a bad option of a node. */
function nestedParallelGroup(value: unknown): Array<string | number> | undefined {
  const plans = (value as { workflow?: unknown } | null)?.workflow;
  if (typeof plans !== 'object' || plans === null) return undefined;
  for (const [plan, steps] of Object.entries(plans)) {
    if (!Array.isArray(steps)) continue;
    for (const [index, step] of steps.entries()) {
      const group: unknown = (step as { parallel?: unknown } | null)?.parallel;
      if (!Array.isArray(group)) continue;
      const inner = group.findIndex((member) => typeof member === 'object' && member !== null && Object.hasOwn(member, 'parallel'));
      if (inner >= 0) return ['workflow', plan, index, 'parallel', inner];
    }
  }
  return undefined;
}

export const BUILTIN_WORKFLOW_FILE = () => path.join(packageRoot(), 'workflow.yml');

/**
 * The built-in templates, then the user's file on top (the working directory's workflow.yml,
 * or the one named with --workflow), which adds plans or replaces them by name.
 */
export function loadWorkflows(options: {
  workflowPath?: string;
  cwd: string;
  knownNodes: readonly string[];
  parametersOf?: ParametersOf;
  /** The message for a step's `model:` that is not configured, else undefined. */
  unknownModel?: KnownModels;
}): WorkflowTemplates {
  const templates = { ...loadWorkflowFile(BUILTIN_WORKFLOW_FILE(), options.knownNodes, options.parametersOf, options.unknownModel) };
  const userFile = options.workflowPath
    ? path.resolve(options.cwd, options.workflowPath)
    : [path.join(options.cwd, 'workflow.yml')].find((candidate) => fs.existsSync(candidate) && candidate !== BUILTIN_WORKFLOW_FILE());
  if (userFile) Object.assign(templates, loadWorkflowFile(userFile, options.knownNodes, options.parametersOf, options.unknownModel, Object.keys(templates)));
  return templates;
}
