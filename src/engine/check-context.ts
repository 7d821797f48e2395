import type { z } from 'zod';
import { ContextSchema, type Context } from '../context/context-schema.js';

const fields = Object.entries(ContextSchema.shape) as Array<[keyof Context & string, z.ZodType]>;

export type ContextCheck = { context: Context; issue?: undefined } | { context?: undefined; issue: string };

/**
 * Checks a context against the context schema, given a (valid) context it was made from: only the top-level
 * fields that differ from `checked` are parsed, so a context that shares every field costs nothing, and the result
 * is what parsing the whole context would give (defaults filled in, unknown fields dropped). Without `checked`,
 * every field is parsed. An issue reads `path: message`.
 */
export function checkContext(checked: Context | undefined, candidate: unknown): ContextCheck {
  if (candidate === checked && checked !== undefined) return { context: checked };
  if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) return { issue: 'root: expected an object' };
  const record = candidate as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const [key, schema] of fields) {
    const value = record[key];
    if (checked !== undefined && value === checked[key]) {
      if (value !== undefined) result[key] = value;
      continue;
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { issue: `${[key, ...(issue?.path ?? [])].map(String).join('.')}: ${issue?.message}` };
    }
    if (parsed.data !== undefined) result[key] = parsed.data;
  }
  return { context: result as unknown as Context };
}
