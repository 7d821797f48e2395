import { z } from 'zod';
import type { InputLine } from './read-input-lines.js';

/** A JSON input line. Fields besides these are ignored, so lines can carry the caller's own data. */
export const BatchLineSchema = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  task: z.string().trim().min(1, 'task is empty'),
  plan: z.string().min(1).optional(),
  namespace: z.string().min(1).optional(),
  current_date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'current_date must be YYYY-MM-DD')
    .optional(),
});

export interface BatchQuestion {
  kind: 'question';
  line: number;
  seq: number;
  id: string | number | null;
  task: string;
  plan?: string;
  namespace?: string;
  current_date?: string;
}

export interface BatchInvalidLine {
  kind: 'invalid';
  line: number;
  seq: number;
  id: string | number | null;
  error: string;
}

export type BatchLine = BatchQuestion | BatchInvalidLine;

/** The id of a line that is not valid JSON, when it can still be read, so the caller can match the error line to its question. */
function salvageId(text: string): string | number | null {
  const match = /"id"\s*:\s*(?:"((?:[^"\\]|\\.)*)"|(-?\d+(?:\.\d+)?))/.exec(text);
  if (!match) return null;
  if (match[2] !== undefined) return Number(match[2]);
  try {
    return JSON.parse(`"${match[1]}"`) as string;
  } catch {
    return null;
  }
}

/** A line starting with "{" is a JSON object; anything else is the question itself. */
export function parseBatchLine(input: InputLine): BatchLine {
  const { line, seq } = input;
  const text = input.text.trim();
  if (!text.startsWith('{')) return { kind: 'question', line, seq, id: null, task: text };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { kind: 'invalid', line, seq, id: salvageId(text), error: `malformed JSON: ${(error as Error).message}` };
  }
  const parsed = BatchLineSchema.safeParse(json);
  if (!parsed.success) {
    const raw = json as { id?: unknown };
    const id = typeof raw?.id === 'string' || typeof raw?.id === 'number' ? raw.id : null;
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return { kind: 'invalid', line, seq, id, error: `invalid question object: ${where}${issue?.message ?? 'not valid'}` };
  }
  const { id, ...rest } = parsed.data;
  return { kind: 'question', line, seq, id: id ?? null, ...rest };
}
