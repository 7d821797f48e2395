import { createRequire } from 'node:module';

let loaded: typeof import('yaml') | undefined;

/**
 * The yaml package, required when a file is first parsed rather than imported at start-up: a run whose YAML
 * all comes from the parsed-YAML cache never loads its ~70 modules.
 */
export function yamlLib(): typeof import('yaml') {
  loaded ??= createRequire(import.meta.url)('yaml') as typeof import('yaml');
  return loaded;
}
