import type { StepSpec } from './plan-steps.js';

/** Plans by name, as read from workflow.yml files (built-in first, the user's on top). */
export type WorkflowTemplates = Record<string, StepSpec[]>;
