import MiniSearch from 'minisearch';
import { rememberedByText } from '../catalog/remembered-by-text.js';
import type { Example } from './example-schema.js';
import { maskQuestion, type MaskedQuestion } from './mask-question.js';
import type { RetrievedExample } from './retrieved-example-schema.js';

export const DEFAULT_TOP_EXAMPLES = 3;
/** Candidates per retrieved example that get the full (catalog) mask before the final ranking. */
const CANDIDATES_PER_SLOT = 4;

/**
 * The `topK` examples whose masked questions are closest to the task's, by BM25 over the masked words (so values
 * never decide similarity). Every question is first masked without the catalog (numbers, dates, quotes, capitalised
 * names), which is cheap; only the best candidates get `mask`, the full mask with catalog values, and one that is the
 * same question with other values then ranks first.
 */
export function retrieveExamples(
  examples: readonly Example[],
  task: MaskedQuestion & { question: string },
  mask: (question: string) => MaskedQuestion,
  topK = DEFAULT_TOP_EXAMPLES,
): RetrievedExample[] {
  if (topK <= 0 || examples.length === 0) return [];
  return exampleIndex(examples)
    .search(maskQuestion(task.question).masked)
    .slice(0, topK * CANDIDATES_PER_SLOT)
    .map((hit) => {
      const example = examples[hit.id as number]!;
      return { example, score: hit.score, ...mask(example.question) };
    })
    .sort((a, b) => Number(b.masked === task.masked) - Number(a.masked === task.masked) || b.score - a.score)
    .slice(0, topK)
    .map(({ example, score, masked, slots }) => ({
      id: example.id,
      question: example.question,
      sql: example.sql,
      source: example.source,
      score: Math.round(score * 1000) / 1000,
      masked,
      slots,
    }));
}

type ExampleIndex = MiniSearch<{ id: number; masked: string }>;

/**
 * The index of a set of example questions: it depends on the questions alone (in order), which stay the same from
 * one question of a batch to the next, so it is built once per set rather than masked and indexed per question.
 */
function exampleIndex(examples: readonly Example[]): ExampleIndex {
  const key = examples.map((example) => example.question).join('\u0000');
  return rememberedByText(indexes, key, () => {
    const search: ExampleIndex = new MiniSearch({ fields: ['masked'], searchOptions: { fuzzy: 0.2, prefix: true } });
    search.addAll(examples.map((example, id) => ({ id, masked: maskQuestion(example.question).masked })));
    return search;
  }, MAX_INDEXES);
}

const indexes = new Map<string, ExampleIndex>();
const MAX_INDEXES = 8;
