import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Usage } from '../../context/context-schema.js';

export interface CachedResponse {
  key: string;
  model: string;
  created_at: string;
  /** The answer text as the server sent it, and what it parsed to. */
  raw: string;
  value: unknown;
  /** What the original call cost; a cache hit costs nothing. */
  usage: Usage;
}

/** Validated answers of temperature-0 calls under `<cacheDir>/llm/<sha256>.json`, so a re-run does not pay twice. */
export class ResponseCache {
  private readonly dir: string;

  constructor(cacheDir: string) {
    this.dir = join(cacheDir, 'llm');
  }

  /** Key over everything that shapes the answer: endpoint, model, messages, schema and sampling parameters. */
  static key(request: unknown): string {
    return createHash('sha256').update(canonicalJson(request)).digest('hex');
  }

  path(key: string): string {
    return join(this.dir, `${key}.json`);
  }

  async read(key: string): Promise<CachedResponse | undefined> {
    try {
      const entry = JSON.parse(await readFile(this.path(key), 'utf8')) as CachedResponse;
      return entry.key === key ? entry : undefined;
    } catch {
      return undefined;
    }
  }

  /** Written to a temp file and renamed, so a reader never sees half an entry. */
  async write(entry: CachedResponse): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const target = this.path(entry.key);
    const temp = `${target}.${process.pid}.${randomUUID()}.tmp`;
    try {
      await writeFile(temp, JSON.stringify(entry), 'utf8');
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
