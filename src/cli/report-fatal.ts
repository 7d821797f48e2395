import { UsageError, errorMessage } from '../errors.js';
import { oneLine } from './one-line.js';

/** Prints a fault as one clear line (a stack only with SLUICE_STACK=1) and returns the exit code. */
export function reportFatal(error: unknown): number {
  if (error instanceof UsageError) {
    process.stderr.write(`sluice: ${oneLine(error.message)}\n`);
    return 2;
  }
  process.stderr.write(`sluice: ${oneLine(errorMessage(error))}\n`);
  if (process.env.SLUICE_STACK === '1' && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return 1;
}
