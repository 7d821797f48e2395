import type { ValueLookup } from '../catalog/build-value-lookup.js';
import { matchValues } from '../catalog/match-values.js';
import type { MatchedValue } from '../context/context-schema.js';
import type { Runtime } from '../engine/runtime.js';
import { knownValues } from './known-values.js';
import { loadNamespaceExamples } from './load-namespace-examples.js';
import { maskQuestion } from './mask-question.js';
import { retrieveExamples } from './retrieve-examples.js';
import type { RetrievedExample } from './retrieved-example-schema.js';

export interface SimilarExamples {
  examples: RetrievedExample[];
  /** Skipped store lines and unreadable files, one line each. */
  warnings: string[];
}

/** The namespace's confirmed examples closest to the task, every question masked with the values the catalog knows. */
export function findSimilarExamples(
  runtime: Pick<Runtime, 'settings' | 'namespace'>,
  namespace: string,
  task: { text: string; matched_values: readonly MatchedValue[] },
  values: ValueLookup,
  topK: number,
): SimilarExamples {
  if (topK <= 0) return { examples: [], warnings: [] };
  const { examples, warnings } = loadNamespaceExamples(runtime, namespace);
  const mask = (question: string) => maskQuestion(question, knownValues(matchValues(values, question)));
  return { examples: retrieveExamples(examples, maskQuestion(task.text, knownValues(task.matched_values)), mask, topK), warnings };
}
