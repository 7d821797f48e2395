import { z } from 'zod';
import { currentDateProblem } from './parse-current-date.js';

// The check itself lives in a zod-free file so that `sluice --help` and flag parsing do not load zod.
export { CurrentDateError, FIRST_YEAR, LAST_YEAR, parseCurrentDate } from './parse-current-date.js';

/** A real calendar date, YYYY-MM-DD, in the years FIRST_YEAR–LAST_YEAR: what relative time phrases are resolved against. */
export const CurrentDateSchema = z.string().superRefine((text, ctx) => {
  const message = currentDateProblem(text);
  if (message) ctx.addIssue({ code: 'custom', message });
});
