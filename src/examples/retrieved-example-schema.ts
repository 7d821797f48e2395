import { z } from 'zod';

/**
 * A value a question names, masked out of it: number, ISO date, quoted string, or a value (a name the catalog
 * stores, or a capitalised name); `value` is the stored value the catalog matched the words to ('CA' for "California").
 */
export const QuestionSlotSchema = z.object({
  kind: z.enum(['number', 'date', 'string', 'value']),
  text: z.string(),
  value: z.string().optional(),
});
export type QuestionSlot = z.infer<typeof QuestionSlotSchema>;

/** A confirmed example schema_linking found similar to the task, with its question's values masked. */
export const RetrievedExampleSchema = z.object({
  id: z.string(),
  question: z.string(),
  sql: z.string(),
  source: z.enum(['user', 'file', 'chat']),
  /** Similarity of the masked questions (MiniSearch's BM25 score; higher is closer). */
  score: z.number(),
  /** The example's question with its values as placeholders: "orders from <value> in <number>". */
  masked: z.string(),
  slots: z.array(QuestionSlotSchema).default([]),
});
export type RetrievedExample = z.infer<typeof RetrievedExampleSchema>;
