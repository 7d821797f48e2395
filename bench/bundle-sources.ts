import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The source modules inside the files a process loaded: a file with a source map beside it (a bundle chunk, or tsc's
 * output) stands for the sources its map lists, resolved to absolute paths; any other file stands for itself.
 * Built-in modules (`node:` and the like) are left out.
 */
export function bundleSources(fileUrls: Iterable<string>): string[] {
  const sources = new Set<string>();
  for (const url of fileUrls) {
    if (!url.startsWith('file:///')) continue;
    const file = fileURLToPath(url);
    const map = `${file}.map`;
    if (!fs.existsSync(map)) {
      sources.add(file);
      continue;
    }
    const parsed = JSON.parse(fs.readFileSync(map, 'utf8')) as { sources: string[]; sourceRoot?: string };
    for (const source of parsed.sources) sources.add(path.resolve(path.dirname(map), parsed.sourceRoot ?? '', source));
  }
  return [...sources];
}
