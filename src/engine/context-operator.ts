import type { OperatorFunction } from 'rxjs';
import type { Context, StepOptions } from '../context/context-schema.js';
import type { Runtime } from './runtime.js';

/** A step of a plan as RxJS sees it: the run's context in, the next context out. */
export interface ContextOperator extends OperatorFunction<Context, Context> {}

/** A built-in node as an operator factory: `pipe(schemaLinking(runtime), generateSql(runtime), ...)`. */
export interface ContextOperatorFactory {
  (runtime: Runtime, options?: StepOptions): ContextOperator;
}
