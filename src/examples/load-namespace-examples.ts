import type { Runtime } from '../engine/runtime.js';
import { exampleStorePath } from './example-store-path.js';
import type { Example } from './example-schema.js';
import { readExampleFile } from './read-example-file.js';
import { readExampleStore, type ExampleReading } from './read-example-store.js';

/**
 * A namespace's confirmed examples: the user's store, then the team's `examples:` file; none when the runtime
 * has example memory off. Read afresh each time, so an example added in a session is used by its next question.
 */
export function loadNamespaceExamples(runtime: Pick<Runtime, 'settings' | 'namespace'>, namespace: string): ExampleReading {
  const folder = runtime.settings.examplesDir;
  if (!folder) return { examples: [], warnings: [] };
  const own = readExampleStore(exampleStorePath(folder, namespace));
  const file = runtime.namespace(namespace).examples;
  const team = file ? readExampleFile(file, namespace) : { examples: [], warnings: [] };
  const byId = new Map<string, Example>();
  for (const example of [...own.examples, ...team.examples]) if (!byId.has(example.id)) byId.set(example.id, example);
  return { examples: [...byId.values()], warnings: [...own.warnings, ...team.warnings] };
}
