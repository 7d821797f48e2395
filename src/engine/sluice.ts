import type { NodeRegistry } from './node-registry.js';
import type { Runtime } from './runtime.js';
import type { WorkflowTemplates } from './workflow-templates.js';

/** What a run needs: shared services, the nodes it may name, and the plans by name. */
export interface Sluice {
  runtime: Runtime;
  registry: NodeRegistry;
  workflows: WorkflowTemplates;
  /** Plugin files loaded from sluice.yml, as absolute paths. */
  plugins?: string[];
}
