import MiniSearch from 'minisearch';
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
  const search = new MiniSearch<{ id: number; masked: string }>({ fields: ['masked'], searchOptions: { fuzzy: 0.2, prefix: true } });
  search.addAll(examples.map((example, id) => ({ id, masked: maskQuestion(example.question).masked })));
  return search
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
