import path from 'node:path';

/** The folder of per-namespace example stores inside a sluice state folder. */
export function exampleStoreFolder(stateDir: string): string {
  return path.join(stateDir, 'examples');
}

/** `<folder>/<namespace>.jsonl`; characters a file name cannot safely hold are percent-encoded. */
export function exampleStorePath(folder: string, namespace: string): string {
  const key = `${folder}\u0000${namespace}`;
  let file = paths.get(key);
  if (file === undefined) {
    file = path.join(folder, `${encodeURIComponent(namespace).replace(/^\./, '%2E')}.jsonl`);
    if (paths.size >= MAX_PATHS) paths.clear();
    paths.set(key, file);
  }
  return file;
}

/** Every question of a batch reads its namespace's store again: its path is joined once (path.join showed in profiles). */
const paths = new Map<string, string>();
const MAX_PATHS = 1_000;

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
