import fs from 'node:fs';
import path from 'node:path';
import type { Runtime } from '../engine/runtime.js';
import type { Example } from './example-schema.js';
import { storeNamespace } from './example-store-path.js';
import { loadNamespaceExamples } from './load-namespace-examples.js';
import type { ExampleReading } from './read-example-store.js';

/** Every example of the namespace (or of every namespace with a store or an `examples:` file), store first. */
export function listStoredExamples(runtime: Pick<Runtime, 'settings' | 'namespace' | 'config'>, namespace?: string): ExampleReading {
  const examples: Example[] = [];
  const warnings: string[] = [];
  for (const name of namespace === undefined ? namespacesWithExamples(runtime) : [namespace]) {
    const reading = loadNamespaceExamples(runtime, name);
    examples.push(...reading.examples);
    warnings.push(...reading.warnings);
  }
  return { examples, warnings };
}

function namespacesWithExamples(runtime: Pick<Runtime, 'settings' | 'config'>): string[] {
  const names = new Set(Object.entries(runtime.config.namespaces).filter(([, entry]) => entry.examples).map(([name]) => name));
  const folder = runtime.settings.examplesDir;
  if (folder) {
    let files: string[] = [];
    try {
      files = fs.readdirSync(folder);
    } catch {
      // No store yet.
    }
    for (const file of files) {
      const name = storeNamespace(path.join(folder, file));
      if (name !== undefined) names.add(name);
    }
  }
  return [...names].sort();
}
