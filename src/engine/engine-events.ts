import type { Context, PlanStep, Usage } from '../context/context-schema.js';

/** A sample of the process's resource use, taken by the runner while a run goes on. */
export interface ResourceSample {
  rss_bytes: number;
  heap_used_bytes: number;
  cpu_user_ms: number;
  cpu_system_ms: number;
}

interface EventBase {
  run_id: string;
  /** Milliseconds since the epoch. */
  at: number;
  /** Milliseconds since the run (or this resume of it) started. */
  elapsed_ms: number;
}

export interface RunStartEvent extends EventBase {
  type: 'run_start';
  task: Context['task'];
  pending: PlanStep[];
  done: PlanStep[];
  resumed: boolean;
  model: string;
  /** Plugin files whose nodes this run may use. */
  plugins?: string[];
}
export interface NodeStartEvent extends EventBase {
  type: 'node_start';
  step_id: string;
  node: string;
  iteration: number;
  attempt: number;
}
export interface NodeProgressEvent extends EventBase {
  type: 'node_progress';
  step_id: string;
  node: string;
  message: string;
  data?: Record<string, unknown>;
}
export interface NodeRetryEvent extends EventBase {
  type: 'node_retry';
  step_id: string;
  node: string;
  attempt: number;
  delay_ms: number;
  error: string;
}
export interface NodeEndEvent extends EventBase {
  type: 'node_end';
  step_id: string;
  node: string;
  iteration: number;
  duration_ms: number;
  /** One line for humans: "4 tables linked", "12 rows", "reflect: fix, column not found". */
  summary: string;
  usage: Usage;
  resources: ResourceSample;
}
export interface NodeErrorEvent extends EventBase {
  type: 'node_error';
  step_id: string;
  node: string;
  duration_ms: number;
  error: string;
}
export interface PlanChangedEvent extends EventBase {
  type: 'plan_changed';
  /** The step after which the change happened. */
  by_step_id: string;
  by_node: string;
  inserted: PlanStep[];
  pending: PlanStep[];
  reason: string;
}
export interface ResourceSampleEvent extends EventBase {
  type: 'resource_sample';
  resources: ResourceSample;
}
export interface RunEndEvent extends EventBase {
  type: 'run_end';
  status: 'success' | 'unsure' | 'unanswerable' | 'failed' | 'cancelled' | 'error';
  duration_ms: number;
  iterations: number;
  usage: Usage;
  resources: { peak_rss_bytes: number; cpu_user_ms: number; cpu_system_ms: number };
  error?: string;
}

export type EngineEvent =
  | RunStartEvent
  | NodeStartEvent
  | NodeProgressEvent
  | NodeRetryEvent
  | NodeEndEvent
  | NodeErrorEvent
  | PlanChangedEvent
  | ResourceSampleEvent
  | RunEndEvent;

/** Distributive Omit, so each member of the union keeps its own fields. */
export type EventPayload<E extends EngineEvent = EngineEvent> = E extends EngineEvent
  ? Omit<E, 'run_id' | 'at' | 'elapsed_ms'>
  : never;
