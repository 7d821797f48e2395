import MiniSearch from 'minisearch';
import type { DocPassage } from '../context/context-schema.js';
import { indexTerms } from '../catalog/index-terms.js';
import { writtenWords } from '../catalog/split-identifier.js';

export interface DocIndex {
  passages: DocPassage[];
  search: MiniSearch<{ id: number; passage: DocPassage }>;
}

/** Indexes passages by heading and text. No I/O. */
export function buildDocIndex(passages: DocPassage[]): DocIndex {
  const search = new MiniSearch<{ id: number; passage: DocPassage }>({
    fields: ['heading', 'text'],
    extractField: (document, field) => (field === 'id' ? document.id : document.passage[field as 'heading' | 'text']),
    tokenize: (text) => indexTerms(text, writtenWords),
    processTerm: (term) => term,
  });
  search.addAll(passages.map((passage, id) => ({ id, passage })));
  return { passages, search };
}
