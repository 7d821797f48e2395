import type { z } from 'zod';

export interface DescribedIssue {
  path: PropertyKey[];
  message: string;
}

function describeOne(issue: z.core.$ZodIssue, prefix: PropertyKey[]): DescribedIssue {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    // The branch that got furthest into the value is the one the author meant; ties go to the first branch.
    let best: DescribedIssue | undefined;
    for (const branch of issue.errors) {
      const first = branch[0];
      if (!first) continue;
      const candidate = describeOne(first, path);
      if (!best || candidate.path.length > best.path.length) best = candidate;
    }
    if (best) return best;
  }
  if (issue.code === 'unrecognized_keys') {
    return { path, message: `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k.replace(/\s+/g, ' ')}"`).join(', ')}` };
  }
  return { path, message: issue.message };
}

/** The most useful issue of a zod error, with the full path into the value (unknown keys first: they explain the rest). */
export function describeZodError(error: z.ZodError): DescribedIssue {
  const issues = [...error.issues].sort((a, b) => Number(b.code === 'unrecognized_keys') - Number(a.code === 'unrecognized_keys'));
  return describeOne(issues[0]!, []);
}
