import fs from 'node:fs';

const CHUNK = 1 << 16;
const BOM = [0xef, 0xbb, 0xbf];

/**
 * How many non-blank lines a regular file behind `fd` holds (stdin redirected from a file), so progress can show a
 * total and an ETA. Reads with explicit positions, which leave the descriptor's offset to the line reader; a pipe or a
 * terminal has no size to read ahead in, and gives undefined.
 */
export async function countQuestionLines(fd: number): Promise<number | undefined> {
  let size: number;
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return undefined;
    size = stat.size;
  } catch {
    return undefined;
  }
  const buffer = Buffer.alloc(CHUNK);
  let count = 0;
  let lineHasText = false;
  for (let position = 0; position < size; ) {
    const read = await new Promise<number>((resolve, reject) =>
      fs.read(fd, buffer, 0, Math.min(CHUNK, size - position), position, (error, bytes) => (error ? reject(error) : resolve(bytes))),
    ).catch(() => 0);
    if (read === 0) break;
    for (let i = 0; i < read; i++) {
      const byte = buffer[i]!;
      // A line ends at LF, CR LF or a lone CR, as the line reader splits it (the LF of a CR LF ends a blank line).
      if (byte === 0x0a || byte === 0x0d) {
        if (lineHasText) count++;
        lineHasText = false;
      } else if (byte !== 0x20 && byte !== 0x09 && !(position === 0 && i < 3 && BOM[i] === byte)) {
        lineHasText = true;
      }
    }
    position += read;
  }
  return lineHasText ? count + 1 : count;
}
