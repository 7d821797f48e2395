import fs from 'node:fs';
import { describeZodError } from '../config/describe-zod-issue.js';
import { StoreLineSchema, type Example } from './example-schema.js';

export interface ExampleReading {
  examples: Example[];
  /** One line each, naming file:line: lines that were skipped. */
  warnings: string[];
}

/**
 * Readings of store files by path, with the file's identity, size and times when read: every question of a batch
 * reads the store again (an example added in a session counts from its next question), and an unchanged file is the
 * same reading. Adding or removing an example appends a line, which changes the size and times.
 */
const remembered = new Map<string, { signature: string; reading: ExampleReading }>();

/** The examples a store file holds, after its removals; a missing file holds none, a corrupt line is skipped with a warning. */
export function readExampleStore(file: string): ExampleReading {
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(file, { throwIfNoEntry: false });
  } catch (error) {
    return { examples: [], warnings: [cannotRead(file, error)] };
  }
  if (!stat) return { examples: [], warnings: [] };
  const signature = `${stat.dev}:${stat.ino} ${stat.size} ${stat.mtimeMs} ${stat.ctimeMs}`;
  let known = remembered.get(file);
  if (known?.signature !== signature) {
    const reading = readStoreText(file);
    if (!reading) return { examples: [], warnings: [] };
    remembered.set(file, (known = { signature, reading }));
  }
  return { examples: [...known.reading.examples], warnings: [...known.reading.warnings] };
}

function cannotRead(file: string, error: unknown): string {
  return `${file}: cannot read the example store (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
}

function readStoreText(file: string): ExampleReading | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return { examples: [], warnings: [cannotRead(file, error)] };
  }
  const byId = new Map<string, Example>();
  const warnings: string[] = [];
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    const where = `${file}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      warnings.push(`${where}: not a JSON line, skipped`);
      return;
    }
    const parsed = StoreLineSchema.safeParse(value);
    if (!parsed.success) {
      const issue = describeZodError(parsed.error);
      warnings.push(`${where}: not an example (${issue.path.join('.') || 'line'}: ${issue.message}), skipped`);
      return;
    }
    if ('removed' in parsed.data) byId.delete(parsed.data.removed);
    else {
      byId.delete(parsed.data.id);
      byId.set(parsed.data.id, parsed.data);
    }
  });
  return { examples: [...byId.values()], warnings };
}
