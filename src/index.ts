/** sluice's public API: open a runtime, run plans, or compose node operators yourself. */
export { openSluice, type OpenSluiceOptions } from './open-sluice.js';
export { startRun } from './engine/start-run.js';
export { resumeRun } from './engine/resume-run.js';
export type { Sluice } from './engine/sluice.js';
export { createInitialContext } from './engine/create-initial-context.js';
export type { RunHandle, RunRequest, RunResult, ResumeRequest, RunOutcomeStatus } from './engine/run-handle.js';
export type {
  EngineEvent,
  NodeEndEvent,
  NodeErrorEvent,
  NodeProgressEvent,
  NodeRetryEvent,
  NodeStartEvent,
  PlanChangedEvent,
  ResourceSample,
  ResourceSampleEvent,
  RunEndEvent,
  RunStartEvent,
} from './engine/engine-events.js';
export { defineNode, type NodeDefinition, type NodeCall, type NodeOutcome } from './engine/node-definition.js';
export { nodeOperator } from './engine/node-operator.js';
export type { ContextOperator, ContextOperatorFactory } from './engine/context-operator.js';
export { insertSteps, type InsertOptions, type StepSpec } from './engine/plan-steps.js';
export type { WorkflowTemplates } from './engine/workflow-templates.js';
export { NodeRegistry } from './engine/node-registry.js';
export type { ResolvedNamespace, Runtime, RuntimeSettings } from './engine/runtime.js';
export {
  ContextSchema,
  type Context,
  type SqlAttempt,
  type StepOptions,
  type TableSchema,
} from './context/context-schema.js';
export type { AccessReport, CatalogColumn, CatalogTable, Connector, QueryOptions, QueryResult } from './connectors/connector.js';
export type { ComparisonJudgement, GeneratedSql, ModelCallOptions, ReflectionDecision, SqlModel } from './models/sql-model.js';
export { registerModelProvider, type ModelProviderContext, type ModelProviderFactory } from './models/model-providers.js';
export { runSummary } from './output/run-summary.js';
export * from '../operators/index.js';
