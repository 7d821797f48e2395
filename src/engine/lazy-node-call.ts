import type { NodeStep, StepOptions } from '../context/context-schema.js';
import type { SqlModel } from '../models/sql-model.js';
import type { NodeCall } from './node-definition.js';
import type { Runtime } from './runtime.js';

export interface NodeCallHooks {
  progress?(step: NodeStep, message: string, data?: Record<string, unknown>): void;
  trace?(record: Record<string, unknown>): void;
}

type Progress = NodeCall['progress'];
type Trace = NodeCall['trace'];

/**
 * What one attempt of a node gets, built lazily: the AbortController and the bound helpers exist only once the
 * node reads them, so a node that never looks at its signal costs no controller. The helpers stay safe to destructure.
 */
export class LazyNodeCall implements NodeCall {
  private controller: AbortController | undefined;
  private abortReason: unknown;
  private cancelled = false;
  private boundProgress: Progress | undefined;
  private boundTrace: Trace | undefined;
  private boundModel: (() => SqlModel) | undefined;

  constructor(
    readonly runtime: Runtime,
    readonly step: NodeStep,
    private readonly hooks: NodeCallHooks,
    private readonly folder?: string | (() => string),
  ) {}

  /** The run's folder; a function makes it first if the run's writer has not yet (RunStore.ensureFolder). */
  get runDir(): string | undefined {
    return typeof this.folder === 'function' ? this.folder() : this.folder;
  }

  get options(): StepOptions {
    return this.step.options;
  }

  get signal(): AbortSignal {
    if (!this.controller) {
      this.controller = new AbortController();
      if (this.cancelled) this.controller.abort(this.abortReason);
    }
    return this.controller.signal;
  }

  get aborted(): boolean {
    return this.cancelled;
  }

  abort(reason: unknown): void {
    if (this.cancelled) return;
    this.cancelled = true;
    this.abortReason = reason;
    this.controller?.abort(reason);
  }

  get progress(): Progress {
    return (this.boundProgress ??= (message, data) => this.hooks.progress?.(this.step, message, data));
  }

  get trace(): Trace {
    return (this.boundTrace ??= (record) => this.hooks.trace?.(record));
  }

  get model(): () => SqlModel {
    return (this.boundModel ??= () => this.runtime.model(this.runtime.modelNameFor(this.step.node, this.step.options.model)));
  }
}
