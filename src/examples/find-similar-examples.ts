import type { ValueLookup } from '../catalog/build-value-lookup.js';
import { matchValues } from '../catalog/match-values.js';
import type { MatchedValue } from '../context/context-schema.js';
import type { Runtime } from '../engine/runtime.js';
import { knownValues } from './known-values.js';
import { loadNamespaceExamples } from './load-namespace-examples.js';
import { maskQuestion, type MaskedQuestion } from './mask-question.js';
import { retrieveExamples } from './retrieve-examples.js';
import type { RetrievedExample } from './retrieved-example-schema.js';

export interface SimilarExamples {
  examples: RetrievedExample[];
  /** Skipped store lines and unreadable files, one line each. */
  warnings: string[];
}

/** Masks of example questions per catalog: a catalog lives as long as its runtime, and so do these. */
const masks = new WeakMap<ValueLookup, Map<string, MaskedQuestion>>();

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
  // With nothing to compare the question with, masking it is work nobody reads.
  if (examples.length === 0) return { examples: [], warnings };
  let known = masks.get(values);
  if (!known) masks.set(values, (known = new Map()));
  const cache = known;
  const mask = (question: string): MaskedQuestion => {
    let masked = cache.get(question);
    if (!masked) cache.set(question, (masked = maskQuestion(question, knownValues(matchValues(values, question)))));
    return masked;
  };
  const masked = { question: task.text, ...maskQuestion(task.text, knownValues(task.matched_values)) };
  return { examples: retrieveExamples(examples, masked, mask, topK), warnings };
}
