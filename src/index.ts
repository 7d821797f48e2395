/** sluice's public API: open a runtime, run plans, or compose node operators yourself. */
export { openSluice, type OpenSluiceOptions } from './open-sluice.js';
export { startRun } from './engine/start-run.js';
export { resumeRun } from './engine/resume-run.js';
export type { Sluice } from './engine/sluice.js';
export { createInitialContext } from './engine/create-initial-context.js';
export type { RunHandle, RunRequest, RunResult, ResumeRequest } from './engine/run-handle.js';
export type { EngineEvent } from './engine/engine-events.js';
export { defineNode, type NodeDefinition, type NodeCall, type NodeOutcome } from './engine/node-definition.js';
export { nodeOperator } from './engine/node-operator.js';
export { insertSteps, type StepSpec } from './engine/plan-steps.js';
export { NodeRegistry } from './engine/node-registry.js';
export type { Runtime } from './engine/runtime.js';
export { ContextSchema, type Context, type SqlAttempt, type TableSchema } from './context/context-schema.js';
export type { Connector, QueryResult } from './connectors/connector.js';
export type { SqlModel } from './models/sql-model.js';
export { registerModelProvider } from './models/model-providers.js';
export { runSummary } from './output/run-summary.js';
export * from '../operators/index.js';
