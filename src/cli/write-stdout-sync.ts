import fs from 'node:fs';
import { CLOSED_OUTPUT_EXIT_CODE } from './on-closed-output.js';

/**
 * Writes all of `text` to stdout before returning, without building the process.stdout stream. A reader that went
 * away ends the command quietly with 141, as a closed pipe does elsewhere.
 */
export function writeStdoutSync(text: string): void {
  const buffer = Buffer.from(text);
  let offset = 0;
  while (offset < buffer.length) {
    try {
      offset += fs.writeSync(1, buffer, offset);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') {
        process.exitCode = CLOSED_OUTPUT_EXIT_CODE;
        return;
      }
      // A non-blocking stdout that is full: let the stream wait for it.
      if (code === 'EAGAIN') {
        process.stdout.write(buffer.subarray(offset));
        return;
      }
      throw error;
    }
  }
}
