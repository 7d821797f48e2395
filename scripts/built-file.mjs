import fs from 'node:fs';

/** What the build scripts that pack a package's data into dist/*.bin share. */

/** FNV-1a over bytes; the readers in src hash their strings' char codes the same way. */
export function fnv1a(bytes) {
  let hash = 0x811c9dc5;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash;
}

/** The first `length` bytes of a file built before (its header), or undefined when there is none. */
export function builtHeader(file, length) {
  if (!fs.existsSync(file)) return undefined;
  const header = Buffer.alloc(length);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, header, 0, length, 0);
  } finally {
    fs.closeSync(fd);
  }
  return header;
}
