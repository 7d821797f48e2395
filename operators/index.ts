import type { StepOptions } from '../src/context/context-schema.js';
import type { ContextOperatorFactory } from '../src/engine/context-operator.js';
import type { NodeDefinition } from '../src/engine/node-definition.js';
import { markBuiltInNodes } from '../src/engine/built-in-nodes.js';
import { nodeOperator } from '../src/engine/node-operator.js';
import { NodeRegistry } from '../src/engine/node-registry.js';
import type { Runtime } from '../src/engine/runtime.js';
import { compareNode } from './compare.js';
import { dateParserNode } from './date-parser.js';
import { docSearchNode } from './doc-search.js';
import { executeSqlNode } from './execute-sql.js';
import { fixNode } from './fix.js';
import { generateSqlNode } from './generate-sql.js';
import { outputNode } from './output.js';
import { reflectNode } from './reflect.js';
import { schemaLinkingNode } from './schema-linking.js';
import { searchMetricsNode } from './search-metrics.js';
import { validationNode } from './validation.js';

export const BUILTIN_NODES: readonly NodeDefinition[] = [
  schemaLinkingNode,
  generateSqlNode,
  executeSqlNode,
  reflectNode,
  outputNode,
  searchMetricsNode,
  dateParserNode,
  compareNode,
  docSearchNode,
  fixNode,
  validationNode,
];
markBuiltInNodes(BUILTIN_NODES);

/** The eleven built-in nodes, plus any custom ones, by name. */
export function createNodeRegistry(custom: readonly NodeDefinition[] = []): NodeRegistry {
  const registry = new NodeRegistry();
  for (const node of [...BUILTIN_NODES, ...custom]) registry.register(node);
  return registry;
}

const operatorOf =
  (definition: NodeDefinition): ContextOperatorFactory =>
  (runtime: Runtime, options?: StepOptions) =>
    nodeOperator(definition, runtime, options);

/** Each node as an RxJS operator for composing in code: `pipe(schemaLinking(rt), generateSql(rt), ...)`. */
export const schemaLinking: ContextOperatorFactory = operatorOf(schemaLinkingNode);
export const generateSql: ContextOperatorFactory = operatorOf(generateSqlNode);
export const executeSql: ContextOperatorFactory = operatorOf(executeSqlNode);
export const reflect: ContextOperatorFactory = operatorOf(reflectNode);
export const output: ContextOperatorFactory = operatorOf(outputNode);
export const searchMetrics: ContextOperatorFactory = operatorOf(searchMetricsNode);
export const dateParser: ContextOperatorFactory = operatorOf(dateParserNode);
export const compare: ContextOperatorFactory = operatorOf(compareNode);
export const docSearch: ContextOperatorFactory = operatorOf(docSearchNode);
export const fix: ContextOperatorFactory = operatorOf(fixNode);
export const validation: ContextOperatorFactory = operatorOf(validationNode);

export {
  compareNode,
  dateParserNode,
  docSearchNode,
  executeSqlNode,
  fixNode,
  generateSqlNode,
  outputNode,
  reflectNode,
  schemaLinkingNode,
  searchMetricsNode,
  validationNode,
};
