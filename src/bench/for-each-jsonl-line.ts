import fs from 'node:fs';
import type { z } from 'zod';
import { UsageError } from '../errors.js';

/**
 * Calls `each` with every non-blank line of a JSONL file, parsed and checked against `schema`, and where it stands
 * (`file:line`) for the caller's own checks; a line that is no JSON or does not fit throws a UsageError naming it, with
 * `hint` after the issue. Line by line, so the first problem in the file is the one reported. A byte-order mark (what
 * Windows editors and PowerShell's UTF-8 output put first) is not part of the first line.
 */
export function forEachJsonlLine<T>(file: string, schema: z.ZodType<T>, each: (value: T, where: string) => void, hint = ''): void {
  fs.readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\n')
    .forEach((line, index) => {
      if (!line.trim()) return;
      const where = `${file}:${index + 1}`;
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch (error) {
        throw new UsageError(`${where}: not valid JSON: ${(error as Error).message}`);
      }
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new UsageError(`${where}: ${issue?.path.join('.') || 'line'}: ${issue?.message}${hint}`);
      }
      each(parsed.data, where);
    });
}
