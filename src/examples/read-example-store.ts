import fs from 'node:fs';
import { describeZodError } from '../config/describe-zod-issue.js';
import { StoreLineSchema, type Example } from './example-schema.js';

export interface ExampleReading {
  examples: Example[];
  /** One line each, naming file:line: lines that were skipped. */
  warnings: string[];
}

/** The examples a store file holds, after its removals; a missing file holds none, a corrupt line is skipped with a warning. */
export function readExampleStore(file: string): ExampleReading {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { examples: [], warnings: [] };
    return { examples: [], warnings: [`${file}: cannot read the example store (${(error as NodeJS.ErrnoException).code ?? 'error'})`] };
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
