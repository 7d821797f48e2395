import { ownerMemo } from '../catalog/owner-memo.js';
import type { DocPassage } from '../context/context-schema.js';
import type { Runtime } from '../engine/runtime.js';
import type { DocIndex } from './build-doc-index.js';
import { loadDocIndex } from './load-doc-index.js';
import { searchDocPassages } from './search-doc-passages.js';

/** Per doc index, by question: generate_sql and reflect both ask, for every question of a batch. */
const memo = ownerMemo<DocIndex, DocPassage[]>(256);

/**
 * The namespace doc passages the question itself finds, as doc_search would: the evidence that a word the schema
 * never spells ("seasonal adjustment") is still something the namespace defines. None when it has no docs.
 */
export async function questionDocPassages(runtime: Runtime, namespace: string, question: string): Promise<DocPassage[]> {
  const index = await loadDocIndex(runtime, namespace);
  return index ? [...memo(index, question, () => searchDocPassages(index, [{ text: question, weight: 1 }]))] : [];
}
