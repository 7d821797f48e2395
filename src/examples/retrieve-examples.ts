import MiniSearch from 'minisearch';
import type { Example } from './example-schema.js';
import type { MaskedQuestion } from './mask-question.js';
import type { RetrievedExample } from './retrieved-example-schema.js';

export const DEFAULT_TOP_EXAMPLES = 3;

/**
 * The `topK` examples whose masked questions are closest to the task's, by BM25 over the masked words (so values
 * never decide similarity); an example that is the same question with other values always ranks first.
 */
export function retrieveExamples(
  examples: readonly Example[],
  task: MaskedQuestion,
  mask: (question: string) => MaskedQuestion,
  topK = DEFAULT_TOP_EXAMPLES,
): RetrievedExample[] {
  if (topK <= 0 || examples.length === 0) return [];
  const masked = examples.map((example) => ({ example, ...mask(example.question) }));
  const search = new MiniSearch<{ id: number; masked: string }>({ fields: ['masked'], searchOptions: { fuzzy: 0.2, prefix: true } });
  search.addAll(masked.map((entry, id) => ({ id, masked: entry.masked })));
  return search
    .search(task.masked)
    .map((hit) => ({ hit, entry: masked[hit.id as number]! }))
    .sort((a, b) => Number(b.entry.masked === task.masked) - Number(a.entry.masked === task.masked) || b.hit.score - a.hit.score)
    .slice(0, topK)
    .map(({ hit, entry }) => ({
      id: entry.example.id,
      question: entry.example.question,
      sql: entry.example.sql,
      source: entry.example.source,
      score: Math.round(hit.score * 1000) / 1000,
      masked: entry.masked,
      slots: entry.slots,
    }));
}
