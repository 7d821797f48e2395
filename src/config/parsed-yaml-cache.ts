import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { defaultCacheDir } from './default-cache-dir.js';

/** Bumped when what parseYamlFile accepts or returns changes, so older entries are never read. */
const VERSION = 'yaml-2.9-v1';

function entryFile(text: string): string {
  const digest = createHash('sha256').update(VERSION).update('\0').update(text).digest('hex');
  return path.join(defaultCacheDir(), 'yaml', `${digest}.json`);
}

/**
 * The value of a YAML text that parsed and passed every check before, keyed by a hash of the text itself,
 * so an edited file always misses. Undefined on a miss or an unreadable entry.
 */
export function readParsedYaml(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(fs.readFileSync(entryFile(text), 'utf8')) as unknown };
  } catch {
    return undefined;
  }
}

/** Whether JSON keeps a value exactly: YAML's .inf and .nan would come back as null. */
function jsonKeeps(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (value === null || typeof value !== 'object') return true;
  return (Array.isArray(value) ? value : Object.values(value)).every(jsonKeeps);
}

/** Keeps a checked value (plain JSON data) for the next process; a cache that cannot be written is skipped. */
export function writeParsedYaml(text: string, value: unknown): void {
  if (!jsonKeeps(value)) return;
  const file = entryFile(text);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(temporary, JSON.stringify(value ?? null));
    fs.renameSync(temporary, file);
  } catch {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // the cache folder itself is unusable (a file, say): nothing was written, so nothing to remove
    }
  }
}
