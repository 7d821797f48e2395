import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { UsageError } from '../../errors.js';

/** A release's JSON array file, each element checked against `schema`; one clear line naming the file and element otherwise. */
export function readReleaseJson<T extends z.ZodType>(src: string, name: string, schema: T, suite: string): z.infer<T>[] {
  const file = path.join(src, name);
  if (!fs.existsSync(file)) throw new UsageError(`${src} is not a ${suite} release: ${name} is missing (expected ${file})`);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`${file}: not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(raw)) throw new UsageError(`${file}: expected a JSON array, as in the ${suite} release`);
  return raw.map((element, index) => {
    const parsed = schema.safeParse(element);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new UsageError(`${file}: element ${index}: ${issue?.path.join('.') || 'value'}: ${issue?.message}`);
    }
    return parsed.data;
  });
}
