import { Annotation, END, MemorySaver, START, StateGraph, type BaseCheckpointSaver } from '@langchain/langgraph';
import type { Context } from '../src/context/context-schema.js';
import { noopNodeNames } from './noop-workflow.js';

export { MemorySaver };

export interface NoopGraph {
  invoke(state: Context, threadId: string): Promise<unknown>;
}

/**
 * The same ten no-op nodes as a LangGraph StateGraph: one last-value channel per top-level key of the
 * context, and every node hands the whole state back, as sluice's no-op nodes do.
 */
export function langGraphNoop(state: Context, options: { checkpointer?: BaseCheckpointSaver } = {}): NoopGraph {
  const channels = Object.fromEntries(Object.keys(state).map((key) => [key, Annotation<unknown>()]));
  const State = Annotation.Root(channels);
  const noop = (input: typeof State.State) => input;
  const sequence = Object.fromEntries(noopNodeNames.map((name) => [name, noop]));
  const graph = new StateGraph(State)
    .addSequence(sequence)
    .addEdge(START, noopNodeNames[0]!)
    .addEdge(noopNodeNames.at(-1)!, END)
    .compile(options.checkpointer ? { checkpointer: options.checkpointer } : {});
  return {
    invoke: (input, threadId) => graph.invoke(input as typeof State.Update, { configurable: { thread_id: threadId } }),
  };
}
