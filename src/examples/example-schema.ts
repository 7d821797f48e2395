import { z } from 'zod';

/** user: `sluice examples add`; chat: `/good` in a chat session; file: the namespace's `examples:` file in sluice.yml. */
export const ExampleSourceSchema = z.enum(['user', 'file', 'chat']);
export type ExampleSource = z.infer<typeof ExampleSourceSchema>;

/** A question and the SQL a user confirmed answers it. */
export const ExampleSchema = z.object({
  /** Short content hash of namespace, question and SQL: the same pair always gets the same id. */
  id: z.string().min(1),
  question: z.string().trim().min(1),
  sql: z.string().trim().min(1),
  namespace: z.string().min(1),
  added_at: z.iso.datetime(),
  source: ExampleSourceSchema,
});
export type Example = z.infer<typeof ExampleSchema>;

/** A store line that takes an earlier example out; the store is only ever appended to. */
export const RemovalSchema = z.object({
  removed: z.string().min(1),
  removed_at: z.iso.datetime(),
});
export type Removal = z.infer<typeof RemovalSchema>;

export const StoreLineSchema = z.union([ExampleSchema, RemovalSchema]);

/** One entry of a team's examples file: only the pair is required. */
export const ExampleFileEntrySchema = z.object({
  question: z.string().trim().min(1),
  sql: z.string().trim().min(1),
  added_at: z.iso.datetime().optional(),
});
