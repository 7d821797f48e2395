import { z } from 'zod';
import { CurrentDateSchema } from '../dates/current-date-schema.js';
import { MAX_TASK_CHARS, validateTaskText } from '../engine/create-initial-context.js';
import { refuseContentlessTask } from '../engine/contentless-task.js';
import { errorMessage } from '../errors.js';
import type { InputLine } from './read-input-lines.js';
import { MAX_LINE_BYTES } from './split-lines.js';

/** A JSON input line. Fields besides these are ignored, so lines can carry the caller's own data. */
export const BatchLineSchema = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  task: z.string({ error: (issue) => (issue.input === undefined ? 'missing; give the question as "task"' : 'must be a string') }).trim().min(1, 'task is empty'),
  plan: z.string().min(1).optional(),
  namespace: z.string().min(1).optional(),
  current_date: CurrentDateSchema.optional(),
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

function jsonKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

const OVER_LONG = `the line is over ${MAX_LINE_BYTES.toLocaleString('en-US')} bytes, the most one line may hold (a question is at most ${MAX_TASK_CHARS.toLocaleString('en-US')} characters); it was skipped unread`;

/** How a JSON value other than an object starts: a string, an array, a number, true, false or null. */
const JSON_START = /^["[\-0-9tfn]/;

/**
 * The line as a JSON value, or undefined when it is plain text. Text that cannot start a JSON value is not given to
 * JSON.parse, whose thrown error (and its stack) cost more than reading the question.
 */
function jsonValue(text: string): unknown {
  if (!JSON_START.test(text)) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * A line starting with "{" is a JSON object; a JSON string is the question; any other JSON value (null, a number,
 * an array) is an error; anything else is the question itself. A question that is not text (control characters,
 * bytes that are not UTF-8, no words) is an error line too, so it is never run.
 */
export function parseBatchLine(input: InputLine): BatchLine {
  const { line, seq } = input;
  const text = input.text.trim();
  const invalid = (error: string, id: string | number | null = null): BatchInvalidLine => ({ kind: 'invalid', line, seq, id, error });
  const question = (fields: Omit<BatchQuestion, 'kind' | 'line' | 'seq'>): BatchLine => {
    try {
      const task = validateTaskText(fields.task);
      refuseContentlessTask(task);
      return { kind: 'question', line, seq, ...fields, task };
    } catch (error) {
      return invalid(errorMessage(error), fields.id);
    }
  };
  if (input.overLong) return invalid(OVER_LONG, salvageId(text));
  if (!text.startsWith('{')) {
    const json = jsonValue(text);
    if (json === undefined || typeof json === 'string') return question({ id: null, task: typeof json === 'string' ? json : text });
    return invalid(`${jsonKind(json)} is not a question; give the question as text or as {"task": "..."}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return invalid(`malformed JSON: ${(error as Error).message}`, salvageId(text));
  }
  const parsed = BatchLineSchema.safeParse(json);
  if (!parsed.success) {
    const raw = json as { id?: unknown };
    const id = typeof raw?.id === 'string' || typeof raw?.id === 'number' ? raw.id : null;
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return invalid(`invalid question object: ${where}${issue?.message ?? 'not valid'}`, id);
  }
  const { id, ...rest } = parsed.data;
  return question({ id: id ?? null, ...rest });
}
