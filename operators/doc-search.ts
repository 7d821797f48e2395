import type { DocPassage } from '../src/context/context-schema.js';
import { abortable } from '../src/catalog/abortable.js';
import { parseNodeParameters } from '../src/catalog/parse-node-parameters.js';
import { DocSearchOptionsSchema } from '../src/docs/doc-search-options.js';
import { loadDocIndex } from '../src/docs/load-doc-index.js';
import { searchDocPassages } from '../src/docs/search-doc-passages.js';
import { defineNode } from '../src/engine/node-definition.js';

const key = (passage: DocPassage): string => `${passage.source}\u0000${passage.heading}`;

/** Finds doc passages (glossary, definitions) for the task and for what the last reflection found unaddressed. */
export const docSearchNode = defineNode({
  name: 'doc_search',
  description: 'Searches the namespace docs for definitions the question relies on (glossary, business rules)',
  parameters: DocSearchOptionsSchema,
  async run(context, call) {
    const index = await abortable(loadDocIndex(call.runtime, context.task.namespace), call.signal);
    if (!index) return { context, summary: 'no docs' };
    const options = parseNodeParameters('doc_search', DocSearchOptionsSchema, call.options.parameters);
    const unaddressed = context.reflections.at(-1)?.unaddressed ?? [];
    const queries = [
      { text: context.task.text, weight: 1 },
      ...unaddressed.map((text) => ({ text, weight: options.unaddressed_weight })),
    ];
    call.progress(`searching ${index.passages.length} passages`, { queries: queries.map((query) => query.text) });

    const known = new Set(context.doc_passages.map(key));
    const found = searchDocPassages(index, queries, {
      ...options,
      top_k: options.top_k + known.size,
    })
      .filter((passage) => !known.has(key(passage)))
      .slice(0, options.top_k);
    const headings = found.map((passage) => passage.heading).join(', ');
    const summary = `${found.length} passage${found.length === 1 ? '' : 's'}${headings ? ` (${headings})` : ''}`;
    return { context: { ...context, doc_passages: [...context.doc_passages, ...found] }, summary };
  },
});
