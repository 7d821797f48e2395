import type { Runtime } from '../engine/runtime.js';
import { UsageError } from '../errors.js';
import { appendStoreLine } from './append-store-line.js';
import type { Example } from './example-schema.js';
import { exampleStorePath } from './example-store-path.js';
import { listStoredExamples } from './list-stored-examples.js';

/** Takes an example out of the user's store by appending a removal; a team file's example is edited in its file. */
export function removeExample(runtime: Pick<Runtime, 'settings' | 'namespace' | 'config'>, id: string, namespace?: string): Example {
  const folder = runtime.settings.examplesDir;
  if (!folder) throw new UsageError('example memory is off in this session');
  const matches = listStoredExamples(runtime, namespace).examples.filter((example) => example.id === id.trim());
  const own = matches.find((example) => example.source !== 'file');
  if (own) {
    appendStoreLine(exampleStorePath(folder, own.namespace), { removed: own.id, removed_at: new Date().toISOString() });
    return own;
  }
  const team = matches[0];
  if (team) {
    throw new UsageError(`example ${id} comes from ${runtime.namespace(team.namespace).examples} (examples: of namespace ${team.namespace}); remove it from that file`);
  }
  throw new UsageError(`no example with id "${id}"${namespace ? ` in namespace ${namespace}` : ''}; sluice examples list shows the ids`);
}
