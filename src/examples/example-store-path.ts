import path from 'node:path';

/** The folder of per-namespace example stores inside a sluice state folder. */
export function exampleStoreFolder(stateDir: string): string {
  return path.join(stateDir, 'examples');
}

/** `<folder>/<namespace>.jsonl`; characters a file name cannot safely hold are percent-encoded. */
export function exampleStorePath(folder: string, namespace: string): string {
  return path.join(folder, `${encodeURIComponent(namespace).replace(/^\./, '%2E')}.jsonl`);
}

/** The namespace a store file belongs to, or undefined for other files. */
export function storeNamespace(file: string): string | undefined {
  const name = path.basename(file);
  if (!name.endsWith('.jsonl')) return undefined;
  try {
    return decodeURIComponent(name.slice(0, -'.jsonl'.length));
  } catch {
    return undefined;
  }
}
