import fs from 'node:fs';
import { describeZodError } from '../config/describe-zod-issue.js';
import { locate, parseYamlFile, readYamlFile } from '../config/yaml-document.js';
import { errorMessage } from '../errors.js';
import { exampleId } from './example-id.js';
import { ExampleFileEntrySchema, type Example } from './example-schema.js';
import type { ExampleReading } from './read-example-store.js';

/**
 * The examples of a team's file (the namespace's `examples:` key): JSONL with one {question, sql} per line, or
 * YAML holding a list of them (or `examples:` with the list). Entries that are not examples are skipped with a
 * warning naming file:line; a file that cannot be read or parsed is one warning.
 */
export function readExampleFile(file: string, namespace: string): ExampleReading {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return { examples: [], warnings: [`${file}: examples file not found`] };
  }
  const addedAt = stat.mtime.toISOString();
  const warnings: string[] = [];
  const examples: Example[] = [];
  const accept = (value: unknown, where: string): void => {
    const parsed = ExampleFileEntrySchema.safeParse(value);
    if (!parsed.success) {
      const issue = describeZodError(parsed.error);
      warnings.push(`${where}: not an example (${issue.path.join('.') || 'entry'}: ${issue.message}), skipped`);
      return;
    }
    const { question, sql } = parsed.data;
    examples.push({ id: exampleId(namespace, question, sql), question, sql, namespace, added_at: parsed.data.added_at ?? addedAt, source: 'file' });
  };

  try {
    if (/\.jsonl$/i.test(file)) {
      fs.readFileSync(file, 'utf8').split('\n').forEach((line, index) => {
        if (!line.trim()) return;
        try {
          accept(JSON.parse(line), `${file}:${index + 1}`);
        } catch {
          warnings.push(`${file}:${index + 1}: not a JSON line, skipped`);
        }
      });
      return { examples, warnings };
    }
    const yaml = parseYamlFile(readYamlFile(file), file);
    const root = yaml.value as unknown;
    const listed = Array.isArray(root) ? root : (root as { examples?: unknown } | null)?.examples;
    const base = Array.isArray(root) ? [] : ['examples'];
    if (!Array.isArray(listed)) return { examples, warnings: [`${file}: expected a list of {question, sql} (or examples: with one)`] };
    listed.forEach((entry, index) => accept(entry, locate(yaml, [...base, index])));
  } catch (error) {
    warnings.push(errorMessage(error));
  }
  return { examples, warnings };
}
