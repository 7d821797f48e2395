import type { NodeDefinition } from './node-definition.js';

/** Nodes that workflow.yml may name. Built-ins are registered at start-up; users add their own. */
export class NodeRegistry {
  private readonly nodes = new Map<string, NodeDefinition>();

  register(definition: NodeDefinition): this {
    if (!/^[a-z][a-z0-9_]*$/.test(definition.name)) {
      throw new Error(`node name "${definition.name}" must be snake_case (a-z, 0-9, _)`);
    }
    this.nodes.set(definition.name, definition);
    return this;
  }

  get(name: string): NodeDefinition | undefined {
    return this.nodes.get(name);
  }

  has(name: string): boolean {
    return this.nodes.has(name);
  }

  names(): string[] {
    return [...this.nodes.keys()].sort();
  }
}
