import fs from 'node:fs';
import path from 'node:path';
import type { Example, Removal } from './example-schema.js';

/**
 * Appends one JSON line with a single write on an O_APPEND descriptor, so concurrent writers never interleave
 * inside a line. A file that does not end in a newline (a torn earlier write) gets one first, so the new line
 * stays whole.
 */
export function appendStoreLine(file: string, line: Example | Removal): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_APPEND | fs.constants.O_CREAT, 0o600);
  try {
    const size = fs.fstatSync(fd).size;
    const text = `${JSON.stringify(line)}\n`;
    fs.writeSync(fd, size > 0 && !endsInNewline(file, size) ? `\n${text}` : text);
  } finally {
    fs.closeSync(fd);
  }
}

function endsInNewline(file: string, size: number): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const last = Buffer.alloc(1);
    fs.readSync(fd, last, 0, 1, size - 1);
    return last[0] === 0x0a;
  } finally {
    fs.closeSync(fd);
  }
}
