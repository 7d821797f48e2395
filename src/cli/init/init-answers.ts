import { z } from 'zod';

export const INIT_TYPES = ['postgres', 'mysql', 'sqlite', 'duckdb', 'files'] as const;

/** What `sluice init` needs to write a namespace: from flags, else asked on the terminal. */
export const InitAnswersSchema = z
  .object({
    type: z.enum(INIT_TYPES, {
      error: (issue) => `${issue.input === undefined ? 'missing' : 'unknown type'}: give one of ${INIT_TYPES.join(', ')}`,
    }),
    name: z.string().regex(/^[A-Za-z][\w-]*$/, 'a namespace name starts with a letter and holds letters, digits, _ or -'),
    url: z.string().min(1).optional(),
    path: z.string().min(1).optional(),
  })
  .superRefine((value, ctx) => {
    const server = value.type === 'postgres' || value.type === 'mysql';
    if (server && !value.url) ctx.addIssue({ code: 'custom', path: ['url'], message: `a ${value.type} namespace needs --url` });
    if (!server && !value.path) ctx.addIssue({ code: 'custom', path: ['path'], message: `a ${value.type} namespace needs --path` });
  });
export type InitAnswers = z.infer<typeof InitAnswersSchema>;
