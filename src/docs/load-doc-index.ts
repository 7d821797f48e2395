import type { Runtime } from '../engine/runtime.js';
import { buildDocIndex, type DocIndex } from './build-doc-index.js';
import { loadDocPassages } from './load-doc-passages.js';

/** The namespace's docs, split and indexed once per runtime; undefined when it has no docs folder. */
export function loadDocIndex(runtime: Runtime, namespace: string): Promise<DocIndex | undefined> {
  return runtime.memo(`docs:${namespace}`, async () => {
    const passages = await loadDocPassages(runtime.namespace(namespace).docs);
    return passages ? buildDocIndex(passages) : undefined;
  });
}
