import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { DocPassage } from '../context/context-schema.js';
import { splitMarkdownPassages } from './split-markdown-passages.js';

/** Passages of every markdown file under a folder (recursively, in name order); none when the folder is missing. */
export async function loadDocPassages(folder: string | undefined): Promise<DocPassage[] | undefined> {
  if (!folder) return undefined;
  let entries;
  try {
    entries = await readdir(folder, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const files = entries
    .filter((entry) => entry.isFile() && /\.(md|markdown)$/i.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  const passages: DocPassage[] = [];
  for (const file of files) {
    const source = relative(folder, file).split(sep).join('/');
    passages.push(...splitMarkdownPassages(await readFile(file, 'utf8'), source));
  }
  return passages;
}
